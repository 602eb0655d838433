import { NOTIFICATION_ACK, notificationType, parseNotification } from '@alipay-kit/core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type AlipaySimulator, startAlipaySimulator, TEST_KEYS } from '../src/index.js'
import { type CallResult, callApi, field, payBody, requestId, startReceiver } from './helpers.js'

// The endpoint families of issue 12 in the simulator: their state, their coded refusals, their
// idempotency, and the notifications their flows send. (Each answers in its model's shape through
// the client: test/e2e/client-simulator-catalogue.test.ts.)

let sim: AlipaySimulator
let receiver: Awaited<ReturnType<typeof startReceiver>>
const M2 = { clientId: 'M2', privateKey: TEST_KEYS.other.privateKeyPem }
beforeAll(async () => {
  receiver = await startReceiver(() => ({ status: 200, body: NOTIFICATION_ACK }))
  sim = await startAlipaySimulator({
    merchants: [
      { clientId: 'M1', publicKey: TEST_KEYS.merchant.publicKeyPem },
      { clientId: 'M2', publicKey: TEST_KEYS.other.publicKeyPem },
    ],
    alipayPrivateKey: TEST_KEYS.alipay.privateKeyPem,
    notifyUrls: { billing: `${receiver.url}/billing` },
  })
})
afterAll(async () => {
  await sim.close()
  await receiver.close()
})

const M1 = { clientId: 'M1' }
const usd = (value: string) => ({ currency: 'USD', value })
const code = (res: CallResult) => `${res.json.result.resultStatus} ${res.json.result.resultCode}`
const call = (api: string, body: object, as: object = M1) => callApi(sim, api, body, as)

/** The notifications of one type the receiver got, parsed. */
async function receivedOf(type: string, count: number) {
  await sim.waitForDelivery(
    () => sim.notifications.filter((n) => n.type === type && n.state === 'acknowledged').length >= count,
  )
  return receiver.received.map((r) => parseNotification(r.body)).filter((n) => notificationType(n) === type) as Array<
    Record<string, unknown>
  >
}

describe('vault tokens and access tokens', () => {
  it('reads, changes and deletes a vaulted token, which no other merchant sees', async () => {
    const vaulted = await call('/v1/vaults/vaultPaymentMethod', {
      vaultingRequestId: requestId('VAULT'),
      paymentMethodDetail: {
        paymentMethodType: 'CARD',
        card: { cardNo: '4111111111111111', expiryMonth: '7', expiryYear: '31' },
      },
    })
    const token = (vaulted.json.paymentMethodDetail as { card: { cardToken: string } }).card.cardToken
    expect((await call('/v1/vaults/inquireToken', { token })).json).toMatchObject({
      tokenExpiryTime: '2031-07-28T23:59:59+08:00',
    })
    expect(code(await call('/v1/vaults/inquireToken', { token }, M2))).toBe('F TOKEN_NOT_EXIST')
    await call('/v1/vaults/updateToken', { token, email: 'a@example.com' })
    expect((await call('/v1/vaults/inquireToken', { token })).json.email).toBe('a@example.com')
    expect(code(await call('/v1/vaults/deleteToken', { token }))).toBe('S SUCCESS')
    expect(code(await call('/v1/vaults/inquireToken', { token }))).toBe('F TOKEN_NOT_EXIST')
  })

  it('forgets a revoked access token, and passes a user authentication only with the simulated OTP', async () => {
    const accessToken = field(
      await call('/v1/authorizations/applyToken', { grantType: 'AUTHORIZATION_CODE', authCode: 'c' }),
      'accessToken',
    )
    expect(code(await call('/v1/users/inquiryUserInfo', { accessToken }))).toBe('S SUCCESS')
    await call('/v1/authorizations/revoke', { accessToken })
    expect(code(await call('/v1/authorizations/query', { accessToken }))).toBe('F INVALID_ACCESS_TOKEN')
    expect(code(await call('/v1/users/inquiryUserInfo', { accessToken }))).toBe('F INVALID_ACCESS_TOKEN')
    const authenticationRequestId = requestId('AUTHN')
    await call('/v1/users/initAuthentication', {
      authenticationRequestId,
      authenticationType: 'OTP',
      userIdentityValue: 'u',
    })
    const wrong = await call('/v1/users/verifyAuthentication', {
      authenticationRequestId,
      authenticationValue: '000000',
    })
    expect(wrong.json.isPassed).toBe(false)
    expect(code(await call('/v1/users/verifyAuthentication', { authenticationRequestId: 'NONE' }))).toBe(
      'F RECORD_NOT_EXIST',
    )
  })
})

