import { setFlagsFromString } from 'node:v8'
import { describe, expect, it } from 'vitest'
import { ClaimedDelivery, Claims, settleDelivery } from '../../src/dedupe/claim.js'
import { memoryNotificationStore } from '../../src/index.js'

// V8's own answers (%HasFastProperties, %HaveSameMap), enabled for the functions compiled after
// the flag is set. The delivery was an object literal with a getter, a new closure per claim,
// which V8 keeps in dictionary mode: about 1.7 KB per notification then reached the old
// generation, and a sixth of an endpoint's throughput went to the garbage collector
// (bench/stores-http.ts). The figure belongs to the benchmark; the cause is checked here.
setFlagsFromString('--allow-natives-syntax')
const hasFastProperties = new Function('o', 'return %HasFastProperties(o)') as (o: object) => boolean
const haveSameMap = new Function('a', 'b', 'return %HaveSameMap(a, b)') as (a: object, b: object) => boolean

const claims = new Claims<undefined>({
  store: memoryNotificationStore(),
  leaseMs: 30_000,
  retentionMs: 60_000,
  report: () => {},
  renewal: 'timer',
})

async function claimed(key: string, reason?: string) {
  const delivery = await claims.claim(key, reason, undefined)
  if (!(delivery instanceof ClaimedDelivery)) throw new Error(`expected a claim, got ${String(delivery)}`)
  return { delivery, settle: (ok: boolean) => settleDelivery(delivery, ok) }
}

describe('claimed deliveries', () => {
  it('have fast properties and share one hidden class, however many are claimed', async () => {
    const first = await claimed('shape-1')
    const second = await claimed('shape-2')
    const third = await claimed('shape-3')
    for (const claim of [first, second, third]) expect(hasFastProperties(claim.delivery)).toBe(true)
    expect(haveSameMap(first.delivery, second.delivery)).toBe(true)
    expect(haveSameMap(second.delivery, third.delivery)).toBe(true)
    await Promise.all([first, second, third].map((claim) => claim.settle(true)))
  })

  it('carry a reason only when there is one, and make the signal on first read', async () => {
    const plain = await claimed('shape-4')
    const fallback = await claimed('shape-5', 'paymentAmount is missing')
    expect('reason' in plain.delivery).toBe(false)
    expect(fallback.delivery.reason).toBe('paymentAmount is missing')
    expect({ key: plain.delivery.key, owner: plain.delivery.owner }).toEqual({
      key: 'shape-4',
      owner: expect.stringMatching(/^[0-9a-f-]{36}$/),
    })
    const signal = plain.delivery.signal
    expect(signal.aborted).toBe(false)
    expect(plain.delivery.signal).toBe(signal)
    await Promise.all([plain, fallback].map((claim) => claim.settle(true)))
  })

  it('get owner tokens unique to each delivery and to each handler, in the shape of a UUID', async () => {
    const other = new Claims<undefined>({ ...claims.settings })
    const owners: string[] = []
    for (const [n, from] of [claims, other].entries()) {
      for (let i = 0; i < 300; i++) {
        const delivery = await from.claim(`owner-${n}-${i}`, undefined, undefined)
        if (!(delivery instanceof ClaimedDelivery)) throw new Error('expected a claim')
        owners.push(delivery.owner)
        await settleDelivery(delivery, true)
      }
    }
    expect(new Set(owners).size).toBe(600)
    for (const owner of owners) {
      expect(owner).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/)
    }
    // Another handler (another instance) draws its own random prefix.
    expect(owners[0]?.slice(0, 24)).not.toBe(owners[300]?.slice(0, 24))
  })
})
