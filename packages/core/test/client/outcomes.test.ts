import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { AlipayApiError, type ApiErrorCode, requireSuccess } from '../../src/index.js'
import { type FakeAlipay, S, startFakeAlipay } from './fake-alipay.js'

let fake: FakeAlipay
beforeAll(async () => {
  fake = await startFakeAlipay()
})
afterAll(() => fake.close())

const payment = {
  productCode: 'CASHIER_PAYMENT',
  paymentRequestId: 'order-42',
  paymentAmount: { currency: 'USD', value: '1000' },
  paymentMethod: { paymentMethodType: 'ALIPAY_CN' },
} as const

const result = (resultStatus: string, resultCode: string) => ({ resultStatus, resultCode, resultMessage: resultCode })

async function apiError(promise: Promise<unknown>, code: ApiErrorCode): Promise<AlipayApiError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  )
  expect(error).toBeInstanceOf(AlipayApiError)
  expect((error as AlipayApiError).code).toBe(code)
  return error as AlipayApiError
}

describe('result S, F and U', () => {
  it('S resolves with the verified response', async () => {
    fake.reply({ body: { result: result('S', 'SUCCESS'), paymentId: 'a-1', paymentStatus: 'SUCCESS' } })
    const outcome = await fake.client().inquiryPayment({ paymentRequestId: 'order-42' })
    expect(outcome).toEqual({
      status: 'S',
      attempts: 1,
      response: { result: result('S', 'SUCCESS'), paymentId: 'a-1', paymentStatus: 'SUCCESS' },
    })
    expect(requireSuccess(outcome).paymentStatus).toBe('SUCCESS')
  })

  it('F throws ERR_ALIPAY_API_FAILED with the result fields', async () => {
    fake.reply({ body: { result: result('F', 'ORDER_NOT_EXIST') } })
    const error = await apiError(fake.client().inquiryPayment({ paymentId: 'x' }), 'ERR_ALIPAY_API_FAILED')
    expect(error).toMatchObject({ resultCode: 'ORDER_NOT_EXIST', resultStatus: 'F', httpStatus: 200 })
  })

  it('U PAYMENT_IN_PROCESS resolves at once as an in-process U with the redirect URL', async () => {
    const body = { result: result('U', 'PAYMENT_IN_PROCESS'), paymentId: 'a-2', normalUrl: 'https://pay.example/c' }
    fake.reply({ body })
    const before = fake.received.length
    const outcome = await fake.client().pay(payment)
    expect(outcome).toEqual({ status: 'U', inProcess: true, attempts: 1, response: body })
    expect(fake.received.length - before).toBe(1)
    const error = (() => {
      try {
        return requireSuccess(outcome)
      } catch (e) {
        return e
      }
    })()
    expect(error).toMatchObject({
      code: 'ERR_ALIPAY_RESULT_UNKNOWN',
      resultCode: 'PAYMENT_IN_PROCESS',
      resultStatus: 'U',
    })
  })

  it('U UNKNOWN_EXCEPTION is resent, then surfaced as an unknown U (never a success or a failure)', async () => {
    fake.reply({ body: { result: result('U', 'UNKNOWN_EXCEPTION') } })
    const outcome = await fake.client({ retries: 2 }).refund({
      refundRequestId: 'r-1',
      paymentId: 'a-1',
      refundAmount: { currency: 'USD', value: '5' },
    })
    expect(outcome).toMatchObject({ status: 'U', inProcess: false, attempts: 3 })
  })
})

describe('response verification (docs/protocol.md §9.6)', () => {
  it('refuses a body changed after signing', async () => {
    fake.reply({ body: S, tamper: (text) => text.replace('"S"', '"F"') })
    await apiError(fake.client().cancel({ paymentId: 'a' }), 'ERR_ALIPAY_RESPONSE_SIGNATURE_INVALID')
    fake.reply({ body: S, tamper: (text) => `${text} ` })
    await apiError(fake.client().cancel({ paymentId: 'a' }), 'ERR_ALIPAY_RESPONSE_SIGNATURE_INVALID')
  })

  it('refuses a response without a signature or a response-time header', async () => {
    fake.reply({ sign: false })
    await apiError(fake.client().cancel({ paymentId: 'a' }), 'ERR_ALIPAY_RESPONSE_SIGNATURE_MISSING')
    fake.reply({ responseTime: false })
    await apiError(fake.client().cancel({ paymentId: 'a' }), 'ERR_ALIPAY_RESPONSE_SIGNATURE_MISSING')
  })

  it("refuses a response signed with a key other than Alipay's", async () => {
    fake.reply({ sign: 'merchant-key' })
    await apiError(fake.client().cancel({ paymentId: 'a' }), 'ERR_ALIPAY_RESPONSE_SIGNATURE_INVALID')
  })

  it('refuses a response signed for another client id, and does not resend it', async () => {
    fake.reply({})
    const before = fake.received.length
    // The fake signs with the client-id it received; the client verifies with a different configured one.
    const client = fake.client({
      clientId: 'TEST_OTHER',
      fetch: (url, init) => {
        const headers = { ...(init.headers as Record<string, string>), 'client-id': 'TEST_5YBZ1N2ZZGKR01234' }
        return fetch(url, { ...init, headers })
      },
    })
    await apiError(client.cancel({ paymentId: 'a' }), 'ERR_ALIPAY_RESPONSE_SIGNATURE_INVALID')
    expect(fake.received.length - before).toBe(1)
  })

  it('refuses a verified body that is not JSON or has no result', async () => {
    fake.reply({ body: 'not json' })
    await apiError(fake.client().cancel({ paymentId: 'a' }), 'ERR_ALIPAY_RESPONSE_INVALID')
    fake.reply({ body: { paymentId: 'a' } })
    await apiError(fake.client().cancel({ paymentId: 'a' }), 'ERR_ALIPAY_RESPONSE_INVALID')
    fake.reply({ body: { result: result('X', 'SUCCESS') } })
    await apiError(fake.client().cancel({ paymentId: 'a' }), 'ERR_ALIPAY_RESPONSE_INVALID')
  })

  it('answers a non-200 with ERR_ALIPAY_HTTP_STATUS, signed or not, and never reads its result', async () => {
    fake.reply({ status: 400, body: { result: result('S', 'SUCCESS') } })
    const signed = await apiError(fake.client().cancel({ paymentId: 'a' }), 'ERR_ALIPAY_HTTP_STATUS')
    expect(signed).toMatchObject({ httpStatus: 400, resultCode: undefined })
    fake.reply({ status: 502, sign: false, body: 'Bad Gateway' })
    const unsigned = await apiError(fake.client({ retries: 0 }).cancel({ paymentId: 'a' }), 'ERR_ALIPAY_HTTP_STATUS')
    expect(unsigned.httpStatus).toBe(502)
  })

  it('does not follow redirects', async () => {
    fake.reply({ status: 307, sign: false, body: '' })
    const error = await apiError(fake.client().cancel({ paymentId: 'a' }), 'ERR_ALIPAY_HTTP_STATUS')
    expect(error.httpStatus).toBe(307)
  })
})