describe('payments: updateAmount and the Java SDK double-slash path', () => {
  it('changes an uncaptured MANUAL authorisation, which then captures up to the new amount, and notifies', async () => {
    const pay = await call(
      '/v1/payments/pay',
      payBody({ paymentFactor: { captureMode: 'MANUAL' }, paymentNotifyUrl: `${receiver.url}/pay` }),
    )
    const paymentId = field(pay, 'paymentId')
    sim.completePayment(paymentId)
    const automatic = field(await call('/v1/payments/pay', payBody()), 'paymentId')
    sim.completePayment(automatic)
    const update = (id: string, value: string, updateRequestId = requestId('UPDATE')) =>
      call('/v1/payments/updateAmount', { updateRequestId, paymentId: id, amount: usd(value) })
    expect(code(await update(automatic, '100'))).toBe('F ORDER_STATUS_INVALID')
    expect(code(await update(paymentId, '15000'))).toBe('S SUCCESS')
    const over = { captureRequestId: requestId('CAP'), paymentId, captureAmount: usd('15001') }
    expect(code(await call('/v1/payments/capture', over))).toBe('F CAPTURE_AMOUNT_EXCEED_AUTH_LIMIT')
    expect(code(await call('/v1/payments/capture', { ...over, captureAmount: usd('15000') }))).toBe('S SUCCESS')
    const [updated] = await receivedOf('UPDATE_AMOUNT_RESULT', 1)
    expect(updated).toMatchObject({ paymentId, paymentAmount: usd('15000') })
  })

  it('answers retrievePaymentSession on the path the Java SDK signs, /ams/api//v1/...', async () => {
    const body = payBody()
    await call('/v1/payments/pay', body)
    const res = await call('//v1/payments/retrievePaymentSession', { paymentRequestId: body.paymentRequestId })
    expect(code(res)).toBe('S SUCCESS')
    expect(res.path).toBe('/ams/api//v1/payments/retrievePaymentSession')
  })
})

describe('marketplace', () => {
  const seller = requestId('SELLER')
  const payout = (value: string, transferRequestId = requestId('PAYOUT')) => ({
    transferRequestId,
    transferFromDetail: { transferFromMethod: { customerId: seller }, transferFromAmount: usd(value) },
    transferToDetail: {
      transferToMethod: { paymentMethodType: 'BANK_ACCOUNT' },
      transferNotifyUrl: `${receiver.url}/payouts`,
    },
  })
  const balance = async () =>
    (
      (await call('/v1/accounts/inquireBalance', { referenceMerchantId: seller })).json.accountBalances as Array<{
        availableBalance: { value: string }
      }>
    )[0]?.availableBalance.value

  it('registers a seller once, settles a paid payment to it, and pays out no more than it holds', async () => {
    const register = (id: string) =>
      call('/v1/merchants/register', { registrationRequestId: id, merchantInfo: { referenceMerchantId: seller } })
    expect(code(await register(requestId('REG')))).toBe('S SUCCESS')
    expect(code(await register(requestId('REG')))).toBe('F MERCHANT_ALREADY_REGISTERED')
    expect(code(await call('/v1/accounts/inquireBalance', { referenceMerchantId: seller }, M2))).toBe(
      'F MERCHANT_NOT_EXIST',
    )
    const paymentId = field(
      await call('/v1/payments/pay', payBody({ order: { merchant: { referenceMerchantId: seller } } })),
      'paymentId',
    )
    const settle = (value: string) =>
      call('/v1/payments/settle', {
        settlementRequestId: requestId('SETTLE'),
        paymentId,
        settlementDetails: [{ settleTo: 'SELLER', settlementAmount: usd(value) }],
      })
    expect(code(await settle('100'))).toBe('F ORDER_STATUS_INVALID')
    sim.completePayment(paymentId)
    expect(code(await settle('10001'))).toBe('F PARAM_ILLEGAL')
    expect(code(await settle('8000'))).toBe('S SUCCESS')
    expect(await balance()).toBe('8000')
    expect(code(await call('/v1/funds/createPayout', payout('8001')))).toBe('F MERCHANT_BALANCE_NOT_ENOUGH')
    expect(await balance()).toBe('8000')
  })

  it('answers a repeated payout with the same transfer, debited once, and reports TRANSFER_RESULT', async () => {
    const body = payout('3000')
    const first = await call('/v1/funds/createPayout', body)
    const again = await call('/v1/funds/createPayout', body)
    expect(field(again, 'transferId')).toBe(field(first, 'transferId'))
    expect(await balance()).toBe('5000')
    expect(
      code(await call('/v1/funds/createPayout', { ...body, transferFromDetail: payout('1').transferFromDetail })),
    ).toBe('F REPEAT_REQ_INCONSISTENT')
    const results = await receivedOf('TRANSFER_RESULT', 1)
    expect(results).toContainEqual(
      expect.objectContaining({
        transferId: field(first, 'transferId'),
        transferResult: expect.objectContaining({ resultStatus: 'S' }),
      }),
    )
  })
})

