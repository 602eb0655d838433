import type { Amount, OpenObject } from '../../notification/types.js'
import type { ApiRequest, ApiResponse } from './common.js'

/** `POST /v1/payments/acceptDispute`. */
export interface AcceptDisputeRequest extends ApiRequest {
  readonly disputeId: string
}

/** `POST /v1/payments/supplyDefenseDocument`. */
export interface SupplyDefenseDocumentRequest extends ApiRequest {
  readonly disputeId: string
  /** The defense document, base64-encoded as the docs describe. */
  readonly disputeEvidence: string
}

/** The response of `acceptDispute` and `supplyDefenseDocument`. */
export interface DisputeResponse extends ApiResponse {
  readonly disputeId?: string
  readonly disputeResolutionTime?: string
}

/** `POST /v1/payments/downloadDisputeEvidence`. */
export interface DownloadDisputeEvidenceRequest extends ApiRequest {
  readonly disputeId: string
  readonly disputeEvidenceType: 'DISPUTE_EVIDENCE_TEMPLATE' | 'DISPUTE_EVIDENCE_FILE' | (string & {})
}

/** The `downloadDisputeEvidence` response. */
export interface DownloadDisputeEvidenceResponse extends ApiResponse {
  readonly disputeEvidence?: string
  readonly disputeEvidenceFormat?: string
}

/** `POST /v1/customs/declare`. */
export interface DeclareCustomsRequest extends ApiRequest {
  /** Your idempotency key for this declaration. */
  readonly declarationRequestId: string
  readonly paymentId: string
  readonly declarationAmount: Amount
  readonly customs: { readonly customsCode: string; readonly region: string }
  readonly merchantCustomsInfo: { readonly merchantCustomsCode: string; readonly merchantCustomsName: string }
  readonly splitOrder: string
  readonly subOrderId?: string
  readonly buyerCertificate?: OpenObject
}

/** The `customs/declare` response. */
export interface DeclareCustomsResponse extends ApiResponse {
  readonly customsPaymentId?: string
  readonly customsOrderId?: string
  readonly customsProviderRegistrationId?: string
  readonly customsDeclarationAmount?: Amount
  readonly clearingChannel?: string
  readonly clearingTransactionId?: string
  readonly identityCheckResult?: string
}

/** `POST /v1/customs/inquiryDeclarationRequests`. */
export interface InquireCustomsDeclarationRequest extends ApiRequest {
  readonly declarationRequestIds: readonly string[]
}

/** The `customs/inquiryDeclarationRequests` response. */
export interface InquireCustomsDeclarationResponse extends ApiResponse {
  readonly declarationRequestsNotFound?: readonly string[]
  readonly declarationRecords?: readonly OpenObject[]
}
