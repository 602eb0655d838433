import { AlipayRequestError } from './errors.js'

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

const STRICT_BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/

function malformed(detail: string): AlipayRequestError {
  return new AlipayRequestError('ERR_ALIPAY_SIGNATURE_HEADER_MALFORMED', `Signature header ${detail}`)
}

/** Form-style decoding as Java's URLDecoder does it: `+` is a space (protocol.md §1.2 item 5). */
function formDecode(value: string): string {
  try {
    return decodeURIComponent(value.replace(/\+/g, ' '))
  } catch {
    throw malformed('has an invalid percent-escape in its signature value')
  }
}

/**
 * Parses a `Signature` header value (protocol.md §9.1): comma-separated `name=value` pairs, names
 * case-insensitive, whitespace trimmed, each pair split on its first `=`, in any order.
 * `signature` is required and must be URL-encoded strict base64; `algorithm`, when present, must
 * be `RSA256`.
 *
 * @throws {@link AlipayRequestError} `ERR_ALIPAY_SIGNATURE_HEADER_MALFORMED`.
 * @example
 * ```ts
 * parseSignatureHeader('algorithm=RSA256,keyVersion=1,signature=abc%3D')
 * ```
 */
export function parseSignatureHeader(value: string): SignatureHeader {
  if (typeof value !== 'string' || value.length === 0) throw malformed('is empty')
  let algorithm: string | undefined
  let keyVersionText: string | undefined
  let encoded: string | undefined
  for (const part of value.split(',')) {
    const item = part.trim()
    if (item.length === 0) continue
    const eq = item.indexOf('=')
    if (eq <= 0) throw malformed('has a part that is not name=value')
    const name = item.slice(0, eq).trim().toLowerCase()
    const field = item.slice(eq + 1).trim()
    if (name === 'signature') {
      if (encoded !== undefined) throw malformed('has signature twice')
      encoded = field
    } else if (name === 'algorithm') {
      if (algorithm !== undefined) throw malformed('has algorithm twice')
      algorithm = field
    } else if (name === 'keyversion') {
      if (keyVersionText !== undefined) throw malformed('has keyVersion twice')
      keyVersionText = field
    }
  }
  if (encoded === undefined || encoded.length === 0) throw malformed('has no signature')
  if (algorithm !== undefined && algorithm.toUpperCase() !== 'RSA256') {
    throw malformed('names an algorithm other than RSA256')
  }
  const signature = formDecode(encoded)
  if (!STRICT_BASE64.test(signature)) throw malformed('signature is not URL-encoded standard base64')
  // keyVersion is informational (§1.3): an odd value is logged by nobody and rejected by no SDK.
  const keyVersion =
    keyVersionText !== undefined && /^\d{1,9}$/.test(keyVersionText) ? Number(keyVersionText) : undefined
  return { algorithm: algorithm === undefined ? undefined : 'RSA256', keyVersion, signature }
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
