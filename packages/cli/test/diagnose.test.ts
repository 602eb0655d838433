import { createPrivateKey, createPublicKey, sign as cryptoSign } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { formatSignatureHeader, sign } from '@alipay-kit/core'
import { describe, expect, it } from 'vitest'
import { diagnoseSignature, type SignatureCheck } from '../src/diagnose/diagnose-signature.js'

// In-process: the many causes `verify` tells apart, without a process per case.
const { keys } = JSON.parse(readFileSync(new URL('../../core/test/fixtures/vectors.json', import.meta.url), 'utf8'))
const privateKey = createPrivateKey(keys.privateKeyPkcs8Pem)
const publicKey = createPublicKey(keys.publicKeyPem)
const merchantPrivate = createPrivateKey({
  key: Buffer.from(keys.wrongPrivateKeyPkcs8Base64, 'base64'),
  format: 'der',
  type: 'pkcs8',
})

const body = '{\n  "notifyType": "PAYMENT_RESULT",\n  "paymentRequestId": "P1"\n}'
const signed = { method: 'POST', path: '/alipay/notify', clientId: 'SANDBOX_5Y', time: '1700000000000', body }
const header = sign(signed, privateKey)
const now = 1_700_000_000_000

function check(overrides: Partial<Omit<SignatureCheck, 'input'>> & { input?: Partial<typeof signed> } = {}) {
  const { input: changes, ...rest } = overrides
  const input = { ...signed, ...changes }
  return diagnoseSignature({ header, publicKey, now, ...rest, input: { ...input, body: Buffer.from(input.body) } })
}

const titles = (d: ReturnType<typeof check>) => d.causes.map((c) => c.title)
const details = (d: ReturnType<typeof check>) => d.causes.flatMap((c) => c.detail).join('\n')

describe('diagnoseSignature', () => {
  it('valid: no causes', () => {
    const d = check()
    expect(d.valid).toBe(true)
    expect(d.causes).toEqual([])
    expect(d.notes).toEqual([])
  })

  it('the method', () => {
    const d = check({ input: { method: 'post' } })
    expect(d.valid).toBe(false)
    expect(details(d)).toContain('It verifies with the method in upper case (POST).')
  })

  it('CRLF line ends instead of LF', () => {
    const d = check({ input: { body: body.replace(/\n/g, '\r\n') } })
    expect(details(d)).toContain('It verifies with the body with LF line ends instead of CRLF.')
  })

  it('a body re-serialised (compact) when the pretty original was signed', () => {
    const d = check({ input: { body: JSON.stringify(JSON.parse(body)) } })
    expect(details(d)).toContain(
      'It verifies with the body pretty-printed as JSON.stringify(JSON.parse(body), null, 2).',
    )
  })

  it('the request-time in another format, and two slips at once', () => {
    const iso = new Date(now).toISOString()
    const d = check({ input: { time: iso } })
    expect(titles(d)).toEqual(['request-time format: the same instant was signed written another way'])
    expect(details(d)).toContain(`It verifies with the request-time as epoch milliseconds (${now}).`)
    const two = check({ input: { time: iso, body: `${body}\n` } })
    expect(details(two)).toContain(
      `It verifies with the request-time as epoch milliseconds (${now}) and the body without its trailing newline.`,
    )
  })

  it('a signature URL-encoded twice', () => {
    const d = check({ header: header.replace(/%/g, '%25') })
    expect(titles(d)).toEqual(['encoding: the signature is URL-encoded twice (%252B)'])
  })

  it('a truncated signature: wrong length for the key size', () => {
    const d = check({ header: header.slice(0, 200) })
    expect(d.valid).toBe(false)
    expect(titles(d)[0]).toMatch(/^encoding: wrong length, \d+ bytes for a 2048-bit key$/)
  })

  it('lower-case percent-encoding is fine', () => {
    const d = check({ header: header.replace(/%2B|%2F|%3D/g, (m) => m.toLowerCase()) })
    expect(d.valid).toBe(true)
    expect(d.notes.map((n) => n.title)).toContain('lower-case percent-encoding (%2b) is fine')
  })

  it("a request signed with the merchant's own key, checked with Alipay's", () => {
    const d = check({ header: sign(signed, merchantPrivate), merchantPrivateKey: merchantPrivate })
    expect(titles(d)).toEqual(['wrong key: this was signed with your own merchant private key (--private-key)'])
  })

  it('an unrelated key, without --private-key', () => {
    const d = check({ publicKey: createPublicKey(merchantPrivate) })
    expect(titles(d)).toEqual(['wrong key: the signature was not made with the private half of --key'])
  })

  it('another hash than SHA-256, with the right key', () => {
    const sha1 = cryptoSign('sha1', Buffer.from(`POST /alipay/notify\nSANDBOX_5Y.1700000000000.${body}`), privateKey)
    const d = check({ header: formatSignatureHeader({ signature: sha1 }) })
    expect(titles(d)).toEqual(['algorithm: signed with SHA-1, not SHA-256'])
  })

  it('a request-time in seconds or in no known format is noted', () => {
    expect(check({ input: { time: '1700000000' } }).notes[0]?.title).toBe(
      'request-time format: this looks like epoch SECONDS',
    )
    expect(check({ input: { time: 'yesterday' } }).notes[0]?.title).toBe(
      'request-time format: neither epoch milliseconds nor ISO-8601',
    )
  })
})
