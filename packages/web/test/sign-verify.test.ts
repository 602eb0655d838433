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

describe("verify's reused buffers", () => {
  const input = (body: string | Uint8Array) => ({ path: '/alipay/notify', clientId: 'c', time: '1700000000000', body })
  const privateKey = keys.privateKeyPkcs8Pem as string
  const publicKey = keys.publicKeyPem as string

  it('verifies bodies larger than a pooled buffer, as text and as bytes, and refuses them changed', async () => {
    const big = `{"pad":"${'é'.repeat(40_000)}"}` // 80 KB of UTF-8, past the 16 KiB buffers
    const header = await sign(input(big), privateKey)
    expect(await verify(input(big), header, publicKey)).toBe(true)
    expect(await verify(input(new TextEncoder().encode(big)), header, publicKey)).toBe(true)
    expect(await verify(input(`${big} `), header, publicKey)).toBe(false)
  })

  it('gives each of many interleaved verifications its own bytes, whatever the sizes', async () => {
    const bodies = Array.from({ length: 60 }, (_, i) => `{"n":${i},"pad":"${'x'.repeat((i % 3) * 9000)}"}`)
    const headers = await Promise.all(bodies.map((body) => sign(input(body), privateKey)))
    for (let round = 0; round < 2; round++) {
      // Each body checked against its own header (true) and its neighbour's (false), all at once.
      const outcomes = await Promise.all(
        bodies.flatMap((body, i) => [
          verify(input(body), headers[i] as string, publicKey),
          verify(input(body), headers[(i + 1) % bodies.length] as string, publicKey),
        ]),
      )
      expect(outcomes).toEqual(bodies.flatMap(() => [true, false]))
    }
  })
})
