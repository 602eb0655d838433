import { AsyncLocalStorage } from 'node:async_hooks'
import { readFileSync } from 'node:fs'
import { describe, expect, it, vi } from 'vitest'
import {
  type AlipayError,
  createNotificationHandler,
  memoryNotificationStore,
  NOTIFICATION_ACK,
  type NotificationDelivery,
  type NotificationHandlerOptions,
  type NotificationStore,
  notificationKey,
  sign,
} from '../../src/index.js'
import { createNotificationFlow } from '../../src/notification/handler.js'
import { createNotificationVerifier } from '../../src/notification/node.js'

const { keys } = JSON.parse(readFileSync(new URL('../fixtures/vectors.json', import.meta.url), 'utf8')) as {
  keys: Record<'publicKeyPem' | 'privateKeyPkcs8Pem', string>
}
const CLIENT_ID = 'SANDBOX_5YEZ2N2ZWBJ000001'
const NOW = 1_700_000_000_000
const PATH = '/alipay/notify'

const payment = (paymentRequestId = 'pay_1', resultStatus = 'S') => ({
  notifyType: 'PAYMENT_RESULT',
  result: { resultCode: 'SUCCESS', resultStatus, resultMessage: 'success' },
  paymentRequestId,
  paymentId: `p_${paymentRequestId}`,
  paymentAmount: { currency: 'USD', value: '30000' },
})

function delivery(payload: unknown, time = String(NOW)) {
  const body = JSON.stringify(payload)
  const signature = sign({ path: PATH, clientId: CLIENT_ID, time, body }, keys.privateKeyPkcs8Pem)
  return { method: 'POST', url: PATH, headers: { 'client-id': CLIENT_ID, 'request-time': time, signature }, body }
}

const base = { alipayPublicKey: keys.publicKeyPem, clientId: CLIENT_ID, now: () => NOW }

/**
 * A handler as Node's createNotificationHandler makes it (renewal 'ticker': one interval per
 * handler for its live claims), or with a renewal timer per claim ('timer', as on Web runtimes).
 */
function handlerIn(options: Partial<NotificationHandlerOptions<undefined>>, renewal: 'ticker' | 'timer' = 'ticker') {
  const errors: AlipayError[] = []
  const warnings: string[] = []
  const all: NotificationHandlerOptions<undefined> = {
    ...base,
    onError: (error) => errors.push(error),
    logger: { warn: (m) => warnings.push(m), error: () => {} },
    ...options,
  }
  const handle =
    renewal === 'ticker'
      ? createNotificationHandler<undefined>(all)
      : createNotificationFlow(all, createNotificationVerifier(all), 'timer')
  return { handle, errors, warnings }
}
const handlerWith = (options: Partial<NotificationHandlerOptions<undefined>>) => handlerIn(options)

/** A promise with its resolver, to hold a handler mid-run. */
function gate() {
  let open!: () => void
  const opened = new Promise<void>((resolve) => {
    open = resolve
  })
  return { open, opened }
}

/** The real memory store with faults switched on per operation: the handler's own reactions are under test. */
function faultyStore(inner: NotificationStore = memoryNotificationStore()) {
  const down = { claim: false, renew: false, complete: false, release: false }
  const calls: string[] = []
  const store: NotificationStore = {
    claim: async (...args) => {
      calls.push('claim')
      if (down.claim) throw new Error('store down')
      return inner.claim(...args)
    },
    renew: async (...args) => {
      calls.push('renew')
      if (down.renew) throw new Error('store down')
      return inner.renew(...args)
    },
    complete: async (...args) => {
      calls.push('complete')
      if (down.complete) throw new Error('store down')
      return inner.complete(...args)
    },
    release: async (...args) => {
      calls.push('release')
      if (down.release) throw new Error('store down')
      return inner.release(...args)
    },
  }
  return { store, down, calls }
}

