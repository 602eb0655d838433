import type { ClaimOutcome, NotificationStore } from './store.js'

/** Options of {@link memoryNotificationStore}. */
export interface MemoryNotificationStoreOptions {
  /**
   * The most keys kept; past it the oldest are forgotten first (a done key forgotten early could
   * let a very late resend run twice, so keep this above the notifications of 48 hours).
   * @default 100000
   */
  readonly maxEntries?: number
  /** The clock, in epoch milliseconds; for tests. @default Date.now */
  readonly now?: () => number
}

interface Entry {
  state: 'claimed' | 'done'
  owner: string
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
  // A Map iterates in insertion order; re-inserting on every write keeps the oldest write first.
  const entries = new Map<string, Entry>()

  const live = (key: string): Entry | undefined => {
    const entry = entries.get(key)
    if (entry === undefined) return undefined
    if (entry.expiresAt <= now()) {
      entries.delete(key)
      return undefined
    }
    return entry
  }

  const put = (key: string, entry: Entry): void => {
    entries.delete(key)
    entries.set(key, entry)
    while (entries.size > maxEntries) {
      const oldest = entries.keys().next()
      if (oldest.done === true) break
      entries.delete(oldest.value)
    }
  }

  return {
    async claim(key, owner, leaseMs): Promise<ClaimOutcome> {
      const entry = live(key)
      if (entry?.state === 'done') return 'done'
      if (entry !== undefined) return 'busy'
      put(key, { state: 'claimed', owner, expiresAt: now() + leaseMs })
      return 'claimed'
    },
    async renew(key, owner, leaseMs) {
      const entry = live(key)
      if (entry === undefined || entry.state !== 'claimed' || entry.owner !== owner) return false
      entry.expiresAt = now() + leaseMs
      return true
    },
    async complete(key, _owner, retentionMs) {
      const expiresAt = now() + retentionMs
      const entry = entries.get(key)
      if (entry === undefined) {
        put(key, { state: 'done', owner: '', expiresAt })
        return
      }
      // The claim's entry becomes the done one (no new object per notification, and no owner token
      // kept for 48 hours: a done key answers every owner alike), moved to the newest end.
      entry.state = 'done'
      entry.owner = ''
      entry.expiresAt = expiresAt
      entries.delete(key)
      entries.set(key, entry)
    },
    async release(key, owner) {
      const entry = live(key)
      if (entry !== undefined && entry.state === 'claimed' && entry.owner === owner) entries.delete(key)
    },
  }
}
