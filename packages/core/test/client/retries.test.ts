import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { AlipayApiError, AlipayTransportError } from '../../src/index.js'
import { type FakeAlipay, S, startFakeAlipay } from './fake-alipay.js'

let fake: FakeAlipay
beforeAll(async () => {
  fake = await startFakeAlipay()
})
afterAll(() => fake.close())

const payment = {
  productCode: 'AGREEMENT_PAYMENT',
  paymentRequestId: 'order-7',
  paymentAmount: { currency: 'USD', value: '1000' },
  paymentMethod: { paymentMethodType: 'ALIPAY_CN', paymentMethodId: 'token' },
} as const
const U = { result: { resultCode: 'UNKNOWN_EXCEPTION', resultStatus: 'U', resultMessage: 'unknown' } }
const F = { result: { resultCode: 'PARAM_ILLEGAL', resultStatus: 'F', resultMessage: 'illegal' } }

/** Runs `call` and returns the requests it caused. */
async function sent(call: () => Promise<unknown>) {
  const before = fake.received.length
  const settled = await call().then(
    (value) => ({ value, error: undefined }),
    (error: unknown) => ({ value: undefined, error }),
  )
  return { ...settled, requests: fake.received.slice(before) }
}

describe('retries', () => {
  it('resends after two dropped connections, with the same body and a valid signature each time', async () => {
    fake.reply({ destroy: true }, { destroy: true }, {})
    const { value, requests } = await sent(() => fake.client().pay(payment))
    expect(value).toMatchObject({ status: 'S', attempts: 3 })
    expect(requests).toHaveLength(3)
    for (const r of requests) {
      expect(r.body).toBe(JSON.stringify(payment))
      expect(JSON.parse(r.body).paymentRequestId).toBe('order-7')
      expect(r.signatureValid).toBe(true)
    }
    const times = requests.map((r) => Number(r.headers['request-time']))
    expect(times).toEqual([...times].sort((a, b) => a - b))
  })

  it('resends a U twice, then returns the S', async () => {
    fake.reply({ body: U }, { body: U }, { body: S })
    const { value, requests } = await sent(() => fake.client().pay(payment))
    expect(value).toMatchObject({ status: 'S', attempts: 3 })
    expect(new Set(requests.map((r) => r.body))).toEqual(new Set([JSON.stringify(payment)]))
  })

  it('surfaces ERR_ALIPAY_NETWORK once the resends are used up', async () => {
    fake.reply({ destroy: true })
    const { error, requests } = await sent(() => fake.client({ retries: 1 }).pay(payment))
    expect(error).toBeInstanceOf(AlipayTransportError)
    expect((error as AlipayTransportError).code).toBe('ERR_ALIPAY_NETWORK')
    expect(requests).toHaveLength(2)
  })

  it('never resends an F, an HTTP 4xx or a bad signature', async () => {
    for (const reply of [{ body: F }, { status: 400 }, { sign: 'merchant-key' as const }]) {
      fake.reply(reply, {})
      const { error, requests } = await sent(() => fake.client().pay(payment))
      expect(error).toBeInstanceOf(AlipayApiError)
      expect(requests).toHaveLength(1)
    }
  })

  it('resends after an HTTP 5xx', async () => {
    fake.reply({ status: 503, sign: false, body: '' }, {})
    const { value, requests } = await sent(() => fake.client().pay(payment))
    expect(value).toMatchObject({ status: 'S', attempts: 2 })
    expect(requests).toHaveLength(2)
  })

  it('retries: 0 sends once', async () => {
    fake.reply({ body: U })
    const { value, requests } = await sent(() => fake.client().pay(payment, { retries: 0 }))
    expect(value).toMatchObject({ status: 'U', inProcess: false, attempts: 1 })
    expect(requests).toHaveLength(1)
  })
})

describe('timeouts and cancellation', () => {
  it('fails with ERR_ALIPAY_TIMEOUT when the server never answers', async () => {
    fake.reply({ hang: true })
    // 1 s per attempt: long enough for a loaded machine to deliver each request to the fake.
    const { error, requests } = await sent(() => fake.client({ timeout: 1_000, retries: 1 }).pay(payment))
    expect(error).toBeInstanceOf(AlipayTransportError)
    expect((error as AlipayTransportError).code).toBe('ERR_ALIPAY_TIMEOUT')
    expect(requests).toHaveLength(2)
  })

  it("rejects with the caller's abort reason and does not resend", async () => {
    fake.reply({ hang: true })
    const reason = new Error('shutting down')
    const controller = new AbortController()
    const before = fake.received.length
    const call = sent(() => fake.client({ timeout: 60_000 }).pay(payment, { signal: controller.signal }))
    // Abort once the request is at the server, not after a guess at how long that takes.
    await expect.poll(() => fake.received.length, { timeout: 10_000 }).toBe(before + 1)
    controller.abort(reason)
    const { error, requests } = await call
    expect(error).toBe(reason)
    expect(requests).toHaveLength(1)
    const aborted = new AbortController()
    aborted.abort(reason)
    await expect(fake.client().pay(payment, { signal: aborted.signal })).rejects.toBe(reason)
  })

  it('stops waiting between attempts when the caller aborts', async () => {
    fake.reply({ body: U })
    const controller = new AbortController()
    const reason = new Error('cancelled')
    const before = fake.received.length
    const call = fake.client({ retryDelay: 60_000, maxRetryDelay: 60_000 }).pay(payment, { signal: controller.signal })
    call.catch(() => {}) // observed below; no unhandled rejection meanwhile
    // The first attempt answered U: the client now waits a minute before resending. Abort in that wait.
    await expect.poll(() => fake.received.length, { timeout: 10_000 }).toBe(before + 1)
    controller.abort(reason)
    await expect(call).rejects.toBe(reason)
    expect(fake.received.length).toBe(before + 1)
  })
})
