import * as nodeCrypto from 'node:crypto'
import { readFileSync } from 'node:fs'
import { describe, expect, it, vi } from 'vitest'
import {
  AlipayConfigError,
  formatSignatureHeader,
  importPublicKeyRing,
  parseSignatureHeader,
  sign,
  verify,
} from '../src/index.js'

// A pass-through spy: node:crypto keeps working, and the caching test can count key imports.
vi.mock('node:crypto', async (importOriginal) => {
  const actual = await importOriginal<typeof import('node:crypto')>()
  return { ...actual, createPrivateKey: vi.fn(actual.createPrivateKey), createPublicKey: vi.fn(actual.createPublicKey) }
})

const { keys } = JSON.parse(readFileSync(new URL('./fixtures/vectors.json', import.meta.url), 'utf8')) as {
  keys: Record<
    | 'publicKeyPem'
    | 'publicKeyBase64Der'
    | 'privateKeyPkcs8Pem'
    | 'privateKeyPkcs8Base64'
    | 'wrongPublicKeyBase64Der'
    | 'wrongPrivateKeyPkcs8Base64',
    string
  >
}

const input = {
  path: '/alipay/notify',
  clientId: 'SANDBOX_5YEZ2N2ZWBJ000001',
  time: '1700000000000',
  body: '{"notifyType":"PAYMENT_RESULT","paymentRequestId":"pay_1","note":"naïve ✓ 支付"}',
}

describe('sign then verify', () => {
  it('round-trips a string body', () => {
    const header = sign(input, keys.privateKeyPkcs8Pem)
    expect(header).toMatch(/^algorithm=RSA256,keyVersion=1,signature=[A-Za-z0-9%]+$/)
    expect(verify(input, header, keys.publicKeyPem)).toBe(true)
  })

  it('signs a string body and its UTF-8 bytes identically', () => {
    const bytes = new Uint8Array(Buffer.from(input.body, 'utf8'))
    const header = sign(input, keys.privateKeyPkcs8Pem)
    expect(sign({ ...input, body: bytes }, keys.privateKeyPkcs8Pem)).toBe(header)
    expect(verify({ ...input, body: bytes }, header, keys.publicKeyPem)).toBe(true)
  })

  it('reads only the view of a Buffer slice with a non-zero byteOffset', () => {
    const pool = Buffer.from(`GARBAGE-BEFORE${input.body}GARBAGE-AFTER`, 'utf8')
    const slice = pool.subarray(14, 14 + Buffer.byteLength(input.body))
    expect(slice.byteOffset).toBeGreaterThan(0)
    const header = sign({ ...input, body: slice }, keys.privateKeyPkcs8Pem)
    expect(header).toBe(sign(input, keys.privateKeyPkcs8Pem))
    expect(verify({ ...input, body: slice }, header, keys.publicKeyPem)).toBe(true)
  })

  it('signs an empty body (the string to sign ends in ".", vector hid-req-empty-string)', () => {
    const empty = { ...input, body: '' }
    expect(verify(empty, sign(empty, keys.privateKeyPkcs8Pem), keys.publicKeyBase64Der)).toBe(true)
    expect(verify({ ...empty, body: new Uint8Array(0) }, sign(empty, keys.privateKeyPkcs8Pem), keys.publicKeyPem)).toBe(
      true,
    )
  })

  it('announces the keyVersion option in the header', () => {
    const header = sign(input, keys.privateKeyPkcs8Pem, { keyVersion: 3 })
    expect(header.startsWith('algorithm=RSA256,keyVersion=3,signature=')).toBe(true)
    expect(parseSignatureHeader(header).keyVersion).toBe(3)
    expect(verify(input, header, keys.publicKeyPem)).toBe(true)
  })

  it('throws TypeError for a keyVersion that is not a non-negative integer', () => {
    expect(() => sign(input, keys.privateKeyPkcs8Pem, { keyVersion: -1 })).toThrow(TypeError)
  })

  it('signs the method, which defaults to POST', () => {
    const header = sign(input, keys.privateKeyPkcs8Pem)
    expect(sign({ ...input, method: 'POST' }, keys.privateKeyPkcs8Pem)).toBe(header)
    expect(verify({ ...input, method: 'GET' }, header, keys.publicKeyPem)).toBe(false)
  })
})

