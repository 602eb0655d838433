import {
  type Claimed,
  ClaimedDelivery,
  type ClaimSettings,
  Claims,
  DEFAULT_LEASE_MS,
  DEFAULT_RETENTION_MS,
  settleDelivery,
} from '../dedupe/claim.js'
import { memoryNotificationStore } from '../dedupe/memory-store.js'
import { identityKey, notificationKey } from '../dedupe/notification-key.js'
import type { NotificationDelivery, NotificationStore } from '../dedupe/store.js'
import { AlipayConfigError, type AlipayError, AlipayHandlerError, isAlipayError } from '../errors.js'
import { createRefusalLog, type NotificationLogger } from './refusal-log.js'
import { ACK_REPLY, type NotificationReply, replyForError } from './reply.js'
import type { AlipayNotification, NotificationType, NotificationTypeMap } from './types.js'
import {
  DEFAULT_NOTIFY_LIMIT,
  type IncomingNotification,
  type NotificationVerifier,
  type VerifiedNotification,
  type VerifyNotificationOptions,
} from './verify-notification.js'

export type { NotificationLogger }
export { DEFAULT_NOTIFY_LIMIT }

/** Where notifications are served when no `path` is given. */
export const DEFAULT_NOTIFY_PATH = '/alipay/notify'

/**
 * A handler for one notification type. The context is whatever the host passes (a request); the
 * delivery says which claim this run holds (for the inbox pattern) and why a notification fell
 * back to a fallback handler.
 */
export type NotificationCallback<N, Ctx> = (notification: N, context: Ctx, delivery: NotificationDelivery) => unknown

/** Handlers by notification type, each receiving that type. */
export type NotificationHandlers<Ctx> = {
  readonly [T in NotificationType]?: NotificationCallback<NotificationTypeMap[T], Ctx>
}

/** Options of {@link createNotificationHandler}. */
export interface NotificationHandlerOptions<Ctx = undefined> extends VerifyNotificationOptions {
  /** Handlers by type: `{ PAYMENT_RESULT: (n) => ..., REFUND_RESULT: ... }`. */
  readonly on?: NotificationHandlers<Ctx>
  /**
   * The handler for every type without its own entry in `on`, and for notifications the catalogue
   * cannot classify (as does `on.UNKNOWN`).
   */
  readonly onNotification?: NotificationCallback<AlipayNotification, Ctx>
  /**
   * Acknowledge a verified notification of a known type that no handler takes, with a warning
   * (docs/protocol.md §9.7); `false` answers 500 so Alipay resends it. A notification the catalogue
   * cannot classify is never acknowledged without a fallback handler (`onNotification` or
   * `on.UNKNOWN`), and a handler created with no handlers at all never acknowledges.
   * @default true
   */
  readonly acknowledgeUnhandled?: boolean
  /**
   * Exactly-once processing (docs/protocol.md §9.10): the store in which each notification is claimed
   * before any handler runs, shared by every instance that receives notifications. `false` turns
   * it off (each delivery runs the handler).
   * @default memoryNotificationStore(): exactly once within this process only
   */
  readonly dedupe?: NotificationStore | false
  /**
   * A notification's identity in the store; return `undefined` for the default
   * (`notificationKey`: type, ids and status, or the body's SHA-256 for unknown types).
   */
  readonly dedupeKey?: (notification: VerifiedNotification) => string | undefined
  /**
   * How long a claim lives without renewal; renewed every third of it while the handler runs. A
   * crashed instance's claim expires after this, and the next resend processes the notification.
   * @default 30000 (30 s)
   */
  readonly dedupeLeaseMs?: number
  /** How long a done notification is remembered: longer than Alipay's 24-hour resends. @default 172800000 (48 h) */
  readonly dedupeRetentionMs?: number
  /**
   * Called with every refused notification's error, for logging. Messages never hold keys or
   * signatures; a handler failure has the merchant's error as `cause`.
   * @default every refusal logged through `logger`, at most 10 a minute per code: a warning for
   *   4xx, an error for 5xx and 413 (a body over the limit may be a real notification, lost)
   */
  readonly onError?: (error: AlipayError, incoming: IncomingNotification) => void
  /** Where warnings and the default `onError` write: `console`, pino, winston... @default console */
  readonly logger?: NotificationLogger
  /** The path served by adapters that match paths. @default '/alipay/notify' */
  readonly path?: string
}

