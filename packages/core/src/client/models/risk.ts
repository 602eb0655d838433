import type { Amount } from '../../notification/types.js'
import type { ApiRequest, ApiResponse, Env } from './common.js'
import type {
  AuthorizationError,
  AuthorizationPhase,
  Buyer,
  CardVerificationResult,
  PaymentDetail,
  RefundRecord,
  RiskDecideOrder,
} from './risk-objects.js'

/*
 * Risk decisions (`/v1/risk/payments/...`): the request and response models of the official Java
 * SDK (alipay/global-open-sdk-java v2.2.8, `request/ams/*`, `response/ams/*`), field for field.
 * Every field is optional, as in the SDK, except the idempotency key or the id of the object an
 * operation acts on; enums are open, so a value Alipay adds later still type-checks.
 * docs/endpoints.md lists every endpoint.
 */

/** `POST /v1/risk/payments/decide` (J `RiskDecideRequest`). */
export interface RiskDecideRequest extends ApiRequest {
  readonly referenceTransactionId: string
  readonly authorizationPhase?: AuthorizationPhase
  readonly orders?: readonly RiskDecideOrder[]
  readonly buyer?: Buyer
  readonly actualPaymentAmount?: Amount
  readonly paymentDetails?: readonly PaymentDetail[]
  readonly discountAmount?: Amount
  readonly env?: Env
}

/** What every `risk.*` response carries besides `result` (J `RiskResponse`, their base class). */
export interface RiskResponse extends ApiResponse {
  /** An id from Alipay's risk service; the SDK leaves its meaning undocumented. */
  readonly securityId?: string
}

/** The `risk.decide` response (J `RiskDecideResponse`). */
export interface RiskDecideResponse extends RiskResponse {
  readonly decision?: string
  readonly authenticationDecision?: string
}

/** `POST /v1/risk/payments/reportRisk` (J `RiskReportRequest`). */
export interface RiskReportRequest extends ApiRequest {
  readonly referenceTransactionId: string
  readonly reportReason?: string
  readonly riskType?: string
  readonly riskOccurrenceTime?: string | number
}

/** The `risk.reportRisk` response (J `RiskReportResponse`). */
export type RiskReportResponse = RiskResponse

/** `POST /v1/risk/payments/sendPaymentResult` (J `SendPaymentResultRequest`). */
export interface RiskSendPaymentResultRequest extends ApiRequest {
  readonly referenceTransactionId: string
  readonly paymentStatus?: string
  readonly authorizationError?: AuthorizationError
  readonly cardVerificationResult?: CardVerificationResult
  readonly paymentMethodProvider?: string
}

/** The `risk.sendPaymentResult` response (J `SendPaymentResultResponse`). */
export type RiskSendPaymentResultResponse = RiskResponse

/** `POST /v1/risk/payments/sendRefundResult` (J `SendRefundResultRequest`). */
export interface RiskSendRefundResultRequest extends ApiRequest {
  readonly referenceTransactionId: string
  readonly referenceRefundId?: string
  readonly actualRefundAmount?: Amount
  readonly refundRecords?: readonly RefundRecord[]
}

/** The `risk.sendRefundResult` response (J `SendRefundResultResponse`). */
export type RiskSendRefundResultResponse = RiskResponse
