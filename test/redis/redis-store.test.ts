import { randomUUID } from 'node:crypto'
import { isAlipayError } from '@alipay-kit/core'
import { redisNotificationStore } from '@alipay-kit/redis'
import type { Redis } from 'ioredis'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type RedisServer, startRedis, withRedis } from '../support/redis.js'
import { CLIENTS, storeOpener } from './clients.js'

let server: RedisServer
const io = storeOpener('ioredis', () => server)
const node = storeOpener('node-redis', () => server)
beforeAll(async () => {
  server = await startRedis()
})
afterAll(async () => {
  await Promise.all([io.closeAll(), node.closeAll()])
  await server?.close()
})

const LONG_MS = 60_000
const owner = () => randomUUID()
const key = () => `PAYMENT_RESULT:pay-${randomUUID()}:SUCCESS`

describe('Redis store', () => {
  it('keeps each notification under prefix + key, with the lease or the retention as its TTL', async () => {
    const { store, client } = await io.open('shop:')
    const redis = client as Redis
    const k = key()
    const a = owner()
    expect(await store.claim(k, a, LONG_MS)).toBe('claimed')
    expect(await redis.get(`shop:${k}`)).toBe(`claimed:${a}`)
    const leaseTtl = await redis.pttl(`shop:${k}`)
    expect(leaseTtl).toBeGreaterThan(0)
    expect(leaseTtl).toBeLessThanOrEqual(LONG_MS)

    await store.complete(k, a, 48 * 3600_000)
    expect(await redis.get(`shop:${k}`)).toBe('done')
    expect(await redis.pttl(`shop:${k}`)).toBeGreaterThan(LONG_MS)
    expect(await redis.exists(k)).toBe(0)
  })

  it('uses the default prefix alipay-kit:notification:', async () => {
    const { client } = await io.open('unused:')
    const store = redisNotificationStore({ client })
    const k = key()
    expect(await store.claim(k, owner(), LONG_MS)).toBe('claimed')
    expect(await (client as Redis).exists(`alipay-kit:notification:${k}`)).toBe(1)
  })

  it('shares state between an ioredis instance and a node-redis instance on one prefix', async () => {
    const prefix = `mixed-${randomUUID().slice(0, 8)}:`
    const [viaIo, viaNode] = [(await io.open(prefix)).store, (await node.open(prefix)).store]
    const k = key()
    const outcomes = await Promise.all(
      Array.from({ length: 20 }, (_, i) => (i % 2 === 0 ? viaIo : viaNode).claim(k, owner(), LONG_MS)),
    )
    expect(outcomes.filter((o) => o === 'claimed')).toHaveLength(1)
    const done = key()
    const a = owner()
    expect(await viaNode.claim(done, a, LONG_MS)).toBe('claimed')
    await viaNode.complete(done, a, LONG_MS)
    expect(await viaIo.claim(done, owner(), LONG_MS)).toBe('done')
  })

  it('runs its scripts again after Redis forgot them (SCRIPT FLUSH, a restart)', async () => {
    for (const opener of [io, node]) {
      const { store, client } = await opener.open(`flush-${randomUUID().slice(0, 8)}:`)
      const k = key()
      const a = owner()
      expect(await store.claim(k, a, LONG_MS)).toBe('claimed')
      await ('call' in client ? client.call('SCRIPT', 'FLUSH') : client.sendCommand(['SCRIPT', 'FLUSH']))
      expect(await store.renew(k, a, LONG_MS)).toBe(true)
      expect(await store.claim(k, owner(), LONG_MS)).toBe('busy')
      await store.release(k, a)
      expect(await store.claim(k, owner(), LONG_MS)).toBe('claimed')
    }
  })

  it('works through any client given as { sendCommand(args) }', async () => {
    const { client } = await io.open('unused:')
    const redis = client as Redis
    const prefix = `wrapped-${randomUUID().slice(0, 8)}:`
    const store = redisNotificationStore({
      client: { sendCommand: ([command, ...args]) => redis.call(command as string, ...args) },
      prefix,
    })
    const k = key()
    const a = owner()
    expect(await store.claim(k, a, LONG_MS)).toBe('claimed')
    expect(await store.claim(k, owner(), LONG_MS)).toBe('busy')
    await store.complete(k, a, LONG_MS)
    expect(await store.claim(k, owner(), LONG_MS)).toBe('done')
  })

  it('rejects with ERR_ALIPAY_STORE_UNAVAILABLE when Redis does not answer in time, and recovers', async () => {
    for (const opener of [io, node]) {
      const { store } = await opener.open(`down-${randomUUID().slice(0, 8)}:`, 1000)
      expect(await store.claim(key(), owner(), LONG_MS)).toBe('claimed')
      await server.stop()
      let error: unknown
      try {
        error = await store.claim(key(), owner(), LONG_MS).catch((caught: unknown) => caught)
      } finally {
        await server.start()
      }
      expect(isAlipayError(error) && error.code).toBe('ERR_ALIPAY_STORE_UNAVAILABLE')
      const k = key()
      while ((await store.claim(k, owner(), LONG_MS).catch(() => 'down')) === 'down') {
        await new Promise((resolve) => setTimeout(resolve, 20))
      }
      expect(await store.claim(k, owner(), LONG_MS)).toBe('busy')
    }
  })

  it('keeps claims and done marks across a restart of a Redis with an fsynced append-only file', async () => {
    await withRedis(
      async (durable) => {
        const { client, close } = await CLIENTS.ioredis(durable)
        try {
          const store = redisNotificationStore({ client, timeoutMs: 1000 })
          const [claimed, done] = [key(), key()]
          const [a, b] = [owner(), owner()]
          expect(await store.claim(claimed, a, LONG_MS)).toBe('claimed')
          expect(await store.claim(done, b, LONG_MS)).toBe('claimed')
          await store.complete(done, b, LONG_MS)
          await durable.restart()
          while ((await store.claim(done, owner(), LONG_MS).catch(() => 'down')) === 'down') {
            await new Promise((resolve) => setTimeout(resolve, 20))
          }
          expect(await store.claim(done, owner(), LONG_MS)).toBe('done')
          expect(await store.claim(claimed, owner(), LONG_MS)).toBe('busy')
          expect(await store.renew(claimed, a, LONG_MS)).toBe(true)
        } finally {
          await close()
        }
      },
      { persistent: true },
    )
  })
})