describe('exactly once with the default memory store', () => {
  it('runs the handler once for two concurrent deliveries: the second is refused 409 while the first runs, acknowledged after', async () => {
    const hold = gate()
    let runs = 0
    const { handle, errors } = handlerWith({
      on: {
        PAYMENT_RESULT: async () => {
          runs++
          await hold.opened
        },
      },
    })
    const first = handle(delivery(payment()), undefined)
    const second = await handle(delivery(payment(), String(NOW + 1)), undefined)
    expect(second.status).toBe(409)
    expect(second.body).not.toBe(NOTIFICATION_ACK)
    expect(errors.map((e) => e.code)).toEqual(['ERR_ALIPAY_NOTIFICATION_IN_PROGRESS'])
    hold.open()
    expect((await first).body).toBe(NOTIFICATION_ACK)
    const resend = await handle(delivery(payment()), undefined)
    expect(resend).toMatchObject({ status: 200, body: NOTIFICATION_ACK })
    expect(runs).toBe(1)
  })

  it('100 concurrent deliveries of one notification run its handler once', async () => {
    let runs = 0
    const { handle } = handlerWith({
      on: {
        PAYMENT_RESULT: async () => {
          runs++
          await new Promise((resolve) => setImmediate(resolve))
        },
      },
    })
    const replies = await Promise.all(Array.from({ length: 100 }, () => handle(delivery(payment()), undefined)))
    expect(runs).toBe(1)
    expect(replies.filter((r) => r.status === 200)).toHaveLength(1)
    expect(replies.filter((r) => r.status === 409)).toHaveLength(99)
  })

  it('processes distinct notifications independently (another id, another status)', async () => {
    const seen: string[] = []
    const { handle } = handlerWith({
      on: { PAYMENT_RESULT: (n) => void seen.push(`${n.paymentRequestId}:${n.result?.resultStatus}`) },
    })
    for (const payload of [payment('a'), payment('b'), payment('a', 'F'), payment('a')]) {
      expect((await handle(delivery(payload), undefined)).status).toBe(200)
    }
    expect(seen).toEqual(['a:S', 'b:S', 'a:F'])
  })

  it('a failed handler releases the claim: the resend runs it again and is acknowledged', async () => {
    let runs = 0
    const { handle, errors } = handlerWith({
      on: {
        PAYMENT_RESULT: () => {
          runs++
          if (runs === 1) throw new Error('database busy')
        },
      },
    })
    expect((await handle(delivery(payment()), undefined)).status).toBe(500)
    expect(errors.map((e) => e.code)).toEqual(['ERR_ALIPAY_HANDLER_FAILED'])
    expect((await handle(delivery(payment()), undefined)).body).toBe(NOTIFICATION_ACK)
    expect((await handle(delivery(payment()), undefined)).body).toBe(NOTIFICATION_ACK)
    expect(runs).toBe(2)
  })

  it('dedupe: false runs every delivery', async () => {
    let runs = 0
    const { handle } = handlerWith({ dedupe: false, on: { PAYMENT_RESULT: () => void runs++ } })
    await handle(delivery(payment()), undefined)
    await handle(delivery(payment()), undefined)
    expect(runs).toBe(2)
  })

  it('calls the methods of a wrapper around the memory store, not the map underneath', async () => {
    const inner = memoryNotificationStore()
    expect(Object.isFrozen(inner)).toBe(true)
    const calls: string[] = []
    const store: NotificationStore = {
      ...inner,
      claim: (key, owner, leaseMs) => {
        calls.push('claim')
        return inner.claim(key, owner, leaseMs)
      },
      complete: (key, owner, retentionMs) => {
        calls.push('complete')
        return inner.complete(key, owner, retentionMs)
      },
      release: (key, owner) => {
        calls.push('release')
        return inner.release(key, owner)
      },
    }
    let fail = true
    const { handle } = handlerWith({
      dedupe: store,
      on: {
        PAYMENT_RESULT: () => {
          if (fail) throw new Error('first run fails')
        },
      },
    })
    expect((await handle(delivery(payment()), undefined)).status).toBe(500)
    fail = false
    expect((await handle(delivery(payment()), undefined)).body).toBe(NOTIFICATION_ACK)
    expect((await handle(delivery(payment()), undefined)).body).toBe(NOTIFICATION_ACK)
    expect(calls).toEqual(['claim', 'release', 'claim', 'complete', 'claim'])
  })

  it('each handler created without dedupe gets its own memory store', async () => {
    let runs = 0
    const options = { on: { PAYMENT_RESULT: () => void runs++ } }
    await handlerWith(options).handle(delivery(payment()), undefined)
    await handlerWith(options).handle(delivery(payment()), undefined)
    expect(runs).toBe(2)
  })

  it('gives the handler its delivery: key, owner and a live signal', async () => {
    let seen: NotificationDelivery | undefined
    const { handle } = handlerWith({
      on: {
        PAYMENT_RESULT: (_n, _ctx, d) => {
          seen = d
        },
      },
    })
    await handle(delivery(payment()), undefined)
    expect(seen?.key).toBe('PAYMENT_RESULT:["pay_1","p_pay_1","S"]')
    expect(seen?.owner).toMatch(/^[0-9a-f-]{36}$/)
    expect(seen?.signal.aborted).toBe(false)
  })
})

