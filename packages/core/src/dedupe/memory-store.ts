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

  return {
    async claim(key, owner, leaseMs): Promise<ClaimOutcome> {
      if (isDone(key)) return 'done'
      if (liveClaim(key) !== undefined) return 'busy'
      claims.set(key, { owner, expiresAt: now() + leaseMs })
      trim()
      return 'claimed'
    },
    async renew(key, owner, leaseMs) {
      const claim = liveClaim(key)
      if (claim === undefined || claim.owner !== owner) return false
      claim.expiresAt = now() + leaseMs
      return true
    },
    async complete(key, _owner, retentionMs) {
      claims.delete(key)
      // Deleted first, so a key marked done again moves to the newest end.
      done.delete(key)
      done.set(key, now() + retentionMs)
      trim()
    },
    async release(key, owner) {
      const claim = liveClaim(key)
      if (claim !== undefined && claim.owner === owner) claims.delete(key)
    },
  }
}
