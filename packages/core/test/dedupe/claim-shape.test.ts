import { setFlagsFromString } from 'node:v8'
import { describe, expect, it } from 'vitest'
import { claimDelivery } from '../../src/dedupe/claim.js'
import { memoryNotificationStore } from '../../src/index.js'

// V8's own answers (%HasFastProperties, %HaveSameMap), enabled for the functions compiled after
// the flag is set. The delivery was an object literal with a getter, a new closure per claim,
// which V8 keeps in dictionary mode: about 1.7 KB per notification then reached the old
// generation, and a sixth of an endpoint's throughput went to the garbage collector
// (bench/stores-http.ts). The figure belongs to the benchmark; the cause is checked here.
setFlagsFromString('--allow-natives-syntax')
const hasFastProperties = new Function('o', 'return %HasFastProperties(o)') as (o: object) => boolean
const haveSameMap = new Function('a', 'b', 'return %HaveSameMap(a, b)') as (a: object, b: object) => boolean

const settings = {
  store: memoryNotificationStore(),
  leaseMs: 30_000,
  retentionMs: 60_000,
  report: () => {},
}

async function claimed(key: string, reason?: string) {
  const result = await claimDelivery(settings, key, reason)
  if (result.kind !== 'claimed') throw new Error(`expected a claim, got ${result.kind}`)
  return result
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
})
