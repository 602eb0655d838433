import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type AlipaySimulator, startAlipaySimulator, TEST_KEYS } from '../src/index.js'
import { callApi, field, payBody, requestId, startTestSimulator } from './helpers.js'

let sim: AlipaySimulator
beforeAll(async () => {
  sim = await startTestSimulator()
})
afterAll(() => sim.close())

const usd = (value: string) => ({ currency: 'USD', value })
const codeOf = (res: { json: { result: { resultCode: string; resultStatus: string } } }) =>
  `${res.json.result.resultStatus} ${res.json.result.resultCode}`

async function paid(overrides: Record<string, unknown> = {}) {
  const res = await callApi(sim, '/v1/payments/pay', payBody(overrides))
  const paymentId = field(res, 'paymentId')
  sim.completePayment(paymentId, { status: 'SUCCESS' })
  return paymentId
}

describe('pay and the customer step', () => {
  it('answers a cashier payment U PAYMENT_IN_PROCESS with a checkout URL, then SUCCESS once the customer pays', async () => {
    const body = payBody()
    const res = await callApi(sim, '/v1/payments/pay', body)
    expect(res.status).toBe(200)
    expect(codeOf(res)).toBe('U PAYMENT_IN_PROCESS')
    const paymentId = field(res, 'paymentId')
    expect(paymentId).toMatch(/^\d{26}$/)
    expect(res.json).toMatchObject({ paymentRequestId: body.paymentRequestId, paymentAmount: usd('10000') })
    expect(field(res, 'normalUrl')).toBe(`${sim.url}/checkout/${paymentId}`)

    const before = await callApi(sim, '/v1/payments/inquiryPayment', { paymentId })
    expect(codeOf(before)).toBe('S SUCCESS')
    expect(before.json).toMatchObject({ paymentStatus: 'PROCESSING', paymentResultCode: 'PAYMENT_IN_PROCESS' })

    expect(sim.completePayment(paymentId).status).toBe('SUCCESS')
    const after = await callApi(sim, '/v1/payments/inquiryPayment', { paymentRequestId: body.paymentRequestId })
    expect(after.json).toMatchObject({ paymentStatus: 'SUCCESS', paymentResultCode: 'SUCCESS', paymentId })
    expect(field(after, 'paymentTime')).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\+08:00$/)
    expect(() => sim.completePayment(paymentId)).toThrow(/only PROCESSING or PENDING/)
  })

  it('moves through PENDING to FAIL with the given result code', async () => {
    const res = await callApi(sim, '/v1/payments/pay', payBody())
    const paymentId = field(res, 'paymentId')
    sim.completePayment(paymentId, { status: 'PENDING' })
    expect((await callApi(sim, '/v1/payments/inquiryPayment', { paymentId })).json.paymentStatus).toBe('PENDING')
    sim.completePayment(paymentId, { status: 'FAIL', resultCode: 'RISK_REJECT' })
    const failed = await callApi(sim, '/v1/payments/inquiryPayment', { paymentId })
    expect(failed.json).toMatchObject({ paymentStatus: 'FAIL', paymentResultCode: 'RISK_REJECT' })
    expect(codeOf(await callApi(sim, '/v1/payments/cancel', { paymentId }))).toBe('F ORDER_STATUS_INVALID')
    const refund = { refundRequestId: requestId(), paymentId, refundAmount: usd('100') }
    expect(codeOf(await callApi(sim, '/v1/payments/refund', refund))).toBe('F ORDER_STATUS_INVALID')
  })

  it('settles AGREEMENT_PAYMENT (auto debit) at once with S SUCCESS', async () => {
    const res = await callApi(
      sim,
      '/v1/payments/pay',
      payBody({
        productCode: 'AGREEMENT_PAYMENT',
        paymentMethod: { paymentMethodType: 'ALIPAY_CN', paymentMethodId: 'TOKEN' },
      }),
    )
    expect(codeOf(res)).toBe('S SUCCESS')
    expect(res.json.normalUrl).toBeUndefined()
    expect(sim.getPayment(field(res, 'paymentId'))?.status).toBe('SUCCESS')
  })

  it('registers a payment with createPaymentSession that the customer then completes', async () => {
    const paymentRequestId = requestId('SESSION')
    const res = await callApi(sim, '/v1/payments/createPaymentSession', {
      productCode: 'CASHIER_PAYMENT',
      paymentRequestId,
      paymentAmount: usd('2500'),
      paymentNotifyUrl: 'http://127.0.0.1:1/notify',
    })
    expect(codeOf(res)).toBe('S SUCCESS')
    expect(field(res, 'paymentSessionData')).toMatch(/^[A-Za-z0-9+/]+=*$/)
    expect(field(res, 'paymentSessionId')).toMatch(/^SESSION_/)
    expect(sim.getPayment(paymentRequestId)?.status).toBe('PROCESSING')
    expect(sim.completePayment(paymentRequestId).status).toBe('SUCCESS')
  })

  it('lists payment options with consult', async () => {
    const res = await callApi(sim, '/v1/payments/consult', {
      productCode: 'CASHIER_PAYMENT',
      paymentAmount: usd('100'),
    })
    expect(codeOf(res)).toBe('S SUCCESS')
    const options = res.json.paymentOptions as Array<{ paymentMethodType: string; enabled: boolean }>
    expect(options.map((o) => o.paymentMethodType)).toContain('ALIPAY_CN')
    expect(options.every((o) => o.enabled)).toBe(true)
  })
})

