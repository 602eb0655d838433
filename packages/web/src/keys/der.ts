/**
 * The little DER a key import needs (protocol.md §2): what structure some key bytes are, and the
 * PKCS#1 wrapping into PKCS#8 and SPKI that WebCrypto and jose require (they import neither
 * PKCS#1 private nor PKCS#1 public keys, which the Python SDK and `openssl genrsa` produce).
 */

/** One DER element: its tag and where its content lies. */
interface Element {
  readonly tag: number
  readonly start: number
  readonly end: number
}

function element(bytes: Uint8Array, at: number): Element | undefined {
  const tag = bytes[at]
  let length = bytes[at + 1]
  if (tag === undefined || length === undefined) return undefined
  let start = at + 2
  if (length & 0x80) {
    const count = length & 0x7f
    if (count === 0 || count > 4) return undefined
    length = 0
    for (let i = 0; i < count; i++) length = length * 256 + (bytes[start + i] ?? Number.NaN)
    start += count
  }
  const end = start + length
  return Number.isFinite(end) && end <= bytes.length ? { tag, start, end } : undefined
}

/** The elements inside a constructed element. */
function children(bytes: Uint8Array, parent: Element): Element[] {
  const out: Element[] = []
  for (let at = parent.start; at < parent.end; ) {
    const child = element(bytes, at)
    if (child === undefined) return []
    out.push(child)
    at = child.end
  }
  return out
}

const SEQUENCE = 0x30
const INTEGER = 0x02
const BIT_STRING = 0x03
const OCTET_STRING = 0x04
/** 1.2.840.113549.1.1.1 rsaEncryption, DER-encoded with its tag and length. */
const RSA_OID = Uint8Array.of(0x06, 0x09, 0x2a, 0x86, 0x48, 0x86, 0xf7, 0x0d, 0x01, 0x01, 0x01)
const RSA_ALGORITHM = Uint8Array.of(0x30, 0x0d, ...RSA_OID, 0x05, 0x00)

/** What some key bytes hold, judged by their ASN.1 shape. */
export type DerKind = 'spki' | 'pkcs8' | 'pkcs1-private' | 'pkcs1-public'

/** Whether an AlgorithmIdentifier names rsaEncryption. */
function isRsaAlgorithm(bytes: Uint8Array, algorithm: Element): boolean {
  const oid = children(bytes, algorithm)[0]
  if (oid === undefined || oid.end - oid.start + 2 !== RSA_OID.length) return false
  return RSA_OID.every((b, i) => bytes[oid.start - 2 + i] === b)
}

/**
 * The structure of some DER key bytes, with whether it is RSA (`undefined` for bytes that are no
 * key structure at all).
 */
export function derKind(bytes: Uint8Array): { kind: DerKind; rsa: boolean } | undefined {
  const outer = element(bytes, 0)
  if (outer === undefined || outer.tag !== SEQUENCE || outer.end !== bytes.length) return undefined
  const parts = children(bytes, outer)
  const [first, second] = parts
  if (first === undefined || second === undefined) return undefined
  if (first.tag === SEQUENCE && second.tag === BIT_STRING) return { kind: 'spki', rsa: isRsaAlgorithm(bytes, first) }
  if (first.tag !== INTEGER) return undefined
  const versionZero = first.end - first.start === 1 && bytes[first.start] === 0
  if (versionZero && second.tag === SEQUENCE && parts[2]?.tag === OCTET_STRING) {
    return { kind: 'pkcs8', rsa: isRsaAlgorithm(bytes, second) }
  }
  if (versionZero && second.tag === INTEGER && parts.length === 9) return { kind: 'pkcs1-private', rsa: true }
  if (parts.length === 2 && second.tag === INTEGER) return { kind: 'pkcs1-public', rsa: true }
  return undefined
}

function encodeLength(length: number): number[] {
  if (length < 0x80) return [length]
  const out: number[] = []
  for (let n = length; n > 0; n = Math.floor(n / 256)) out.unshift(n & 0xff)
  return [0x80 | out.length, ...out]
}

function wrap(tag: number, ...parts: Uint8Array[]): Uint8Array {
  const length = parts.reduce((sum, part) => sum + part.length, 0)
  const head = [tag, ...encodeLength(length)]
  const out = new Uint8Array(head.length + length)
  out.set(head)
  let at = head.length
  for (const part of parts) {
    out.set(part, at)
    at += part.length
  }
  return out
}

/** A PKCS#1 RSAPrivateKey inside a PKCS#8 PrivateKeyInfo (RFC 5208): version 0, rsaEncryption, the key. */
export function pkcs1ToPkcs8(pkcs1: Uint8Array): Uint8Array {
  return wrap(SEQUENCE, Uint8Array.of(INTEGER, 1, 0), RSA_ALGORITHM, wrap(OCTET_STRING, pkcs1))
}

/** A PKCS#1 RSAPublicKey inside an X.509 SubjectPublicKeyInfo (RFC 5280): rsaEncryption, the key. */
export function pkcs1ToSpki(pkcs1: Uint8Array): Uint8Array {
  return wrap(SEQUENCE, RSA_ALGORITHM, wrap(BIT_STRING, Uint8Array.of(0), pkcs1))
}

/** The RSA modulus of SPKI or PKCS#8 bytes as hex (no leading zeros), to compare two keys' moduli. */
export function modulusOf(bytes: Uint8Array): string | undefined {
  const shape = derKind(bytes)
  if (shape === undefined || !shape.rsa) return undefined
  const outer = element(bytes, 0) as Element
  const parts = children(bytes, outer)
  let rsaKey: Element | undefined
  let inner: Uint8Array = bytes
  if (shape.kind === 'spki') {
    const bits = parts[1] as Element
    inner = bytes.subarray(bits.start + 1, bits.end)
  } else if (shape.kind === 'pkcs8') {
    const octets = parts[2] as Element
    inner = bytes.subarray(octets.start, octets.end)
  }
  const seq = element(inner, 0)
  if (seq === undefined) return undefined
  const ints = children(inner, seq)
  rsaKey = shape.kind === 'spki' || shape.kind === 'pkcs1-public' ? ints[0] : ints[1]
  if (rsaKey === undefined) return undefined
  let hex = ''
  for (let i = rsaKey.start; i < rsaKey.end; i++) hex += (inner[i] as number).toString(16).padStart(2, '0')
  return hex.replace(/^0+/, '')
}
