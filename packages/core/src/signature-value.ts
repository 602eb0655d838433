/**
 * Decodes the `signature=` value of a Signature header in one pass (protocol.md §1.2, §9.3):
 * form-style URL decoding (a literal `+` would be a space, which is never base64, so it is
 * refused), then strict standard base64. This runs on every notification; one pass over a byte
 * copy of the text measured about 1.5x faster than `decodeURIComponent`, a regex test and
 * `Buffer.from(..., 'base64')` in sequence.
 *
 * @returns the signature bytes, or `undefined` when the value is not URL-encoded strict base64.
 *   The bytes are a view of a scratch buffer that the next call overwrites: callers use them
 *   synchronously (to verify) or copy them.
 */
export function decodeSignatureValue(encoded: string): Buffer | undefined {
  // Non-ASCII text is never base64, and a latin1 write would truncate it into ASCII.
  if (encoded.length > TEXT_LIMIT || Buffer.byteLength(encoded, 'utf8') !== encoded.length) return undefined
  const n = text.write(encoded, 0, 'latin1')
  let length = 0
  let bits = 0
  let bitCount = 0
  let sextets = 0
  let padding = 0
  for (let i = 0; i < n; i++) {
    let c = text[i] as number
    if (c === 43 /* + */) return undefined
    if (c === 37 /* % */) {
      const hi = hex(text[i + 1])
      const lo = hex(text[i + 2])
      if (hi < 0 || lo < 0) return undefined
      c = (hi << 4) | lo
      i += 2
    }
    if (c === 61 /* = */) {
      if (++padding > 2) return undefined
      continue
    }
    const value = BASE64_VALUE[c] as number
    if (value < 0 || padding > 0) return undefined
    sextets++
    bits = (bits << 6) | value
    bitCount += 6
    if (bitCount >= 8) {
      bitCount -= 8
      bytes[length++] = bits >> bitCount
      bits &= (1 << bitCount) - 1
    }
  }
  if (sextets === 0 || (sextets + padding) % 4 !== 0) return undefined
  return bytes.subarray(0, length)
}

// Room for the URL-encoded signature of an 8192-bit key; longer text is no Alipay signature.
const TEXT_LIMIT = 4096
const text = Buffer.allocUnsafeSlow(TEXT_LIMIT)
const bytes = Buffer.allocUnsafeSlow((TEXT_LIMIT * 3) >> 2)

function hex(c: number | undefined): number {
  if (c === undefined) return -1
  if (c >= 48 && c <= 57) return c - 48
  if (c >= 65 && c <= 70) return c - 55
  if (c >= 97 && c <= 102) return c - 87
  return -1
}

const BASE64_VALUE: Int8Array = (() => {
  const table = new Int8Array(256).fill(-1)
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'
  for (let i = 0; i < alphabet.length; i++) table[alphabet.charCodeAt(i)] = i
  return table
})()
