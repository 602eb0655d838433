import { AlipayConfigError, AlipayRequestError, AlipaySignatureError } from '../errors.js'
import { type HeadersLike, readHeader } from '../headers.js'
import { resolvePublicKeys } from '../key-cache.js'
import { decodeSignatureHeader } from '../signature-header.js'
import { checkSignature, type PublicKeys } from '../verify.js'
import { parseTypedNotification } from './parse.js'
import { checkRequestTime, DEFAULT_MAX_AGE_MS, DEFAULT_MAX_FUTURE_MS, type RequestTimeWindow } from './request-time.js'
import type { AlipayNotification, NotificationType } from './types.js'

/** A notification as any host received it: the neutral request of style.md principle 1. */
export interface IncomingNotification {
  /** The HTTP method; Alipay uses POST. */
  readonly method?: string
  /** The path and query as received, e.g. `req.originalUrl`. An absolute URL is accepted too. */
  readonly url: string
  /** The request headers; looked up case-insensitively. */
  readonly headers: HeadersLike
  /** The exact body bytes received (or that text). Never a re-serialised object. */
  readonly body: Uint8Array | string
}

/** Options of {@link verifyNotification}. */
export interface VerifyNotificationOptions {
  /** Alipay's public key (not yours), or a ring of them by keyVersion. */
  readonly alipayPublicKey: PublicKeys
  /** When given, a notification whose `client-id` header differs is refused with 401. */
  readonly clientId?: string
  /**
   * How old or how far ahead `request-time` may be (protocol.md §9.5); `false` turns the check off.
   * @default { maxAgeMs: 25 hours, maxFutureMs: 5 minutes }
   */
  readonly requestTimeWindow?: RequestTimeWindow | false
  /**
   * The path Alipay called, when a proxy rewrites it before it reaches this app (§9.4).
   * @default the path of the incoming URL
   */
  readonly publicPath?: string
  /** The clock, in epoch milliseconds; for tests. @default Date.now */
  readonly now?: () => number
  /**
   * The largest body accepted, in bytes; checked here too, so no mode of any adapter rests on the
   * adapter's own limit alone (issue #13). @default 1048576 (1 MiB)
   */
  readonly limit?: number
}

/** The default body size limit. */
export const DEFAULT_NOTIFY_LIMIT = 1024 * 1024

/** The UTF-8 size of a body, without Node's Buffer. */
export function byteLengthOf(body: Uint8Array | string): number {
  if (typeof body !== 'string') return body.byteLength
  let bytes = body.length
  for (let i = 0; i < body.length; i++) {
    const c = body.charCodeAt(i)
    if (c >= 0x80) bytes += c >= 0x800 && (c < 0xd800 || c > 0xdfff) ? 2 : 1
  }
  return bytes
}

/** A verified notification with what the headers said about it. */
export interface VerifiedNotification {
  /** The parsed, typed notification. */
  readonly notification: AlipayNotification
  /** Its dispatch key. */
  readonly type: NotificationType
  /** The `client-id` header. */
  readonly clientId: string
  /** The `request-time` header, as received. */
  readonly requestTime: string
  /** The header's keyVersion, when it carried an integer one. */
  readonly keyVersion: number | undefined
  /**
   * Set when the body looked like a known type but did not fit it: `type` is then `UNKNOWN` and
   * the notification goes to the fallback handler with this reason (protocol.md §9.13).
   */
  readonly reason?: string
}

function single(incoming: IncomingNotification, name: string): string {
  const value = readHeader(incoming.headers, name)
  if (typeof value !== 'string' || value.length === 0) {
    throw new AlipayRequestError(
      'ERR_ALIPAY_HEADER_MISSING',
      `The ${name} header is ${value === undefined || value === '' ? 'missing' : 'repeated'}`,
    )
  }
  return value
}

/** The paths to try, most specific first (§9.4): path plus query, then the path alone. */
function signedPaths(url: string, publicPath: string | undefined): string[] {
  let target = url
  // An absolute-form target that does not parse (`http://`) stays as it is and simply fails to
  // verify: a client-controlled URL must not turn into an uncoded TypeError and a 500.
  if (/^https?:\/\//i.test(target) && URL.canParse(target)) {
    const parsed = new URL(target)
    target = parsed.pathname + parsed.search
  }
  const q = target.indexOf('?')
  const path = publicPath ?? (q === -1 ? target : target.slice(0, q))
  const query = q === -1 ? '' : target.slice(q + 1)
  return query.length > 0 ? [`${path}?${query}`, path] : [path]
}

