import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { AlipayRequestError, formatSignatureHeader, parseSignatureHeader } from '../src/index.js'

const vectors = JSON.parse(readFileSync(new URL('./fixtures/vectors.json', import.meta.url), 'utf8')) as {
  cases: Array<{ id: string; signatureBase64: string; signatureUrlEncoded: string }>
}
// A real 256-byte signature whose base64 holds `+`, `/` and `=` (vector pub-req-ascii).
const { signatureBase64: B64, signatureUrlEncoded: ENCODED } = vectors.cases[0] as {
  signatureBase64: string
  signatureUrlEncoded: string
}

function malformedCode(value: unknown): string | undefined {
  try {
    parseSignatureHeader(value as string)
  } catch (error) {
    expect(error).toBeInstanceOf(AlipayRequestError)
    return (error as AlipayRequestError).code
  }
  return undefined
}

describe('parseSignatureHeader (docs/protocol.md §9.1)', () => {
  it('parses the header the SDKs send', () => {
    expect(parseSignatureHeader(`algorithm=RSA256,keyVersion=1,signature=${ENCODED}`)).toEqual({
      algorithm: 'RSA256',
      keyVersion: 1,
      signature: B64,
    })
  })

  it('uses a fixture whose base64 holds +, / and = padding', () => {
    expect(B64).toContain('+')
    expect(B64).toContain('/')
    expect(B64.endsWith('==')).toBe(true)
  })

  it('accepts reordered fields', () => {
    expect(parseSignatureHeader(`signature=${ENCODED},keyVersion=2,algorithm=RSA256`)).toEqual({
      algorithm: 'RSA256',
      keyVersion: 2,
      signature: B64,
    })
  })

  it('accepts spaces after commas and around names (the docs show them)', () => {
    expect(parseSignatureHeader(`algorithm=RSA256, keyVersion=1, signature=${ENCODED}`).signature).toBe(B64)
    expect(parseSignatureHeader(`  algorithm = RSA256 ,keyVersion= 3 ,  signature = ${ENCODED}  `)).toEqual({
      algorithm: 'RSA256',
      keyVersion: 3,
      signature: B64,
    })
  })

  it('matches field names case-insensitively', () => {
    expect(parseSignatureHeader(`ALGORITHM=RSA256,KeyVersion=4,Signature=${ENCODED}`)).toEqual({
      algorithm: 'RSA256',
      keyVersion: 4,
      signature: B64,
    })
  })

  it('splits each pair on its first = only', () => {
    // `=` padding left raw (PHP's heuristic input) must stay part of the value.
    const rawPadding = ENCODED.replace(/%3D/g, '=')
    expect(parseSignatureHeader(`signature=${rawPadding}`).signature).toBe(B64)
  })

  it('needs only the signature field', () => {
    expect(parseSignatureHeader(`signature=${ENCODED}`)).toEqual({
      algorithm: undefined,
      keyVersion: undefined,
      signature: B64,
    })
  })

  it('ignores unknown fields and empty parts', () => {
    expect(parseSignatureHeader(`algorithm=RSA256,,foo=bar,signature=${ENCODED},`).signature).toBe(B64)
  })

  it('decodes lower-case percent escapes (.NET HttpUtility.UrlEncode, §1.2 item 4)', () => {
    const lower = ENCODED.replace(/%[0-9A-F]{2}/g, (pct) => pct.toLowerCase())
    expect(lower).toContain('%2b')
    expect(parseSignatureHeader(`signature=${lower}`).signature).toBe(B64)
  })

  it('keeps keyVersion informational: a non-integer value is dropped, not rejected (§1.3)', () => {
    expect(parseSignatureHeader(`keyVersion=abc,signature=${ENCODED}`).keyVersion).toBeUndefined()
    expect(parseSignatureHeader(`keyVersion=-1,signature=${ENCODED}`).keyVersion).toBeUndefined()
    expect(parseSignatureHeader(`keyVersion=1.5,signature=${ENCODED}`).keyVersion).toBeUndefined()
    expect(parseSignatureHeader(`keyVersion=,signature=${ENCODED}`).keyVersion).toBeUndefined()
  })

  it('accepts RSA256 in any case and reports it canonically', () => {
    expect(parseSignatureHeader(`algorithm=rsa256,signature=${ENCODED}`).algorithm).toBe('RSA256')
  })

  describe('refuses with ERR_ALIPAY_SIGNATURE_HEADER_MALFORMED', () => {
    const cases: Array<[string, unknown]> = [
      ['an empty header', ''],
      ['a non-string header', 42],
      ['undefined', undefined],
      ['no signature field', 'algorithm=RSA256,keyVersion=1'],
      ['an empty signature', 'algorithm=RSA256,keyVersion=1,signature='],
      ['a duplicated signature', `signature=${ENCODED},signature=${ENCODED}`],
      ['a duplicated algorithm', `algorithm=RSA256,algorithm=RSA256,signature=${ENCODED}`],
      ['a duplicated keyVersion (case-insensitively)', `keyVersion=1,KEYVERSION=2,signature=${ENCODED}`],
      ['an algorithm other than RSA256', `algorithm=RSA2048,signature=${ENCODED}`],
      ['the HMAC algorithm', `algorithm=HS256,signature=${ENCODED}`],
      ['an empty algorithm', `algorithm=,signature=${ENCODED}`],
      ['a part without =', `algorithm=RSA256,garbage,signature=${ENCODED}`],
      ['a part with an empty name', `=x,signature=${ENCODED}`],
      ['a double-encoded signature (%252B, vector hid-neg-double-encoded)', `signature=${encodeURIComponent(ENCODED)}`],
      ['raw base64 with + (form decoding makes it a space, vector pub-not-urlencoded)', `signature=${B64}`],
      ['an invalid percent escape', 'signature=abc%zz=='],
      ['a truncated percent escape', 'signature=abcd%2'],
      ['a percent escape of invalid UTF-8', 'signature=%C3%28abc'],
      ['a signature that is not base64', 'signature=not*base64!'],
      ['base64 with bad padding', 'signature=abcde'],
      ['URL-safe base64', `signature=${B64.replace(/\+/g, '-').replace(/\//g, '_')}`],
    ]
    for (const [what, value] of cases) {
      it(what, () => {
        expect(malformedCode(value)).toBe('ERR_ALIPAY_SIGNATURE_HEADER_MALFORMED')
      })
    }
  })
})