describe.each(['ticker', 'timer'] as const)('leases (renewal: %s)', (renewal) => {
  const handlerWith = (options: Partial<NotificationHandlerOptions<undefined>>) => handlerIn(options, renewal)
  /** A handler on `dedupe` (30 ms lease) that records its delivery's signal and waits until `hold` opens. */
  const holdingHandler = (dedupe: NotificationStore) => {
    const hold = gate()
    const seen: { signal?: AbortSignal } = {}
    const { handle, errors } = handlerWith({
      dedupe,
      dedupeLeaseMs: 30,
      on: {
        PAYMENT_RESULT: async (_n, _c, d) => {
          seen.signal = d.signal
          await hold.opened
        },
      },
    })
    return { handle, errors, hold, seen }
  }

  it('renews the lease while a slow handler runs, so a resend after the lease length is still refused', async () => {
    let clock = 0
    const inner = memoryNotificationStore({ now: () => clock })
    const { store, calls } = faultyStore(inner)
    const hold = gate()
    let runs = 0
    const { handle } = handlerWith({
      dedupe: store,
      dedupeLeaseMs: 30,
      on: {
        PAYMENT_RESULT: async () => {
          runs++
          await hold.opened
        },
      },
    })
    const first = handle(delivery(payment()), undefined)
    // Advance the store's clock past several leases, waiting each time for a renewal to land.
    for (let i = 0; i < 4; i++) {
      const renewals = calls.filter((c) => c === 'renew').length
      await expect.poll(() => calls.filter((c) => c === 'renew').length, { timeout: 5000 }).toBeGreaterThan(renewals)
      clock += 20
    }
    expect((await handle(delivery(payment()), undefined)).status).toBe(409)
    hold.open()
    expect((await first).status).toBe(200)
    expect(runs).toBe(1)
  })

  it('renews every live claim while its handler runs, and never a settled one', async () => {
    const inner = memoryNotificationStore()
    const renewed: string[] = []
    const store: NotificationStore = {
      ...inner,
      renew: async (key, owner, leaseMs) => {
        renewed.push(key)
        return inner.renew(key, owner, leaseMs)
      },
    }
    const hold = gate()
    const { handle } = handlerWith({
      dedupe: store,
      dedupeLeaseMs: 30,
      on: { PAYMENT_RESULT: () => hold.opened },
    })
    const running = [handle(delivery(payment('pay_a')), undefined), handle(delivery(payment('pay_b')), undefined)]
    // Both claims are renewed while their handlers run, whichever was claimed first.
    await expect
      .poll(() => new Set(renewed), { timeout: 5000 })
      .toEqual(new Set(['PAYMENT_RESULT:["pay_a","p_pay_a","S"]', 'PAYMENT_RESULT:["pay_b","p_pay_b","S"]']))
    hold.open()
    expect((await Promise.all(running)).map((reply) => reply.status)).toEqual([200, 200])
    const settled = renewed.length
    // Five renewal periods later, nothing was renewed after the claims were settled.
    await new Promise((resolve) => setTimeout(resolve, 50))
    expect(renewed.length).toBe(settled)
  })

  it('hands the handler a delivery that cannot settle or renew its own claim', async () => {
    let seen: NotificationDelivery | undefined
    const { handle } = handlerWith({
      on: {
        PAYMENT_RESULT: (_n, _c, d) => {
          seen = d
        },
      },
    })
    expect((await handle(delivery(payment()), undefined)).status).toBe(200)
    const delivered = seen as NotificationDelivery
    expect(Object.keys(delivered)).toEqual(['key', 'owner'])
    expect(Object.getOwnPropertyNames(Object.getPrototypeOf(delivered)).sort()).toEqual(['constructor', 'signal'])
  })

  it("a crashed delivery's claim expires after the lease and the next resend processes it", async () => {
    let clock = 0
    const store = memoryNotificationStore({ now: () => clock })
    // A claim left by an instance that died mid-handler: nobody renews or releases it.
    expect(await store.claim('PAYMENT_RESULT:["pay_1","p_pay_1","S"]', 'dead-instance', 30_000)).toBe('claimed')
    let runs = 0
    const { handle } = handlerWith({ dedupe: store, on: { PAYMENT_RESULT: () => void runs++ } })
    expect((await handle(delivery(payment()), undefined)).status).toBe(409)
    clock += 30_001
    expect((await handle(delivery(payment()), undefined)).body).toBe(NOTIFICATION_ACK)
    expect(runs).toBe(1)
  })

  it('aborts the delivery signal when the claim is lost to another delivery', async () => {
    let clock = 0
    const inner = memoryNotificationStore({ now: () => clock })
    const { handle, errors, hold, seen } = holdingHandler(inner)
    const first = handle(delivery(payment()), undefined)
    await expect.poll(() => seen.signal, { timeout: 5000 }).toBeDefined()
    // Another delivery takes the claim over (as after a long stall): the next renewal fails.
    clock += 1000
    await inner.claim('PAYMENT_RESULT:["pay_1","p_pay_1","S"]', 'other', 60_000)
    await expect.poll(() => seen.signal?.aborted, { timeout: 5000 }).toBe(true)
    expect(errors.map((e) => e.code)).toContain('ERR_ALIPAY_CLAIM_LOST')
    hold.open()
    await first
  })

  it('reports a store whose renew throws instead of rejecting, and keeps the claim renewed', async () => {
    // The store's clock stands still: the lease never runs out in store time, whatever the wall
    // clock does, so only the throws are under test.
    const inner = memoryNotificationStore({ now: () => NOW })
    let throws = 2
    let renewals = 0
    const store: NotificationStore = {
      ...inner,
      renew: (key, owner, leaseMs) => {
        renewals++
        if (throws-- > 0) throw new Error('renew threw')
        return inner.renew(key, owner, leaseMs)
      },
    }
    const hold = gate()
    const { handle, errors } = handlerWith({
      dedupe: store,
      dedupeLeaseMs: 30,
      on: { PAYMENT_RESULT: () => hold.opened },
    })
    const first = handle(delivery(payment()), undefined)
    // Two renewals threw (reported, the process still running), then renewals went on.
    await expect.poll(() => renewals, { timeout: 5000 }).toBeGreaterThan(3)
    expect(errors.filter((e) => e.code === 'ERR_ALIPAY_STORE_UNAVAILABLE')).toHaveLength(2)
    expect(errors.map((e) => e.code)).not.toContain('ERR_ALIPAY_CLAIM_LOST')
    hold.open()
    expect((await first).status).toBe(200)
  })

  it('works with a store answering with thenables that are not promises (as query builders do)', async () => {
    const inner = memoryNotificationStore({ now: () => NOW })
    // A thenable as other promise libraries make them: then() answers another such thenable, and
    // there is no catch(); never a native Promise.
    const thenable = <T>(value: Promise<T>): Promise<T> =>
      ({
        // biome-ignore lint/suspicious/noThenProperty: a thenable is exactly what this test needs
        then: (ok: (v: T) => unknown, fail: (e: unknown) => unknown) => thenable(value.then(ok, fail)),
      }) as unknown as Promise<T>
    let renewals = 0
    const store: NotificationStore = {
      claim: (key, owner, leaseMs) => thenable(inner.claim(key, owner, leaseMs)),
      renew: (key, owner, leaseMs) => {
        renewals++
        return thenable(inner.renew(key, owner, leaseMs))
      },
      complete: (key, owner, retentionMs) => thenable(inner.complete(key, owner, retentionMs)),
      release: (key, owner) => thenable(inner.release(key, owner)),
    }
    const hold = gate()
    let runs = 0
    const { handle, errors } = handlerWith({
      dedupe: store,
      dedupeLeaseMs: 30,
      on: {
        PAYMENT_RESULT: async () => {
          runs++
          await hold.opened
        },
      },
    })
    const first = handle(delivery(payment()), undefined)
    await expect.poll(() => renewals, { timeout: 5000 }).toBeGreaterThan(1)
    expect((await handle(delivery(payment()), undefined)).status).toBe(409)
    hold.open()
    expect((await first).body).toBe(NOTIFICATION_ACK)
    expect((await handle(delivery(payment()), undefined)).body).toBe(NOTIFICATION_ACK)
    expect(runs).toBe(1)
    // Only the refusal of the resend that came while the first ran: no store failure reported.
    expect(errors.map((e) => e.code)).toEqual(['ERR_ALIPAY_NOTIFICATION_IN_PROGRESS'])
  })

  it('never doubles a renewal the store has not answered, and takes the claim as lost two periods later', async () => {
    const inner = memoryNotificationStore({ now: () => NOW })
    const stalled = gate()
    let renewals = 0
    const store: NotificationStore = {
      ...inner,
      // A store that hangs (a pool with no free connection, a dead socket): no answer, no error.
      renew: async (key, owner, leaseMs) => {
        renewals++
        await stalled.opened
        return inner.renew(key, owner, leaseMs)
      },
    }
    const { handle, errors, hold, seen } = holdingHandler(store)
    const first = handle(delivery(payment()), undefined)
    await expect.poll(() => seen.signal?.aborted, { timeout: 5000 }).toBe(true)
    expect(errors.map((e) => e.code)).toEqual(['ERR_ALIPAY_CLAIM_LOST'])
    expect(errors[0]?.message).toContain('did not answer a renewal')
    // The lost claim is renewed no more, and the late answer changes nothing.
    stalled.open()
    await new Promise((resolve) => setTimeout(resolve, 50))
    expect(renewals).toBe(1)
    expect(errors).toHaveLength(1)
    hold.open()
    expect((await first).status).toBe(200)
  })

  it('waits one period for a late renewal, and takes the claim as lost when a renewal misses two', async () => {
    // Fake timers: the periods (10 ms with a 30 ms lease) are counted, not raced.
    vi.useFakeTimers()
    try {
      const inner = memoryNotificationStore({ now: () => NOW })
      const answers: ((held: boolean) => void)[] = []
      const store: NotificationStore = {
        ...inner,
        renew: () => new Promise<boolean>((resolve) => answers.push(resolve)),
      }
      const { handle, errors, hold, seen } = holdingHandler(store)
      const first = handle(delivery(payment()), undefined)
      for (let turns = 0; seen.signal === undefined && turns < 100; turns++) await Promise.resolve()
      expect(seen.signal).toBeDefined()
      await vi.advanceTimersByTimeAsync(10)
      expect(answers).toHaveLength(1)
      // One period passes with the renewal unanswered: not doubled, not lost.
      await vi.advanceTimersByTimeAsync(10)
      expect(answers).toHaveLength(1)
      answers[0]?.(true)
      await vi.advanceTimersByTimeAsync(1)
      await vi.advanceTimersByTimeAsync(9)
      expect(answers).toHaveLength(2)
      expect(errors).toEqual([])
      expect(seen.signal?.aborted).toBe(false)
      // The next renewal misses two periods: lost, and renewed no more.
      await vi.advanceTimersByTimeAsync(10)
      expect(errors).toEqual([])
      await vi.advanceTimersByTimeAsync(10)
      expect(errors.map((e) => e.code)).toEqual(['ERR_ALIPAY_CLAIM_LOST'])
      expect(seen.signal?.aborted).toBe(true)
      await vi.advanceTimersByTimeAsync(50)
      expect(answers).toHaveLength(2)
      hold.open()
      expect((await first).status).toBe(200)
    } finally {
      vi.useRealTimers()
    }
  })
})