function resolveWindow(window: RequestTimeWindow | false | undefined): Required<RequestTimeWindow> | false {
  if (window === false) return false
  if (window !== undefined && (window === null || typeof window !== 'object')) {
    throw new AlipayConfigError(
      'ERR_ALIPAY_OPTION_INVALID',
      'requestTimeWindow: expected { maxAgeMs?, maxFutureMs? } in milliseconds, or false to turn the check off',
    )
  }
  const maxAgeMs = window?.maxAgeMs ?? DEFAULT_MAX_AGE_MS
  const maxFutureMs = window?.maxFutureMs ?? DEFAULT_MAX_FUTURE_MS
  for (const [name, value] of [
    ['maxAgeMs', maxAgeMs],
    ['maxFutureMs', maxFutureMs],
  ] as const) {
    if (typeof value !== 'number' || !(value >= 0)) {
      throw new AlipayConfigError(
        'ERR_ALIPAY_OPTION_INVALID',
        `requestTimeWindow.${name}: expected a non-negative number of milliseconds, or requestTimeWindow: false`,
      )
    }
  }
  return { maxAgeMs, maxFutureMs }
}

/**
 * Builds a verifier with its options checked and its keys imported once. `verifyNotification`
 * and the notification handler both use it.
 */
export function createNotificationVerifier(options: VerifyNotificationOptions) {
  if (options === null || typeof options !== 'object') throw new TypeError('options are required')
  if (options.alipayPublicKey === undefined || options.alipayPublicKey === null) {
    throw new AlipayConfigError(
      'ERR_ALIPAY_CONFIG_MISSING',
      "alipayPublicKey: Alipay's public key is required to verify notifications (set ALIPAY_PUBLIC_KEY)",
    )
  }
  const keys = resolvePublicKeys(options.alipayPublicKey)
  const window = resolveWindow(options.requestTimeWindow)
  const expectedClientId = options.clientId
  if (
    expectedClientId !== undefined &&
    (typeof expectedClientId !== 'string' ||
      expectedClientId.length === 0 ||
      expectedClientId.trim() !== expectedClientId)
  ) {
    throw new AlipayConfigError(
      'ERR_ALIPAY_OPTION_INVALID',
      'clientId: expected the client id string from the Antom dashboard, without surrounding spaces',
    )
  }
  const publicPath = options.publicPath
  if (publicPath !== undefined && !publicPath.startsWith('/')) {
    throw new AlipayConfigError('ERR_ALIPAY_OPTION_INVALID', 'publicPath: expected a path starting with "/"')
  }
  const now = options.now ?? Date.now
  const limit = options.limit ?? DEFAULT_NOTIFY_LIMIT
  if (!Number.isSafeInteger(limit) || limit <= 0) {
    throw new AlipayConfigError('ERR_ALIPAY_OPTION_INVALID', 'limit: expected a positive whole number of bytes')
  }

  return (incoming: IncomingNotification): VerifiedNotification => {
    if (byteLengthOf(incoming.body) > limit) {
      throw new AlipayRequestError('ERR_ALIPAY_BODY_TOO_LARGE', `The notification body is over the ${limit}-byte limit`)
    }
    if (incoming.method !== undefined && incoming.method.toUpperCase() !== 'POST') {
      throw new AlipayRequestError(
        'ERR_ALIPAY_METHOD_NOT_ALLOWED',
        `Alipay notifications are POSTed, not ${incoming.method}`,
      )
    }
    const clientId = single(incoming, 'client-id')
    const requestTime = single(incoming, 'request-time')
    const signature = single(incoming, 'signature')
    if (expectedClientId !== undefined && clientId !== expectedClientId) {
      throw new AlipaySignatureError(
        'ERR_ALIPAY_CLIENT_ID_MISMATCH',
        'The client-id header is not the configured client id',
      )
    }
    // The bytes are verified before anything reads them as JSON (§9.4).
    const header = decodeSignatureHeader(signature)
    let verified = false
    for (const path of signedPaths(incoming.url, publicPath)) {
      if (checkSignature({ path, clientId, time: requestTime, body: incoming.body }, header, keys)) {
        verified = true
        break
      }
    }
    if (!verified) {
      throw new AlipaySignatureError(
        'ERR_ALIPAY_SIGNATURE_INVALID',
        "The signature does not verify with Alipay's public key over this path, client id, time and body",
      )
    }
    if (window !== false) checkRequestTime(requestTime, window, now())
    const parsed: { notification: AlipayNotification; type: NotificationType; reason?: string } =
      parseTypedNotification(incoming.body)
    const { notification, type, reason } = parsed
    const result = { notification, type, clientId, requestTime, keyVersion: header.keyVersion }
    return reason === undefined ? result : { ...result, reason }
  }
}

/**
 * Verifies an incoming notification and returns it typed (protocol.md §3, §9): headers present,
 * client id as configured, signature over the exact bytes, request-time within the window, then
 * JSON parsed and checked against the catalogue.
 *
 * @throws {@link AlipayRequestError} (400: missing header, malformed signature, bad JSON),
 *   {@link AlipaySignatureError} (401: bad signature, other client id, stale time).
 * @example
 * ```ts
 * const notification = verifyNotification(
 *   { method: 'POST', url: req.url, headers: req.headers, body: rawBody },
 *   { alipayPublicKey: process.env.ALIPAY_PUBLIC_KEY!, clientId: process.env.ALIPAY_CLIENT_ID },
 * )
 * ```
 */
export function verifyNotification(
  incoming: IncomingNotification,
  options: VerifyNotificationOptions,
): AlipayNotification {
  return createNotificationVerifier(options)(incoming).notification
}