describe('cancel', () => {
  it('cancels an unpaid payment, answers a repeat again, and refuses to complete it afterwards', async () => {
    const body = payBody()
    const paymentId = field(await callApi(sim, '/v1/payments/pay', body), 'paymentId')
    const cancelled = await callApi(sim, '/v1/payments/cancel', { paymentRequestId: body.paymentRequestId })
    expect(codeOf(cancelled)).toBe('S SUCCESS')
    expect(cancelled.json).toMatchObject({ paymentId, paymentRequestId: body.paymentRequestId })
    const again = await callApi(sim, '/v1/payments/cancel', { paymentId })
    expect(codeOf(again)).toBe('S SUCCESS')
    expect(again.json.cancelTime).toBe(cancelled.json.cancelTime)
    const inquiry = await callApi(sim, '/v1/payments/inquiryPayment', { paymentId })
    expect(inquiry.json).toMatchObject({ paymentStatus: 'CANCELLED', paymentResultCode: 'ORDER_IS_CLOSED' })
    expect((inquiry.json.transactions as Array<{ transactionType: string }>)[0]?.transactionType).toBe('CANCEL')
    expect(() => sim.completePayment(paymentId)).toThrow(Error)
    // A replay of the same pay request now reports the closed order.
    expect(codeOf(await callApi(sim, '/v1/payments/pay', body))).toBe('F ORDER_IS_CLOSED')
  })

  it('refuses to cancel a paid payment (ORDER_STATUS_INVALID): refund it instead', async () => {
    const paymentId = await paid()
    expect(codeOf(await callApi(sim, '/v1/payments/cancel', { paymentId }))).toBe('F ORDER_STATUS_INVALID')
  })

  it('voids an authorised, uncaptured MANUAL payment', async () => {
    const paymentId = await paid({
      paymentMethod: { paymentMethodType: 'CARD' },
      paymentFactor: { captureMode: 'MANUAL' },
    })
    expect(codeOf(await callApi(sim, '/v1/payments/cancel', { paymentId }))).toBe('S SUCCESS')
    expect(sim.getPayment(paymentId)?.status).toBe('CANCELLED')
  })
})