describe('verify returns false, never throws, for bad data', () => {
  const header = sign(input, keys.privateKeyPkcs8Pem)

  it('a different body, path, client id or time', () => {
    expect(verify({ ...input, body: `${input.body} ` }, header, keys.publicKeyPem)).toBe(false)
    expect(verify({ ...input, path: '/alipay/notify/' }, header, keys.publicKeyPem)).toBe(false)
    expect(verify({ ...input, clientId: '5YEZ2N2ZWBJ000001' }, header, keys.publicKeyPem)).toBe(false)
    expect(verify({ ...input, time: '1700000000001' }, header, keys.publicKeyPem)).toBe(false)
  })

  it('the wrong public key', () => {
    expect(verify(input, header, keys.wrongPublicKeyBase64Der)).toBe(false)
  })

  it('garbage headers', () => {
    for (const garbage of [
      '',
      'garbage',
      'signature=',
      'signature=%zz',
      'algorithm=HS256,signature=abcd',
      ',,,',
      '=',
    ]) {
      expect(verify(input, garbage, keys.publicKeyPem)).toBe(false)
    }
  })

  it('a header that is not a string', () => {
    for (const value of [undefined, null, 42, ['a'], { signature: 'x' }]) {
      expect(verify(input, value as unknown as string, keys.publicKeyPem)).toBe(false)
    }
  })

  it('a well-formed signature of the wrong size for the key', () => {
    const short = formatSignatureHeader({ signature: new Uint8Array(128).fill(7) })
    const long = formatSignatureHeader({ signature: new Uint8Array(257).fill(7) })
    expect(verify(input, short, keys.publicKeyPem)).toBe(false)
    expect(verify(input, long, keys.publicKeyPem)).toBe(false)
  })

  it('a signature with one bit flipped', () => {
    const bytes = Buffer.from(parseSignatureHeader(header).signature, 'base64')
    bytes[100] = (bytes[100] as number) ^ 1
    expect(verify(input, formatSignatureHeader({ signature: bytes }), keys.publicKeyPem)).toBe(false)
  })
})

describe('verify with a missing or wrong key is misuse, not a false', () => {
  const header = sign(input, keys.privateKeyPkcs8Pem)

  it('throws TypeError when the key is missing', () => {
    expect(() => verify(input, header, undefined as unknown as string)).toThrow(TypeError)
    expect(() => verify(input, header, null as unknown as string)).toThrow(TypeError)
    expect(() => sign(input, undefined as unknown as string)).toThrow(TypeError)
    expect(() => sign(input, null as unknown as string)).toThrow(TypeError)
  })

  it('throws a coded AlipayConfigError for a key of the wrong kind', () => {
    expect(() => verify(input, header, keys.privateKeyPkcs8Pem)).toThrow(
      expect.objectContaining({ code: 'ERR_ALIPAY_KEY_TYPE_MISMATCH' }),
    )
    expect(() => sign(input, keys.publicKeyPem)).toThrow(AlipayConfigError)
    expect(() => sign(input, 'not a key')).toThrow(expect.objectContaining({ code: 'ERR_ALIPAY_KEY_INVALID' }))
  })
})

