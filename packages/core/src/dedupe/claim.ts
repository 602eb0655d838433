import { type AlipayError, AlipayHandlerError } from '../errors.js'
import type { NotificationDelivery, NotificationStore } from './store.js'

/** Alipay's resend window is 24 hours (docs/protocol.md §3.3): done keys are kept twice as long. */
export const DEFAULT_RETENTION_MS = 48 * 60 * 60 * 1000
/** A crashed instance's claim expires within this; Alipay's second resend comes 2 minutes later. */
export const DEFAULT_LEASE_MS = 30_000

/** The settings of one handler's claims, checked once at creation. */
export interface ClaimSettings {
  readonly store: NotificationStore
  readonly leaseMs: number
  readonly retentionMs: number
  /** Reports a store failure that is not turned into a reply (renewal, completion, release). */
  readonly report: (error: AlipayError) => void
}

/** What claiming a notification gave: a reply to send now, or a claim held by this delivery. */
export type ClaimResult =
  | { readonly kind: 'done' }
  | { readonly kind: 'refused'; readonly error: AlipayError }
  | {
      readonly kind: 'claimed'
      readonly delivery: NotificationDelivery
      readonly settle: (ok: boolean) => Promise<void>
    }

function unrefTimer(timer: unknown): void {
  // Node timers keep the process alive; a renewal must not. Web runtimes have no unref.
  ;(timer as { unref?: () => void }).unref?.()
}

/** Retries marking `key` done a few times within the lease, in the background; never throws. */
function retryComplete(settings: ClaimSettings, key: string, owner: string, attempt = 1): void {
  const { store, leaseMs, retentionMs, report } = settings
  if (attempt > 3) {
    report(
      new AlipayHandlerError(
        'ERR_ALIPAY_STORE_UNAVAILABLE',
        'The done mark could not be recorded; the claim expires with its lease',
      ),
    )
    return
  }
  const timer = setTimeout(
    () => {
      store.complete(key, owner, retentionMs).catch(() => retryComplete(settings, key, owner, attempt + 1))
    },
    Math.max(1, Math.floor(leaseMs / 4)),
  )
  unrefTimer(timer)
}

/**
 * A claimed delivery, its `signal` made on first read. A class, not an object literal with a
 * getter: V8 keeps such a literal in dictionary mode (its getter is a new closure each time, which
 * no shared hidden class describes), and with it about 1.7 KB per notification reached the old
 * generation: a sixth of an Express endpoint's throughput went to the garbage collector.
 */
class ClaimedDelivery implements NotificationDelivery {
  readonly key: string
  readonly owner: string
  declare readonly reason?: string
  readonly #signal: () => AbortSignal

  constructor(key: string, owner: string, signal: () => AbortSignal, reason: string | undefined) {
    this.key = key
    this.owner = owner
    this.#signal = signal
    // Only when set, as on the delivery without a store: `'reason' in delivery` keeps its meaning.
    if (reason !== undefined) (this as { reason?: string }).reason = reason
  }

  get signal(): AbortSignal {
    return this.#signal()
  }
}

/**
 * Claims `key` for a new delivery (docs/protocol.md §9.10). While claimed, the lease is renewed every
 * third of its length, so a slow handler is never run twice; `settle(true)` marks it done,
 * `settle(false)` releases it for the next resend. Store failures when claiming refuse the
 * delivery (fail closed: Alipay resends); after that they are reported and never thrown, since
 * the handler's outcome is what the reply must follow.
 */
export async function claimDelivery(
  settings: ClaimSettings,
  key: string,
  reason: string | undefined,
): Promise<ClaimResult> {
  const { store, leaseMs, retentionMs, report } = settings
  const owner = crypto.randomUUID()
  let outcome: string
  try {
    outcome = await store.claim(key, owner, leaseMs)
  } catch (cause) {
    return {
      kind: 'refused',
      error: new AlipayHandlerError(
        'ERR_ALIPAY_STORE_UNAVAILABLE',
        'The notification store could not be reached to claim the notification; not processed',
        { cause },
      ),
    }
  }
  if (outcome === 'done') return { kind: 'done' }
  if (outcome !== 'claimed') {
    return {
      kind: 'refused',
      error: new AlipayHandlerError(
        'ERR_ALIPAY_NOTIFICATION_IN_PROGRESS',
        'Another delivery of this notification is being processed; not acknowledged, Alipay resends later',
      ),
    }
  }

  // Made when the handler first reads `delivery.signal` or the claim is lost, whichever comes
  // first: an AbortController costs about a fifth of a signature check on Node, and most handlers
  // never look at the signal.
  let controller: AbortController | undefined
  let lostError: AlipayHandlerError | undefined
  let settled = false
  let timer: ReturnType<typeof setTimeout> | undefined
  const lost = (cause?: unknown): void => {
    if (lostError !== undefined) return
    lostError = new AlipayHandlerError(
      'ERR_ALIPAY_CLAIM_LOST',
      'The claim on the notification could not be renewed while its handler ran',
      { cause },
    )
    report(lostError)
    controller?.abort(lostError)
  }
  const signal = (): AbortSignal => {
    if (controller === undefined) {
      controller = new AbortController()
      if (lostError !== undefined) controller.abort(lostError)
    }
    return controller.signal
  }
  const renew = (): void => {
    timer = setTimeout(
      () => {
        store.renew(key, owner, leaseMs).then(
          (held) => {
            if (settled) return
            if (held) renew()
            else lost()
          },
          (cause) => {
            if (settled) return
            // One failed renewal is not yet a lost claim: keep trying while the lease may still hold.
            report(
              new AlipayHandlerError('ERR_ALIPAY_STORE_UNAVAILABLE', 'Renewing the claim failed; retrying', { cause }),
            )
            renew()
          },
        )
      },
      Math.max(1, Math.floor(leaseMs / 3)),
    )
    unrefTimer(timer)
  }
  renew()

  const settle = async (ok: boolean): Promise<void> => {
    if (settled) return
    settled = true
    clearTimeout(timer)
    try {
      if (ok) await store.complete(key, owner, retentionMs)
      else await store.release(key, owner)
    } catch (cause) {
      // Released but not recorded: the lease expires on its own and the next resend processes it.
      // Done but not recorded: the acknowledgement still goes out (Alipay will not resend), and the
      // done mark is retried in the background while the lease keeps other deliveries away, so a
      // store outage shorter than the lease leaves no gap for a stray resend.
      report(
        new AlipayHandlerError(
          'ERR_ALIPAY_STORE_UNAVAILABLE',
          ok
            ? 'The notification was processed but the store could not record it as done; retrying in the background'
            : 'The claim could not be released; it expires with its lease',
          { cause },
        ),
      )
      if (ok) retryComplete(settings, key, owner)
    }
  }
  const delivery = new ClaimedDelivery(key, owner, signal, reason)
  return { kind: 'claimed', delivery, settle }
}
