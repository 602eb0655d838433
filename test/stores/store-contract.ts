import { randomUUID } from 'node:crypto'
import type { ClaimOutcome, NotificationStore } from '@alipay-kit/core'
import { describe, expect, it } from 'vitest'

/**
 * What a store supplies to run the contract (the way each framework supplies a harness to
 * test/contract/adapter-contract.ts): open stores on real state, and optionally take that state
 * away and bring it back.
 */
export interface StoreHarness {
  readonly name: string
  /**
   * A store over the state named `namespace`. Stores opened with the same namespace share their
   * state as two app instances would (separate connections where the store has them); another
   * namespace is untouched by them.
   */
  open(namespace: string): Promise<NotificationStore>
  /** For stores behind a server: stop it, start it again; `durable` when its state survives that. */
  readonly outage?: {
    stop(): Promise<void>
    start(): Promise<void>
    readonly durable: boolean
  }
}

/**
 * Short enough to wait out, long enough that a claim outlives the next store round trips on a
 * loaded machine (a burst of 50 claims took up to 190 ms on PostgreSQL with a CPU hog on the
 * second core). Racing claims take LONG_MS, so no assertion depends on a burst's duration.
 */
const SHORT_LEASE_MS = 1_500
const LONG_MS = 60_000

const owner = (): string => randomUUID()

/** Polls until `check` holds (the test's timeout bounds the wait); never measures elapsed time. */
async function until(check: () => Promise<boolean>): Promise<void> {
  while (!(await check())) await new Promise((resolve) => setTimeout(resolve, 20))
}

/**
 * Takes a short lease on the unused `sentinel` key now and resolves once the store lets another
 * delivery claim it: by the store's own clock, every short lease taken before this call has expired.
 */
async function shortLeasesTakenBeforeExpired(store: NotificationStore, sentinel: string): Promise<void> {
  expect(await store.claim(sentinel, owner(), SHORT_LEASE_MS)).toBe('claimed')
  await until(async () => (await store.claim(sentinel, owner(), LONG_MS)) === 'claimed')
}

