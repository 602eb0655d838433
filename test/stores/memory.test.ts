import { memoryNotificationStore, type NotificationStore } from '@alipay-kit/core'
import { describe, expect, it } from 'vitest'
import { runStoreContract } from './store-contract.js'

// One process: stores "opened" on the same namespace are the same map, as one instance's handlers share it.
const stores = new Map<string, NotificationStore>()

runStoreContract({
  name: 'memory',
  async open(namespace) {
    let store = stores.get(namespace)
    if (store === undefined) {
      store = memoryNotificationStore()
      stores.set(namespace, store)
    }
    return store
  },
})

describe('memoryNotificationStore maxEntries', () => {
  const lease = 30_000
  const retention = 60_000

  it('forgets the oldest done keys first past maxEntries', async () => {
    const store = memoryNotificationStore({ maxEntries: 3, now: () => 1_000 })
    for (const key of ['k1', 'k2', 'k3']) {
      expect(await store.claim(key, `owner-${key}`, lease)).toBe('claimed')
      await store.complete(key, `owner-${key}`, retention)
    }
    expect(await store.claim('k4', 'owner-k4', lease)).toBe('claimed')
    // Four keys for three places: k1, the oldest done key, was forgotten; k2 and k3 were not.
    expect(await store.claim('k2', 'late', lease)).toBe('done')
    expect(await store.claim('k3', 'late', lease)).toBe('done')
    expect(await store.claim('k1', 'late', lease)).toBe('claimed')
  })

  it('keeps a live claim while any done key can go instead', async () => {
    const store = memoryNotificationStore({ maxEntries: 2, now: () => 1_000 })
    expect(await store.claim('running', 'first', lease)).toBe('claimed')
    expect(await store.claim('finished', 'second', lease)).toBe('claimed')
    await store.complete('finished', 'second', retention)
    expect(await store.claim('next', 'third', lease)).toBe('claimed')
    // The older claim outlives the newer done key: forgetting it would let a second delivery in.
    expect(await store.claim('running', 'intruder', lease)).toBe('busy')
    expect(await store.renew('running', 'first', lease)).toBe(true)
  })

  it('counts a key marked done again as new', async () => {
    const store = memoryNotificationStore({ maxEntries: 2, now: () => 1_000 })
    for (const key of ['x', 'y', 'x']) {
      await store.claim(key, 'owner', lease)
      await store.complete(key, 'owner', retention)
    }
    await store.claim('z', 'owner', lease)
    await store.complete('z', 'owner', retention)
    // Order of last writes: y, x, z; one over the limit, so y went. (Asked in this order: a
    // 'claimed' answer adds a key, which would push x out in turn.)
    expect(await store.claim('x', 'late', lease)).toBe('done')
    expect(await store.claim('y', 'late', lease)).toBe('claimed')
  })
})