describe('the renewal ticker (Node)', () => {
  it('renews outside the async context of the request that started it', async () => {
    const requests = new AsyncLocalStorage<string>()
    const seen: (string | undefined)[] = []
    const inner = memoryNotificationStore({ now: () => NOW })
    const store: NotificationStore = {
      ...inner,
      renew: (key, owner, leaseMs) => {
        seen.push(requests.getStore())
        return inner.renew(key, owner, leaseMs)
      },
    }
    const hold = gate()
    const { handle } = handlerWith({ dedupe: store, dedupeLeaseMs: 30, on: { PAYMENT_RESULT: () => hold.opened } })
    // The first claim starts the ticker, inside a request's context; the second claim's renewals
    // come from the same ticker.
    const first = requests.run('request 1', () => handle(delivery(payment('pay_1')), undefined))
    const second = requests.run('request 2', () => handle(delivery(payment('pay_2')), undefined))
    await expect.poll(() => seen.length, { timeout: 5000 }).toBeGreaterThan(3)
    expect(new Set(seen)).toEqual(new Set([undefined]))
    hold.open()
    expect((await first).status).toBe(200)
    expect((await second).status).toBe(200)
  })
})

describe('store faults', () => {
  it('fails closed when the store cannot be reached to claim: 503, no handler call, a coded error', async () => {
    const { store, down } = faultyStore()
    down.claim = true
    let runs = 0
    const { handle, errors } = handlerWith({ dedupe: store, on: { PAYMENT_RESULT: () => void runs++ } })
    const reply = await handle(delivery(payment()), undefined)
    expect(reply.status).toBe(503)
    expect(runs).toBe(0)
    expect(errors.map((e) => e.code)).toEqual(['ERR_ALIPAY_STORE_UNAVAILABLE'])
    down.claim = false
    expect((await handle(delivery(payment()), undefined)).body).toBe(NOTIFICATION_ACK)
    expect(runs).toBe(1)
  })

  it('acknowledges when the store fails after the handler succeeded, and logs it', async () => {
    const { store, down } = faultyStore()
    down.complete = true
    let runs = 0
    const { handle, errors } = handlerWith({ dedupe: store, on: { PAYMENT_RESULT: () => void runs++ } })
    expect((await handle(delivery(payment()), undefined)).body).toBe(NOTIFICATION_ACK)
    expect(runs).toBe(1)
    expect(errors.map((e) => e.code)).toEqual(['ERR_ALIPAY_STORE_UNAVAILABLE'])
  })

  it('records the done mark in the background once the store is back, within the lease', async () => {
    const { store, down, calls } = faultyStore()
    down.complete = true
    let runs = 0
    const { handle } = handlerWith({ dedupe: store, dedupeLeaseMs: 40, on: { PAYMENT_RESULT: () => void runs++ } })
    expect((await handle(delivery(payment()), undefined)).body).toBe(NOTIFICATION_ACK)
    down.complete = false
    await expect.poll(() => calls.filter((c) => c === 'complete').length, { timeout: 5000 }).toBeGreaterThan(1)
    // Done now: a stray resend is acknowledged without running the handler again.
    expect(await store.claim('PAYMENT_RESULT:["pay_1","p_pay_1","S"]', 'late', 40)).toBe('done')
    expect(runs).toBe(1)
  })

  it('answers 500 when the handler fails and the release fails too; the claim then expires with its lease', async () => {
    const { store, down } = faultyStore()
    down.release = true
    const { handle, errors } = handlerWith({
      dedupe: store,
      on: {
        PAYMENT_RESULT: () => {
          throw new Error('boom')
        },
      },
    })
    expect((await handle(delivery(payment()), undefined)).status).toBe(500)
    expect(errors.map((e) => e.code).sort()).toEqual(['ERR_ALIPAY_HANDLER_FAILED', 'ERR_ALIPAY_STORE_UNAVAILABLE'])
  })

  it('refuses a store without the four methods at creation', () => {
    expect(() => handlerWith({ dedupe: { claim: async () => 'claimed' } as never })).toThrow(
      expect.objectContaining({ code: 'ERR_ALIPAY_OPTION_INVALID' }),
    )
  })
})

