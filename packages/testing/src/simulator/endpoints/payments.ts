import type { Result } from '@alipay-kit/core'
import {
  fingerprint,
  flag,
  optionalObject,
  optionalString,
  optionalUrl,
  requiredAmount,
  requiredString,
} from '../fields.js'
import { alipayTime } from '../ids.js'
import type { SimulatedPayment } from '../records.js'
import { fail, resultOf } from '../result-codes.js'
import type { ApiAnswer, ApiCall, Endpoint } from './context.js'

const PRODUCT_CODES: ReadonlySet<string> = new Set(['CASHIER_PAYMENT', 'AGREEMENT_PAYMENT', 'IN_STORE_PAYMENT'])

function productCode(call: ApiCall): string {
  const code = requiredString(call.body, 'productCode')
  if (!PRODUCT_CODES.has(code)) fail('PARAM_ILLEGAL', `productCode must be one of ${[...PRODUCT_CODES].join(', ')}.`)
  return code
}

/** `paymentFactor.captureMode` MANUAL (or the older `isAuthorization`) asks for a separate capture. */
function captureMode(call: ApiCall): 'AUTOMATIC' | 'MANUAL' {
  const factor = optionalObject(call.body, 'paymentFactor')
  if (factor === undefined) return 'AUTOMATIC'
  return factor.captureMode === 'MANUAL' || flag(factor.isAuthorization) ? 'MANUAL' : 'AUTOMATIC'
}

/** The marketplace seller an order names (`order.merchant.referenceMerchantId`), for `settle`. */
function sellerOf(call: ApiCall): string | undefined {
  const merchant = optionalObject(optionalObject(call.body, 'order') ?? {}, 'merchant')
  return merchant === undefined ? undefined : optionalString(merchant, 'referenceMerchantId', 64)
}

export function checkoutUrl(call: ApiCall, payment: SimulatedPayment): string {
  return `${call.baseUrl}/checkout/${payment.paymentId}`
}

/** The result a payment's state gives a (repeated) pay call. */
function payResult(payment: SimulatedPayment): Result {
  switch (payment.status) {
    case 'SUCCESS':
      return resultOf('SUCCESS')
    case 'FAIL':
      return { resultCode: payment.resultCode, resultStatus: 'F', resultMessage: payment.resultMessage }
    case 'CANCELLED':
      return resultOf('ORDER_IS_CLOSED')
    default:
      // Cashier payments wait for the customer: U PAYMENT_IN_PROCESS with the page to send them to.
      return resultOf('PAYMENT_IN_PROCESS')
  }
}

function payAnswer(call: ApiCall, payment: SimulatedPayment): ApiAnswer {
  const waiting = payment.status === 'PROCESSING' || payment.status === 'PENDING'
  const normalUrl = checkoutUrl(call, payment)
  return {
    result: payResult(payment),
    paymentRequestId: payment.paymentRequestId,
    paymentId: payment.paymentId,
    paymentAmount: payment.paymentAmount,
    paymentCreateTime: payment.createTime,
    ...(payment.paymentTime === undefined ? {} : { paymentTime: payment.paymentTime }),
    ...(waiting ? { normalUrl, redirectActionForm: { method: 'GET', redirectUrl: normalUrl } } : {}),
  }
}

/** pay: creates a payment, or answers a replay of the same request with the same payment. */
const pay: Endpoint = (deps, call) => {
  const paymentRequestId = requiredString(call.body, 'paymentRequestId')
  const print = fingerprint(call.body)
  if (deps.requestIds.isReplay('pay', call.clientId, paymentRequestId, print)) {
    return payAnswer(call, deps.ledger.findPayment(call.clientId, { paymentRequestId }))
  }
  const method = optionalObject(call.body, 'paymentMethod') ?? fail('PARAM_ILLEGAL', 'paymentMethod is required.')
  const payment = deps.ledger.createPayment({
    clientId: call.clientId,
    paymentRequestId,
    productCode: productCode(call),
    paymentAmount: requiredAmount(call.body, 'paymentAmount'),
    paymentMethodType: requiredString(method, 'paymentMethodType'),
    captureMode: captureMode(call),
    paymentNotifyUrl: optionalUrl(call.body, 'paymentNotifyUrl'),
    paymentRedirectUrl: optionalUrl(call.body, 'paymentRedirectUrl'),
    sandbox: call.sandbox,
    referenceMerchantId: sellerOf(call),
  })
  deps.requestIds.remember('pay', call.clientId, paymentRequestId, print)
  const outcome = deps.autoComplete(call.body)
  if (outcome !== undefined) deps.ledger.settlePayment(payment, { status: outcome })
  return payAnswer(call, payment)
}

function sessionAnswer(call: ApiCall, payment: SimulatedPayment, now: number): ApiAnswer {
  const paymentSessionId = `SESSION_${payment.paymentId}`
  const data = { paymentSessionId, paymentId: payment.paymentId, simulator: call.baseUrl }
  return {
    result: resultOf('SUCCESS'),
    paymentSessionId,
    paymentSessionData: Buffer.from(JSON.stringify(data)).toString('base64'),
    paymentSessionExpiryTime: alipayTime(now + 60 * 60 * 1000),
    normalUrl: checkoutUrl(call, payment),
  }
}

