/**
 * What gets signed: protocol.md §1.1.
 *
 * ```
 * <METHOD> " " <PATH> "\n" <CLIENT_ID> "." <TIME> "." <BODY>
 * ```
 */
export interface SignInput {
  /** HTTP method; Alipay always uses POST. @default 'POST' */
  readonly method?: string
  /** Path with no scheme or host, e.g. `/ams/api/v1/payments/pay`; a query string is signed verbatim. */
  readonly path: string
  /** The `client-id` header. */
  readonly clientId: string
  /** The `request-time` (or `response-time`) header, an opaque string signed verbatim. */
  readonly time: string
  /** The exact HTTP body: the received bytes, or a string that is encoded as UTF-8. */
  readonly body: string | Uint8Array
}

const decoder = new TextDecoder('utf-8')

/** The part of the string to sign that precedes the body. */
export function signPrefix(input: SignInput): string {
  return `${input.method ?? 'POST'} ${input.path}\n${input.clientId}.${input.time}.`
}

/**
 * The exact string Alipay signs for a request, response or notification (protocol.md §1.1).
 * Bytes are decoded as UTF-8; nothing is trimmed or re-serialised.
 *
 * @example
 * ```ts
 * buildSignContent({ path: '/ams/api/v1/payments/pay', clientId: 'SANDBOX_5Y', time: '1700000000000', body: '{}' })
 * // 'POST /ams/api/v1/payments/pay\nSANDBOX_5Y.1700000000000.{}'
 * ```
 */
export function buildSignContent(input: SignInput): string {
  const body = typeof input.body === 'string' ? input.body : decoder.decode(input.body)
  return signPrefix(input) + body
}

/**
 * One buffer reused for the bytes to hash. `crypto.sign`/`crypto.verify` are synchronous and
 * consume their input before returning, and a freshly allocated buffer per call measurably slows
 * them (bench/core.ts), so the hot path writes into this scratch space instead.
 */
const SCRATCH_SIZE = 64 * 1024
const scratch = Buffer.allocUnsafeSlow(SCRATCH_SIZE)

/**
 * The bytes to hash, as one buffer. A byte body is appended as received: for valid UTF-8 (what
 * Alipay sends) this equals the UTF-8 encoding of {@link buildSignContent}, without a decode and
 * re-encode round trip.
 *
 * The result may be a view of a shared scratch buffer: use it at once (synchronously) and never
 * keep it.
 */
export function signData(input: SignInput): Buffer {
  const prefix = signPrefix(input)
  const body = input.body
  // UTF-8 takes at most 3 bytes per UTF-16 unit: a cheap bound decides whether the scratch fits.
  const bound = typeof body === 'string' ? (prefix.length + body.length) * 3 : prefix.length * 3 + body.byteLength
  const data = bound <= SCRATCH_SIZE ? scratch : Buffer.allocUnsafe(bound)
  let offset = data.write(prefix, 0, 'utf8')
  if (typeof body === 'string') offset += data.write(body, offset, 'utf8')
  else {
    data.set(body, offset)
    offset += body.byteLength
  }
  return data.subarray(0, offset)
}