describe('the Antom Business Account', () => {
  it('moves cards through their statuses, notifying each change, and refuses what the status forbids', async () => {
    const assetId = field(await call('/v1/aba/cards/applyCard', { requestId: requestId('CARD') }), 'assetId')
    const status = (operateType: string) =>
      call('/v1/aba/cards/updateCardStatus', {
        assetId,
        requestId: requestId('OP'),
        operateType,
        notifyUrl: `${receiver.url}/cards`,
      })
    expect(code(await status('UNFREEZE'))).toBe('F CARD_STATUS_INVALID')
    expect(code(await status('FREEZE'))).toBe('S SUCCESS')
    expect(code(await status('FREEZE'))).toBe('F CARD_STATUS_INVALID')
    expect(code(await status('CANCEL'))).toBe('S SUCCESS')
    expect(code(await call('/v1/aba/cards/updateCard', { assetId, cardNickName: 'x' }))).toBe('F CARD_STATUS_INVALID')
    expect(code(await call('/v1/aba/cards/inquireCardDetail', { assetId }, M2))).toBe('F CARD_NOT_EXIST')
    const changes = (await receivedOf('CARD_STATUS', 2)).filter((n) => n.assetId === assetId)
    expect(changes.map((n) => n.cardStatus).sort()).toEqual(['CANCEL', 'FROZEN'])
  })

  it('pays no more than the balance and refunds no more than was paid', async () => {
    const pay = (value: string) =>
      call('/v1/aba/funds/createDirectPayment', { paymentRequestId: requestId('DP'), payToAmount: usd(value) }, M2)
    expect(code(await pay('100000001'))).toBe('F MERCHANT_BALANCE_NOT_ENOUGH')
    const paymentId = field(await pay('1000'), 'paymentId')
    const refund = (value: string) =>
      call(
        '/v1/aba/funds/createDirectRefund',
        { paymentId, refundRequestId: requestId('DR'), refundFromAmount: usd(value) },
        M2,
      )
    expect(code(await refund('600'))).toBe('S SUCCESS')
    expect(code(await refund('401'))).toBe('F REFUND_AMOUNT_EXCEED')
    const balances = await call('/v1/aba/accounts/inquiryBalance', { currencyList: ['USD'] }, M2)
    expect(balances.json.accountBalances).toMatchObject([{ availableBalance: usd(String(100000000 - 1000 + 600)) }])
    expect(
      code(
        await call('/v1/aba/funds/createQuote', {
          sellAmount: { currency: 'XXX', value: '1' },
          buyAmount: { currency: 'USD' },
        }),
      ),
    ).toBe('F CURRENCY_NOT_SUPPORT')
  })
})

