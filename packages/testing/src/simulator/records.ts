import type { Amount } from '@alipay-kit/core'

/** `paymentStatus` as inquiryPayment reports it (protocol.md §4). */
export type PaymentStatus = 'PROCESSING' | 'PENDING' | 'SUCCESS' | 'FAIL' | 'CANCELLED'

/** How a payment's funds are captured: `paymentFactor.captureMode` (MANUAL needs a capture call). */
export type CaptureMode = 'AUTOMATIC' | 'MANUAL'

/** A capture of a payment. */
export interface SimulatedCapture {
  readonly captureId: string
  readonly captureRequestId: string
  readonly paymentId: string
  readonly captureAmount: Amount
  readonly captureTime: string
  /** True for the capture Alipay makes by itself for an AUTOMATIC card payment. */
  readonly automatic: boolean
}

/** `refundStatus` as inquiryRefund reports it. */
export type RefundStatus = 'PROCESSING' | 'SUCCESS' | 'FAIL'

/** A refund of a payment. */
export interface SimulatedRefund {
  readonly clientId: string
  readonly refundId: string
  readonly refundRequestId: string
  readonly paymentId: string
  readonly refundAmount: Amount
  readonly refundNotifyUrl: string | undefined
  readonly createTime: string
  status: RefundStatus
  refundTime: string | undefined
  resultCode: string
  resultMessage: string
}

/** A payment the simulator holds, created by pay or createPaymentSession. */
export interface SimulatedPayment {
  readonly clientId: string
  readonly paymentId: string
  readonly paymentRequestId: string
  readonly productCode: string
  readonly paymentAmount: Amount
  readonly paymentMethodType: string
  readonly captureMode: CaptureMode
  readonly paymentNotifyUrl: string | undefined
  readonly paymentRedirectUrl: string | undefined
  /** Whether it was created through the `/ams/sandbox/api` paths. */
  readonly sandbox: boolean
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
  readonly captures: readonly SimulatedCapture[]
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
}

/** How the customer step ends: `Ledger.settlePayment`. */
export interface PaymentOutcome {
  readonly status: 'SUCCESS' | 'FAIL' | 'PENDING'
  /** The result code of a FAIL. @default 'USER_BALANCE_NOT_ENOUGH' */
  readonly resultCode?: string
  readonly resultMessage?: string
}

/** Which payment a request names (protocol.md §4: paymentId wins when both are given). */
export interface PaymentRef {
  readonly paymentId?: string | undefined
  readonly paymentRequestId?: string | undefined
}
