import type { Amount, OpenObject } from '../../notification/types.js'
import type { ApiRequest, ApiResponse, BuyerAction, Env, Order, PaymentMethod, SettlementStrategy } from './common.js'

/** The acquiring products of `pay` and `createPaymentSession` (protocol.md §4). */
export type ProductCode = 'CASHIER_PAYMENT' | 'AGREEMENT_PAYMENT' | 'IN_STORE_PAYMENT' | (string & {})

/** `paymentStatus` of `inquiryPayment`: the payment itself, unlike `result` (protocol.md §4). */
export type PaymentStatus = 'SUCCESS' | 'FAIL' | 'PROCESSING' | 'CANCELLED' | 'PENDING'

/** Names a payment: by your `paymentRequestId`, Alipay's `paymentId`, or both (`paymentId` wins). */
export type PaymentReference =
  | { readonly paymentRequestId: string; readonly paymentId?: string }
  | { readonly paymentId: string; readonly paymentRequestId?: string }

/** `POST /v1/payments/pay`. */
export interface PayRequest extends ApiRequest {
  readonly productCode: ProductCode
  /** Your idempotency key, at most 64 characters: resend a U or a timeout with the same one (§7). */
  readonly paymentRequestId: string
  readonly paymentAmount: Amount
  readonly order?: Order
  readonly paymentMethod: PaymentMethod
  readonly paymentNotifyUrl?: string
  readonly paymentRedirectUrl?: string
  readonly settlementStrategy?: SettlementStrategy
  readonly env?: Env
  readonly paymentExpiryTime?: string
  readonly paymentFactor?: OpenObject
}

/**
 * The `pay` response. For a cashier payment the usual answer is result U `PAYMENT_IN_PROCESS`
 * with a {@link BuyerAction} (redirect the buyer to `normalUrl`), not S.
 */
export interface PayResponse extends ApiResponse, BuyerAction {
  readonly paymentRequestId?: string
  readonly paymentId?: string
  readonly paymentAmount?: Amount
  readonly paymentCreateTime?: string
  readonly paymentTime?: string
  readonly paymentActionForm?: string
  readonly challengeActionForm?: OpenObject
  readonly paymentResultInfo?: OpenObject
}

/** `POST /v1/payments/consult`: the payment methods available for an amount. */
export interface ConsultRequest extends ApiRequest {
  readonly productCode: ProductCode
  readonly paymentAmount: Amount
  readonly settlementStrategy?: SettlementStrategy
  readonly env?: Env
  readonly merchantRegion?: string
  readonly userRegion?: string
}

/** The `consult` response. */
export interface ConsultResponse extends ApiResponse {
  readonly paymentOptions?: readonly OpenObject[]
}

/** `POST /v1/payments/createPaymentSession`: a session for the client-side SDK. */
export interface CreatePaymentSessionRequest extends ApiRequest {
  readonly productCode: ProductCode
  readonly paymentRequestId: string
  readonly paymentAmount: Amount
  readonly order?: Order
  readonly paymentMethod?: PaymentMethod
  readonly paymentNotifyUrl?: string
  readonly paymentRedirectUrl?: string
  readonly settlementStrategy?: SettlementStrategy
  readonly env?: Env
  readonly productScene?: string
}

/** The `createPaymentSession` response: hand `paymentSessionData` to the client SDK. */
export interface CreatePaymentSessionResponse extends ApiResponse {
  readonly paymentSessionData?: string
  readonly paymentSessionId?: string
  readonly paymentSessionExpiryTime?: string
  readonly normalUrl?: string
}

/** `POST /v1/payments/inquiryPayment`. */
export type InquiryPaymentRequest = PaymentReference & ApiRequest

/** The `inquiryPayment` response: read `paymentStatus`, not `result`, for the payment's state. */
export interface InquiryPaymentResponse extends ApiResponse {
  readonly paymentStatus?: PaymentStatus
  readonly paymentResultCode?: string
  readonly paymentResultMessage?: string
  readonly paymentRequestId?: string
  readonly paymentId?: string
  readonly paymentAmount?: Amount
  readonly actualPaymentAmount?: Amount
  readonly paymentCreateTime?: string
  readonly paymentTime?: string
  readonly paymentMethodType?: string
  readonly transactions?: readonly OpenObject[]
}

/** `POST /v1/payments/cancel`. */
export type CancelRequest = PaymentReference & ApiRequest

/** The `cancel` response. */
export interface CancelResponse extends ApiResponse {
  readonly paymentId?: string
  readonly paymentRequestId?: string
  readonly cancelTime?: string
}

/** `POST /v1/payments/capture`. */
export interface CaptureRequest extends ApiRequest {
  /** Your idempotency key for this capture. */
  readonly captureRequestId: string
  readonly paymentId: string
  readonly captureAmount: Amount
  readonly isLastCapture?: string
}

/** The `capture` response. */
export interface CaptureResponse extends ApiResponse {
  readonly captureRequestId?: string
  readonly captureId?: string
  readonly paymentId?: string
  readonly captureAmount?: Amount
  readonly captureTime?: string
}

/** `POST /v1/payments/refund`. */
export interface RefundRequest extends ApiRequest {
  /** Your idempotency key for this refund. */
  readonly refundRequestId: string
  readonly paymentId: string
  readonly refundAmount: Amount
  readonly refundReason?: string
  /** Where Alipay sends `notifyRefund`. */
  readonly refundNotifyUrl?: string
}

/** The `refund` response. U (e.g. `REFUND_IN_PROCESS`) means accepted, result to come by notification. */
export interface RefundResponse extends ApiResponse {
  readonly refundRequestId?: string
  readonly refundId?: string
  readonly paymentId?: string
  readonly refundAmount?: Amount
  readonly refundTime?: string
}

/** `POST /v1/payments/inquiryRefund`: by `refundRequestId` or `refundId` (`refundId` wins). */
export type InquiryRefundRequest = (
  | { readonly refundRequestId: string; readonly refundId?: string }
  | { readonly refundId: string; readonly refundRequestId?: string }
) &
  ApiRequest

/** The `inquiryRefund` response: read `refundStatus` for the refund's state. */
export interface InquiryRefundResponse extends ApiResponse {
  readonly refundId?: string
  readonly refundRequestId?: string
  readonly refundAmount?: Amount
  readonly refundStatus?: 'SUCCESS' | 'PROCESSING' | 'FAIL'
  readonly refundTime?: string
}
