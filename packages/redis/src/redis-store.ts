import { AlipayHandlerError, type ClaimOutcome, type NotificationStore } from '@alipay-kit/core'
import { commandSender, type Send } from './client.js'
import { CLAIM, RELEASE, RENEW, scriptRunner } from './scripts.js'
import type { RedisNotificationStoreOptions } from './types.js'

const CLAIMED = 'claimed:'
const DONE = 'done'

/** PX takes whole milliseconds of at least 1. */
function px(name: string, ms: unknown): string {
  if (typeof ms !== 'number' || !Number.isFinite(ms) || ms <= 0) {
    throw new TypeError(`${name}: expected a positive number of milliseconds`)
  }
  return String(Math.ceil(ms))
}

function withTimeout(send: Send, timeoutMs: number): Send {
  return (args) =>
    new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        reject(
          new AlipayHandlerError(
            'ERR_ALIPAY_STORE_UNAVAILABLE',
            `Redis did not answer ${args[0]} within ${timeoutMs} ms (the client may be reconnecting)`,
          ),
        )
      }, timeoutMs)
      send(args).then(
        (reply) => {
          clearTimeout(timer)
          resolve(reply)
        },
        (error: unknown) => {
          clearTimeout(timer)
          reject(error)
        },
      )
    })
}

/**
 * A notification store on Redis (docs/protocol.md §9.10), shared by every instance that uses the same
 * Redis: a claim is one Lua script (set the key with the lease as its TTL if absent, else report
 * done or busy), renew and release are scripts that check the owner, complete is `SET done PX`.
 * Expiry is Redis's TTL.
 *
 * @example
 * ```ts
 * import { Redis } from 'ioredis'
 * const store = redisNotificationStore({ client: new Redis(process.env.REDIS_URL) })
 * app.use(alipayNotify({ dedupe: store, on: { PAYMENT_RESULT: fulfil } }))
 * ```
 */
export function redisNotificationStore(options: RedisNotificationStoreOptions): NotificationStore {
  const prefix = options?.prefix ?? 'alipay-kit:notification:'
  if (typeof prefix !== 'string') throw new TypeError('prefix: expected a string such as "alipay-kit:notification:"')
  const timeoutMs = options.timeoutMs ?? 5000
  if (typeof timeoutMs !== 'number' || !Number.isFinite(timeoutMs) || timeoutMs <= 0) {
    throw new TypeError('timeoutMs: expected a positive number of milliseconds')
  }
  const send = withTimeout(commandSender(options.client), timeoutMs)
  const run = scriptRunner(send)

  return {
    async claim(key, owner, leaseMs): Promise<ClaimOutcome> {
      const reply = Number(await run(CLAIM, prefix + key, [CLAIMED + owner, px('leaseMs', leaseMs)]))
      return reply === 1 ? 'claimed' : reply === 2 ? 'done' : 'busy'
    },
    async renew(key, owner, leaseMs) {
      return Number(await run(RENEW, prefix + key, [CLAIMED + owner, px('leaseMs', leaseMs)])) === 1
    },
    async complete(key, _owner, retentionMs) {
      await send(['SET', prefix + key, DONE, 'PX', px('retentionMs', retentionMs)])
    },
    async release(key, owner) {
      await run(RELEASE, prefix + key, [CLAIMED + owner])
    },
  }
}
