import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { decodeSignatureValue } from '../src/protocol/signature-value.js'

/** The slow, obvious definition the one-pass decoder must match (docs/protocol.md §1.2, §9.3). */
function reference(encoded: string): Buffer | undefined {
  let text: string
  try {
    text = decodeURIComponent(encoded.replace(/\+/g, ' '))
  } catch {
    return undefined
  }
  if (!/^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/.test(text) || text.length === 0) {
    return undefined
  }
  return Buffer.from(text, 'base64')
}

const base64Char = fc.constantFrom(...'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/=%'.split(''))
const encodedish = fc
  .array(fc.oneof(base64Char, fc.constantFrom('%2B', '%2b', '%2F', '%3D', '%3d', '%25', '%2', '+', ' ', 'é')), {
    maxLength: 40,
  })
  .map((parts) => parts.join(''))

describe('decodeSignatureValue', () => {
  it('agrees with form-decoding then strict base64 on arbitrary input', () => {
    fc.assert(
      fc.property(fc.oneof(encodedish, fc.string()), (encoded) => {
        const got = decodeSignatureValue(encoded)
        const want = reference(encoded)
        expect(got === undefined ? undefined : Buffer.from(got).toString('hex')).toBe(want?.toString('hex'))
      }),
      { numRuns: 2000 },
    )
  })

  it('round-trips arbitrary bytes through base64 and URL encoding', () => {
    fc.assert(
      fc.property(fc.uint8Array({ minLength: 1, maxLength: 600 }), (raw) => {
        const encoded = encodeURIComponent(Buffer.from(raw).toString('base64'))
        expect(Buffer.from(decodeSignatureValue(encoded) ?? []).equals(Buffer.from(raw))).toBe(true)
      }),
    )
  })
})

describe('decodeSignatureHeader field names and values', () => {
  it('folds case for letters only, never turning control characters into digits', async () => {
    const { decodeSignatureHeader } = await import('../src/protocol/signature-header.js')
    expect(decodeSignatureHeader('ALGORITHM=rsa256,signature=AAAA').algorithm).toBe('RSA256')
    expect(() => decodeSignatureHeader('algorithm=RSA\u001256,signature=AAAA')).toThrow(/other than RSA256/)
    expect(decodeSignatureHeader('keyVersion=0012,signature=AAAA').keyVersion).toBe(12)
    expect(decodeSignatureHeader('keyVersion=1\u0010,signature=AAAA').keyVersion).toBeUndefined()
  })
})
