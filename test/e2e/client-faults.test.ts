import { AlipayApiError, type AlipayClient, AlipayTransportError, createAlipayClient } from '@alipay-kit/core'
import { type AlipaySimulator, startAlipaySimulator, TEST_CLIENT_ID, TEST_KEYS } from '@alipay-kit/testing'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'

// What the client must refuse (docs/protocol.md §9.6: fail-closed) or retry (§7), driven by the
// simulator's faults over real HTTP.

let sim: AlipaySimulator
let client: AlipayClient
beforeAll(async () => {
  sim = await startAlipaySimulator({
    clientId: TEST_CLIENT_ID,
    merchantPublicKey: TEST_KEYS.merchant.publicKeyPem,
    alipayPrivateKey: TEST_KEYS.alipay.privateKeyPem,
  })
  client = createAlipayClient({
    clientId: TEST_CLIENT_ID,
    privateKey: TEST_KEYS.merchant.privateKeyPem,
    alipayPublicKey: sim.alipayPublicKey,
    baseUrl: sim.url,
    retries: 0,
  })
})
afterEach(() => sim.setFaults(undefined))
afterAll(() => sim.close())

let n = 0
const pay = (c: AlipayClient = client) =>
  c.pay({
    productCode: 'CASHIER_PAYMENT',
    paymentRequestId: `FAULT_${Date.now()}_${++n}`,
    paymentAmount: { currency: 'USD', value: '100' },
    paymentMethod: { paymentMethodType: 'ALIPAY_CN' },
  })

async function failure(promise: Promise<unknown>): Promise<AlipayApiError | AlipayTransportError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  )
  if (!(error instanceof AlipayApiError) && !(error instanceof AlipayTransportError)) {
    throw new Error(`expected a coded client error, got ${String(error)}`)
  }
  return error
}

describe('responses the client must not trust', () => {
  it.each([
    ['a body tampered with after signing', { tamperResponse: true }, 'ERR_ALIPAY_RESPONSE_SIGNATURE_INVALID'],
    ['no signature header', { omitSignature: true }, 'ERR_ALIPAY_RESPONSE_SIGNATURE_MISSING'],
    ['no response-time header', { omitResponseTime: true }, 'ERR_ALIPAY_RESPONSE_SIGNATURE_MISSING'],
    [
      'a signature by another key',
      { signWith: TEST_KEYS.other.privateKeyPem },
      'ERR_ALIPAY_RESPONSE_SIGNATURE_INVALID',
    ],
  ])('refuses %s', async (_name, faults, code) => {
    sim.setFaults(faults)
    const error = await failure(pay())
    expect(error.code).toBe(code)
  })

  it('refuses every response when configured with the wrong Alipay public key', async () => {
    const misconfigured = createAlipayClient({
      clientId: TEST_CLIENT_ID,
      privateKey: TEST_KEYS.merchant.privateKeyPem,
      alipayPublicKey: TEST_KEYS.other.publicKeyPem,
      baseUrl: sim.url,
      retries: 0,
    })
    expect((await failure(pay(misconfigured))).code).toBe('ERR_ALIPAY_RESPONSE_SIGNATURE_INVALID')
  })
})

describe('failures the simulator answers', () => {
  it('a request signed with the wrong merchant key is F INVALID_SIGNATURE, thrown as ERR_ALIPAY_API_FAILED', async () => {
    const wrongKey = createAlipayClient({
      clientId: TEST_CLIENT_ID,
      privateKey: TEST_KEYS.other.privateKeyPem,
      alipayPublicKey: sim.alipayPublicKey,
      baseUrl: sim.url,
    })
    const error = await failure(pay(wrongKey))
    expect(error).toBeInstanceOf(AlipayApiError)
    expect(error).toMatchObject({ code: 'ERR_ALIPAY_API_FAILED', resultCode: 'INVALID_SIGNATURE', resultStatus: 'F' })
  })

  it('an unknown payment is F ORDER_NOT_EXIST', async () => {
    const error = await failure(client.inquiryPayment({ paymentId: '404' }))
    expect(error).toMatchObject({ code: 'ERR_ALIPAY_API_FAILED', resultCode: 'ORDER_NOT_EXIST' })
  })

  it('an HTTP 503 is ERR_ALIPAY_HTTP_STATUS, and a retrying client gets through on its second attempt', async () => {
    sim.setFaults({ httpStatus: 503, times: 1 })
    expect(await failure(pay())).toMatchObject({ code: 'ERR_ALIPAY_HTTP_STATUS', httpStatus: 503 })
    const retrying = createAlipayClient({
      clientId: TEST_CLIENT_ID,
      privateKey: TEST_KEYS.merchant.privateKeyPem,
      alipayPublicKey: sim.alipayPublicKey,
      baseUrl: sim.url,
      retries: 2,
      retryDelay: 1,
    })
    sim.setFaults({ httpStatus: 503, times: 1 })
    const outcome = await pay(retrying)
    expect(outcome).toMatchObject({ status: 'U', attempts: 2 })
    expect(outcome.response.result.resultCode).toBe('PAYMENT_IN_PROCESS')
  })

  it('a U UNKNOWN_EXCEPTION is retried with the same request id, and the payment is made once', async () => {
    const retrying = createAlipayClient({
      clientId: TEST_CLIENT_ID,
      privateKey: TEST_KEYS.merchant.privateKeyPem,
      alipayPublicKey: sim.alipayPublicKey,
      baseUrl: sim.url,
      retries: 1,
      retryDelay: 1,
    })
    sim.setFaults({ result: { resultCode: 'UNKNOWN_EXCEPTION', resultStatus: 'U', resultMessage: 'busy' }, times: 1 })
    const before = sim.payments.length
    const outcome = await pay(retrying)
    expect(outcome.attempts).toBe(2)
    expect(outcome.response.result.resultCode).toBe('PAYMENT_IN_PROCESS')
    expect(sim.payments.length).toBe(before + 1)
  })

  it('a response slower than the timeout is ERR_ALIPAY_TIMEOUT', async () => {
    sim.setFaults({ delayMs: 300, times: 1 })
    const error = await failure(
      client.consult(
        { productCode: 'CASHIER_PAYMENT', paymentAmount: { currency: 'USD', value: '1' } },
        { timeout: 50 },
      ),
    )
    expect(error).toBeInstanceOf(AlipayTransportError)
    expect(error.code).toBe('ERR_ALIPAY_TIMEOUT')
  })
})