describe('route modes (receive)', () => {
  it('claims once: a second receive while the first receipt is open is refused 409; after succeed it is acknowledged', async () => {
    const { handle } = handlerWith({})
    const first = await handle.receive(delivery(payment()))
    if (!('receipt' in first)) throw new Error('expected a receipt')
    expect((await handle.receive(delivery(payment()))) as object).toMatchObject({ reply: { status: 409 } })
    expect((await first.receipt.succeed()).body).toBe(NOTIFICATION_ACK)
    expect(await handle.receive(delivery(payment()))).toMatchObject({ reply: { status: 200, body: NOTIFICATION_ACK } })
  })

  it('an abandoned receipt releases the claim for the resend', async () => {
    const { handle } = handlerWith({})
    const first = await handle.receive(delivery(payment()))
    if (!('receipt' in first)) throw new Error('expected a receipt')
    await first.receipt.abandon()
    expect('receipt' in (await handle.receive(delivery(payment())))).toBe(true)
  })

  it('refuses an over-limit body in receive and verify alike', async () => {
    const { handle } = handlerWith({ limit: 64 })
    expect(await handle.receive(delivery(payment()))).toMatchObject({ reply: { status: 413 } })
    expect(() => handle.verify(delivery(payment()))).toThrow(
      expect.objectContaining({ code: 'ERR_ALIPAY_BODY_TOO_LARGE' }),
    )
  })
})

