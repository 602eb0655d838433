import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { AlipayApiError } from '../../src/index.js'
import { type FakeAlipay, S, startFakeAlipay } from './fake-alipay.js'

// A validly signed response must answer this call (issue 9, docs/protocol.md §9.6): signed recently
// (response-time within the window) and, when it echoes the request's *RequestId, echoing the same
// one. Either failure ends the call at once: a later attempt never turns it into a success.

const DAY = 24 * 60 * 60 * 1000
const amount = { currency: 'USD', value: '1000' }
const payment = {
  productCode: 'AGREEMENT_PAYMENT',
  paymentRequestId: 'order-42',
  paymentAmount: amount,
  paymentMethod: { paymentMethodType: 'ALIPAY_CN', paymentMethodId: 'token' },
} as const
const U = { result: { resultCode: 'UNKNOWN_EXCEPTION', resultStatus: 'U', resultMessage: 'unknown' } }
const F = { result: { resultCode: 'ORDER_NOT_EXIST', resultStatus: 'F', resultMessage: 'no such order' } }

let fake: FakeAlipay
beforeAll(async () => {
  fake = await startFakeAlipay()
})
afterAll(() => fake.close())

/** The error code of a call, and how many requests it sent. */
async function refusal(call: () => Promise<unknown>): Promise<{ code: string; requests: number }> {
  const before = fake.received.length
  const error = await call().then(
    () => undefined,
    (e: unknown) => e,
  )
  if (!(error instanceof AlipayApiError)) throw new Error(`expected an AlipayApiError, got ${String(error)}`)
  return { code: error.code, requests: fake.received.length - before }
}

const iso = (ms: number) => new Date(ms).toISOString()

describe('the response-time window', () => {
  it('refuses a validly signed response 30 days old, and never resends it into a success', async () => {
    fake.reply({ responseTime: String(Date.now() - 30 * DAY) }, {})
    expect(await refusal(() => fake.client({ retries: 2 }).pay(payment))).toEqual({
      code: 'ERR_ALIPAY_RESPONSE_STALE',
      requests: 1,
    })
  })

  it.each<[string, () => string]>([
    ['30 days old in ISO-8601', () => iso(Date.now() - 30 * DAY)],
    ['6 minutes old', () => String(Date.now() - 6 * 60_000)],
    ['6 minutes ahead', () => String(Date.now() + 6 * 60_000)],
    ['in PHP form, 2 days old', () => iso(Date.now() - 2 * DAY).replace(/\.\d+Z$/, '+0000')],
    ['unreadable', () => 'yesterday'],
  ])('refuses a signed response-time %s by default', async (_, time) => {
    fake.reply({ responseTime: time() })
    expect((await refusal(() => fake.client().pay(payment))).code).toBe('ERR_ALIPAY_RESPONSE_STALE')
  })

  it('accepts times within 5 minutes either way, in each SDK format', async () => {
    for (const time of [
      String(Date.now() - 4 * 60_000),
      String(Date.now() + 4 * 60_000),
      iso(Date.now() - 60_000),
      iso(Date.now()).replace(/\.\d+Z$/, '+00:00'),
    ]) {
      fake.reply({ responseTime: time })
      await expect(fake.client().pay(payment)).resolves.toMatchObject({ status: 'S' })
    }
  })

  it('follows a configured window, and false turns the check off', async () => {
    fake.reply({ responseTime: String(Date.now() - 60_000) })
    const tight = fake.client({ responseTimeWindow: { maxAgeMs: 30_000 } })
    expect((await refusal(() => tight.pay(payment))).code).toBe('ERR_ALIPAY_RESPONSE_STALE')
    fake.reply({ responseTime: String(Date.now() - 30 * DAY) })
    const wide = fake.client({ responseTimeWindow: { maxAgeMs: 31 * DAY } })
    await expect(wide.pay(payment)).resolves.toMatchObject({ status: 'S' })
    const off = fake.client({ responseTimeWindow: false })
    await expect(off.pay(payment)).resolves.toMatchObject({ status: 'S' })
  })

  it('judges the time only once it is signed: an altered response-time is a bad signature', async () => {
    fake.reply({ signedTime: String(Date.now()), responseTime: String(Date.now() - 30 * DAY) })
    expect((await refusal(() => fake.client().pay(payment))).code).toBe('ERR_ALIPAY_RESPONSE_SIGNATURE_INVALID')
  })
})

describe('echoed request ids', () => {
  it("refuses a validly signed response carrying another order's paymentRequestId, never resent", async () => {
    fake.reply({ body: { ...S, paymentRequestId: 'order-41', paymentId: 'p-41' } }, {})
    expect(await refusal(() => fake.client({ retries: 2 }).pay(payment))).toEqual({
      code: 'ERR_ALIPAY_RESPONSE_MISMATCH',
      requests: 1,
    })
  })

  it('checks the ids before the result: not even an F is taken from a response to another call', async () => {
    fake.reply({ body: { ...F, paymentRequestId: 'order-41' } })
    expect((await refusal(() => fake.client().pay(payment))).code).toBe('ERR_ALIPAY_RESPONSE_MISMATCH')
  })

  it('refuses a mismatch that follows a U, rather than returning the earlier U', async () => {
    fake.reply({ body: U }, { body: { ...S, paymentRequestId: 'order-41' } })
    expect(await refusal(() => fake.client({ retries: 2 }).pay(payment))).toEqual({
      code: 'ERR_ALIPAY_RESPONSE_MISMATCH',
      requests: 2,
    })
  })

  type Client = ReturnType<FakeAlipay['client']>
  it.each<[string, string, (c: Client) => Promise<unknown>]>([
    ['refund', 'refundRequestId', (c) => c.refund({ refundRequestId: 'r-1', paymentId: 'p', refundAmount: amount })],
    [
      'capture',
      'captureRequestId',
      (c) => c.capture({ captureRequestId: 'c-1', paymentId: 'p', captureAmount: amount }),
    ],
    ['inquireVaulting', 'vaultingRequestId', (c) => c.inquireVaulting({ vaultingRequestId: 'v-1' })],
    [
      'subscriptions/create',
      'subscriptionRequestId',
      (c) => c.request('/v1/subscriptions/create', { subscriptionRequestId: 's-1' }),
    ],
    ['request()', 'payoutRequestId', (c) => c.request('/v1/funds/createPayout', { payoutRequestId: 'o-1' })],
  ])('binds %s by its %s', async (_, field, call) => {
    fake.reply({ body: { ...S, [field]: 'someone-else' } })
    expect((await refusal(() => call(fake.client()))).code).toBe('ERR_ALIPAY_RESPONSE_MISMATCH')
    fake.reply((req) => ({ body: { ...S, [field]: JSON.parse(req.body)[field] } }))
    await expect(call(fake.client())).resolves.toMatchObject({ status: 'S' })
  })

  it('accepts a response that echoes the same id, or none, or null', async () => {
    for (const body of [{ ...S, paymentRequestId: 'order-42' }, S, { ...S, paymentRequestId: null }]) {
      fake.reply({ body })
      await expect(fake.client().pay(payment)).resolves.toMatchObject({ status: 'S' })
    }
  })

  it('compares only *RequestId fields the request carried', async () => {
    fake.reply({ body: { ...S, refundRequestId: 'unrelated', paymentId: 'any' } })
    await expect(fake.client().inquiryPayment({ paymentId: 'p-1' })).resolves.toMatchObject({ status: 'S' })
  })
})
