import { type AlipayClient, createAlipayClient, sign } from '@alipay-kit/core'
import { type AlipaySimulator, startAlipaySimulator, TEST_KEYS } from '@alipay-kit/testing'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

// Issue 13: in the sandbox, online payments call /ams/sandbox/api but in-store payments call
// /ams/api (docs.antom.com/ac/ams/api, "Call an API"). The real client against the simulator over
// real HTTP, with a SANDBOX_ client id: the simulator serves both paths, each signed and verified.

const SANDBOX_ID = 'SANDBOX_5YEZ2N2ZWBJ0IN5T0'

let sim: AlipaySimulator
let client: AlipayClient
beforeAll(async () => {
  sim = await startAlipaySimulator({
    clientId: SANDBOX_ID,
    merchantPublicKey: TEST_KEYS.merchant.publicKeyPem,
    alipayPrivateKey: TEST_KEYS.alipay.privateKeyPem,
  })
  client = createAlipayClient({
    clientId: SANDBOX_ID,
    privateKey: TEST_KEYS.merchant.privateKeyPem,
    alipayPublicKey: sim.alipayPublicKey,
    baseUrl: sim.url,
    retries: 0,
  })
})
afterAll(() => sim.close())

let n = 0
const id = (prefix: string) => `${prefix}_${Date.now()}_${++n}`
const usd = (value: string) => ({ currency: 'USD', value })
const lastPath = () => sim.requests.at(-1)?.path

const inStore = () => ({
  productCode: 'IN_STORE_PAYMENT',
  paymentRequestId: id('STORE'),
  paymentAmount: usd('2500'),
  paymentMethod: { paymentMethodType: 'CONNECT_WALLET', paymentMethodId: '281012020262320210508' },
  order: { orderDescription: 'coffee', orderAmount: usd('2500') },
})

describe('sandbox client against the simulator, both API paths', () => {
  it('sends an online payment to /ams/sandbox/api', async () => {
    expect(client.config.sandbox).toBe(true)
    const outcome = await client.pay({
      productCode: 'CASHIER_PAYMENT',
      paymentRequestId: id('WEB'),
      paymentAmount: usd('1000'),
      paymentMethod: { paymentMethodType: 'ALIPAY_CN' },
      paymentRedirectUrl: 'http://127.0.0.1:9/return',
    })
    expect(outcome).toMatchObject({ status: 'U', inProcess: true })
    expect(sim.requests.at(-1)).toMatchObject({
      path: '/ams/sandbox/api/v1/payments/pay',
      clientId: SANDBOX_ID,
      sandbox: true,
    })
  })

  it('sends an in-store payment to /ams/api, and follows it up there with { sandbox: false }', async () => {
    const body = inStore()
    const paid = await client.pay(body)
    expect(lastPath()).toBe('/ams/api/v1/payments/pay')
    expect(sim.requests.at(-1)).toMatchObject({ clientId: SANDBOX_ID, result: { resultStatus: 'U' } })
    const paymentId = String(paid.response.paymentId)
    sim.completePayment(paymentId)

    const inquiry = await client.inquiryPayment({ paymentRequestId: body.paymentRequestId }, { sandbox: false })
    expect(lastPath()).toBe('/ams/api/v1/payments/inquiryPayment')
    expect(inquiry).toMatchObject({ status: 'S', response: { paymentId, paymentStatus: 'SUCCESS' } })

    const refund = await client.refund(
      { refundRequestId: id('REFUND'), paymentId, refundAmount: usd('500') },
      { sandbox: false },
    )
    expect(lastPath()).toBe('/ams/api/v1/payments/refund')
    expect(refund.status).toBe('S')
  })

  it('lets one call send an in-store payment to /ams/sandbox/api with { sandbox: true }', async () => {
    const outcome = await client.pay(inStore(), { sandbox: true })
    expect(lastPath()).toBe('/ams/sandbox/api/v1/payments/pay')
    expect(outcome.status).toBe('U')
  })

  it('signs the path it sends: the simulator refuses an in-store request signed for the other path', async () => {
    // A request signed over /ams/sandbox/api but sent to /ams/api: what a client that rewrote the
    // signed path but not the wire path would do.
    const body = JSON.stringify(inStore())
    const time = String(Date.now())
    const signature = sign(
      { path: '/ams/sandbox/api/v1/payments/pay', clientId: SANDBOX_ID, time, body },
      TEST_KEYS.merchant.privateKeyPem,
    )
    const res = await fetch(`${sim.url}/ams/api/v1/payments/pay`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'client-id': SANDBOX_ID, 'request-time': time, signature },
      body,
    })
    expect(((await res.json()) as { result: { resultCode: string } }).result.resultCode).toBe('INVALID_SIGNATURE')
  })
})