describe('unhandled notifications (docs/protocol.md §9.7)', () => {
  it('never acknowledges an unclassified notification without a fallback, and names its fields', async () => {
    const { handle, errors } = handlerWith({ on: { PAYMENT_RESULT: () => {} } })
    const reply = await handle(delivery({ someNewNotifyType: 'X', orderRef: 'o-1' }), undefined)
    expect(reply.status).toBe(500)
    expect(errors[0]?.code).toBe('ERR_ALIPAY_NOTIFICATION_UNHANDLED')
    expect(errors[0]?.message).toContain('someNewNotifyType, orderRef')
    expect(errors[0]?.message).not.toContain('o-1')
  })

  it('hands an unclassified notification to on.UNKNOWN, once', async () => {
    let runs = 0
    const { handle } = handlerWith({ on: { UNKNOWN: () => void runs++ } })
    expect((await handle(delivery({ someNewNotifyType: 'X' }), undefined)).body).toBe(NOTIFICATION_ACK)
    expect((await handle(delivery({ someNewNotifyType: 'X' }), undefined)).body).toBe(NOTIFICATION_ACK)
    expect(runs).toBe(1)
  })

  it('acknowledges a known type with no handler, with a warning naming the type', async () => {
    const { handle, warnings } = handlerWith({ on: { REFUND_RESULT: () => {} } })
    expect((await handle(delivery(payment()), undefined)).body).toBe(NOTIFICATION_ACK)
    expect(warnings).toHaveLength(1)
    expect(warnings[0]).toContain('PAYMENT_RESULT')
  })
})