describe('formatSignatureHeader (docs/protocol.md §1.3)', () => {
  it('writes exactly what the SDKs send, without spaces', () => {
    expect(formatSignatureHeader({ signature: B64, keyVersion: 1 })).toBe(
      `algorithm=RSA256,keyVersion=1,signature=${ENCODED}`,
    )
  })

  it('defaults keyVersion to 1', () => {
    expect(formatSignatureHeader({ signature: B64 })).toBe(`algorithm=RSA256,keyVersion=1,signature=${ENCODED}`)
  })

  it('writes the given keyVersion, 0 included', () => {
    expect(formatSignatureHeader({ signature: B64, keyVersion: 7 })).toBe(
      `algorithm=RSA256,keyVersion=7,signature=${ENCODED}`,
    )
    expect(formatSignatureHeader({ signature: B64, keyVersion: 0 })).toContain(',keyVersion=0,')
  })

  it('encodes raw signature bytes, honouring the view offset of a Buffer slice', () => {
    const bytes = Buffer.from(B64, 'base64')
    const padded = Buffer.concat([Buffer.from('xxxx'), bytes, Buffer.from('yy')])
    const slice = padded.subarray(4, 4 + bytes.length)
    expect(slice.byteOffset).toBeGreaterThan(0)
    expect(formatSignatureHeader({ signature: slice })).toBe(`algorithm=RSA256,keyVersion=1,signature=${ENCODED}`)
    expect(formatSignatureHeader({ signature: new Uint8Array(bytes) })).toBe(
      `algorithm=RSA256,keyVersion=1,signature=${ENCODED}`,
    )
  })

  it('throws TypeError for a keyVersion that is not a non-negative integer', () => {
    for (const keyVersion of [-1, 1.5, Number.NaN, Number.POSITIVE_INFINITY, 2 ** 53]) {
      expect(() => formatSignatureHeader({ signature: B64, keyVersion })).toThrow(TypeError)
    }
    expect(() => formatSignatureHeader({ signature: B64, keyVersion: '2' as unknown as number })).toThrow(TypeError)
  })
})

describe('format then parse', () => {
  it('round-trips every vector signature and key version', () => {
    for (const v of vectors.cases) {
      for (const keyVersion of [0, 1, 2, 123456789]) {
        expect(parseSignatureHeader(formatSignatureHeader({ signature: v.signatureBase64, keyVersion }))).toEqual({
          algorithm: 'RSA256',
          keyVersion,
          signature: v.signatureBase64,
        })
      }
    }
  })
})