/**
 * A verified notification claimed for one delivery, for hosts whose own route processes it
 * (Express and Koa without handlers, Fastify's `notify.handler`). Settle it exactly once.
 */
export interface NotificationReceipt {
  /** The verified notification. */
  readonly verified: VerifiedNotification
  /** The claim this delivery holds. */
  readonly delivery: NotificationDelivery
  /** The route processed it: marks it done, then gives the acknowledgement to send. */
  succeed(): Promise<NotificationReply>
  /** The route failed with `cause`: releases the claim (Alipay resends) and gives the 500 reply. */
  fail(cause: unknown): Promise<NotificationReply>
  /** The host already answered without an acknowledgement: releases the claim, replies nothing. */
  abandon(): Promise<void>
}

/** What {@link NotificationHandler.receive} gives: a reply to send at once, or a claimed notification. */
export type ReceiveResult =
  | {
      /** Send this now: refused, already done (the acknowledgement), or claimed by another delivery. */
      readonly reply: NotificationReply
    }
  | {
      /** Claimed for this delivery: let the route process it, then settle the receipt. */
      readonly receipt: NotificationReceipt
    }

/**
 * The function {@link createNotificationHandler} returns, with its resolved settings. `V` is what
 * its `verify` gives: the verified notification on Node, a promise of it on Web runtimes.
 */
export interface NotificationHandler<Ctx = undefined, V = VerifiedNotification> {
  /** Verifies, claims, dispatches, and replies with the acknowledgement only after the handler resolved. */
  (incoming: IncomingNotification, context: Ctx): Promise<NotificationReply>
  /** The path to serve. */
  readonly path: string
  /** The body size limit in bytes. */
  readonly limit: number
  /** Whether any handler (`on` or `onNotification`) was given. */
  readonly hasHandlers: boolean
  /** The body read timeout in milliseconds. */
  readonly bodyTimeout: number
  /** Verification alone (size, headers, signature, time, parse). Throws coded errors. */
  readonly verify: (incoming: IncomingNotification) => V
  /**
   * The checks of the head alone (docs/protocol.md §9.11), for hosts to run before reading the body: the
   * refusal to send at once (reported through `onError`), or `undefined` to read the body.
   */
  readonly precheck: (head: Omit<IncomingNotification, 'body'>) => NotificationReply | undefined
  /**
   * Verification and the exactly-once claim, for hosts that let a route process the notification:
   * a reply to send now (refused, already done, claimed elsewhere), or a receipt to settle.
   */
  readonly receive: (incoming: IncomingNotification) => Promise<ReceiveResult>
  /** The reply for an error, from the one status table; reports it through `onError` first. */
  readonly replyForError: (error: unknown, incoming: IncomingNotification) => NotificationReply
}

function positiveMs(name: string, value: number | undefined, fallback: number): number {
  const ms = value ?? fallback
  if (!Number.isSafeInteger(ms) || ms <= 0) {
    throw new AlipayConfigError(
      'ERR_ALIPAY_OPTION_INVALID',
      `${name}: expected a positive whole number of milliseconds`,
    )
  }
  return ms
}

