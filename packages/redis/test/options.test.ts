import { redisNotificationStore } from '@alipay-kit/redis'
import { describe, expect, it } from 'vitest'

// A client that must never be reached: option checks happen before any command is sent.
const unreachable = { sendCommand: () => Promise.reject(new Error('no command should be sent')) }

describe('redisNotificationStore options', () => {
  it.each([
    ['no client', undefined],
    ['a client without call or sendCommand', { get: () => Promise.resolve(null) }],
    ['a string', 'redis://127.0.0.1:6379'],
  ])('refuses %s', (_, client) => {
    expect(() => redisNotificationStore({ client } as never)).toThrow(TypeError)
  })

  it('refuses a prefix that is not a string and a timeout that is not positive', () => {
    expect(() => redisNotificationStore({ client: unreachable, prefix: 1 as never })).toThrow(TypeError)
    expect(() => redisNotificationStore({ client: unreachable, timeoutMs: 0 })).toThrow(TypeError)
    expect(() => redisNotificationStore({ client: unreachable, timeoutMs: Number.POSITIVE_INFINITY })).toThrow(
      TypeError,
    )
  })

  it('refuses leases and retentions that are not positive before sending anything', async () => {
    const store = redisNotificationStore({ client: unreachable })
    await expect(store.claim('k', 'o', 0)).rejects.toBeInstanceOf(TypeError)
    await expect(store.renew('k', 'o', Number.NaN)).rejects.toBeInstanceOf(TypeError)
    await expect(store.complete('k', 'o', -1)).rejects.toBeInstanceOf(TypeError)
  })
})
