import { type AlipayError, AlipayHandlerError } from '../errors.js'
import { type ImmediateStore, immediateStore } from './memory-store.js'
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
  /**
   * How live claims are renewed. `'timer'`: a timer of its own per claim, made in the claim's own
   * request, as Cloudflare Workers need (a timer shared across requests would do one request's
   * store I/O on behalf of another, and may never fire once the request that made it has ended).
   * A {@link RenewalTicker}: one interval timer per handler for all its live claims, for runtimes
   * without per-request I/O (Node): arming and clearing a timer per notification took about 1% of an
   * Express endpoint's CPU time in a profile, more than any other single step of the claim path.
   */
  readonly renewal: 'timer' | RenewalTicker
}

/** Renewal by one interval timer per handler (Node), and where that timer is created. */
export interface RenewalTicker {
  /**
   * Runs `start`, which creates the handler's interval, outside the async context of the request
   * that happens to need it first: on Node a timer keeps the context it was made in, so every later
   * renewal would run (and be traced, and keep its data alive) as part of that one request.
   */
  readonly arm: (start: () => void) => void
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
      const retry = () => retryComplete(settings, key, owner, about, attempt + 1)
      try {
        // Promise.resolve: a custom store may answer with any thenable, or a plain value.
        Promise.resolve(store.complete(key, owner, retentionMs)).catch(retry)
      } catch {
        // A store that throws instead of rejecting: retried the same, never thrown from a timer.
        retry()
      }
    },
    Math.max(1, Math.floor(leaseMs / 4)),
  )
  unrefTimer(timer)
}

/**
 * Settles a claimed delivery once (later calls do nothing): `true` marks the notification done,
 * `false` releases it for the next resend. Never throws or rejects: a store failure is reported,
 * since the handler's outcome is what the reply must follow. `undefined` when settled at once (a
 * memory store), else a promise to await before replying.
 */
