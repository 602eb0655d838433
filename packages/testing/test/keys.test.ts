import { importPrivateKey, importPublicKey, sign, verify } from '@alipay-kit/core'
import { describe, expect, it } from 'vitest'
import { generateKeyPair, TEST_KEYS } from '../src/index.js'

const input = { path: '/ams/api/v1/payments/pay', clientId: 'TEST', time: '1700000000000', body: '{"a":"1"}' }

describe('generateKeyPair', () => {
  it('returns an RSA-2048 pair in PEM, base64 DER and KeyObject forms that core imports', () => {
    const pair = generateKeyPair()
    expect(pair.privateKey.asymmetricKeyDetails?.modulusLength).toBe(2048)
    expect(pair.privateKeyPem).toMatch(/^-----BEGIN PRIVATE KEY-----\n/)
    expect(pair.publicKeyPem).toMatch(/^-----BEGIN PUBLIC KEY-----\n/)
    expect(pair.privateKeyBase64).toMatch(/^[A-Za-z0-9+/]+=*$/)
    expect(pair.publicKeyBase64).toMatch(/^[A-Za-z0-9+/]+=*$/)
    // Every form is the same key: a signature made with one form verifies with every public form.
    for (const privateKey of [pair.privateKeyPem, pair.privateKeyBase64, pair.privateKey]) {
      const header = sign(input, importPrivateKey(privateKey))
      for (const publicKey of [pair.publicKeyPem, pair.publicKeyBase64, pair.publicKey]) {
        expect(verify(input, header, importPublicKey(publicKey))).toBe(true)
      }
    }
  })

  it('returns a different pair each time', () => {
    expect(generateKeyPair().publicKeyBase64).not.toBe(generateKeyPair().publicKeyBase64)
  })
})

describe('TEST_KEYS', () => {
  it.each(['merchant', 'alipay', 'other'] as const)('%s is a matching RSA-2048 pair in both forms', (name) => {
    const pair = TEST_KEYS[name]
    expect(importPrivateKey(pair.privateKeyBase64).asymmetricKeyDetails?.modulusLength).toBe(2048)
    const header = sign(input, pair.privateKeyPem)
    expect(verify(input, header, pair.publicKeyPem)).toBe(true)
    expect(verify(input, header, pair.publicKeyBase64)).toBe(true)
    expect(sign(input, pair.privateKeyBase64)).toBe(header)
  })

  it('has three distinct pairs: a signature by one does not verify with another', () => {
    const header = sign(input, TEST_KEYS.merchant.privateKeyPem)
    expect(verify(input, header, TEST_KEYS.alipay.publicKeyPem)).toBe(false)
    expect(verify(input, header, TEST_KEYS.other.publicKeyPem)).toBe(false)
    expect(new Set(Object.values(TEST_KEYS).map((k) => k.publicKeyBase64)).size).toBe(3)
  })
})
