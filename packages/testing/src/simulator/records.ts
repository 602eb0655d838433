import type { Amount } from '@alipay-kit/core'

/** `paymentStatus` as inquiryPayment reports it (docs/protocol.md §4). */
export type PaymentStatus = 'PROCESSING' | 'PENDING' | 'SUCCESS' | 'FAIL' | 'CANCELLED'

/** How a payment's funds are captured: `paymentFactor.captureMode` (MANUAL needs a capture call). */
export type CaptureMode = 'AUTOMATIC' | 'MANUAL'

/** A capture of a payment. */
export interface SimulatedCapture {
  /** The capture id the simulator assigned. */
  readonly captureId: string
  /** The merchant's `captureRequestId`; `AUTO_<paymentRequestId>` for an automatic capture. */
  readonly captureRequestId: string
  /** The captured payment's `paymentId`. */
  readonly paymentId: string
  /** The amount captured. */
  readonly captureAmount: Amount
  /** When it was captured, as `yyyy-MM-ddTHH:mm:ss+08:00`. */
  readonly captureTime: string
  /** True for the capture Alipay makes by itself for an AUTOMATIC card payment. */
  readonly automatic: boolean
}

/** `refundStatus` as inquiryRefund reports it. */
export type RefundStatus = 'PROCESSING' | 'SUCCESS' | 'FAIL'

/** A refund of a payment. */
export interface SimulatedRefund {
  /** The client id of the refunded payment. */
  readonly clientId: string
  /** The refund id the simulator assigned. */
  readonly refundId: string
  /** The merchant's `refundRequestId`, the refund's idempotency key. */
  readonly refundRequestId: string
  /** The refunded payment's `paymentId`. */
  readonly paymentId: string
  /** The amount refunded. */
  readonly refundAmount: Amount
  /** Where REFUND_RESULT goes, when the request gave one. */
  readonly refundNotifyUrl: string | undefined
  /** When it was requested, as `yyyy-MM-ddTHH:mm:ss+08:00`. */
  readonly createTime: string
  /** `PROCESSING` until it settles as `SUCCESS` or `FAIL`. */
  status: RefundStatus
  /** When it succeeded, as `yyyy-MM-ddTHH:mm:ss+08:00`; undefined while processing or after a failure. */
  refundTime: string | undefined
  /** The result code of its current state. */
  resultCode: string
  /** The result message of its current state. */
  resultMessage: string
}

/** A payment the simulator holds, created by pay or createPaymentSession. */
export interface SimulatedPayment {
  readonly clientId: string
  readonly paymentId: string
  readonly paymentRequestId: string
  readonly productCode: string
  /** The authorised amount: `updateAmount` may change it before capture. */
  paymentAmount: Amount
  readonly paymentMethodType: string
  readonly captureMode: CaptureMode
  readonly paymentNotifyUrl: string | undefined
  readonly paymentRedirectUrl: string | undefined
  /** Whether it was created through the `/ams/sandbox/api` paths. */
  readonly sandbox: boolean
  /** The marketplace seller of the payment (`order.merchant.referenceMerchantId`), for `settle`. */
  readonly referenceMerchantId?: string | undefined
  readonly createTime: string
  status: PaymentStatus
  /** The code a final state carries (`SUCCESS`, `USER_BALANCE_NOT_ENOUGH`, ...); `PAYMENT_IN_PROCESS` before. */
  resultCode: string
  resultMessage: string
  paymentTime: string | undefined
  cancelTime: string | undefined
  readonly captures: SimulatedCapture[]
  readonly refunds: SimulatedRefund[]
}

/** Read-only views handed to tests: the simulator's own records stay private. */
export type PaymentView = Readonly<Omit<SimulatedPayment, 'captures' | 'refunds'>> & {
  /** The payment's captures, oldest first. */
  readonly captures: readonly SimulatedCapture[]
  /** The payment's refunds, oldest first. */
  readonly refunds: readonly Readonly<SimulatedRefund>[]
}

/** What the ledger tells the simulator after a change, so it can notify the merchant. */
export interface LedgerEffects {
  /** A payment reached PENDING or a final state by the customer's (simulated) action. */
  paymentSettled(payment: SimulatedPayment): void
  /** A capture succeeded (manual capture call, or Alipay's own capture of an automatic card payment). */
  captured(payment: SimulatedPayment, capture: SimulatedCapture): void
  /** A refund reached a final state. */
  refundSettled(payment: SimulatedPayment, refund: SimulatedRefund): void
}

/** A payment as pay or createPaymentSession asks for it, after validation. */
export interface NewPayment {
  readonly clientId: string
  readonly paymentRequestId: string
  readonly productCode: string
  readonly paymentAmount: Amount
  readonly paymentMethodType: string
  readonly captureMode: CaptureMode
  readonly paymentNotifyUrl: string | undefined
  readonly paymentRedirectUrl: string | undefined
  readonly sandbox: boolean
  /** The marketplace seller, when the order names one. */
  readonly referenceMerchantId?: string | undefined
}

/** How the customer step ends: `Ledger.settlePayment`. */
export interface PaymentOutcome {
  /** The payment's new status. */
  readonly status: 'SUCCESS' | 'FAIL' | 'PENDING'
  /** The result code of a FAIL. @default 'USER_BALANCE_NOT_ENOUGH' */
  readonly resultCode?: string
  /**
   * The result message of a FAIL or PENDING.
   * @default the {@link RESULT_CODES} message of `resultCode` for a FAIL, 'The payment is pending.' for PENDING
   */
  readonly resultMessage?: string
}

/** Which payment a request names (docs/protocol.md §4: paymentId wins when both are given). */
export interface PaymentRef {
  readonly paymentId?: string | undefined
  readonly paymentRequestId?: string | undefined
}
