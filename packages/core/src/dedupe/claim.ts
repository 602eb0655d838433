import { type AlipayError, AlipayHandlerError } from '../errors.js'
import type { NotificationDelivery, NotificationStore } from './store.js'

/** Alipay's resend window is 24 hours (docs/protocol.md §3.3): done keys are kept twice as long. */
export const DEFAULT_RETENTION_MS = 48 * 60 * 60 * 1000
/** A crashed instance's claim expires within this; Alipay's second resend comes 2 minutes later. */
export const DEFAULT_LEASE_MS = 30_000

/** The settings of one handler's claims, checked once at creation. */
export interface ClaimSettings<I = unknown> {
  readonly store: NotificationStore
  readonly leaseMs: number
  readonly retentionMs: number
  /**
   * Reports a store failure that is not turned into a reply (renewal, completion, release), with
   * what the claim was made for (the incoming notification), so no closure is made per claim.
   */
  readonly report: (error: AlipayError, about: I) => void
}

function unrefTimer(timer: unknown): void {
  // Node timers keep the process alive; a renewal must not. Web runtimes have no unref.
  ;(timer as { unref?: () => void }).unref?.()
}

/** Retries marking `key` done a few times within the lease, in the background; never throws. */
function retryComplete<I>(settings: ClaimSettings<I>, key: string, owner: string, about: I, attempt = 1): void {
  const { store, leaseMs, retentionMs, report } = settings
  if (attempt > 3) {
    report(
      new AlipayHandlerError(
        'ERR_ALIPAY_STORE_UNAVAILABLE',
        'The done mark could not be recorded; the claim expires with its lease',
      ),
      about,
    )
    return
  }
  const timer = setTimeout(
    () => {
      store.complete(key, owner, retentionMs).catch(() => retryComplete(settings, key, owner, about, attempt + 1))
    },
    Math.max(1, Math.floor(leaseMs / 4)),
  )
  unrefTimer(timer)
}

/**
 * Settles a claimed delivery once (later calls do nothing): `true` marks the notification done,
 * `false` releases it for the next resend. Never throws: a store failure is reported, since the
 * handler's outcome is what the reply must follow.
 */
export let settleDelivery: <I>(delivery: ClaimedDelivery<I>, ok: boolean) => Promise<void>
/** A renewal timer's callback, its delivery passed as the timer's argument. */
let renewLater: <I>(delivery: ClaimedDelivery<I>) => void

/**
 * A delivery holding the claim on its notification (docs/protocol.md §9.10): what its handler sees,
 * and how the claim is renewed and settled. A class with methods, not an object literal with a
 * getter and closures: V8 keeps such a literal in dictionary mode (its getter is a new closure each
 * time, which no shared hidden class describes), and with it about 1.7 KB per notification reached
 * the old generation: a sixth of an Express endpoint's throughput went to the garbage collector.
 * Its `signal` is made on first read: an AbortController costs about a fifth of a signature check
 * on Node, and most handlers never look at it.
 */
export class ClaimedDelivery<I = unknown> implements NotificationDelivery {
  readonly key: string
  readonly owner: string
  declare readonly reason?: string
  readonly #claims: Claims<I>
  readonly #about: I
  #controller: AbortController | undefined = undefined
  #lost: AlipayHandlerError | undefined = undefined
  #timer: ReturnType<typeof setTimeout> | undefined = undefined
  #settled = false

  /** @internal Made by {@link Claims.claim} once the store answered `'claimed'`. */
  constructor(claims: Claims<I>, key: string, owner: string, reason: string | undefined, about: I) {
    this.key = key
    this.owner = owner
    this.#claims = claims
    this.#about = about
    // Only when set, as on the delivery without a store: `'reason' in delivery` keeps its meaning.
    if (reason !== undefined) (this as { reason?: string }).reason = reason
    this.#schedule()
  }

  /**
   * Arms the next renewal, a third of the lease from now. A timer of its own per claim, made in the
   * claim's own request: on Workers a timer shared across requests would make one request's store
   * I/O on behalf of another. The delivery is the timer's argument, so arming it makes no closure.
   */
  #schedule(): void {
    this.#timer = setTimeout(renewLater, Math.max(1, Math.floor(this.#claims.settings.leaseMs / 3)), this)
    unrefTimer(this.#timer)
  }