/** createPaymentSession: registers the payment; the customer completes it in the (simulated) element. */
const createPaymentSession: Endpoint = (deps, call) => {
  const paymentRequestId = requiredString(call.body, 'paymentRequestId')
  const print = fingerprint(call.body)
  if (deps.requestIds.isReplay('createPaymentSession', call.clientId, paymentRequestId, print)) {
    return sessionAnswer(call, deps.ledger.findPayment(call.clientId, { paymentRequestId }), deps.now())
  }
  const method = optionalObject(call.body, 'paymentMethod')
  const payment = deps.ledger.createPayment({
    clientId: call.clientId,
    paymentRequestId,
    productCode: productCode(call),
    paymentAmount: requiredAmount(call.body, 'paymentAmount'),
    // The customer picks the method in the element; cards are the common case.
    paymentMethodType: method === undefined ? 'CARD' : requiredString(method, 'paymentMethodType'),
    captureMode: captureMode(call),
    paymentNotifyUrl: optionalUrl(call.body, 'paymentNotifyUrl'),
    paymentRedirectUrl: optionalUrl(call.body, 'paymentRedirectUrl'),
    sandbox: call.sandbox,
  })
  deps.requestIds.remember('createPaymentSession', call.clientId, paymentRequestId, print)
  return sessionAnswer(call, payment, deps.now())
}

/** consult: the payment methods on offer for an amount. */
const consult: Endpoint = (_deps, call) => {
  productCode(call)
  const amount = requiredAmount(call.body, 'paymentAmount')
  const option = (paymentMethodType: string, paymentMethodCategory: string) => ({
    paymentMethodType,
    paymentMethodCategory,
    enabled: true,
    preferred: paymentMethodType === 'ALIPAY_CN',
    paymentMethodRegion: ['GLOBAL'],
    amountLimitInfoMap: { [amount.currency]: { currency: amount.currency, minAmount: '1', maxAmount: '100000000' } },
  })
  return {
    result: resultOf('SUCCESS'),
    paymentOptions: [option('ALIPAY_CN', 'WALLET'), option('CARD', 'CARD'), option('GCASH', 'WALLET')],
  }
}

function ref(call: ApiCall) {
  return {
    paymentId: optionalString(call.body, 'paymentId', 64),
    paymentRequestId: optionalString(call.body, 'paymentRequestId', 64),
  }
}

/** inquiryPayment: the payment's status, with its captures, refunds and cancellation as transactions. */
const inquiryPayment: Endpoint = (deps, call) => {
  const p = deps.ledger.findPayment(call.clientId, ref(call))
  const ok = resultOf('SUCCESS')
  const transactions = [
    ...p.captures.map((c) => ({
      transactionType: 'CAPTURE',
      transactionStatus: 'SUCCESS',
      transactionRequestId: c.captureRequestId,
      transactionId: c.captureId,
      transactionAmount: c.captureAmount,
      transactionTime: c.captureTime,
      transactionResult: ok,
    })),
    ...p.refunds.map((r) => ({
      transactionType: 'REFUND',
      transactionStatus: r.status,
      transactionRequestId: r.refundRequestId,
      transactionId: r.refundId,
      transactionAmount: r.refundAmount,
      ...(r.refundTime === undefined ? {} : { transactionTime: r.refundTime }),
      transactionResult: {
        resultCode: r.resultCode,
        resultStatus: r.status === 'FAIL' ? 'F' : 'S',
        resultMessage: r.resultMessage,
      },
    })),
    ...(p.cancelTime === undefined
      ? []
      : [
          {
            transactionType: 'CANCEL',
            transactionStatus: 'SUCCESS',
            transactionTime: p.cancelTime,
            transactionResult: ok,
          },
        ]),
  ]
  return {
    result: ok,
    paymentStatus: p.status,
    paymentResultCode: p.resultCode,
    paymentResultMessage: p.resultMessage,
    paymentRequestId: p.paymentRequestId,
    paymentId: p.paymentId,
    paymentAmount: p.paymentAmount,
    paymentCreateTime: p.createTime,
    ...(p.paymentTime === undefined ? {} : { paymentTime: p.paymentTime }),
    paymentMethodType: p.paymentMethodType,
    ...(transactions.length === 0 ? {} : { transactions }),
  }
}

/** cancel: closes an unpaid payment or voids an uncaptured authorisation (see Ledger.cancel). */
const cancel: Endpoint = (deps, call) => {
  const payment = deps.ledger.findPayment(call.clientId, ref(call))
  deps.ledger.cancel(payment)
  return {
    result: resultOf('SUCCESS'),
    paymentId: payment.paymentId,
    paymentRequestId: payment.paymentRequestId,
    cancelTime: payment.cancelTime,
  }
}

/** The payment endpoints, by path after `/ams/api` (docs/protocol.md §4). */
export const PAYMENT_ENDPOINTS: { readonly [path: string]: Endpoint } = {
  '/v1/payments/pay': pay,
  '/v1/payments/consult': consult,
  '/v1/payments/createPaymentSession': createPaymentSession,
  '/v1/payments/inquiryPayment': inquiryPayment,
  '/v1/payments/cancel': cancel,
}
