import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { buildSignContent, sign, verify } from '../src/index.js'

interface Vector {
  id: string
  signed: { method: string; path: string; clientId: string; time: string; body: string }
  stringToSign: string
  signatureBase64: string
  signatureUrlEncoded: string
  signatureHeader: string
  signWithWrongKey?: boolean
  verifyInput: { method: string; path: string; clientId: string; time: string; body: string; signatureHeader: string }
  verifyWith: 'publicKey' | 'wrongPublicKey'
  expectedValid: boolean
}

const file = JSON.parse(readFileSync(new URL('./fixtures/vectors.json', import.meta.url), 'utf8')) as {
  keys: Record<string, string>
  cases: Vector[]
}
const keys = file.keys as Record<
  | 'publicKeyPem'
  | 'publicKeyBase64Der'
  | 'privateKeyPkcs8Pem'
  | 'privateKeyPkcs8Base64'
  | 'privateKeyPkcs1Base64'
  | 'wrongPublicKeyBase64Der'
  | 'wrongPrivateKeyPkcs8Base64',
  string
>

describe('golden vectors from the official SDKs (docs/protocol.md §8)', () => {
  it('has the 18 public cases', () => {
    expect(file.cases.length).toBe(18)
  })

  for (const v of file.cases) {
    describe(v.id, () => {
      it('builds the exact string to sign', () => {
        expect(buildSignContent(v.signed)).toBe(v.stringToSign)
        expect(buildSignContent({ ...v.signed, body: Buffer.from(v.signed.body, 'utf8') })).toBe(v.stringToSign)
      })

      it('signs byte for byte like the SDKs', () => {
        const key = v.signWithWrongKey ? keys.wrongPrivateKeyPkcs8Base64 : keys.privateKeyPkcs8Base64
        const header = sign(v.signed, key)
        expect(header).toBe(`algorithm=RSA256,keyVersion=1,signature=${v.signatureUrlEncoded}`)
        expect(header).toBe(v.signatureHeader)
        expect(decodeURIComponent(v.signatureUrlEncoded)).toBe(v.signatureBase64)
      })

      it(`verifies as ${v.expectedValid}`, () => {
        const { signatureHeader, ...input } = v.verifyInput
        const key = v.verifyWith === 'publicKey' ? keys.publicKeyBase64Der : keys.wrongPublicKeyBase64Der
        expect(verify(input, signatureHeader, key)).toBe(v.expectedValid)
        // The same verdict over raw bytes, as an adapter passes them.
        expect(verify({ ...input, body: Buffer.from(input.body, 'utf8') }, signatureHeader, key)).toBe(v.expectedValid)
      })
    })
  }

  it('signs identically with every private key format', () => {
    const v = file.cases[0] as Vector
    for (const key of [keys.privateKeyPkcs8Pem, keys.privateKeyPkcs8Base64, keys.privateKeyPkcs1Base64]) {
      expect(sign(v.signed, key)).toBe(v.signatureHeader)
    }
  })

  it('verifies with the PEM public key too', () => {
    const v = file.cases[0] as Vector
    expect(verify(v.signed, v.signatureHeader, keys.publicKeyPem)).toBe(true)
    expect(verify(v.signed, v.signatureHeader, keys.wrongPublicKeyBase64Der)).toBe(false)
  })
})
