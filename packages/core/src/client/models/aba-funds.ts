import type { Amount, Result } from '../../notification/types.js'
import type { ApiRequest, ApiResponse, Order, PaymentMethod } from './common.js'
import type { Quote, TransactionStatus } from './objects.js'

/*
 * Antom Business Account (ABA): direct payments and refunds, quotes and exchanges: the request and
 * response models of the official Java SDK (alipay/global-open-sdk-java v2.2.8, `request/ams/*`,
 * `response/ams/*`), field for field. Every field is optional, as in the SDK, except the
 * idempotency key or the id of the object an operation acts on; enums are open, so a value Alipay
 * adds later still type-checks. docs/endpoints.md lists every endpoint.
 */

/** `POST /v1/aba/funds/createDirectPayment` (J `AlipayCreateDirectPaymentRequest`). */
export interface CreateDirectPaymentRequest extends ApiRequest {
  readonly paymentRequestId: string
  readonly memo?: string
  readonly remark?: string
  readonly order?: Order
  readonly paymentNotifyUrl?: string
  readonly payToMethod?: PaymentMethod
  readonly payToAmount?: Amount
  readonly payFromAmount?: Amount
}

/** The `aba.createDirectPayment` response (J `AlipayCreateDirectPaymentResponse`). */
export interface CreateDirectPaymentResponse extends ApiResponse {
  readonly paymentId?: string
  readonly paymentRequestId?: string
  readonly payToMethod?: PaymentMethod
  readonly payFromAmount?: Amount
  readonly payToAmount?: Amount
  readonly paymentTime?: string
}

/** `POST /v1/aba/funds/inquireDirectPayment` (J `AlipayInquireDirectPaymentRequest`). */
export interface InquireDirectPaymentRequest extends ApiRequest {
  readonly paymentId?: string
  readonly paymentRequestId?: string
}

/** The `aba.inquireDirectPayment` response (J `AlipayInquireDirectPaymentResponse`). */
export interface InquireDirectPaymentResponse extends ApiResponse {
  readonly paymentStatus?: TransactionStatus
  readonly paymentResultMessage?: string
  readonly paymentResultCode?: string
  readonly paymentId?: string
  readonly paymentRequestId?: string
  readonly payToMethod?: PaymentMethod
  readonly paymentAmount?: Amount
  readonly payToAmount?: Amount
  readonly paymentTime?: string
}

/** `POST /v1/aba/funds/createDirectRefund` (J `AlipayCreateDirectRefundRequest`). */
export interface CreateDirectRefundRequest extends ApiRequest {
  readonly paymentId?: string
  readonly refundRequestId: string
  readonly referenceRefundId?: string
  readonly refundFromMethod?: RefundFromMethod
  readonly refundFromAmount?: Amount
  readonly memo?: string
  readonly remark?: string
  readonly refundReason?: string
  readonly refundNotifyUrl?: string
}

/** The `aba.createDirectRefund` response (J `AlipayCreateDirectRefundResponse`). */
export interface CreateDirectRefundResponse extends ApiResponse {
  readonly paymentId?: string
  readonly refundId?: string
  readonly refundRequestId?: string
  readonly refundTime?: string
  readonly refundFromMethod?: RefundFromMethod
  readonly refundFromAmount?: Amount
  readonly refundToAmount?: Amount
}

/** `POST /v1/aba/funds/inquireDirectRefund` (J `AlipayInquireDirectRefundRequest`). */
export interface InquireDirectRefundRequest extends ApiRequest {
  readonly refundId?: string
  readonly refundRequestId?: string
}

/** The `aba.inquireDirectRefund` response (J `AlipayInquireDirectRefundResponse`). */
export interface InquireDirectRefundResponse extends ApiResponse {
  readonly refundStatus?: TransactionStatus
  readonly refundResultMessage?: string
  readonly refundResultCode?: string
  readonly refundId?: string
  readonly paymentId?: string
  readonly refundRequestId?: string
  readonly refundTime?: string
  readonly refundFromMethod?: RefundFromMethod
  readonly refundToAmount?: Amount
  readonly refundFromAmount?: Amount
}

/** `POST /v1/aba/funds/createQuote` (J `AlipayCreateQuoteRequest`). */
export interface CreateQuoteRequest extends ApiRequest {
  readonly buyAmount?: Amount
  readonly sellAmount?: Amount
  readonly exchangeTradeType?: string
}

/** The `aba.createQuote` response (J `AlipayCreateQuoteResponse`). */
export interface CreateQuoteResponse extends ApiResponse {
  readonly exchangeTradeType?: string
  readonly quote?: Quote
  readonly sellAmount?: Amount
  readonly buyAmount?: Amount
}

/** `POST /v1/aba/funds/createExchange` (J `AlipayCreateExchangeRequest`). */
export interface CreateExchangeRequest extends ApiRequest {
  readonly buyAmount?: Amount
  readonly sellAmount?: Amount
  readonly exchangeTradeType?: string
  readonly exchangeRequestId: string
  readonly exchangeMode?: string
}

/** The `aba.createExchange` response (J `AlipayCreateExchangeResponse`). */
export interface CreateExchangeResponse extends ApiResponse {
  readonly exchangeRequestId?: string
  readonly exchangeTradeType?: string
  readonly exchangeMode?: string
  readonly quote?: Quote
  readonly buyAmount?: Amount
  readonly sellAmount?: Amount
  readonly exchangeStartTime?: string
  readonly exchangeEndTime?: string
}

/** `POST /v1/aba/funds/inquireExchange` (J `AlipayInquireExchangeRequest`). */
export interface InquireExchangeRequest extends ApiRequest {
  readonly exchangeRequestId: string
}

/** The `aba.inquireExchange` response (J `AlipayInquireExchangeResponse`). */
export interface InquireExchangeResponse extends ApiResponse {
  readonly exchangeResult?: Result
  readonly exchangeTradeType?: string
  readonly exchangeMode?: string
  readonly exchangeRequestId?: string
  readonly quote?: Quote
  readonly sellAmount?: Amount
  readonly buyAmount?: Amount
  readonly exchangeId?: string
  readonly exchangeStartTime?: string
  readonly exchangeEndTime?: string
}

/** `POST /v1/aba/funds/inquireRate` (J `AlipayInquiryRateRequest`). */
export interface InquiryRateRequest extends ApiRequest {
  readonly rateConditionList?: readonly InquiryRateCondition[]
}

/** The `aba.inquireRate` response (J `AlipayInquiryRateResponse`). */
export interface InquiryRateResponse extends ApiResponse {
  readonly rateResultList?: readonly RateResult[]
}

/** An inquiry rate condition (J `InquiryRateCondition`). */
export interface InquiryRateCondition {
  readonly buyCurrency?: string
  readonly sellCurrency?: string
  readonly [field: string]: unknown
}

/** A rate result (J `RateResult`). */
export interface RateResult {
  readonly buyCurrency?: string
  readonly sellCurrency?: string
  readonly exchangeRate?: string
  readonly [field: string]: unknown
}

/** A refund from method (J `RefundFromMethod`). */
export interface RefundFromMethod {
  readonly grantToken?: string
  readonly refundFromMethodType?: string
  readonly customerId?: string
  readonly [field: string]: unknown
}
