import type { ClientRequest } from 'node:http'
import { isAcknowledgement } from './acknowledgement.js'
import { loopbackProblem } from './loopback.js'
import { postNotification, type Reply } from './post-notification.js'

const MINUTE = 60_000
const HOUR = 60 * MINUTE

/**
 * Alipay's delivery schedule (docs/protocol.md §3.3): "up to 8 times within 24 hours, at intervals of
 * 0 s, 2 min, 10 min, 10 min, 1 h, 2 h, 6 h and 15 h". Read here as 8 attempts in all, entry i
 * being the wait before attempt i+1: the first delivery goes out at once (the "0 s"), and each
 * resend follows the previous attempt by the next interval, so the 8th attempt comes about 24 h
 * 22 min after the first. (The legacy Alipay help page says the same with 7 intervals for "up to
 * 8 times within 25 hours".)
 */
export const ALIPAY_RESEND_SCHEDULE_MS: readonly number[] = Object.freeze([
  0,
  2 * MINUTE,
  10 * MINUTE,
  10 * MINUTE,
  HOUR,
  2 * HOUR,
  6 * HOUR,
  15 * HOUR,
])

/** Where a notification stands. */
export type NotificationState = 'delivering' | 'acknowledged' | 'exhausted' | 'refused' | 'cancelled'

/** A notification the simulator sends, with its delivery state. */
export interface SimulatedNotification {
  /** The simulator's id of the notification, e.g. `ntf_1`. */
  readonly id: string
  /** `notifyType` (`PAYMENT_RESULT`, `REFUND_RESULT`, ...) or the family's own type field. */
  readonly type: string
  /** The notify URL it is delivered to. */
  readonly url: string
  /** The path that was signed: the notify URL's path and query. */
  readonly path: string
  /** The merchant's client id, sent as `client-id`. */
  readonly clientId: string
  /** The exact body sent. */
  readonly body: string
  /** When it was created, in epoch milliseconds. */
  readonly createdAt: number
  /** How many deliveries it may get: the resend schedule's length, or 1 when it is not resent. */
  readonly maxAttempts: number
  /** Where it stands: delivering, acknowledged, exhausted, refused or cancelled. */
  state: NotificationState
  /** How many deliveries were made so far. */
  attempts: number
}

/** One delivery attempt of a notification, as `simulator.deliveries` records it. */
export interface DeliveryAttempt {
  /** The `id` of the {@link SimulatedNotification} delivered. */
  readonly notificationId: string
  /** The notification's type, as {@link SimulatedNotification.type}. */
  readonly type: string
  /** The notify URL. */
  readonly url: string
  /** 1 for the first delivery, 2 for the first resend, ... */
  readonly attempt: number
  /** How many deliveries the notification may get. */
  readonly maxAttempts: number
  /** Epoch milliseconds. */
  readonly startedAt: number
  /** When the reply (or the failure) came, in epoch milliseconds. */
  readonly finishedAt: number
  /** The `request-time` header sent. */
  readonly requestTime: string
  /** The HTTP status of the merchant's reply; undefined when none came (refused, network error, timeout). */
  readonly status: number | undefined
  /** The reply body (at most 64 KiB). */
  readonly responseBody: string | undefined
  /**
   * HTTP 200 and a JSON acknowledgement: `result.resultStatus` `S` and `result.resultCode`
   * `SUCCESS`, in any key order or spacing (docs/protocol.md §3.2, §9.12); anything else is resent.
   */
  readonly acknowledged: boolean
  /** Why no reply came, or why the notification was not delivered at all. */
  readonly error: string | undefined
  /** When the next attempt is due (epoch ms), if one was scheduled. */
  readonly nextAttemptAt: number | undefined
  /** The notification body. */
  readonly body: string
}

/** What the notifier needs from the simulator. */
export interface NotifierOptions {
  /** Signs `POST <path>\n<clientId>.<time>.<body>` with Alipay's key; returns the Signature header. */
  readonly sign: (input: { path: string; clientId: string; time: string; body: string }) => string
  readonly schedule: readonly number[]
  readonly timeScale: number
  readonly timeoutMs: number
  /** Re-sign each resend with a fresh request-time, rather than resending the first signed request. */
  readonly resign: boolean
  readonly onAttempt: (attempt: DeliveryAttempt, notification: SimulatedNotification) => void
}

/** What to send. */
export interface OutgoingNotification {
  readonly type: string
  readonly url: string
  readonly clientId: string
  readonly body: string
  /** False to deliver once only (the Alipay sandbox does not resend, docs/protocol.md §3.3). */
  readonly resend: boolean
}

/**
 * Delivers signed notifications to loopback notify URLs and resends each one on Alipay's schedule
 * until it is acknowledged, the attempts run out, or the simulator closes.
 */