function checkOptions<Ctx>(options: NotificationHandlerOptions<Ctx>): { path: string; limit: number } {
  const path = options.path ?? DEFAULT_NOTIFY_PATH
  if (typeof path !== 'string' || !path.startsWith('/')) {
    throw new AlipayConfigError(
      'ERR_ALIPAY_OPTION_INVALID',
      'path: expected a path starting with "/", e.g. "/alipay/notify"',
    )
  }
  for (const [type, fn] of Object.entries(options.on ?? {})) {
    if (typeof fn !== 'function') {
      throw new AlipayConfigError('ERR_ALIPAY_OPTION_INVALID', `on.${type}: expected a function`)
    }
  }
  if (options.onNotification !== undefined && typeof options.onNotification !== 'function') {
    throw new AlipayConfigError('ERR_ALIPAY_OPTION_INVALID', 'onNotification: expected a function')
  }
  return { path, limit: options.limit ?? DEFAULT_NOTIFY_LIMIT }
}

function checkStore(store: unknown): NotificationStore | undefined {
  if (store === false) return undefined
  if (store === undefined) return memoryNotificationStore()
  const methods = ['claim', 'renew', 'complete', 'release'] as const
  if (store === null || typeof store !== 'object' || methods.some((m) => typeof (store as never)[m] !== 'function')) {
    throw new AlipayConfigError(
      'ERR_ALIPAY_OPTION_INVALID',
      'dedupe: expected a notification store (claim, renew, complete, release), e.g. memoryNotificationStore(), or false',
    )
  }
  return store as NotificationStore
}

/** The field names of a notification, never its values: safe to log. */
function fieldNames(notification: AlipayNotification): string {
  return Object.keys(notification).slice(0, 30).join(', ')
}

/**
 * The signal of a delivery that nothing claims (dedupe: false). Made on first use: Cloudflare
 * Workers refuse an AbortController created while a module loads (issue 11).
 */
let neverAborted: AbortSignal | undefined
function notAborted(): AbortSignal {
  if (neverAborted === undefined) neverAborted = new AbortController().signal
  return neverAborted
}

/**
 * The serving flow of every host and runtime (issue 11): verify with the runtime's verifier (Node's
 * synchronous one, or the Web package's asynchronous one), claim, dispatch, and reply with the
 * acknowledgement only after the handler resolved. Internal: {@link createNotificationHandler}
 * (Node) and `@alipay-kit/web` build on it. `renewal` says how live claims are renewed: `'timer'`
 * (one per claim, as Cloudflare Workers need) unless the runtime has no per-request I/O (a
 * ticker: one interval per handler, armed outside any request's async context).
 */
