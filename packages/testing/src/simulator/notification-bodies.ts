import type {
  CaptureResultNotification,
  PaymentPendingNotification,
  PaymentResultNotification,
  RefundResultNotification,
  Result,
} from '@alipay-kit/core'
import type { SimulatedCapture, SimulatedPayment, SimulatedRefund } from './records.js'
import { resultOf } from './result-codes.js'

/** notifyPayment for a payment that reached PENDING or a final state (docs/protocol.md §5). */
export function paymentNotification(p: SimulatedPayment): PaymentResultNotification | PaymentPendingNotification {
  const pending = p.status === 'PENDING'
  // PAYMENT_RESULT carries S or F, never U; for PAYMENT_PENDING, S means "pending" (§5).
  const result: Result = {
    resultCode: p.resultCode,
    resultStatus: p.status === 'SUCCESS' || pending ? 'S' : 'F',
    resultMessage: p.resultMessage,
  }
  return {
    notifyType: pending ? 'PAYMENT_PENDING' : 'PAYMENT_RESULT',
    result,
    paymentRequestId: p.paymentRequestId,
    paymentId: p.paymentId,
    paymentAmount: p.paymentAmount,
    paymentCreateTime: p.createTime,
    ...(p.paymentTime === undefined ? {} : { paymentTime: p.paymentTime }),
    paymentMethodType: p.paymentMethodType,
  }
}

/** notifyCapture for a successful capture. */
export function captureNotification(c: SimulatedCapture): CaptureResultNotification {
  return {
    notifyType: 'CAPTURE_RESULT',
    result: resultOf('SUCCESS'),
    captureRequestId: c.captureRequestId,
    paymentId: c.paymentId,
    captureId: c.captureId,
    captureAmount: c.captureAmount,
    captureTime: c.captureTime,
  }
}

/** notifyRefund for a refund that reached SUCCESS or FAIL. */
export function refundNotification(r: SimulatedRefund): RefundResultNotification {
  return {
    notifyType: 'REFUND_RESULT',
    result: {
      resultCode: r.resultCode,
      resultStatus: r.status === 'SUCCESS' ? 'S' : 'F',
      resultMessage: r.resultMessage,
    },
    refundStatus: r.status === 'SUCCESS' ? 'SUCCESS' : 'FAIL',
    refundRequestId: r.refundRequestId,
    refundId: r.refundId,
    refundAmount: r.refundAmount,
    ...(r.refundTime === undefined ? {} : { refundTime: r.refundTime }),
  }
}