export class Notifier {
  readonly notifications: SimulatedNotification[] = []
  readonly #timers = new Set<NodeJS.Timeout>()
  readonly #inFlight = new Set<ClientRequest>()
  #closed = false
  #sequence = 0

  constructor(private readonly options: NotifierOptions) {}

  send(outgoing: OutgoingNotification): SimulatedNotification {
    if (this.#closed) throw new Error('The simulator is closed; it sends no more notifications')
    this.#sequence += 1
    const problem = loopbackProblem(outgoing.url)
    const url = problem === undefined ? new URL(outgoing.url) : undefined
    const notification: SimulatedNotification = {
      id: `ntf_${this.#sequence}`,
      type: outgoing.type,
      url: outgoing.url,
      path: url === undefined ? '' : url.pathname + url.search,
      clientId: outgoing.clientId,
      body: outgoing.body,
      createdAt: Date.now(),
      maxAttempts: outgoing.resend ? this.options.schedule.length : 1,
      state: 'delivering',
      attempts: 0,
    }
    this.notifications.push(notification)
    if (problem !== undefined) {
      notification.state = 'refused'
      notification.attempts = 1
      const now = Date.now()
      this.#report(notification, { status: undefined, body: undefined, error: problem }, now, now, '', undefined)
      return notification
    }
    const signed = this.#headers(notification)
    this.#schedule(notification, 0, signed)
    return notification
  }

  /** Stops every resend timer and aborts deliveries under way. */
  close(): void {
    this.#closed = true
    for (const timer of this.#timers) clearTimeout(timer)
    this.#timers.clear()
    for (const req of this.#inFlight) req.destroy()
    this.#inFlight.clear()
    for (const n of this.notifications) if (n.state === 'delivering') n.state = 'cancelled'
  }

  /** Number of resend timers and requests still pending (each notification has at most one). */
  get pending(): number {
    return this.#timers.size + this.#inFlight.size
  }

  #headers(n: SimulatedNotification): Record<string, string> {
    const time = String(Date.now())
    return {
      'client-id': n.clientId,
      'request-time': time,
      signature: this.options.sign({ path: n.path, clientId: n.clientId, time, body: n.body }),
      'content-type': 'application/json; charset=UTF-8',
    }
  }

  /**
   * Arms the timer of attempt `index + 1`, due its interval after `from` (the previous attempt's
   * reply); returns when it is due. A timer can fire a little before `Date.now()` reaches that
   * time (libuv measures from the loop's cached clock), so an early one re-arms for the rest: no
   * attempt ever starts before the `nextAttemptAt` the simulator reported.
   */
  #schedule(n: SimulatedNotification, index: number, headers: Record<string, string>, from = Date.now()): number {
    const dueAt = from + (this.options.schedule[index] ?? 0) * this.options.timeScale
    const arm = () => {
      // Never negative: on a slow machine the due time can already be past, and Node 24 warns
      // (TimeoutNegativeWarning on stderr) for a negative delay before treating it as 1 ms.
      const timer = setTimeout(
        () => {
          this.#timers.delete(timer)
          if (Date.now() < dueAt) return arm()
          void this.#attempt(n, this.options.resign && index > 0 ? this.#headers(n) : headers)
        },
        Math.max(0, dueAt - Date.now()),
      )
      this.#timers.add(timer)
    }
    arm()
    return dueAt
  }

  async #attempt(n: SimulatedNotification, headers: Record<string, string>): Promise<void> {
    if (this.#closed) return
    n.attempts += 1
    const startedAt = Date.now()
    const reply = await postNotification(n.url, headers, n.body, this.options.timeoutMs, this.#inFlight)
    if (this.#closed) return
    const finishedAt = Date.now()
    // Read by meaning (docs/protocol.md §9.12): a 200 with any other body is "not received".
    const acknowledged = isAcknowledgement(reply.status, reply.body)
    let nextAttemptAt: number | undefined
    if (acknowledged) n.state = 'acknowledged'
    else if (n.attempts >= n.maxAttempts) n.state = 'exhausted'
    else nextAttemptAt = this.#schedule(n, n.attempts, headers, finishedAt)
    this.#report(n, reply, startedAt, finishedAt, headers['request-time'] ?? '', nextAttemptAt)
  }

  #report(
    n: SimulatedNotification,
    reply: Reply,
    startedAt: number,
    finishedAt: number,
    requestTime: string,
    nextAttemptAt: number | undefined,
  ): void {
    this.options.onAttempt(
      {
        notificationId: n.id,
        type: n.type,
        url: n.url,
        attempt: n.attempts,
        maxAttempts: n.maxAttempts,
        startedAt,
        finishedAt,
        requestTime,
        status: reply.status,
        responseBody: reply.body,
        acknowledged: n.state === 'acknowledged',
        error: reply.error,
        nextAttemptAt,
        body: n.body,
      },
      n,
    )
  }
}