  get signal(): AbortSignal {
    if (this.#controller === undefined) {
      this.#controller = new AbortController()
      if (this.#lost !== undefined) this.#controller.abort(this.#lost)
    }
    return this.#controller.signal
  }

  static {
    // Module-private access: the handler's code settles and renews a delivery, but the delivery a
    // merchant's handler receives shows only the fields of NotificationDelivery, no way to settle
    // its own claim.
    renewLater = <I>(delivery: ClaimedDelivery<I>) => delivery.#renew()
    settleDelivery = <I>(delivery: ClaimedDelivery<I>, ok: boolean) => delivery.#settle(ok)
  }

  /**
   * Extends the lease, then arms the next renewal. A lost claim (the store says another owner holds
   * it) aborts `signal` and is renewed no more; a failed renewal is reported and tried again.
   */
  #renew(): void {
    if (this.#settled) return
    const { store, leaseMs, report } = this.#claims.settings
    store.renew(this.key, this.owner, leaseMs).then(
      (held) => {
        if (this.#settled) return
        if (held) this.#schedule()
        else this.#lose()
      },
      (cause: unknown) => {
        if (this.#settled) return
        // One failed renewal is not yet a lost claim: keep trying while the lease may still hold.
        report(
          new AlipayHandlerError('ERR_ALIPAY_STORE_UNAVAILABLE', 'Renewing the claim failed; retrying', { cause }),
          this.#about,
        )
        this.#schedule()
      },
    )
  }

  #lose(): void {
    this.#lost = new AlipayHandlerError(
      'ERR_ALIPAY_CLAIM_LOST',
      'The claim on the notification could not be renewed while its handler ran',
    )
    this.#claims.settings.report(this.#lost, this.#about)
    this.#controller?.abort(this.#lost)
  }

  async #settle(ok: boolean): Promise<void> {
    if (this.#settled) return
    this.#settled = true
    clearTimeout(this.#timer)
    const { store, retentionMs, report } = this.#claims.settings
    try {
      if (ok) await store.complete(this.key, this.owner, retentionMs)
      else await store.release(this.key, this.owner)
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
        this.#about,
      )
      if (ok) retryComplete(this.#claims.settings, this.key, this.owner, this.#about)
    }
  }
}

/** The owner tokens one random prefix serves: its last 12 hexadecimal digits count them. */
const OWNERS_PER_PREFIX = 16 ** 12

/**
 * The claims of one notification handler (docs/protocol.md §9.10). While a delivery holds its claim,
 * the lease is renewed every third of its length, so a slow handler is never run twice.
 */
export class Claims<I = unknown> {
  readonly settings: ClaimSettings<I>
  // Owner tokens in the shape of a UUID: a random prefix drawn for this handler, then a counter.
  // Unique to each delivery across instances (the prefix) and within this one (the counter), for
  // a fraction of what a random UUID per notification costs (about 0.6 KB of strings on Node).
  #prefix = ''
  #count = OWNERS_PER_PREFIX

  constructor(settings: ClaimSettings<I>) {
    this.settings = settings
  }

  #nextOwner(): string {
    if (this.#count >= OWNERS_PER_PREFIX) {
      this.#prefix = crypto.randomUUID().slice(0, 24)
      this.#count = 0
    }
    return this.#prefix + (this.#count++).toString(16).padStart(12, '0')
  }

  /**
   * Claims `key` for a new delivery: the claimed delivery, `'done'` when the notification was
   * already processed, or the coded error of a refusal (another delivery holds it, or the store
   * could not be reached: fail closed, Alipay resends). Never throws.
   */
  async claim(key: string, reason: string | undefined, about: I): Promise<ClaimedDelivery<I> | 'done' | AlipayError> {
    const { store, leaseMs } = this.settings
    const owner = this.#nextOwner()
    let outcome: string
    try {
      outcome = await store.claim(key, owner, leaseMs)
    } catch (cause) {
      return new AlipayHandlerError(
        'ERR_ALIPAY_STORE_UNAVAILABLE',
        'The notification store could not be reached to claim the notification; not processed',
        { cause },
      )
    }
    if (outcome === 'done') return 'done'
    if (outcome !== 'claimed') {
      return new AlipayHandlerError(
        'ERR_ALIPAY_NOTIFICATION_IN_PROGRESS',
        'Another delivery of this notification is being processed; not acknowledged, Alipay resends later',
      )
    }
    return new ClaimedDelivery(this, key, owner, reason, about)
  }
}
