/**
 * The few ASN.1 DER encodings an X.509 certificate needs (ITU-T X.690), so the simulator can make
 * its TLS certificate with node:crypto alone: node:crypto signs and parses certificates but cannot
 * build one, and the packages that can bring a dozen dependencies for what is a fixed structure
 * (issue 12).
 */

/** A tag, a DER length and the content. */
function tlv(tag: number, content: Uint8Array): Buffer {
  const n = content.length
  let length: Buffer
  if (n < 0x80) length = Buffer.from([n])
  else {
    const digits: number[] = []
    for (let rest = n; rest > 0; rest = Math.floor(rest / 256)) digits.unshift(rest % 256)
    length = Buffer.from([0x80 | digits.length, ...digits])
  }
  return Buffer.concat([Buffer.from([tag]), length, content])
}

export const sequence = (...items: Uint8Array[]): Buffer => tlv(0x30, Buffer.concat(items))

export const set = (...items: Uint8Array[]): Buffer => tlv(0x31, Buffer.concat(items))

/** A non-negative INTEGER from its big-endian bytes: minimal, with a 0 byte when the top bit is set. */
export function unsignedInteger(bytes: Uint8Array): Buffer {
  let start = 0
  while (start < bytes.length - 1 && bytes[start] === 0) start += 1
  const trimmed = bytes.subarray(start)
  const first = trimmed[0] ?? 0
  return tlv(0x02, first & 0x80 ? Buffer.concat([Buffer.from([0]), trimmed]) : trimmed)
}

export const smallInteger = (n: number): Buffer => unsignedInteger(Buffer.from([n]))

export const boolean = (value: boolean): Buffer => tlv(0x01, Buffer.from([value ? 0xff : 0]))

/** An OBJECT IDENTIFIER from its dotted form, e.g. `2.5.29.17`. */
export function oid(dotted: string): Buffer {
  const [a = 0, b = 0, ...rest] = dotted.split('.').map(Number)
  const bytes: number[] = []
  for (const arc of [40 * a + b, ...rest]) {
    const base128: number[] = [arc & 0x7f]
    for (let v = Math.floor(arc / 128); v > 0; v = Math.floor(v / 128)) base128.unshift((v & 0x7f) | 0x80)
    bytes.push(...base128)
  }
  return tlv(0x06, Buffer.from(bytes))
}

export const utf8String = (text: string): Buffer => tlv(0x0c, Buffer.from(text, 'utf8'))

export const octetString = (bytes: Uint8Array): Buffer => tlv(0x04, bytes)

/** A BIT STRING of whole bytes (a signature, a key). */
export const bitString = (bytes: Uint8Array): Buffer => tlv(0x03, Buffer.concat([Buffer.from([0]), bytes]))

/**
 * A named-bit BIT STRING (KeyUsage) from the numbers of the bits set, bit 0 first; DER drops the
 * trailing zero bits and counts them in the first byte.
 */
export function namedBits(...bits: number[]): Buffer {
  const last = Math.max(...bits)
  const bytes = Buffer.alloc(Math.floor(last / 8) + 1)
  for (const bit of bits) bytes[bit >> 3] = (bytes[bit >> 3] ?? 0) | (0x80 >> (bit & 7))
  return tlv(0x03, Buffer.concat([Buffer.from([7 - (last & 7)]), bytes]))
}

/** A time as RFC 5280 §4.1.2.5 wants it: UTCTime through 2049, GeneralizedTime after. */
export function time(date: Date): Buffer {
  const iso = date.toISOString() // 2026-01-02T03:04:05.678Z
  const digits = `${iso.slice(0, 4)}${iso.slice(5, 7)}${iso.slice(8, 10)}${iso.slice(11, 13)}${iso.slice(14, 16)}${iso.slice(17, 19)}Z`
  return date.getUTCFullYear() < 2050 ? tlv(0x17, Buffer.from(digits.slice(2))) : tlv(0x18, Buffer.from(digits))
}

/** `[n] EXPLICIT`: a constructed context tag around a whole encoding. */
export const explicit = (n: number, inner: Uint8Array): Buffer => tlv(0xa0 | n, inner)

/** `[n] IMPLICIT` of a primitive type: a context tag around its content only. */
export const implicit = (n: number, content: Uint8Array): Buffer => tlv(0x80 | n, content)