describe('notificationKey', () => {
  it('is the type and identity fields for known types, the body hash for unknown ones', async () => {
    expect(
      await notificationKey(
        { type: 'REFUND_RESULT', notification: { refundRequestId: 'r1', refundId: 'x', refundStatus: 'SUCCESS' } },
        '',
      ),
    ).toBe('REFUND_RESULT:["r1","x","SUCCESS",null]')
    const body = '{"a":1}'
    expect(await notificationKey({ type: 'UNKNOWN', notification: { a: 1 } }, body)).toBe(
      'UNKNOWN:sha256:015abd7f5cc57a2dd94b7590f04ad8084273905ee33ec5cebeae62276a97f862',
    )
    expect(await notificationKey({ type: 'UNKNOWN', notification: { a: 1 } }, new TextEncoder().encode(body))).toBe(
      await notificationKey({ type: 'UNKNOWN', notification: { a: 1 } }, body),
    )
  })

  it('falls back to the body hash when a known type carries none of its ids', async () => {
    expect(
      await notificationKey({ type: 'PAYMENT_RESULT', notification: { notifyType: 'PAYMENT_RESULT' } }, 'x'),
    ).toMatch(/^PAYMENT_RESULT:sha256:[0-9a-f]{64}$/)
  })

  it('is the key the handler claims under (a nested state field included, and the body hash of an unknown type)', async () => {
    const keys: string[] = []
    const { handle } = handlerWith({
      on: {
        PAYMENT_RESULT: (_n, _c, d) => {
          keys.push(d.key)
        },
        UNKNOWN: (_n, _c, d) => {
          keys.push(d.key)
        },
      },
    })
    const withIds = payment('pay_k', 'F')
    const unknown = { notifyType: 'SOMETHING_NEW', someId: 'x1' }
    await handle(delivery(withIds), undefined)
    await handle(delivery(unknown), undefined)
    expect(keys).toEqual([
      'PAYMENT_RESULT:["pay_k","p_pay_k","F"]',
      await notificationKey({ type: 'UNKNOWN', notification: unknown }, JSON.stringify(unknown)),
    ])
    expect(keys[1]).toMatch(/^UNKNOWN:sha256:[0-9a-f]{64}$/)
    expect(keys[0]).toBe(
      await notificationKey({ type: 'PAYMENT_RESULT', notification: withIds }, JSON.stringify(withIds)),
    )
  })

  it('is overridable with dedupeKey', async () => {
    let seen = ''
    const { handle } = handlerWith({
      dedupeKey: (v) => `order:${(v.notification as { paymentRequestId?: string }).paymentRequestId}`,
      on: {
        PAYMENT_RESULT: (_n, _c, d) => {
          seen = d.key
        },
      },
    })
    await handle(delivery(payment()), undefined)
    expect(seen).toBe('order:pay_1')
  })
})
