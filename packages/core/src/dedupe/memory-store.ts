import type { ClaimOutcome, NotificationStore } from './store.js'

/** Options of {@link memoryNotificationStore}. */
export interface MemoryNotificationStoreOptions {
  /**
   * The most keys kept; past it the oldest done keys are forgotten first, and a live claim only
   * when no done key is left (a done key forgotten early could let a very late resend run twice,
   * so keep this above the notifications of 48 hours).
   * @default 100000
   */
  readonly maxEntries?: number
  /** The clock, in epoch milliseconds; for tests. @default Date.now */
  readonly now?: () => number
}

/**
 * A memory store's operations as plain calls, answered at once: the handler's own path to the
 * memory store, which does no I/O, so each notification does not pay for a promise and a microtask
 * per operation. Found only for the exact object {@link memoryNotificationStore} returned (frozen,
 * so its methods cannot be swapped): a wrapper around it is another object and goes through its
 * own methods. @internal
 */
export interface ImmediateStore {
  claim(key: string, owner: string, leaseMs: number): ClaimOutcome
  complete(key: string, owner: string, retentionMs: number): void
  release(key: string, owner: string): void
}
const immediate = new WeakMap<NotificationStore, ImmediateStore>()

/** The store's operations answered at once, when it is a memory store as made here. @internal */
export function immediateStore(store: NotificationStore): ImmediateStore | undefined {
  return immediate.get(store)
}

interface Claim {
  readonly owner: string
  expiresAt: number
}

/**
 * The default notification store: a map in this process's memory. Exactly once within one
 * process (concurrent deliveries, resends during a slow handler); nothing is shared between
 * instances and nothing survives a restart, so run {@link NotificationStore | a shared store}
 * (PostgreSQL, Redis) behind a load balancer.
 *
 * The store is frozen. A handler given this very object calls its map directly, without a promise
 * per operation (it does no I/O); to add behaviour, wrap it in an object of your own, whose
 * methods the handler then calls as with any store.
 *
 * @example
 * ```ts
 * createNotificationHandler({ alipayPublicKey, dedupe: memoryNotificationStore({ maxEntries: 10_000 }), on })
 * ```
 */
export function memoryNotificationStore(options: MemoryNotificationStoreOptions = {}): NotificationStore {
  const maxEntries = options.maxEntries ?? 100_000
  if (!Number.isSafeInteger(maxEntries) || maxEntries <= 0) {
    throw new TypeError('maxEntries: expected a positive whole number')
  }
  const now = options.now ?? Date.now
  // Two maps, each in insertion order (oldest first). Claims are few at a time (one per handler
  // running); done keys are the bulk, kept for 48 hours, so each costs only its key and a number,
  // no object of its own (less to allocate, promote and mark per notification).
  const claims = new Map<string, Claim>()
  const done = new Map<string, number>()

  const isDone = (key: string): boolean => {
    const expiresAt = done.get(key)
    if (expiresAt === undefined) return false
    if (expiresAt > now()) return true
    done.delete(key)
    return false
  }

  const liveClaim = (key: string): Claim | undefined => {
    const claim = claims.get(key)
    if (claim === undefined) return undefined
    if (claim.expiresAt > now()) return claim
    claims.delete(key)
    return undefined
  }

  // Past maxEntries the oldest done keys go first; a live claim only when no done key is left,
  // since forgetting a claim lets a concurrent delivery run the handler a second time.
  const trim = (): void => {
    while (claims.size + done.size > maxEntries) {
      const from: Map<string, unknown> = done.size > 0 ? done : claims
      const oldest = from.keys().next()
      if (oldest.done === true) return
      from.delete(oldest.value)
    }
  }

  const immediately: ImmediateStore = {
    claim(key, owner, leaseMs) {
      if (isDone(key)) return 'done'
      if (liveClaim(key) !== undefined) return 'busy'
      claims.set(key, { owner, expiresAt: now() + leaseMs })
      trim()
      return 'claimed'
    },
    complete(key, _owner, retentionMs) {
      claims.delete(key)
      // Deleted first, so a key marked done again moves to the newest end.
      done.delete(key)
      done.set(key, now() + retentionMs)
      trim()
    },
    release(key, owner) {
      const claim = liveClaim(key)
      if (claim !== undefined && claim.owner === owner) claims.delete(key)
    },
  }
  const store: NotificationStore = Object.freeze({
    claim: async (key: string, owner: string, leaseMs: number): Promise<ClaimOutcome> =>
      immediately.claim(key, owner, leaseMs),
    async renew(key: string, owner: string, leaseMs: number) {
      const claim = liveClaim(key)
      if (claim === undefined || claim.owner !== owner) return false
      claim.expiresAt = now() + leaseMs
      return true
    },
    complete: async (key: string, owner: string, retentionMs: number) => immediately.complete(key, owner, retentionMs),
    release: async (key: string, owner: string) => immediately.release(key, owner),
  })
  immediate.set(store, immediately)
  return store
}