/** The contract every {@link NotificationStore} passes (the seam's TSDoc, docs/protocol.md §9.10). */
export function runStoreContract(harness: StoreHarness): void {
  describe(`${harness.name} notification store contract`, () => {
    // Each test works in its own namespace, with keys shaped as real ones (type, id, status; body hash).
    const fresh = async () => {
      const namespace = randomUUID().slice(0, 8)
      return { store: await harness.open(namespace), namespace, key: `PAYMENT_RESULT:pay-${randomUUID()}:SUCCESS` }
    }

    it('claims an absent key, and refuses a second claim while the lease is alive', async () => {
      const { store, key } = await fresh()
      const a = owner()
      expect(await store.claim(key, a, LONG_MS)).toBe('claimed')
      expect(await store.claim(key, owner(), LONG_MS)).toBe('busy')
      expect(await store.renew(key, a, LONG_MS)).toBe(true)
    })

    it('keeps keys apart', async () => {
      const { store, key } = await fresh()
      expect(await store.claim(key, owner(), LONG_MS)).toBe('claimed')
      expect(await store.claim(`${key}-2`, owner(), LONG_MS)).toBe('claimed')
      expect(
        await store.claim('body:0f1e2d3c4b5a69788796a5b4c3d2e1f00f1e2d3c4b5a69788796a5b4c3d2e1f0', owner(), LONG_MS),
      ).toBe('claimed')
    })

    it('answers done after complete, to every later delivery', async () => {
      const { store, key } = await fresh()
      const a = owner()
      expect(await store.claim(key, a, LONG_MS)).toBe('claimed')
      await store.complete(key, a, LONG_MS)
      expect(await store.claim(key, owner(), LONG_MS)).toBe('done')
      expect(await store.claim(key, owner(), LONG_MS)).toBe('done')
    })

    it('treats done as final: complete without a claim, or over another owner, and renew or release after it', async () => {
      const { store, key } = await fresh()
      await store.complete(key, owner(), LONG_MS)
      expect(await store.claim(key, owner(), LONG_MS)).toBe('done')

      const other = `${key}-other`
      const a = owner()
      expect(await store.claim(other, a, LONG_MS)).toBe('claimed')
      await store.complete(other, owner(), LONG_MS)
      expect(await store.renew(other, a, LONG_MS)).toBe(false)
      await store.release(other, a)
      expect(await store.claim(other, owner(), LONG_MS)).toBe('done')
      // Completing twice (the inbox mark, then the handler's own completion) is harmless.
      await store.complete(other, a, LONG_MS)
      expect(await store.claim(other, owner(), LONG_MS)).toBe('done')
    })

    it('lets the next delivery claim a key its owner released', async () => {
      const { store, key } = await fresh()
      const a = owner()
      expect(await store.claim(key, a, LONG_MS)).toBe('claimed')
      await store.release(key, a)
      const b = owner()
      expect(await store.claim(key, b, LONG_MS)).toBe('claimed')
      expect(await store.renew(key, b, LONG_MS)).toBe(true)
    })

    it("ignores another owner's release and renew", async () => {
      const { store, key } = await fresh()
      const a = owner()
      expect(await store.claim(key, a, LONG_MS)).toBe('claimed')
      await store.release(key, owner())
      expect(await store.renew(key, owner(), LONG_MS)).toBe(false)
      expect(await store.claim(key, owner(), LONG_MS)).toBe('busy')
      expect(await store.renew(key, a, LONG_MS)).toBe(true)
    })

    it('renews nothing and releases nothing for a key never claimed', async () => {
      const { store, key } = await fresh()
      const a = owner()
      expect(await store.renew(key, a, LONG_MS)).toBe(false)
      await store.release(key, a)
      expect(await store.claim(key, owner(), LONG_MS)).toBe('claimed')
    })

    it('lets another delivery claim a key whose lease expired; the old owner can then neither renew nor release it', async () => {
      const { store, key } = await fresh()
      const a = owner()
      expect(await store.claim(key, a, SHORT_LEASE_MS)).toBe('claimed')
      expect(await store.claim(key, owner(), LONG_MS)).toBe('busy')
      const b = owner()
      await until(async () => (await store.claim(key, b, LONG_MS)) === 'claimed')
      expect(await store.renew(key, a, LONG_MS)).toBe(false)
      await store.release(key, a)
      expect(await store.claim(key, owner(), LONG_MS)).toBe('busy')
      expect(await store.renew(key, b, LONG_MS)).toBe(true)
    })

    it('keeps a renewed claim busy past its original lease', async () => {
      const { store, key } = await fresh()
      const a = owner()
      expect(await store.claim(key, a, SHORT_LEASE_MS)).toBe('claimed')
      expect(await store.renew(key, a, LONG_MS)).toBe(true)
      await shortLeasesTakenBeforeExpired(store, `${key}-sentinel`)
      expect(await store.claim(key, owner(), LONG_MS)).toBe('busy')
      expect(await store.renew(key, a, LONG_MS)).toBe(true)
    })

    it('forgets a done key after its retention', async () => {
      const { store, key } = await fresh()
      const a = owner()
      expect(await store.claim(key, a, LONG_MS)).toBe('claimed')
      await store.complete(key, a, SHORT_LEASE_MS)
      expect(await store.claim(key, owner(), LONG_MS)).toBe('done')
      await until(async () => (await store.claim(key, owner(), LONG_MS)) !== 'done')
      // What followed done was a claim: a retained key is never busy or lost on the way.
      expect(await store.claim(key, owner(), LONG_MS)).toBe('busy')
    })

    it('gives exactly one of 50 concurrent claims of a key, absent or expired', async () => {
      const { store, key } = await fresh()
      // The racing claims take long leases, so however long the burst takes on a loaded machine,
      // the winner's claim cannot expire during it and let a second one win.
      const race = async (k: string): Promise<ClaimOutcome[]> =>
        Promise.all(Array.from({ length: 50 }, () => store.claim(k, owner(), LONG_MS)))
      const first = await race(key)
      expect(first.filter((o) => o === 'claimed')).toHaveLength(1)
      expect(first.filter((o) => o === 'busy')).toHaveLength(49)

      const expired = `${key}-expired`
      expect(await store.claim(expired, owner(), SHORT_LEASE_MS)).toBe('claimed')
      await shortLeasesTakenBeforeExpired(store, `${key}-sentinel`)
      const second = await race(expired)
      expect(second.filter((o) => o === 'claimed')).toHaveLength(1)
      expect(second.filter((o) => o === 'busy')).toHaveLength(49)
    })

    it('shares state between stores opened on it (two instances), and only there', async () => {
      const { store, namespace, key } = await fresh()
      const peer = await harness.open(namespace)
      const stranger = await harness.open(randomUUID().slice(0, 8))
      const outcomes = await Promise.all(
        Array.from({ length: 20 }, (_, i) => (i % 2 === 0 ? store : peer).claim(key, owner(), LONG_MS)),
      )
      expect(outcomes.filter((o) => o === 'claimed')).toHaveLength(1)
      expect(await stranger.claim(key, owner(), LONG_MS)).toBe('claimed')

      const done = `${key}-done`
      const b = owner()
      expect(await peer.claim(done, b, LONG_MS)).toBe('claimed')
      await peer.complete(done, b, LONG_MS)
      expect(await store.claim(done, owner(), LONG_MS)).toBe('done')
    })

    const outage = harness.outage
    if (outage !== undefined) {
      describe('when the store cannot be reached', () => {
        it('rejects every operation, fails closed, and works again once the store is back', async () => {
          const { store, key } = await fresh()
          const a = owner()
          const doneKey = `${key}-done`
          expect(await store.claim(doneKey, a, LONG_MS)).toBe('claimed')
          await store.complete(doneKey, a, LONG_MS)
          expect(await store.claim(key, a, LONG_MS)).toBe('claimed')

          await outage.stop()
          try {
            await Promise.all([
              expect(store.claim(`${key}-new`, owner(), LONG_MS)).rejects.toBeInstanceOf(Error),
              expect(store.renew(key, a, LONG_MS)).rejects.toBeInstanceOf(Error),
              expect(store.complete(key, a, LONG_MS)).rejects.toBeInstanceOf(Error),
              expect(store.release(key, a)).rejects.toBeInstanceOf(Error),
            ])
          } finally {
            await outage.start()
          }

          // The client reconnects on its own; poll past its reconnection delay.
          const fresher = `${key}-after`
          const b = owner()
          await until(() =>
            store.claim(fresher, b, LONG_MS).then(
              () => true,
              () => false,
            ),
          )
          expect(await store.claim(fresher, owner(), LONG_MS)).toBe('busy')
          await store.complete(fresher, b, LONG_MS)
          expect(await store.claim(fresher, owner(), LONG_MS)).toBe('done')
          if (outage.durable) {
            expect(await store.claim(doneKey, owner(), LONG_MS)).toBe('done')
            expect(await store.renew(key, a, LONG_MS)).toBe(true)
          }
        })
      })
    }
  })
}
