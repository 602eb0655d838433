import { AlipayHandlerError, type ClaimOutcome, createBatcher, type NotificationStore } from '@alipay-kit/core'
import { commandSender, type Send } from './client.js'
import { CLAIM, COMPLETE, RELEASE, RENEW, scriptRunner } from './scripts.js'
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

/** A claim or a done mark waiting for its batch: the full key, and the owner's value and TTL. */
interface Entry {
  readonly key: string
  readonly value: string
  readonly ttl: string
}

/** Redis Cluster refuses a script whose keys live in different slots. */
function crossSlot(error: unknown): boolean {
  return error instanceof Error && error.message.startsWith('CROSSSLOT')
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

  // Concurrent claims (and done marks) go to Redis as one script call: one command instead of one
  // per notification, which is most of what a store costs the app. An ioredis Cluster gets one
  // key per call, since a script's keys must share a slot; any other client that turns out to be
  // a cluster (CROSSSLOT) switches to one key per call from then on.
  let oneKeyPerCall = (options.client as { isCluster?: unknown }).isCluster === true
  const batched =
    <O>(script: string, args: (entry: Entry) => string[], read: (reply: unknown, count: number) => O[]) =>
    async (entries: readonly Entry[]): Promise<Array<O | Promise<O>>> => {
      const call = async (batch: readonly Entry[]) =>
        read(
          await run(
            script,
            batch.map((entry) => entry.key),
            batch.flatMap(args),
          ),
          batch.length,
        )
      const oneByOne = () => entries.map(async (entry) => (await call([entry]))[0] as O)
      if (oneKeyPerCall && entries.length > 1) return oneByOne()
      try {
        return await call(entries)
      } catch (error) {
        if (entries.length === 1 || !crossSlot(error)) throw error
        oneKeyPerCall = true
        return oneByOne()
      }
    }
  const replies = (reply: unknown, count: number): unknown[] => {
    if (!Array.isArray(reply) || reply.length !== count) throw new Error('Redis answered the claim script unexpectedly')
    return reply
  }
  const claimInBatch = createBatcher(
    batched(
      CLAIM,
      (entry) => [entry.value, entry.ttl],
      (reply, count) =>
        replies(reply, count).map((one): ClaimOutcome => {
          const code = Number(one)
          return code === 1 ? 'claimed' : code === 2 ? 'done' : 'busy'
        }),
    ),
  )
  const completeInBatch = createBatcher(
    batched(
      COMPLETE,
      (entry) => [entry.ttl],
      (_reply, count) => Array.from({ length: count }, () => undefined),
    ),
  )

  return {
    async claim(key, owner, leaseMs): Promise<ClaimOutcome> {
      return claimInBatch({ key: prefix + key, value: CLAIMED + owner, ttl: px('leaseMs', leaseMs) })
    },
    async renew(key, owner, leaseMs) {
      return Number(await run(RENEW, [prefix + key], [CLAIMED + owner, px('leaseMs', leaseMs)])) === 1
    },
    async complete(key, _owner, retentionMs) {
      await completeInBatch({ key: prefix + key, value: DONE, ttl: px('retentionMs', retentionMs) })
    },
    async release(key, owner) {
      await run(RELEASE, [prefix + key], [CLAIMED + owner])
    },
  }
}
