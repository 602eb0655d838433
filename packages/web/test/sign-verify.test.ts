import { readFileSync } from 'node:fs'
import { sign, verify } from '@alipay-kit/web'
import { describe, expect, it } from 'vitest'

interface Case {
  id: string
  signed: { method: string; path: string; clientId: string; time: string; body: string }
  signatureHeader: string
  verifyInput: { method: string; path: string; clientId: string; time: string; body: string; signatureHeader: string }
  verifyWith: 'publicKey' | 'wrongPublicKey'
  expectedValid: boolean
  signWithWrongKey?: boolean
}
const vectors = JSON.parse(readFileSync(new URL('../../core/test/fixtures/vectors.json', import.meta.url), 'utf8')) as {
  keys: Record<string, string>
  cases: Case[]
}
const { keys } = vectors

describe('async sign and verify on WebCrypto against the golden vectors (protocol.md §8)', () => {
  it.each(vectors.cases.map((c) => [c.id, c] as const))('%s', async (_, c) => {
    const signer = c.signWithWrongKey ? keys.wrongPrivateKeyPkcs8Base64 : keys.privateKeyPkcs1Base64
    expect(await sign(c.signed, signer as string)).toBe(c.signatureHeader)
    const { signatureHeader, ...input } = c.verifyInput
    const key = c.verifyWith === 'publicKey' ? keys.publicKeyBase64Der : keys.wrongPublicKeyBase64Der
    expect(await verify(input, signatureHeader, key as string)).toBe(c.expectedValid)
  })

  it('answers false, not an error, for a malformed or missing header', async () => {
    const input = { path: '/n', clientId: 'c', time: '1', body: '{}' }
    expect(await verify(input, 'signature=%%%', keys.publicKeyPem as string)).toBe(false)
    expect(await verify(input, undefined as never, keys.publicKeyPem as string)).toBe(false)
    await expect(verify(input, 'signature=AAAA', undefined as never)).rejects.toBeInstanceOf(TypeError)
  })
})