describe('a key ring selects by keyVersion (docs/protocol.md §9.2)', () => {
  // Version 1 is the vector key pair, version 2 the "wrong" pair standing in for a rotated key.
  const ring = { 1: keys.publicKeyBase64Der, 2: keys.wrongPublicKeyBase64Der }
  const signedWith2 = (keyVersion: number) => sign(input, keys.wrongPrivateKeyPkcs8Base64, { keyVersion })

  it('verifies a signature made with key 2 when the header says keyVersion=2', () => {
    expect(verify(input, signedWith2(2), ring)).toBe(true)
    expect(verify(input, signedWith2(2), new Map(Object.entries(ring).map(([k, v]) => [Number(k), v])))).toBe(true)
  })

  it('does not when the header says keyVersion=1', () => {
    expect(verify(input, signedWith2(1), ring)).toBe(false)
  })

  it('uses the highest version for a version the ring lacks, or none', () => {
    expect(verify(input, signedWith2(9), ring)).toBe(true)
    const noVersion = signedWith2(2).replace('keyVersion=2,', '')
    expect(verify(input, noVersion, ring)).toBe(true)
    expect(verify(input, sign(input, keys.privateKeyPkcs8Base64, { keyVersion: 9 }), ring)).toBe(false)
  })

  it('accepts an imported PublicKeyRing', () => {
    const imported = importPublicKeyRing(ring)
    expect(verify(input, signedWith2(2), imported)).toBe(true)
    expect(verify(input, sign(input, keys.privateKeyPkcs8Pem), imported)).toBe(true)
  })

  it('ignores keyVersion with a single key (vector pub-keyversion-2)', () => {
    expect(verify(input, sign(input, keys.privateKeyPkcs8Pem, { keyVersion: 2 }), keys.publicKeyPem)).toBe(true)
  })
})

describe('key text is imported once, not per call (style.md principle 3)', () => {
  const createPrivateKey = vi.mocked(nodeCrypto.createPrivateKey)
  const createPublicKey = vi.mocked(nodeCrypto.createPublicKey)

  it('imports the same private PEM string once across many signs', () => {
    // Trailing newlines make a text no other test used, so the first call below is a real import.
    const pem = `${keys.privateKeyPkcs8Pem}\n\n\n`
    const before = createPrivateKey.mock.calls.length
    const first = sign(input, pem)
    const afterFirst = createPrivateKey.mock.calls.length
    expect(afterFirst).toBeGreaterThan(before)
    for (let i = 0; i < 20; i++) expect(sign(input, `${pem}`)).toBe(first)
    // An equal string built separately hits the same entry.
    expect(sign(input, [keys.privateKeyPkcs8Pem, '\n\n\n'].join(''))).toBe(first)
    expect(createPrivateKey.mock.calls.length).toBe(afterFirst)
  })

  it('imports the same public PEM string once across many verifies', () => {
    const pem = `${keys.publicKeyPem}\n\n\n`
    const header = sign(input, keys.privateKeyPkcs8Pem)
    const before = createPublicKey.mock.calls.length
    expect(verify(input, header, pem)).toBe(true)
    const afterFirst = createPublicKey.mock.calls.length
    expect(afterFirst).toBeGreaterThan(before)
    for (let i = 0; i < 20; i++) expect(verify(input, header, pem)).toBe(true)
    expect(verify(input, header, [keys.publicKeyPem, '\n\n\n'].join(''))).toBe(true)
    expect(createPublicKey.mock.calls.length).toBe(afterFirst)
  })

  it('imports a ring object once', () => {
    const ring = { 1: `${keys.publicKeyBase64Der} `, 2: `${keys.wrongPublicKeyBase64Der} ` }
    const header = sign(input, keys.privateKeyPkcs8Pem, { keyVersion: 1 })
    const before = createPublicKey.mock.calls.length
    expect(verify(input, header, ring)).toBe(true)
    const afterFirst = createPublicKey.mock.calls.length
    expect(afterFirst).toBeGreaterThan(before)
    for (let i = 0; i < 10; i++) expect(verify(input, header, ring)).toBe(true)
    expect(createPublicKey.mock.calls.length).toBe(afterFirst)
  })
})