describe('refund', () => {
  it('refunds in parts up to the paid amount and refuses more with REFUND_AMOUNT_EXCEED', async () => {
    const paymentId = await paid()
    const first = await callApi(sim, '/v1/payments/refund', {
      refundRequestId: requestId('R'),
      paymentId,
      refundAmount: usd('3000'),
    })
    expect(codeOf(first)).toBe('S SUCCESS')
    expect(first.json).toMatchObject({ paymentId, refundAmount: usd('3000') })
    const refundId = field(first, 'refundId')
    const tooMuch = { refundRequestId: requestId('R'), paymentId, refundAmount: usd('7001') }
    const refused = await callApi(sim, '/v1/payments/refund', tooMuch)
    expect(codeOf(refused)).toBe('F REFUND_AMOUNT_EXCEED')
    expect(refused.json.refundId).toBeUndefined()
    const rest = { refundRequestId: requestId('R'), paymentId, refundAmount: usd('7000') }
    expect(codeOf(await callApi(sim, '/v1/payments/refund', rest))).toBe('S SUCCESS')
    const last = { refundRequestId: requestId('R'), paymentId, refundAmount: usd('1') }
    expect(codeOf(await callApi(sim, '/v1/payments/refund', last))).toBe('F REFUND_AMOUNT_EXCEED')

    const inquiry = await callApi(sim, '/v1/payments/inquiryRefund', { refundId })
    expect(inquiry.json).toMatchObject({ refundId, refundStatus: 'SUCCESS', refundAmount: usd('3000') })
    const payment = await callApi(sim, '/v1/payments/inquiryPayment', { paymentId })
    const types = (payment.json.transactions as Array<{ transactionType: string; transactionStatus: string }>).map(
      (t) => `${t.transactionType} ${t.transactionStatus}`,
    )
    expect(types).toEqual(['REFUND SUCCESS', 'REFUND SUCCESS'])
  })

  it('refuses a refund in another currency and of an unknown payment', async () => {
    const paymentId = await paid()
    const eur = { refundRequestId: requestId(), paymentId, refundAmount: { currency: 'EUR', value: '1' } }
    expect(codeOf(await callApi(sim, '/v1/payments/refund', eur))).toBe('F CURRENCY_NOT_SUPPORT')
    const unknown = { refundRequestId: requestId(), paymentId: '20240101110000000000000000', refundAmount: usd('1') }
    expect(codeOf(await callApi(sim, '/v1/payments/refund', unknown))).toBe('F ORDER_NOT_EXIST')
  })
})

describe('manual capture', () => {
  it('captures once, up to the authorised amount, and refunds only what was captured', async () => {
    const body = payBody({ paymentMethod: { paymentMethodType: 'CARD' }, paymentFactor: { captureMode: 'MANUAL' } })
    const paymentId = field(await callApi(sim, '/v1/payments/pay', body), 'paymentId')
    const capture = (captureRequestId: string, value: string) =>
      callApi(sim, '/v1/payments/capture', { captureRequestId, paymentId, captureAmount: usd(value) })

    expect(codeOf(await capture(requestId('C'), '100'))).toBe('F ORDER_STATUS_INVALID')
    sim.completePayment(paymentId)
    const early = { refundRequestId: requestId(), paymentId, refundAmount: usd('1') }
    expect(codeOf(await callApi(sim, '/v1/payments/refund', early))).toBe('F ORDER_STATUS_INVALID')
    expect(codeOf(await capture(requestId('C'), '10001'))).toBe('F CAPTURE_AMOUNT_EXCEED_AUTH_LIMIT')

    const id = requestId('C')
    const captured = await capture(id, '6000')
    expect(codeOf(captured)).toBe('S SUCCESS')
    expect(captured.json).toMatchObject({ captureRequestId: id, paymentId, captureAmount: usd('6000') })
    const replay = await capture(id, '6000')
    expect(replay.json.captureId).toBe(captured.json.captureId)
    expect(codeOf(await capture(id, '5000'))).toBe('F REPEAT_REQ_INCONSISTENT')
    expect(codeOf(await capture(requestId('C'), '100'))).toBe('F ORDER_STATUS_INVALID')
    expect(sim.getPayment(paymentId)?.captures).toHaveLength(1)

    const over = { refundRequestId: requestId(), paymentId, refundAmount: usd('6001') }
    expect(codeOf(await callApi(sim, '/v1/payments/refund', over))).toBe('F REFUND_AMOUNT_EXCEED')
    const all = { refundRequestId: requestId(), paymentId, refundAmount: usd('6000') }
    expect(codeOf(await callApi(sim, '/v1/payments/refund', all))).toBe('S SUCCESS')
  })

  it('refuses to capture an AUTOMATIC payment', async () => {
    const paymentId = await paid()
    const res = await callApi(sim, '/v1/payments/capture', {
      captureRequestId: requestId('C'),
      paymentId,
      captureAmount: usd('100'),
    })
    expect(codeOf(res)).toBe('F ORDER_STATUS_INVALID')
  })
})

