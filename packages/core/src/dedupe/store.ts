/**
 * The notification store seam (docs/protocol.md §9.10): what exactly-once processing needs from shared
 * state. Four small operations, each atomic in the store, so a merchant can back it with any
 * database in a few dozen lines. Nothing here depends on Node built-ins: Web runtimes use it too.
 *
 * A notification is identified by a key (see `notificationKey`). Each delivery of it gets a fresh
 * `owner` token, unique to that delivery across instances (a string in the shape of a UUID). A
 * key is in one of three states: absent, claimed (by an owner, until its lease expires) or done
 * (until its retention expires). Expiry is the store's own clock.
 */

/** What {@link NotificationStore.claim} found. */
export type ClaimOutcome =
  /** The key was absent, or its claim had expired: it is now claimed by this owner. Run the handler. */
  | 'claimed'
  /** The notification was already processed: acknowledge without running anything. */
  | 'done'
  /** Another delivery holds a live claim: do not acknowledge; Alipay resends later. */
  | 'busy'

/**
 * Shared state for exactly-once notification processing. Every method must be atomic with respect
 * to concurrent calls from any instance sharing the store, and must reject (not resolve) when the
 * store cannot be reached, so the handler fails closed.
 *
 * @example
 * ```ts
 * // A store over any key-value database with conditional writes:
 * const store: NotificationStore = {
 *   claim: (key, owner, leaseMs) => db.claimIfAbsentOrExpired(key, owner, leaseMs),
 *   renew: (key, owner, leaseMs) => db.extendIfOwner(key, owner, leaseMs),
 *   complete: (key, _owner, retentionMs) => db.markDone(key, retentionMs),
 *   release: (key, owner) => db.deleteIfOwner(key, owner),
 * }
 * ```
 */
export interface NotificationStore {
  /**
   * Atomically: if `key` is absent, or claimed with an expired lease, claim it for `owner` until
   * `leaseMs` from now and answer `'claimed'`; if it is done, answer `'done'`; if another owner's
   * lease is alive, answer `'busy'`.
   */
  claim(key: string, owner: string, leaseMs: number): Promise<ClaimOutcome>
  /**
   * Extends `owner`'s claim to `leaseMs` from now. Resolves `false` when `owner` no longer holds
   * the claim (it expired and another delivery took it, or it is done).
   */
  renew(key: string, owner: string, leaseMs: number): Promise<boolean>
  /**
   * Marks `key` done, to be remembered for `retentionMs` (longer than Alipay's resend window).
   * Done is final whoever holds the claim: the work has happened.
   */
  complete(key: string, owner: string, retentionMs: number): Promise<void>
  /** Deletes `owner`'s claim so the next delivery can process the notification; a no-op otherwise. */
  release(key: string, owner: string): Promise<void>
}

/**
 * What a handler learns about the delivery it is processing (the third argument of every
 * notification callback).
 */
export interface NotificationDelivery {
  /** The notification's identity in the store (see `notificationKey`). */
  readonly key: string
  /** This delivery's claim token: a store can check it when marking the notification done. */
  readonly owner: string
  /**
   * Aborted when the claim is lost: the store answered a renewal that another delivery holds it, or
   * left a renewal unanswered for two thirds of the lease (by then the lease may have run out).
   * Long handlers can stop early. Never aborted when dedupe is off.
   */
  readonly signal: AbortSignal
  /**
   * Set when the notification looked like a known type but did not fit it (a field missing or of
   * another type): it was handed to the fallback handler instead, with this reason.
   */
  readonly reason?: string
}
