import {
  AlipayConfigError,
  type AlipayError,
  AlipayHandlerError,
  AlipayRequestError,
  isAlipayError,
} from '../errors.js'
import { httpStatusOf } from '../http-status.js'
import { ACK_REPLY, type NotificationReply, replyForError } from './reply.js'
import type { AlipayNotification, NotificationType, NotificationTypeMap } from './types.js'
import {
  createNotificationVerifier,
  type IncomingNotification,
  type VerifiedNotification,
  type VerifyNotificationOptions,
} from './verify-notification.js'

/** Where notifications are served when no `path` is given. */
export const DEFAULT_NOTIFY_PATH = '/alipay/notify'
/** The default body size limit: notifications are a few kilobytes. */
export const DEFAULT_NOTIFY_LIMIT = 1024 * 1024

/** A handler for one notification type; the context is whatever the host passes (a request). */
export type NotificationCallback<N, Ctx> = (notification: N, context: Ctx) => unknown

/** Handlers by notification type, each receiving that type. */
export type NotificationHandlers<Ctx> = {
  readonly [T in NotificationType]?: NotificationCallback<NotificationTypeMap[T], Ctx>
}

/** Options of {@link createNotificationHandler}. */
export interface NotificationHandlerOptions<Ctx = undefined> extends VerifyNotificationOptions {
  /** Handlers by type: `{ PAYMENT_RESULT: (n) => ..., REFUND_RESULT: ... }`. */
  readonly on?: NotificationHandlers<Ctx>
  /** The handler for every type without its own entry in `on`. */
  readonly onNotification?: NotificationCallback<AlipayNotification, Ctx>
  /**
   * Acknowledge a verified notification that no handler takes (protocol.md §9.7); `false` answers
   * 500 so Alipay resends it. A handler created with no handlers at all never acknowledges.
   * @default true
   */
  readonly acknowledgeUnhandled?: boolean
  /**
   * Called with every refused notification's error, for logging. Messages never hold keys or
   * signatures; a handler failure has the merchant's error as `cause`.
   * @default logs errors that answer 500 (handler failures, mis-mounting) with console.error
   */
  readonly onError?: (error: AlipayError, incoming: IncomingNotification) => void
  /** The path served by adapters that match paths. @default '/alipay/notify' */
  readonly path?: string
  /** The largest body accepted, in bytes. @default 1048576 (1 MiB) */
  readonly limit?: number
}

/** The function {@link createNotificationHandler} returns, with its resolved settings. */
export interface NotificationHandler<Ctx = undefined> {
  /** Verifies, parses, dispatches, and replies with the acknowledgement only after the handler resolved. */
  (incoming: IncomingNotification, context: Ctx): Promise<NotificationReply>
  /** The path to serve. */
  readonly path: string
  /** The body size limit in bytes. */
  readonly limit: number
  /** Whether any handler (`on` or `onNotification`) was given. */
  readonly hasHandlers: boolean
  /** Verification alone, for hosts that let a route reply itself. Throws coded errors. */
  readonly verify: (incoming: IncomingNotification) => VerifiedNotification
  /** The reply for an error, from the one status table; reports it through `onError` first. */
  readonly replyForError: (error: unknown, incoming: IncomingNotification) => NotificationReply
}

function defaultOnError(error: AlipayError): void {
  if (httpStatusOf(error) >= 500) console.error(`[alipay-kit] ${error.code}: ${error.message}`, error.cause ?? '')
}

function checkOptions<Ctx>(options: NotificationHandlerOptions<Ctx>): { path: string; limit: number } {
  const path = options.path ?? DEFAULT_NOTIFY_PATH
  if (typeof path !== 'string' || !path.startsWith('/')) {
    throw new AlipayConfigError(
      'ERR_ALIPAY_OPTION_INVALID',
      'path: expected a path starting with "/", e.g. "/alipay/notify"',
    )
  }
  const limit = options.limit ?? DEFAULT_NOTIFY_LIMIT
  if (!Number.isSafeInteger(limit) || limit <= 0) {
    throw new AlipayConfigError('ERR_ALIPAY_OPTION_INVALID', 'limit: expected a positive whole number of bytes')
  }
  for (const [type, fn] of Object.entries(options.on ?? {})) {
    if (typeof fn !== 'function') {
      throw new AlipayConfigError('ERR_ALIPAY_OPTION_INVALID', `on.${type}: expected a function`)
    }
  }
  if (options.onNotification !== undefined && typeof options.onNotification !== 'function') {
    throw new AlipayConfigError('ERR_ALIPAY_OPTION_INVALID', 'onNotification: expected a function')
  }
  return { path, limit }
}

