export type { IoRedisLike, RedisClientLike, SendCommandLike } from './client.js'
export { redisNotificationStore } from './redis-store.js'
export type { RedisNotificationStoreOptions } from './types.js'
