/**
 * What gets signed: docs/protocol.md §1.1.
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
 * The exact string Alipay signs for a request, response or notification (docs/protocol.md §1.1).
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

const encoder = new TextEncoder()

/**
 * One buffer reused for the bytes to hash. `crypto.sign`/`crypto.verify` are synchronous and
 * consume their input before returning, and a freshly allocated buffer per call measurably slows
 * them (bench/core.ts), so the Node hot path writes into this scratch space instead. Made on first
 * use, not when the module loads: a runtime that never signs synchronously never allocates it.
 */
const SCRATCH_SIZE = 64 * 1024
let scratch: Uint8Array | undefined

function encodeInto(input: SignInput, data: Uint8Array): number {
  const prefix = signPrefix(input)
  const body = input.body
  let offset = encoder.encodeInto(prefix, data).written
  if (typeof body === 'string') offset += encoder.encodeInto(body, data.subarray(offset)).written
  else {
    data.set(body, offset)
    offset += body.byteLength
  }
  return offset
}

/** UTF-8 takes at most 3 bytes per UTF-16 unit: a cheap bound of the bytes to hash. */
function sizeBound(input: SignInput): number {
  const body = input.body
  const prefixBound = (input.path.length + input.clientId.length + input.time.length + 16) * 3
  return prefixBound + (typeof body === 'string' ? body.length * 3 : body.byteLength)
}

/**
 * The bytes to hash, as one buffer. A byte body is appended as received: for valid UTF-8 (what
 * Alipay sends) this equals the UTF-8 encoding of {@link buildSignContent}, without a decode and
 * re-encode round trip.
 *
 * The result may be a view of a shared scratch buffer: use it at once (synchronously) and never
 * keep it. Code that awaits before the bytes are consumed uses {@link ownSignData}.
 */
export function signData(input: SignInput): Uint8Array {
  const bound = sizeBound(input) + (input.method?.length ?? 4) * 3
  if (scratch === undefined) scratch = new Uint8Array(SCRATCH_SIZE)
  const data = bound <= SCRATCH_SIZE ? scratch : new Uint8Array(bound)
  return data.subarray(0, encodeInto(input, data))
}

/**
 * The bytes to hash in a buffer of their own, for asynchronous crypto: nothing another request
 * does while this one awaits can change them (the shared-scratch trap of issue 11).
 */
export function ownSignData(input: SignInput): Uint8Array {
  const body = input.body
  if (typeof body === 'string') return encoder.encode(signPrefix(input) + body)
  const prefix = encoder.encode(signPrefix(input))
  const data = new Uint8Array(prefix.byteLength + body.byteLength)
  data.set(prefix)
  data.set(body, prefix.byteLength)
  return data
}

/**
 * Writes the bytes to hash into `target` and answers how many were written, or `undefined` when
 * `target` may be too small (nothing written then). For callers that keep their own buffers and
 * hand them out again only after the asynchronous crypto using them has settled (the Web verify
 * path's pool).
 */
export function signDataInto(input: SignInput, target: Uint8Array): number | undefined {
  const bound = sizeBound(input) + (input.method?.length ?? 4) * 3
  return bound <= target.byteLength ? encodeInto(input, target) : undefined
}