/**
 * Creates the framework-neutral notification endpoint (protocol.md §3, §9.7): verify the exact
 * bytes, parse, dispatch to the handler for the type (or `onNotification`), and reply with the
 * exact acknowledgement only after the handler resolved. Failures reply from one status table:
 * 400 malformed, 401 not authentic, 413 too large, 500 handler failure (Alipay resends).
 * Options and keys are checked once, here.
 *
 * @example
 * ```ts
 * const handle = createNotificationHandler({
 *   alipayPublicKey: process.env.ALIPAY_PUBLIC_KEY!,
 *   on: { PAYMENT_RESULT: async (n) => markPaid(n.paymentRequestId, n.result.resultStatus === 'S') },
 * })
 * const reply = await handle({ method: 'POST', url: '/alipay/notify', headers, body: rawBytes }, undefined)
 * ```
 */
export function createNotificationHandler<Ctx = undefined>(
  options: NotificationHandlerOptions<Ctx>,
): NotificationHandler<Ctx> {
  const verify = createNotificationVerifier(options)
  const { path, limit } = checkOptions(options)
  const on: NotificationHandlers<Ctx> = options.on ?? {}
  const fallback = options.onNotification
  const acknowledgeUnhandled = options.acknowledgeUnhandled ?? true
  const hasHandlers = fallback !== undefined || Object.keys(on).length > 0
  const onError = options.onError ?? defaultOnError

  const replyFor = (error: unknown, incoming: IncomingNotification): NotificationReply => {
    const coded = isAlipayError(error)
      ? error
      : new AlipayHandlerError('ERR_ALIPAY_HANDLER_FAILED', 'Notification processing failed unexpectedly', {
          cause: error,
        })
    try {
      onError(coded, incoming)
    } catch {
      // A failing logger must not turn a clean refusal into a crash.
    }
    return replyForError(coded)
  }

  const handle = async (incoming: IncomingNotification, context: Ctx): Promise<NotificationReply> => {
    let verified: VerifiedNotification
    try {
      const size = typeof incoming.body === 'string' ? Buffer.byteLength(incoming.body) : incoming.body.byteLength
      if (size > limit) {
        throw new AlipayRequestError(
          'ERR_ALIPAY_BODY_TOO_LARGE',
          `The notification body is over the ${limit}-byte limit`,
        )
      }
      verified = verify(incoming)
    } catch (error) {
      return replyFor(error, incoming)
    }
    const callback = (on[verified.type] ?? fallback) as NotificationCallback<AlipayNotification, Ctx> | undefined
    if (callback === undefined) {
      // With no handler at all nothing would ever process a notification: never acknowledge then,
      // whatever acknowledgeUnhandled says, or Alipay stops resending what nobody read.
      if (acknowledgeUnhandled && hasHandlers) return ACK_REPLY
      return replyFor(
        new AlipayHandlerError('ERR_ALIPAY_NOTIFICATION_UNHANDLED', `No handler for ${verified.type} notifications`),
        incoming,
      )
    }
    try {
      await callback(verified.notification, context)
    } catch (cause) {
      return replyFor(
        new AlipayHandlerError('ERR_ALIPAY_HANDLER_FAILED', `The ${verified.type} handler failed; not acknowledged`, {
          cause,
        }),
        incoming,
      )
    }
    return ACK_REPLY
  }

  return Object.assign(handle, {
    path,
    limit,
    hasHandlers,
    verify,
    replyForError: replyFor,
  })
}
