import { AlipayConfigError, AlipaySignatureError, SIGNATURE_FAILURE_CAUSES } from '../errors.js'
import type { PublicKeys } from '../key-input.js'
import { DEFAULT_MAX_AGE_MS, DEFAULT_MAX_FUTURE_MS, type RequestTimeWindow } from '../protocol/request-time.js'
import type { SignInput } from '../protocol/sign-content.js'
import type { KeyRing } from '../runtime/provider.js'
import { parseTypedNotification } from './parse.js'
import { bodyTooLarge, type CheckedHead, createPrecheck, type NotificationHead } from './precheck.js'
import type { AlipayNotification, NotificationType } from './types.js'

/** A notification as any host received it: the neutral request of style.md principle 1. */
export interface IncomingNotification extends NotificationHead {
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
   * How old or how far ahead `request-time` may be (docs/protocol.md §9.5); `false` turns the check off.
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
   * The largest body accepted, in bytes. Adapters read no further, a declared `content-length`
   * over it is refused before the body is read, and it is checked here too, so no mode of any
   * adapter rests on the adapter's own limit alone (issue #13). A body over it is answered 413 and
   * always logged as an error by the default `onError`: it may be a real notification, lost.
   * Raise it if you receive notifications outside the catalogue that carry long lists (billing
   * credit notes with many line items, say). See {@link DEFAULT_NOTIFY_LIMIT} for the reasoning.
   * @default 524288 (512 KiB)
   */
  readonly limit?: number
  /**
   * How long reading the body may take, in milliseconds, from the end of the headers to the last
   * byte; the adapters answer 408 (`ERR_ALIPAY_BODY_TIMEOUT`) and close the connection after it.
   * A total, not an idle timeout: a client dribbling a byte a second would reset an idle timer for
   * ever (issue 9). Alipay's servers send a few kilobytes at once; even a body at the default limit
   * takes about 4 s at 1 Mbit/s. Alipay resends a notification whose delivery failed (§3.3).
   * @default 10000 (10 s)
   */
  readonly bodyTimeout?: number
}

/**
 * The default body size limit: 512 KiB, 18 times the largest notification the catalogue models
 * with every field filled (a PAYMENT_RESULT, 28 KB pretty-printed, with each field at the maximum
 * length the Java SDK's models document, and 256 or 2048 characters for text they leave open:
 * `packages/core/test/notify-limit.test.ts` builds it and keeps this at least 16 times its size).
 * The margin covers text in 3-byte scripts and fields Alipay adds. It bounds what unauthenticated
 * clients can make a server hold: 1000 connections holding bodies take at most 1000 x this
 * (issue 9; the old 1 MiB let them take 1 GB).
 */
export const DEFAULT_NOTIFY_LIMIT = 512 * 1024

/**
 * The default body read timeout, in milliseconds; see {@link VerifyNotificationOptions.bodyTimeout}.
 */
export const DEFAULT_BODY_TIMEOUT = 10_000

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
   * the notification goes to the fallback handler with this reason (docs/protocol.md §9.13).
   */
  readonly reason?: string
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

/** What {@link createNotificationVerifier} returns: the verifier with its pre-checks and settings. */
export interface NotificationVerifier<R = VerifiedNotification> {
  /** Verification in full: the pre-checks, the size, the signature over the exact bytes, the parse. */
  (incoming: IncomingNotification): R
  /**
   * The checks of the head alone (docs/protocol.md §9.11), for hosts to run before reading the body.
   * The verifier runs the same checks first, so a head is judged the same either way.
   * @throws the coded error of the first check that fails.
   */
  readonly precheck: (head: NotificationHead) => void
  /** The body size limit in bytes. */
  readonly limit: number
  /** The body read timeout in milliseconds. */
  readonly bodyTimeout: number
}

function positiveWhole(name: string, value: number, unit: string): number {
  if (!Number.isSafeInteger(value) || value <= 0) {
    throw new AlipayConfigError('ERR_ALIPAY_OPTION_INVALID', `${name}: expected a positive whole number of ${unit}`)
  }
  return value
}

/** What the one crypto call of a verification needs, from {@link VerifierSteps.prepare}. */
export interface PreparedNotification<K> {
  /** The key the header's keyVersion selects. */
  readonly key: K
  /** The head's checked values; `header.signature` is a scratch view (copy it before any await). */
  readonly head: CheckedHead
  /** What may have been signed, most specific first (§9.4): one verifies, or the signature is invalid. */
  readonly inputs: readonly SignInput[]
}

/**
 * A verification cut around its one crypto call (issue 11), so the synchronous Node verifier and
 * the asynchronous Web one share every other step: `prepare` (pre-checks, size), the runtime's
 * signature check over `inputs`, then `finish` (refusal or parse).
 */
export interface VerifierSteps<K> {
  readonly precheck: (head: NotificationHead) => CheckedHead
  readonly limit: number
  readonly bodyTimeout: number
  readonly prepare: (incoming: IncomingNotification) => PreparedNotification<K>
  readonly finish: (
    incoming: IncomingNotification,
    prepared: PreparedNotification<K>,
    valid: boolean,
  ) => VerifiedNotification
}

/**
 * Checks a verifier's options once (everything but the key import, which is the runtime's) and
 * builds the steps around the crypto call. Node's {@link createNotificationVerifier} and the Web
 * package both use it.
 */
export function createVerifierSteps<K>(options: VerifyNotificationOptions, keys: KeyRing<K>): VerifierSteps<K> {
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
  const limit = positiveWhole('limit', options.limit ?? DEFAULT_NOTIFY_LIMIT, 'bytes')
  const bodyTimeout = positiveWhole('bodyTimeout', options.bodyTimeout ?? DEFAULT_BODY_TIMEOUT, 'milliseconds')
  const precheck = createPrecheck({ keys, clientId: expectedClientId, window, limit, now })

  const prepare = (incoming: IncomingNotification): PreparedNotification<K> => {
    const head = precheck(incoming)
    if (byteLengthOf(incoming.body) > limit) throw bodyTooLarge(limit)
    const { clientId, requestTime, header } = head
    const inputs = signedPaths(incoming.url, publicPath).map((path) => ({
      path,
      clientId,
      time: requestTime,
      body: incoming.body,
    }))
    return { key: keys.select(header.keyVersion), head, inputs }
  }

  const finish = (
    incoming: IncomingNotification,
    prepared: PreparedNotification<K>,
    valid: boolean,
  ): VerifiedNotification => {
    // The bytes are verified before anything reads them as JSON (§9.4).
    if (!valid) {
      throw new AlipaySignatureError(
        'ERR_ALIPAY_SIGNATURE_INVALID',
        `The signature does not verify with Alipay's public key over this path, client id, time and body. ${SIGNATURE_FAILURE_CAUSES}`,
      )
    }
    const { clientId, requestTime, header } = prepared.head
    const parsed: { notification: AlipayNotification; type: NotificationType; reason?: string } =
      parseTypedNotification(incoming.body)
    const { notification, type, reason } = parsed
    const result = { notification, type, clientId, requestTime, keyVersion: header.keyVersion }
    return reason === undefined ? result : { ...result, reason }
  }

  return { precheck, limit, bodyTimeout, prepare, finish }
}
