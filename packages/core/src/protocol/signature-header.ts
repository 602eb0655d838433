import { AlipayRequestError } from '../errors.js'
import { encodeBase64 } from './base64.js'
import { decodeSignatureValue } from './signature-value.js'

/** The parts of a `Signature` header (docs/protocol.md §1.3). */
export interface SignatureHeader {
  /** `algorithm`, when present; always `RSA256` after a successful parse. */
  readonly algorithm: string | undefined
  /** `keyVersion`, when present and an integer. Selects a key from a ring, never an algorithm (§9.2). */
  readonly keyVersion: number | undefined
  /** The signature in standard base64, already URL-decoded. */
  readonly signature: string
}

/** What {@link formatSignatureHeader} needs. */
export interface SignatureHeaderParts {
  /** The raw signature bytes, or their standard base64. */
  readonly signature: string | Uint8Array
  /** @default 1 */
  readonly keyVersion?: number
}

/** The header as verification needs it: the signature already as bytes. */
export interface DecodedSignatureHeader {
  readonly algorithm: string | undefined
  readonly keyVersion: number | undefined
  /** The decoded signature: a view of a scratch buffer (signature-value.ts); copy it before any await. */
  readonly signature: Uint8Array
}

function malformed(detail: string): AlipayRequestError {
  return new AlipayRequestError('ERR_ALIPAY_SIGNATURE_HEADER_MALFORMED', `Signature header ${detail}`)
}

const SIGNATURE = 'signature'
const ALGORITHM = 'algorithm'
const KEY_VERSION = 'keyversion'

function isSpace(code: number): boolean {
  return code === 32 || code === 9 || code === 10 || code === 13
}

/** Whether `value[from, to)` is `lower` ignoring ASCII case, without making a substring. */
function equalsIgnoringCase(value: string, from: number, to: number, lower: string): boolean {
  if (to - from !== lower.length) return false
  for (let i = 0; i < lower.length; i++) {
    const want = lower.charCodeAt(i)
    const got = value.charCodeAt(from + i)
    // Fold case for letters only: `| 0x20` would also turn control characters into digits.
    if (got !== want && !(want >= 97 && want <= 122 && (got | 0x20) === want)) return false
  }
  return true
}

/**
 * Reads a Signature header into its parts with the signature decoded to bytes. Internal: the
 * verifiers use it; {@link parseSignatureHeader} is the public form. It runs on every
 * notification, so it walks the header by index and makes one substring, the signature value.
 */
export function decodeSignatureHeader(value: string): DecodedSignatureHeader {
  if (typeof value !== 'string' || value.length === 0) throw malformed('is empty')
  let encoded: string | undefined
  let hasAlgorithm = false
  let keyVersion: number | undefined
  let hasKeyVersion = false
  let start = 0
  while (start <= value.length) {
    let end = value.indexOf(',', start)
    if (end === -1) end = value.length
    let from = start
    let to = end
    start = end + 1
    while (from < to && isSpace(value.charCodeAt(from))) from++
    while (to > from && isSpace(value.charCodeAt(to - 1))) to--
    if (from === to) continue
    const eq = value.indexOf('=', from)
    if (eq <= from || eq >= to) throw malformed('has a part that is not name=value')
    let nameEnd = eq
    while (nameEnd > from && isSpace(value.charCodeAt(nameEnd - 1))) nameEnd--
    let fieldStart = eq + 1
    while (fieldStart < to && isSpace(value.charCodeAt(fieldStart))) fieldStart++
    if (equalsIgnoringCase(value, from, nameEnd, SIGNATURE)) {
      if (encoded !== undefined) throw malformed('has signature twice')
      encoded = value.slice(fieldStart, to)
    } else if (equalsIgnoringCase(value, from, nameEnd, ALGORITHM)) {
      if (hasAlgorithm) throw malformed('has algorithm twice')
      hasAlgorithm = true
      if (!equalsIgnoringCase(value, fieldStart, to, 'rsa256')) throw malformed('names an algorithm other than RSA256')
    } else if (equalsIgnoringCase(value, from, nameEnd, KEY_VERSION)) {
      if (hasKeyVersion) throw malformed('has keyVersion twice')
      hasKeyVersion = true
      keyVersion = keyVersionOf(value, fieldStart, to)
    }
  }
  if (encoded === undefined || encoded.length === 0) throw malformed('has no signature')
  const signature = decodeSignatureValue(encoded)
  if (signature === undefined) throw malformed('signature is not URL-encoded standard base64')
  return { algorithm: hasAlgorithm ? 'RSA256' : undefined, keyVersion, signature }
}

/**
 * keyVersion as a number when it is 1 to 9 digits. It is informational (§1.3): no SDK rejects an
 * odd value, so neither do we; it only ever selects one of our own keys (§9.2).
 */
function keyVersionOf(value: string, from: number, to: number): number | undefined {
  if (to === from || to - from > 9) return undefined
  let n = 0
  for (let i = from; i < to; i++) {
    const digit = value.charCodeAt(i) - 48
    if (digit < 0 || digit > 9) return undefined
    n = n * 10 + digit
  }
  return n
}

/**
 * Parses a `Signature` header value (docs/protocol.md §9.1): comma-separated `name=value` pairs, names
 * case-insensitive, whitespace trimmed, each pair split on its first `=`, in any order.
 * `signature` is required and must be URL-encoded (form-style) strict base64; `algorithm`, when
 * present, must be `RSA256`.
 *
 * @throws {@link AlipayRequestError} `ERR_ALIPAY_SIGNATURE_HEADER_MALFORMED`.
 * @example
 * ```ts
 * parseSignatureHeader('algorithm=RSA256,keyVersion=1,signature=abc%3D')
 * ```
 */
export function parseSignatureHeader(value: string): SignatureHeader {
  const decoded = decodeSignatureHeader(value)
  return {
    algorithm: decoded.algorithm,
    keyVersion: decoded.keyVersion,
    signature: encodeBase64(decoded.signature),
  }
}

/**
 * Formats a `Signature` header exactly as the official SDKs send it (docs/protocol.md §1.3):
 * `algorithm=RSA256,keyVersion=<n>,signature=<URL-encoded base64>`, with no spaces.
 *
 * @example
 * ```ts
 * formatSignatureHeader({ signature: signatureBytes, keyVersion: 1 })
 * ```
 */
export function formatSignatureHeader(parts: SignatureHeaderParts): string {
  const keyVersion = parts.keyVersion ?? 1
  if (!Number.isSafeInteger(keyVersion) || keyVersion < 0) {
    throw new TypeError('keyVersion must be a non-negative integer')
  }
  const base64 = typeof parts.signature === 'string' ? parts.signature : encodeBase64(parts.signature)
  // encodeURIComponent changes exactly + / = in base64, as URLEncoder does (§1.2 item 3).
  return `algorithm=RSA256,keyVersion=${keyVersion},signature=${encodeURIComponent(base64)}`
}
