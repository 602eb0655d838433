import { fingerprint, optionalString, optionalUrl, requiredAmount, requiredString } from '../fields.js'
import type { SimulatedCapture, SimulatedRefund } from '../records.js'
import { fail, resultOf } from '../result-codes.js'
import type { ApiAnswer, Endpoint } from './context.js'

function captureAnswer(capture: SimulatedCapture): ApiAnswer {
  return {
    result: resultOf('SUCCESS'),
    captureRequestId: capture.captureRequestId,
    captureId: capture.captureId,
    paymentId: capture.paymentId,
    captureAmount: capture.captureAmount,
    captureTime: capture.captureTime,
  }
}

/** capture: captures an authorised MANUAL payment; the result also comes as CAPTURE_RESULT. */
const capture: Endpoint = (deps, call) => {
  const captureRequestId = requiredString(call.body, 'captureRequestId')
  const print = fingerprint(call.body)
  if (deps.requestIds.isReplay('capture', call.clientId, captureRequestId, print)) {
    return captureAnswer(deps.ledger.findCapture(call.clientId, captureRequestId) as SimulatedCapture)
  }
  const paymentId = requiredString(call.body, 'paymentId')
  const amount = requiredAmount(call.body, 'captureAmount')
  const payment = deps.ledger.findPayment(call.clientId, { paymentId })
  const done = deps.ledger.capture(payment, captureRequestId, amount)
  deps.requestIds.remember('capture', call.clientId, captureRequestId, print)
  return captureAnswer(done)
}

function refundAnswer(refund: SimulatedRefund): ApiAnswer {
  return {
    result: resultOf('SUCCESS'),
    refundRequestId: refund.refundRequestId,
    refundId: refund.refundId,
    paymentId: refund.paymentId,
    refundAmount: refund.refundAmount,
    ...(refund.refundTime === undefined ? {} : { refundTime: refund.refundTime }),
  }
}

/**
 * refund: accepts a refund of a paid payment (S); it settles at once or when the test says so,
 * and its final state comes as REFUND_RESULT to refundNotifyUrl.
 */
const refund: Endpoint = (deps, call) => {
  const refundRequestId = requiredString(call.body, 'refundRequestId')
  const print = fingerprint(call.body)
  if (deps.requestIds.isReplay('refund', call.clientId, refundRequestId, print)) {
    return refundAnswer(deps.ledger.findRefund(call.clientId, { refundRequestId }))
  }
  const paymentId = requiredString(call.body, 'paymentId')
  const refundAmount = requiredAmount(call.body, 'refundAmount')
  const refundNotifyUrl = optionalUrl(call.body, 'refundNotifyUrl')
  optionalString(call.body, 'refundReason', 256)
  const payment = deps.ledger.findPayment(call.clientId, { paymentId })
  const created = deps.ledger.refund(payment, { refundRequestId, refundAmount, refundNotifyUrl })
  deps.requestIds.remember('refund', call.clientId, refundRequestId, print)
  if (deps.instantRefunds) deps.ledger.settleRefund(created, 'SUCCESS')
  return refundAnswer(created)
}

/** inquiryRefund: the refund's status (refundId wins over refundRequestId). */
const inquiryRefund: Endpoint = (deps, call) => {
  const refundId = optionalString(call.body, 'refundId', 64)
  const refundRequestId = optionalString(call.body, 'refundRequestId', 64)
  if (refundId === undefined && refundRequestId === undefined) {
    fail('PARAM_ILLEGAL', 'refundId or refundRequestId is required.')
  }
  const r = deps.ledger.findRefund(call.clientId, { refundId, refundRequestId })
  return {
    result: resultOf('SUCCESS'),
    refundId: r.refundId,
    refundRequestId: r.refundRequestId,
    refundAmount: r.refundAmount,
    refundStatus: r.status,
    ...(r.refundTime === undefined ? {} : { refundTime: r.refundTime }),
  }
}

/** Capture and refund endpoints, by path after `/ams/api`. */
export const CAPTURE_REFUND_ENDPOINTS: { readonly [path: string]: Endpoint } = {
  '/v1/payments/capture': capture,
  '/v1/payments/refund': refund,
  '/v1/payments/inquiryRefund': inquiryRefund,
}
