/**
 * Standard base64 (RFC 4648 §4, `+/` with `=` padding) without Node's Buffer, for the places the
 * protocol meets bytes off the hot path: formatting a signature, reporting a parsed one, reading a
 * key's DER. The notification path decodes signatures with its own one-pass decoder
 * (signature-value.ts).
 */

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'
const STRICT = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/

/** The standard base64 of `bytes`, padded, on one line. */
export function encodeBase64(bytes: Uint8Array): string {
  let out = ''
  let i = 0
  for (const whole = bytes.length - (bytes.length % 3); i < whole; i += 3) {
    const x = ((bytes[i] as number) << 16) | ((bytes[i + 1] as number) << 8) | (bytes[i + 2] as number)
    out += ALPHABET[x >> 18] + (ALPHABET[(x >> 12) & 63] as string) + ALPHABET[(x >> 6) & 63] + ALPHABET[x & 63]
  }
  const rest = bytes.length - i
  if (rest === 1) {
    const x = (bytes[i] as number) << 16
    out += `${ALPHABET[x >> 18]}${ALPHABET[(x >> 12) & 63]}==`
  } else if (rest === 2) {
    const x = ((bytes[i] as number) << 16) | ((bytes[i + 1] as number) << 8)
    out += `${ALPHABET[x >> 18]}${ALPHABET[(x >> 12) & 63]}${ALPHABET[(x >> 6) & 63]}=`
  }
  return out
}

/**
 * The bytes of strict, padded standard base64 (no whitespace), or `undefined` when `text` is not
 * that.
 */
export function decodeBase64(text: string): Uint8Array | undefined {
  if (text.length === 0 || !STRICT.test(text)) return undefined
  const padding = text.endsWith('==') ? 2 : text.endsWith('=') ? 1 : 0
  const out = new Uint8Array((text.length / 4) * 3 - padding)
  let o = 0
  for (let i = 0; i < text.length; i += 4) {
    const x =
      (ALPHABET.indexOf(text[i] as string) << 18) |
      (ALPHABET.indexOf(text[i + 1] as string) << 12) |
      ((ALPHABET.indexOf(text[i + 2] as string) & 63) << 6) |
      (ALPHABET.indexOf(text[i + 3] as string) & 63)
    if (o < out.length) out[o++] = x >> 16
    if (o < out.length) out[o++] = (x >> 8) & 0xff
    if (o < out.length) out[o++] = x & 0xff
  }
  return out
}
