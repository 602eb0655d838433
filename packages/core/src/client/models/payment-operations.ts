import type { Amount, OpenObject } from '../../notification/types.js'
import type { ApiRequest, ApiResponse, RedirectActionForm } from './common.js'
import type {
  AcquirerInfo,
  CardInfo,
  CustomizedInfo,
  PaymentResultInfo,
  PromotionResult,
  PspCustomerInfo,
  Quote,
  RefundDetail,
  RefundToBankInfo,
  RetryInfo,
  Transaction,
  TransactionStatus,
  WireBoolean,
} from './objects.js'

/*
 * What follows a payment: inquiryPayment, cancel, capture, refund and inquiryRefund, with every
 * field of the official models (J `request/ams/pay/*`, `response/ams/pay/*`; the Python SDK's
 * match). Response enums follow the SDKs: `TransactionStatusType` is a closed enum there.
 */

/** `paymentStatus` of `inquiryPayment`: the payment itself, unlike `result` (docs/protocol.md §4). */
export type PaymentStatus = TransactionStatus

/** Names a payment: by your `paymentRequestId`, Alipay's `paymentId`, or both (`paymentId` wins). */
export type PaymentReference =
  | { readonly paymentRequestId: string; readonly paymentId?: string }
  | { readonly paymentId: string; readonly paymentRequestId?: string }

/** `POST /v1/payments/inquiryPayment`. */
export type InquiryPaymentRequest = PaymentReference & ApiRequest & { readonly merchantAccountId?: string }

/** The `inquiryPayment` response: read `paymentStatus`, not `result`, for the payment's state. */
export interface InquiryPaymentResponse extends ApiResponse {
  readonly paymentStatus?: PaymentStatus
  readonly paymentResultCode?: string
  readonly paymentResultMessage?: string
  readonly paymentRequestId?: string
  readonly paymentId?: string
  readonly authPaymentId?: string
  readonly paymentAmount?: Amount
  readonly actualPaymentAmount?: Amount
  readonly paymentQuote?: Quote
  readonly authExpiryTime?: string
  readonly paymentCreateTime?: string
  readonly paymentTime?: string
  readonly nonGuaranteeCouponAmount?: Amount
  readonly pspCustomerInfo?: PspCustomerInfo
  readonly redirectActionForm?: RedirectActionForm
  readonly cardInfo?: CardInfo
  readonly acquirerReferenceNo?: string
  readonly extendInfo?: string
  readonly transactions?: readonly Transaction[]
  readonly customsDeclarationAmount?: Amount
  readonly grossSettlementAmount?: Amount
  readonly settlementQuote?: Quote
  readonly paymentResultInfo?: PaymentResultInfo
  readonly acquirerInfo?: AcquirerInfo
  readonly merchantAccountId?: string
  readonly promotionResults?: readonly PromotionResult[]
  readonly earliestSettlementTime?: string
  readonly paymentMethodType?: string
  readonly retryInfo?: RetryInfo
  readonly metadata?: string
  readonly customizedInfo?: CustomizedInfo
  readonly processingAmount?: Amount
}

/** `POST /v1/payments/cancel`. */
export type CancelRequest = PaymentReference & ApiRequest & { readonly merchantAccountId?: string }

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
  readonly isLastCapture?: WireBoolean
  readonly captureType?: string
  /** J `Transit`: travel data (`transitType`, `legs`, `passengers`, ...). */
  readonly transit?: OpenObject
}

/** The `capture` response. */
export interface CaptureResponse extends ApiResponse {
  readonly captureRequestId?: string
  readonly captureId?: string
  readonly paymentId?: string
  readonly captureAmount?: Amount
  readonly captureTime?: string
  readonly acquirerReferenceNo?: string
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
  readonly referenceRefundId?: string
  readonly captureId?: string
  readonly isAsyncRefund?: WireBoolean
  readonly refundToBankInfo?: RefundToBankInfo
  readonly refundDetails?: readonly RefundDetail[]
  readonly refundSourceAccountNo?: string
  readonly actualRefundAmount?: Amount
  readonly extendInfo?: string
  readonly metadata?: string
  readonly customizedInfo?: CustomizedInfo
}

/** The `refund` response. U (e.g. `REFUND_IN_PROCESS`) means accepted, result to come by notification. */
export interface RefundResponse extends ApiResponse {
  readonly refundRequestId?: string
  readonly refundId?: string
  readonly paymentId?: string
  readonly refundAmount?: Amount
  readonly refundTime?: string
  readonly actualRefundAmount?: Amount
  readonly refundNonGuaranteeCouponAmount?: Amount
  readonly grossSettlementAmount?: Amount
  readonly settlementQuote?: Quote
  readonly acquirerInfo?: AcquirerInfo
  readonly acquirerReferenceNo?: string
}

/** `POST /v1/payments/inquiryRefund`: by `refundRequestId` or `refundId` (`refundId` wins). */
export type InquiryRefundRequest = (
  | { readonly refundRequestId: string; readonly refundId?: string }
  | { readonly refundId: string; readonly refundRequestId?: string }
) &
  ApiRequest & { readonly merchantAccountId?: string }

/** The `inquiryRefund` response: read `refundStatus` for the refund's state. */
export interface InquiryRefundResponse extends ApiResponse {
  readonly refundId?: string
  readonly refundRequestId?: string
  readonly refundAmount?: Amount
  /** J and Python type it `TransactionStatusType`: SUCCESS, FAIL, PROCESSING, CANCELLED or PENDING. */
  readonly refundStatus?: TransactionStatus
  readonly refundTime?: string
  readonly actualRefundAmount?: Amount
  readonly grossSettlementAmount?: Amount
  readonly settlementQuote?: Quote
  readonly acquirerInfo?: AcquirerInfo
  readonly arn?: string
  readonly rrn?: string
  readonly metadata?: string
  readonly customizedInfo?: CustomizedInfo
}
