import type { RedisClientLike } from './client.js'

/** Options of {@link redisNotificationStore}. */
export interface RedisNotificationStoreOptions {
  /** Your app's connected client: ioredis, node-redis (v4 and later), or `{ sendCommand(args) }`. */
  readonly client: RedisClientLike
  /**
   * Prepended to every notification key, so the store's keys stay apart from your own.
   * @default 'alipay-kit:notification:'
   */
  readonly prefix?: string
  /**
   * How long an operation may wait for Redis before it rejects. Clients queue commands while
   * reconnecting; without this, a claim during an outage would hang rather than fail closed.
   * @default 5000
   */
  readonly timeoutMs?: number
}
