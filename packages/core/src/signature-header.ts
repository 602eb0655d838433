import { AlipayRequestError } from './errors.js'
import { decodeSignatureValue } from './signature-value.js'

/** The parts of a `Signature` header (protocol.md §1.3). */
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
  readonly signature: Buffer
}

function malformed(detail: string): AlipayRequestError {
  return new AlipayRequestError('ERR_ALIPAY_SIGNATURE_HEADER_MALFORMED', `Signature header ${detail}`)
}

/** Lower-cases a short field name only when it is one of ours, without allocating otherwise. */
function fieldName(text: string): 'signature' | 'algorithm' | 'keyversion' | undefined {
  const lower = text.length === 9 || text.length === 10 ? text.toLowerCase() : ''
  return lower === 'signature' || lower === 'algorithm' || lower === 'keyversion' ? lower : undefined
}

/**
 * Reads a Signature header into its parts with the signature decoded to bytes. Internal: the
 * verifiers use it; {@link parseSignatureHeader} is the public form.
 */
export function decodeSignatureHeader(value: string): DecodedSignatureHeader {
  if (typeof value !== 'string' || value.length === 0) throw malformed('is empty')
  let algorithm: string | undefined
  let keyVersionText: string | undefined
  let encoded: string | undefined
  let start = 0
  while (start <= value.length) {
    let end = value.indexOf(',', start)
    if (end === -1) end = value.length
    const item = value.slice(start, end).trim()
    start = end + 1
    if (item.length === 0) continue
    const eq = item.indexOf('=')
    if (eq <= 0) throw malformed('has a part that is not name=value')
    const name = fieldName(item.slice(0, eq).trim())
    if (name === undefined) continue
    const field = item.slice(eq + 1).trim()
    if (name === 'signature') {
      if (encoded !== undefined) throw malformed('has signature twice')
      encoded = field
    } else if (name === 'algorithm') {
      if (algorithm !== undefined) throw malformed('has algorithm twice')
      algorithm = field
    } else {
      if (keyVersionText !== undefined) throw malformed('has keyVersion twice')
      keyVersionText = field
    }
  }
  if (encoded === undefined || encoded.length === 0) throw malformed('has no signature')
  if (algorithm !== undefined && algorithm.toUpperCase() !== 'RSA256') {
    throw malformed('names an algorithm other than RSA256')
  }
  const signature = decodeSignatureValue(encoded)
  if (signature === undefined) throw malformed('signature is not URL-encoded standard base64')
  // keyVersion is informational (§1.3): no SDK rejects an odd value, so neither do we.
  const keyVersion =
    keyVersionText !== undefined && /^\d{1,9}$/.test(keyVersionText) ? Number(keyVersionText) : undefined
  return { algorithm: algorithm === undefined ? undefined : 'RSA256', keyVersion, signature }
}

/**
 * Parses a `Signature` header value (protocol.md §9.1): comma-separated `name=value` pairs, names
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
    signature: decoded.signature.toString('base64'),
  }
}

/**
 * Formats a `Signature` header exactly as the official SDKs send it (protocol.md §1.3):
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
  const base64 =
    typeof parts.signature === 'string'
      ? parts.signature
      : Buffer.from(parts.signature.buffer, parts.signature.byteOffset, parts.signature.byteLength).toString('base64')
  // encodeURIComponent changes exactly + / = in base64, as URLEncoder does (§1.2 item 3).
  return `algorithm=RSA256,keyVersion=${keyVersion},signature=${encodeURIComponent(base64)}`
}