export function createNotificationFlow<Ctx, V extends VerifiedNotification | Promise<VerifiedNotification>>(
  options: NotificationHandlerOptions<Ctx>,
  verify: NotificationVerifier<V>,
  renewal: ClaimSettings['renewal'] = 'timer',
): NotificationHandler<Ctx, V> {
  const { path, limit } = checkOptions(options)
  const on: NotificationHandlers<Ctx> = options.on ?? {}
  const fallback = options.onNotification ?? on.UNKNOWN
  const acknowledgeUnhandled = options.acknowledgeUnhandled ?? true
  const hasHandlers = options.onNotification !== undefined || Object.keys(on).length > 0
  const logger: NotificationLogger = options.logger ?? console
  const onError = options.onError ?? createRefusalLog(logger)
  const report = (error: AlipayError, incoming: IncomingNotification): void => {
    try {
      onError(error, incoming)
    } catch {
      // A failing logger must not turn a clean refusal into a crash.
    }
  }
  const store = checkStore(options.dedupe)
  const leaseMs = positiveMs('dedupeLeaseMs', options.dedupeLeaseMs, DEFAULT_LEASE_MS)
  const retentionMs = positiveMs('dedupeRetentionMs', options.dedupeRetentionMs, DEFAULT_RETENTION_MS)
  if (options.dedupeKey !== undefined && typeof options.dedupeKey !== 'function') {
    throw new AlipayConfigError(
      'ERR_ALIPAY_OPTION_INVALID',
      'dedupeKey: expected a function of the verified notification',
    )
  }

  const replyFor = (error: unknown, incoming: IncomingNotification): NotificationReply => {
    const coded = isAlipayError(error)
      ? error
      : new AlipayHandlerError('ERR_ALIPAY_HANDLER_FAILED', 'Notification processing failed unexpectedly', {
          cause: error,
        })
    report(coded, incoming)
    return replyForError(coded)
  }

  const handlerFailed = (verified: VerifiedNotification, cause: unknown) =>
    new AlipayHandlerError('ERR_ALIPAY_HANDLER_FAILED', `The ${verified.type} handler failed; not acknowledged`, {
      cause,
    })

  const claims =
    store === undefined ? undefined : new Claims<IncomingNotification>({ store, leaseMs, retentionMs, report, renewal })

  /** The reply, or the claimed delivery, for what claiming gave. */
  const answer = (
    claimed: Claimed<IncomingNotification>,
    incoming: IncomingNotification,
  ): ClaimedDelivery<IncomingNotification> | NotificationReply => {
    if (claimed instanceof ClaimedDelivery) return claimed
    return claimed === 'done' ? ACK_REPLY : replyFor(claimed, incoming)
  }

  const keyFailed = (cause: unknown, incoming: IncomingNotification): NotificationReply =>
    replyFor(new AlipayHandlerError('ERR_ALIPAY_HANDLER_FAILED', 'dedupeKey threw', { cause }), incoming)

  /** Claims under the body's hash (a type the catalogue does not identify): the one key needing an await. */
  const claimHashed = async (
    claims: Claims<IncomingNotification>,
    verified: VerifiedNotification,
    incoming: IncomingNotification,
  ): Promise<ClaimedDelivery<IncomingNotification> | NotificationReply> => {
    let key: string
    try {
      key = await notificationKey(verified, incoming.body)
    } catch (cause) {
      return keyFailed(cause, incoming)
    }
    return answer(await claims.claim(key, verified.reason, incoming), incoming)
  }

  /**
   * Claims the verified notification for this delivery: the claimed delivery, or the reply to send
   * at once (already done, refused, or `dedupeKey` threw). Never throws or rejects. Answered
   * without a promise when the key needs no hashing and the store answers at once (a memory store).
   */
  const claimFor = (
    claims: Claims<IncomingNotification>,
    verified: VerifiedNotification,
    incoming: IncomingNotification,
  ):
    | ClaimedDelivery<IncomingNotification>
    | NotificationReply
    | Promise<ClaimedDelivery<IncomingNotification> | NotificationReply> => {
    let key: string | undefined
    try {
      key = options.dedupeKey?.(verified) ?? identityKey(verified)
    } catch (cause) {
      return keyFailed(cause, incoming)
    }
    if (key === undefined) return claimHashed(claims, verified, incoming)
    const claimed = claims.claim(key, verified.reason, incoming)
    return claimed instanceof Promise ? claimed.then((outcome) => answer(outcome, incoming)) : answer(claimed, incoming)
  }

  /** The receipt for a route that processes the notification itself; never throws. */
  const claim = async (verified: VerifiedNotification, incoming: IncomingNotification): Promise<ReceiveResult> => {
    if (claims === undefined) {
      return {
        receipt: {
          verified,
          delivery: unclaimed(verified),
          succeed: async () => ACK_REPLY,
          fail: async (cause) => replyFor(handlerFailed(verified, cause), incoming),
          abandon: async () => {},
        },
      }
    }
    const pending = claimFor(claims, verified, incoming)
    const claimed = pending instanceof Promise ? await pending : pending
    if (!(claimed instanceof ClaimedDelivery)) return { reply: claimed }
    return {
      receipt: {
        verified,
        delivery: claimed,
        succeed: async () => {
          await settleDelivery(claimed, true)
          return ACK_REPLY
        },
        fail: async (cause) => {
          await settleDelivery(claimed, false)
          return replyFor(handlerFailed(verified, cause), incoming)
        },
        abandon: async () => {
          await settleDelivery(claimed, false)
        },
      },
    }
  }

  /** The reply when no handler takes a verified notification (docs/protocol.md §9.7). */
  const unhandled = (verified: VerifiedNotification, incoming: IncomingNotification): NotificationReply => {
    if (verified.type === 'UNKNOWN') {
      const why = verified.reason === undefined ? '' : ` (${verified.reason})`
      return replyFor(
        new AlipayHandlerError(
          'ERR_ALIPAY_NOTIFICATION_UNHANDLED',
          `A notification the catalogue cannot classify${why} reached no handler; not acknowledged, so Alipay resends until onNotification or on.UNKNOWN takes it. Its fields: ${fieldNames(verified.notification)}`,
        ),
        incoming,
      )
    }
    // With no handler at all nothing would ever process a notification: never acknowledge then,
    // whatever acknowledgeUnhandled says, or Alipay stops resending what nobody read.
    if (acknowledgeUnhandled && hasHandlers) {
      logger.warn(
        `[alipay-kit] ${verified.type} notification acknowledged with no handler for it (acknowledgeUnhandled)`,
      )
      return ACK_REPLY
    }
    return replyFor(
      new AlipayHandlerError('ERR_ALIPAY_NOTIFICATION_UNHANDLED', `No handler for ${verified.type} notifications`),
      incoming,
    )
  }

  const handle = async (incoming: IncomingNotification, context: Ctx): Promise<NotificationReply> => {
    let verified: VerifiedNotification
    try {
      const result = verify(incoming)
      // The Node verifier answers at once; only the Web one needs an await (and its microtask).
      verified = result instanceof Promise ? await result : (result as VerifiedNotification)
    } catch (error) {
      return replyFor(error, incoming)
    }
    const callback = (on[verified.type] ?? fallback) as NotificationCallback<AlipayNotification, Ctx> | undefined
    if (callback === undefined) return unhandled(verified, incoming)
    if (claims === undefined) {
      try {
        await callback(verified.notification, context, unclaimed(verified))
      } catch (cause) {
        return replyFor(handlerFailed(verified, cause), incoming)
      }
      return ACK_REPLY
    }
    // The handler path settles the claimed delivery itself: no receipt, no closures per notification.
    const pending = claimFor(claims, verified, incoming)
    const claimed = pending instanceof Promise ? await pending : pending
    if (!(claimed instanceof ClaimedDelivery)) return claimed
    try {
      await callback(verified.notification, context, claimed)
    } catch (cause) {
      const released = settleDelivery(claimed, false)
      if (released !== undefined) await released
      return replyFor(handlerFailed(verified, cause), incoming)
    }
    // A memory store marks it done at once; any other store is awaited before the acknowledgement.
    const done = settleDelivery(claimed, true)
    if (done !== undefined) await done
    return ACK_REPLY
  }

  const receive = async (incoming: IncomingNotification): Promise<ReceiveResult> => {
    let verified: VerifiedNotification
    try {
      const result = verify(incoming)
      // The Node verifier answers at once; only the Web one needs an await (and its microtask).
      verified = result instanceof Promise ? await result : (result as VerifiedNotification)
    } catch (error) {
      return { reply: replyFor(error, incoming) }
    }
    return claim(verified, incoming)
  }

  const precheck = (head: Omit<IncomingNotification, 'body'>): NotificationReply | undefined => {
    try {
      verify.precheck(head)
      return undefined
    } catch (error) {
      return replyFor(error, { ...head, body: '' })
    }
  }

  const { bodyTimeout } = verify
  return Object.assign(handle, {
    path,
    limit,
    bodyTimeout,
    hasHandlers,
    verify,
    precheck,
    receive,
    replyForError: replyFor,
  })
}

/** The delivery a handler sees when nothing claims (dedupe: false). */
function unclaimed(verified: VerifiedNotification): NotificationDelivery {
  return verified.reason === undefined
    ? { key: '', owner: '', signal: notAborted() }
    : { key: '', owner: '', signal: notAborted(), reason: verified.reason }
}
