import { createPrivateKey, createPublicKey, generateKeyPairSync } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { importPrivateKey, importPublicKey, importPublicKeyRing } from '@alipay-kit/web'
import { describe, expect, it } from 'vitest'

const vectors = JSON.parse(readFileSync(new URL('../../core/test/fixtures/vectors.json', import.meta.url), 'utf8')) as {
  keys: Record<string, string>
}
const k = vectors.keys as Record<string, string>
const pkcs1PublicDer = createPublicKey(k.publicKeyPem as string).export({ type: 'pkcs1', format: 'der' })
const pkcs1PrivatePem = createPrivateKey(k.privateKeyPkcs8Pem as string)
  .export({ type: 'pkcs1', format: 'pem' })
  .toString()
const jwk = createPublicKey(k.publicKeyPem as string).export({ format: 'jwk' })
const privateJwk = createPrivateKey(k.privateKeyPkcs8Pem as string).export({ format: 'jwk' })

async function codeOf(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise
  } catch (error) {
    return (error as { code?: unknown }).code ?? error
  }
  return 'resolved'
}

describe('Web key import through jose (issue 11, protocol.md §2)', () => {
  it.each([
    ['SPKI PEM', k.publicKeyPem],
    ['raw base64 SPKI DER, as the dashboard shows it', k.publicKeyBase64Der],
    ['base64 with line breaks and escaped \\n', (k.publicKeyBase64Der as string).replace(/(.{64})/g, '$1\\n')],
    ['PKCS#1 public DER bytes', new Uint8Array(pkcs1PublicDer)],
    ['a JWK object', jwk],
    ['a JWK as JSON text', JSON.stringify({ ...jwk, alg: 'RS256', use: 'sig' })],
  ])('imports a public key given as %s', async (_, input) => {
    const key = await importPublicKey(input as never)
    expect(key.type).toBe('public')
    expect((key.algorithm as unknown as { modulusLength: number }).modulusLength).toBe(2048)
  })

  it.each([
    ['PKCS#8 PEM', k.privateKeyPkcs8Pem],
    ['raw base64 PKCS#8 DER', k.privateKeyPkcs8Base64],
    ['raw base64 PKCS#1 DER (wrapped into PKCS#8 here)', k.privateKeyPkcs1Base64],
    ['PKCS#1 PEM', pkcs1PrivatePem],
    ['PEM file bytes', new TextEncoder().encode(k.privateKeyPkcs8Pem)],
    ['a JWK object', privateJwk],
  ])('imports a private key given as %s', async (_, input) => {
    const key = await importPrivateKey(input as never)
    expect(key.type).toBe('private')
  })

  it('takes a ready CryptoKey as it is, and a ring by keyVersion', async () => {
    const key = await importPublicKey(k.publicKeyPem as string)
    expect(await importPublicKey(key)).toBe(key)
    const ring = await importPublicKeyRing({ 1: k.wrongPublicKeyBase64Der as string, 2: key })
    expect(ring.select(2)).toBe(key)
    expect(ring.select(undefined)).toBe(key)
    expect(ring.select(7)).toBe(key)
    expect(ring.select(1)).not.toBe(key)
  })

  it('refuses what is not the key wanted, with the codes core uses', async () => {
    const ec = generateKeyPairSync('ec', { namedCurve: 'P-256' }).publicKey.export({ type: 'spki', format: 'pem' })
    const short = generateKeyPairSync('rsa', { modulusLength: 1024 }).publicKey.export({ type: 'spki', format: 'pem' })
    expect(await codeOf(importPublicKey(k.privateKeyPkcs8Pem as string))).toBe('ERR_ALIPAY_KEY_TYPE_MISMATCH')
    expect(await codeOf(importPrivateKey(k.publicKeyBase64Der as string))).toBe('ERR_ALIPAY_KEY_TYPE_MISMATCH')
    expect(await codeOf(importPrivateKey(jwk as never))).toBe('ERR_ALIPAY_KEY_TYPE_MISMATCH')
    expect(await codeOf(importPublicKey(ec.toString()))).toBe('ERR_ALIPAY_KEY_NOT_RSA')
    expect(await codeOf(importPublicKey(short.toString()))).toBe('ERR_ALIPAY_KEY_TOO_SHORT')
    expect(await codeOf(importPublicKey('not a key'))).toBe('ERR_ALIPAY_KEY_INVALID')
    expect(await codeOf(importPublicKey(`"${k.publicKeyBase64Der}"`))).toBe('ERR_ALIPAY_KEY_INVALID')
    expect(await codeOf(importPublicKey('./keys/alipay.pem'))).toBe('ERR_ALIPAY_KEY_INVALID')
    expect(await codeOf(importPublicKey('TUlJQg=='))).toBe('ERR_ALIPAY_KEY_INVALID')
    expect(await codeOf(importPublicKey(createPublicKey(k.publicKeyPem as string) as never))).toBe(
      'ERR_ALIPAY_KEY_INVALID',
    )
  })
})