describe('idempotency', () => {
  it('answers the same paymentRequestId with the same content with the same payment, in any key order', async () => {
    const body = payBody()
    const first = await callApi(sim, '/v1/payments/pay', body)
    const reordered = Object.fromEntries(Object.entries(body).reverse())
    const second = await callApi(sim, '/v1/payments/pay', reordered)
    expect(second.json.paymentId).toBe(first.json.paymentId)
    expect(sim.payments.filter((p) => p.paymentRequestId === body.paymentRequestId)).toHaveLength(1)
  })

  it('answers the same paymentRequestId with other content F REPEAT_REQ_INCONSISTENT', async () => {
    const body = payBody()
    await callApi(sim, '/v1/payments/pay', body)
    const changed = await callApi(sim, '/v1/payments/pay', { ...body, paymentAmount: usd('10001') })
    expect(codeOf(changed)).toBe('F REPEAT_REQ_INCONSISTENT')
    expect(changed.json.paymentId).toBeUndefined()
  })

  it('counts a replayed refund once and refuses a changed one', async () => {
    const paymentId = await paid()
    const refund = { refundRequestId: requestId('R'), paymentId, refundAmount: usd('6000') }
    const first = await callApi(sim, '/v1/payments/refund', refund)
    const again = await callApi(sim, '/v1/payments/refund', refund)
    expect(codeOf(again)).toBe('S SUCCESS')
    expect(again.json.refundId).toBe(first.json.refundId)
    expect(sim.getPayment(paymentId)?.refunds).toHaveLength(1)
    const changed = await callApi(sim, '/v1/payments/refund', { ...refund, refundAmount: usd('5000') })
    expect(codeOf(changed)).toBe('F REPEAT_REQ_INCONSISTENT')
  })

  it('lets a request refused for a bad parameter be corrected under the same id', async () => {
    const body = payBody({ paymentAmount: usd('0') })
    expect(codeOf(await callApi(sim, '/v1/payments/pay', body))).toBe('F PARAM_ILLEGAL')
    expect(codeOf(await callApi(sim, '/v1/payments/pay', { ...body, paymentAmount: usd('1') }))).toBe(
      'U PAYMENT_IN_PROCESS',
    )
  })
})

describe('coded refusals', () => {
  it.each([
    ['inquiryPayment of an unknown paymentId', '/v1/payments/inquiryPayment', { paymentId: '1' }, 'F ORDER_NOT_EXIST'],
    [
      'inquiryPayment of an unknown paymentRequestId',
      '/v1/payments/inquiryPayment',
      { paymentRequestId: 'nope' },
      'F ORDER_NOT_EXIST',
    ],
    ['inquiryPayment with no id', '/v1/payments/inquiryPayment', {}, 'F PARAM_ILLEGAL'],
    ['cancel of an unknown payment', '/v1/payments/cancel', { paymentId: '1' }, 'F ORDER_NOT_EXIST'],
    [
      'capture of an unknown payment',
      '/v1/payments/capture',
      { captureRequestId: 'c', paymentId: '1', captureAmount: usd('1') },
      'F ORDER_NOT_EXIST',
    ],
    [
      'inquiryRefund of an unknown refund',
      '/v1/payments/inquiryRefund',
      { refundRequestId: 'nope' },
      'F REFUND_NOT_EXIST',
    ],
    ['inquiryRefund with no id', '/v1/payments/inquiryRefund', {}, 'F PARAM_ILLEGAL'],
    ['pay without an amount', '/v1/payments/pay', payBody({ paymentAmount: undefined }), 'F PARAM_ILLEGAL'],
    ['pay with a decimal amount', '/v1/payments/pay', payBody({ paymentAmount: usd('10.00') }), 'F PARAM_ILLEGAL'],
    [
      'pay with a numeric amount',
      '/v1/payments/pay',
      payBody({ paymentAmount: { currency: 'USD', value: 100 } }),
      'F PARAM_ILLEGAL',
    ],
    ['pay without a payment method', '/v1/payments/pay', payBody({ paymentMethod: undefined }), 'F PARAM_ILLEGAL'],
    ['pay with an unknown product code', '/v1/payments/pay', payBody({ productCode: 'FREE_MONEY' }), 'F PARAM_ILLEGAL'],
    [
      'pay with a non-http notify URL',
      '/v1/payments/pay',
      payBody({ paymentNotifyUrl: 'ftp://x/' }),
      'F PARAM_ILLEGAL',
    ],
    ['an API no SDK knows', '/v1/payments/teleport', {}, 'F NO_INTERFACE_DEF'],
  ])('%s', async (_name, api, body, expected) => {
    const res = await callApi(sim, api, body)
    expect(res.status).toBe(200)
    expect(codeOf(res)).toBe(expected)
  })

  it('answers a body that is not JSON with PARAM_ILLEGAL', async () => {
    const res = await callApi(sim, '/v1/payments/pay', {}, { raw: 'not json' })
    expect(codeOf(res)).toBe('F PARAM_ILLEGAL')
  })

  it('keeps merchants apart: another merchant cannot see or refund a payment', async () => {
    const two = await startAlipaySimulator({
      merchants: [
        { clientId: 'M1', publicKey: TEST_KEYS.merchant.publicKeyPem },
        { clientId: 'M2', publicKey: TEST_KEYS.other.publicKeyPem },
      ],
      alipayPrivateKey: TEST_KEYS.alipay.privateKeyPem,
    })
    try {
      const body = payBody()
      const paymentId = field(await callApi(two, '/v1/payments/pay', body, { clientId: 'M1' }), 'paymentId')
      const asM2 = { clientId: 'M2', privateKey: TEST_KEYS.other.privateKeyPem }
      expect(codeOf(await callApi(two, '/v1/payments/inquiryPayment', { paymentId }, asM2))).toBe('F ORDER_NOT_EXIST')
      // The same paymentRequestId is a new payment for another merchant.
      expect(codeOf(await callApi(two, '/v1/payments/pay', body, asM2))).toBe('U PAYMENT_IN_PROCESS')
    } finally {
      await two.close()
    }
  })
})

