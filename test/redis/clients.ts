import { redisNotificationStore } from '@alipay-kit/redis'
import { Redis } from 'ioredis'
import { createClient } from 'redis'
import type { RedisServer } from '../support/redis.js'

/** The two clients the Redis store accepts, connected the way an app connects them. */
export const CLIENTS = {
  ioredis: async (server: RedisServer) => {
    const client = new Redis(server.url, { lazyConnect: true })
    client.on('error', () => {}) // reconnection errors while a fault test stops the server
    await client.connect()
    return {
      client,
      close: () =>
        client.quit().then(
          () => undefined,
          () => client.disconnect(),
        ),
    }
  },
  'node-redis': async (server: RedisServer) => {
    const client = createClient({ url: server.url })
    client.on('error', () => {})
    await client.connect()
    return { client, close: () => client.close().catch(() => client.destroy()) }
  },
} as const

export type ClientName = keyof typeof CLIENTS

/** Opens stores on `server` through `name`'s client, and closes every client opened. */
export function storeOpener(name: ClientName, server: () => RedisServer) {
  const closers: Array<() => Promise<unknown>> = []
  return {
    async open(prefix: string, timeoutMs = 1500) {
      const { client, close } = await CLIENTS[name](server())
      closers.push(close)
      return { store: redisNotificationStore({ client, prefix, timeoutMs }), client }
    },
    async closeAll() {
      await Promise.all(closers.splice(0).map((close) => close()))
    },
  }
}