describe('billing', () => {
  it('keeps invoices to their lifecycle, credits no more than the total, and notifies the payment', async () => {
    const customerId = field(
      await call('/v1/billing/customer/create', { customerRequestId: requestId('C'), email: 'b@example.com' }),
      'customerId',
    )
    expect(code(await call('/v1/billing/customer/create', { customerRequestId: requestId('C') }))).toBe(
      'F PARAM_ILLEGAL',
    )
    const invoice = (extra: object = {}) =>
      call('/v1/billing/invoice/create', {
        invoiceRequestId: requestId('INV'),
        customerId,
        currency: 'USD',
        items: [{ description: 'Work', itemAmount: usd('5000') }],
        ...extra,
      })
    expect(code(await invoice({ customerId: 'NOBODY' }))).toBe('F RECORD_NOT_EXIST')
    const invoiceId = field(await invoice(), 'invoiceId')
    expect(code(await call('/v1/billing/invoice/confirmPayment', { invoiceId, confirmationType: 'OFFLINE' }))).toBe(
      'F STATUS_INVALID',
    )
    await call('/v1/billing/invoice/finalize', { invoiceId })
    expect(code(await call('/v1/billing/invoice/finalize', { invoiceId }))).toBe('F STATUS_INVALID')
    const credit = (value: string) =>
      call('/v1/billing/creditNote/create', {
        creditNoteRequestId: requestId('CN'),
        invoiceId,
        totalAmount: usd(value),
      })
    expect(code(await credit('3000'))).toBe('S SUCCESS')
    expect(code(await credit('2001'))).toBe('F REFUND_AMOUNT_EXCEED')
    expect(code(await call('/v1/billing/invoice/confirmPayment', { invoiceId, confirmationType: 'OFFLINE' }))).toBe(
      'S SUCCESS',
    )
    const paid = (await receivedOf('INVOICE', 1)).find((n) => n.invoiceId === invoiceId)
    expect(paid).toMatchObject({ invoiceStatus: 'PAID', invoiceAmount: usd('5000') })
    expect((await receivedOf('CREDIT_NOTE', 1)).map((n) => n.creditNoteNotificationType)).toContain('CREATED')
  })

  it('pages lists with cursors', async () => {
    const ids: string[] = []
    for (let i = 0; i < 3; i++) {
      ids.push(
        field(
          await call('/v1/billing/product/create', { productRequestId: requestId('P'), name: `P${i}` }, M2),
          'productId',
        ),
      )
    }
    const first = await call('/v1/billing/product/inquireList', { limit: '2' }, M2)
    expect(first.json).toMatchObject({ hasMore: true, total: '3' })
    const last = (first.json.products as Array<{ productId: string }>).at(-1)?.productId
    const next = await call('/v1/billing/product/inquireList', { limit: '2', startingAfter: last }, M2)
    expect((next.json.products as Array<{ productId: string }>).map((p) => p.productId)).toEqual([ids[2]])
    expect(next.json.hasMore).toBe(false)
  })
})

describe('meters, tax and risk', () => {
  it('reports the events of an inactive meter as errors, by METER_EVENT too', async () => {
    const meter = await call('/v1/meter/create', { meterName: 'Seats', eventName: 'seat' }, M2)
    const meterId = (meter.json.meter as { meterId: string }).meterId
    await call('/v1/meter/update', { meterId, status: 'INACTIVE' }, M2)
    const upload = await call(
      '/v1/meter/uploadEvent',
      { meters: [{ eventName: 'seat', events: [{ idempotencyKey: 'K1' }] }] },
      M2,
    )
    expect(upload.json.errors).toMatchObject([{ errorCode: 'METER_NOT_FOUND', idempotencyKey: 'K1' }])
    expect((await receivedOf('METER_EVENT', 1)).flatMap((n) => n.errorEvents as unknown[])).toContainEqual(
      expect.objectContaining({ idempotencyKey: 'K1' }),
    )
  })

  it('initialises tax settings once, and refuses a line without minor units', async () => {
    const init = () =>
      call('/v1/tax/initializeSettings', { settingsRequestId: requestId('T'), defaultTaxCode: 'GENERAL' }, M2)
    expect(code(await call('/v1/tax/updateSettings', { settingsUpdateRequestId: requestId('T') }, M2))).toBe(
      'F STATUS_INVALID',
    )
    expect(code(await init())).toBe('S SUCCESS')
    expect(code(await init())).toBe('F STATUS_INVALID')
    const calc = await call(
      '/v1/tax/calculate',
      { taxCalculationRequestId: requestId('T'), currency: 'USD', lineItems: [{ unitAmount: '12.50' }] },
      M2,
    )
    expect(code(calc)).toBe('F PARAM_ILLEGAL')
  })

  it('takes risk reports only for a decided transaction', async () => {
    expect(code(await call('/v1/risk/payments/reportRisk', { referenceTransactionId: 'UNDECIDED' }))).toBe(
      'F ORDER_NOT_EXIST',
    )
    await call('/v1/risk/payments/decide', { referenceTransactionId: 'DECIDED' })
    expect(code(await call('/v1/risk/payments/reportRisk', { referenceTransactionId: 'DECIDED' }))).toBe('S SUCCESS')
  })
})