describe('sandbox paths', () => {
  it('serves /ams/sandbox/api with the same behaviour and marks the payment', async () => {
    const res = await callApi(sim, '/v1/payments/pay', payBody(), { sandbox: true })
    expect(res.path.startsWith('/ams/sandbox/api/')).toBe(true)
    expect(codeOf(res)).toBe('U PAYMENT_IN_PROCESS')
    const paymentId = field(res, 'paymentId')
    expect(sim.getPayment(paymentId)?.sandbox).toBe(true)
    const inquiry = await callApi(sim, '/v1/payments/inquiryPayment', { paymentId }, { sandbox: true })
    expect(inquiry.json.paymentStatus).toBe('PROCESSING')
  })
})

describe('checkout page', () => {
  it('shows the payment and completes it from the form, redirecting to paymentRedirectUrl', async () => {
    const body = payBody({ paymentRedirectUrl: 'http://127.0.0.1:9/thanks?order=1' })
    const url = field(await callApi(sim, '/v1/payments/pay', body), 'normalUrl')
    const page = await fetch(url)
    expect(page.status).toBe(200)
    expect(await page.text()).toContain('value="SUCCESS"')
    const submitted = await fetch(url, {
      method: 'POST',
      body: new URLSearchParams({ status: 'SUCCESS' }),
      redirect: 'manual',
    })
    expect(submitted.status).toBe(303)
    expect(submitted.headers.get('location')).toBe('http://127.0.0.1:9/thanks?order=1')
    expect(sim.getPayment(String(body.paymentRequestId))?.status).toBe('SUCCESS')
    expect((await fetch(`${sim.url}/checkout/000`)).status).toBe(404)
  })
})

describe('manual refunds', () => {
  it('keeps a refund PROCESSING until completeRefund settles it', async () => {
    const manual = await startTestSimulator({ refunds: 'manual' })
    try {
      const res = await callApi(manual, '/v1/payments/pay', payBody())
      const paymentId = field(res, 'paymentId')
      manual.completePayment(paymentId)
      const refundRequestId = requestId('R')
      const refund = await callApi(manual, '/v1/payments/refund', {
        refundRequestId,
        paymentId,
        refundAmount: usd('10000'),
      })
      expect(codeOf(refund)).toBe('S SUCCESS')
      expect(refund.json.refundTime).toBeUndefined()
      const processing = await callApi(manual, '/v1/payments/inquiryRefund', { refundRequestId })
      expect(processing.json.refundStatus).toBe('PROCESSING')
      // A processing refund holds its amount.
      const more = { refundRequestId: requestId('R'), paymentId, refundAmount: usd('1') }
      expect(codeOf(await callApi(manual, '/v1/payments/refund', more))).toBe('F REFUND_AMOUNT_EXCEED')
      manual.completeRefund(refundRequestId, { status: 'FAIL' })
      const failed = await callApi(manual, '/v1/payments/inquiryRefund', { refundRequestId })
      expect(failed.json.refundStatus).toBe('FAIL')
      // A failed refund frees its amount again.
      expect(codeOf(await callApi(manual, '/v1/payments/refund', more))).toBe('S SUCCESS')
      expect(() => manual.completeRefund(refundRequestId)).toThrow(/only PROCESSING/)
    } finally {
      await manual.close()
    }
  })
})