export let settleDelivery: <I>(delivery: ClaimedDelivery<I>, ok: boolean) => Promise<void> | undefined
/** A renewal timer's callback, its delivery passed as the timer's argument; the ticker's renewal. */
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
  #renewing = false
  // Renewal periods that passed while the pending renewal waited on the store.
  #stalled = 0

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
   * Arms the next renewal, a third of the lease from now (renewal `'timer'`; with a ticker the
   * handler's interval renews every live claim). The delivery is the timer's argument, so arming it
   * makes no closure.
   */
  #schedule(): void {
    if (this.#claims.settings.renewal !== 'timer') return
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
   * Extends the lease, every third of it (the next renewal is armed when this one starts, so the
   * pace does not depend on the store's answer). A lost claim (the store says another owner holds
   * it) aborts `signal` and is renewed no more; a failed renewal is reported and tried again. A
   * renewal the store has not answered two periods later is never doubled, and the claim is then
   * taken as lost: the lease it extended has run out unless the store applied it and only its
   * answer is late, and another delivery may already hold the notification.
   */
  #renew(): void {
    if (this.#settled || this.#lost !== undefined) return
    if (this.#renewing) {
      if (++this.#stalled < 2) this.#schedule()
      else this.#lose('The store did not answer a renewal of the claim within two thirds of the lease')
      return
    }
    this.#renewing = true
    this.#stalled = 0
    const { store, leaseMs } = this.#claims.settings
    let renewed: PromiseLike<boolean> | boolean
    try {
      renewed = store.renew(this.key, this.owner, leaseMs)
    } catch (cause) {
      // A store that throws instead of rejecting: the same failed renewal, never an uncaught throw
      // in a timer (which would end the process).
      renewed = Promise.reject(cause)
    }
    this.#schedule()
    // Promise.resolve: a custom store may answer with any thenable, or a plain value.
    Promise.resolve(renewed).then(
      (held) => {
        this.#renewing = false
        if (this.#settled || this.#lost !== undefined) return
        if (!held) this.#lose('The claim on the notification could not be renewed while its handler ran')
      },
      (cause: unknown) => {
        this.#renewing = false
        if (this.#settled || this.#lost !== undefined) return
        // One failed renewal is not yet a lost claim: keep trying while the lease may still hold
        // (the store says so once it answers again).
        this.#claims.settings.report(
          new AlipayHandlerError('ERR_ALIPAY_STORE_UNAVAILABLE', 'Renewing the claim failed; retrying', { cause }),
          this.#about,
        )
      },
    )
  }

  /** Renewed no more: another delivery holds the claim, or may. Reported, and `signal` aborted. */
  #lose(message: string): void {
    if (this.#timer !== undefined) clearTimeout(this.#timer)
    this.#claims.untrack(this)
    this.#lost = new AlipayHandlerError('ERR_ALIPAY_CLAIM_LOST', message)
    this.#claims.settings.report(this.#lost, this.#about)
    this.#controller?.abort(this.#lost)
  }

  /** Settles once; `undefined` when the store answered at once (a memory store), else a promise. */
  #settle(ok: boolean): Promise<void> | undefined {
    if (this.#settled) return undefined
    this.#settled = true
    if (this.#timer !== undefined) clearTimeout(this.#timer)
    else this.#claims.untrack(this)
    const immediate = this.#claims.immediate
    if (immediate !== undefined) {
      try {
        if (ok) immediate.complete(this.key, this.owner, this.#claims.settings.retentionMs)
        else immediate.release(this.key, this.owner)
      } catch (cause) {
        this.#settleFailed(ok, cause)
      }
      return undefined
    }
    return this.#settleLater(ok)
  }

  async #settleLater(ok: boolean): Promise<void> {
    const { store, retentionMs } = this.#claims.settings
    try {
      if (ok) await store.complete(this.key, this.owner, retentionMs)
      else await store.release(this.key, this.owner)
    } catch (cause) {
      this.#settleFailed(ok, cause)
    }
  }

  #settleFailed(ok: boolean, cause: unknown): void {
    // Released but not recorded: the lease expires on its own and the next resend processes it.
    // Done but not recorded: the acknowledgement still goes out (Alipay will not resend), and the
    // done mark is retried in the background while the lease keeps other deliveries away, so a
    // store outage shorter than the lease leaves no gap for a stray resend.
    this.#claims.settings.report(
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
  // Renewal by a ticker only: the live claims, and the interval that renews them, running while any
  // claim is live (stopped by the first tick that finds none).
  readonly #live = new Set<ClaimedDelivery<I>>()
  #ticker: ReturnType<typeof setInterval> | undefined = undefined

  // The memory store's operations answered at once, when the store is one (no promise per call).
  readonly #immediate: ImmediateStore | undefined

  constructor(settings: ClaimSettings<I>) {
    this.settings = settings
    this.#immediate = immediateStore(settings.store)
  }

  /** @internal The store's operations answered at once, when it is a memory store. */
  get immediate(): ImmediateStore | undefined {
    return this.#immediate
  }

  /** Renewal by a ticker: stops renewing `delivery` (settled or lost). @internal */
  untrack(delivery: ClaimedDelivery<I>): void {
    this.#live.delete(delivery)
  }

  #track(delivery: ClaimedDelivery<I>, ticker: RenewalTicker): void {
    this.#live.add(delivery)
    if (this.#ticker !== undefined) return
    // Every third of the lease, as the timer per claim: a claim made just after a tick is first
    // renewed one interval later, well within its lease.
    ticker.arm(() => {
      this.#ticker = setInterval(() => this.#tick(), Math.max(1, Math.floor(this.settings.leaseMs / 3)))
      unrefTimer(this.#ticker)
    })
  }

  #tick(): void {
    if (this.#live.size === 0) {
      clearInterval(this.#ticker)
      this.#ticker = undefined
      return
    }
    for (const delivery of this.#live) renewLater(delivery)
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
   * could not be reached: fail closed, Alipay resends). Never throws, never rejects. Answered at
   * once (no promise) by a memory store; through a promise by any other.
   */
  claim(key: string, reason: string | undefined, about: I): Claimed<I> | Promise<Claimed<I>> {
    const { store, leaseMs } = this.settings
    const owner = this.#nextOwner()
    if (this.#immediate !== undefined) {
      let outcome: string
      try {
        outcome = this.#immediate.claim(key, owner, leaseMs)
      } catch (cause) {
        return unreachable(cause)
      }
      return this.#claimed(outcome, key, owner, reason, about)
    }
    let pending: PromiseLike<string> | string
    try {
      pending = store.claim(key, owner, leaseMs)
    } catch (cause) {
      // A store that throws instead of rejecting fails closed the same.
      return unreachable(cause)
    }
    // Always a native promise, whatever the store answers with (a thenable such as a query builder,
    // or a plain value): the handler tells a claim answered at once from a pending one with
    // `instanceof Promise`.
    return Promise.resolve(pending).then((outcome) => this.#claimed(outcome, key, owner, reason, about), unreachable)
  }

  #claimed(outcome: string, key: string, owner: string, reason: string | undefined, about: I): Claimed<I> {
    if (outcome === 'done') return 'done'
    if (outcome !== 'claimed') {
      return new AlipayHandlerError(
        'ERR_ALIPAY_NOTIFICATION_IN_PROGRESS',
        'Another delivery of this notification is being processed; not acknowledged, Alipay resends later',
      )
    }
    const delivery = new ClaimedDelivery(this, key, owner, reason, about)
    const { renewal } = this.settings
    if (renewal !== 'timer') this.#track(delivery, renewal)
    return delivery
  }
}

/** What claiming gave: the claimed delivery, `'done'`, or the coded error of a refusal. */
export type Claimed<I> = ClaimedDelivery<I> | 'done' | AlipayError

function unreachable(cause: unknown): AlipayError {
  return new AlipayHandlerError(
    'ERR_ALIPAY_STORE_UNAVAILABLE',
    'The notification store could not be reached to claim the notification; not processed',
    { cause },
  )
}
