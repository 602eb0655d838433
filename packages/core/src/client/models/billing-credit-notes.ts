import type { Amount } from '../../notification/types.js'
import type { ApiRequest, ApiResponse } from './common.js'
import type { WireBoolean, WireInteger } from './objects.js'

/*
 * Billing: credit notes: the request and response models of the official Java SDK
 * (alipay/global-open-sdk-java v2.2.8, `request/ams/*`, `response/ams/*`), field for field. Every
 * field is optional, as in the SDK, except the idempotency key or the id of the object an
 * operation acts on; enums are open, so a value Alipay adds later still type-checks.
 * docs/endpoints.md lists every endpoint.
 */

/** `POST /v1/billing/creditNote/create` (J `AlipayCreditNoteCreateRequest`). */
export interface CreditNoteCreateRequest extends ApiRequest {
  readonly creditNoteRequestId: string
  readonly invoiceId?: string
  readonly type?: string
  readonly totalAmount?: Amount
  readonly items?: readonly CreditNoteCreateItem[]
  readonly refundAmount?: Amount
  readonly refundDestination?: string
  readonly reason?: string
  readonly reasonDescription?: string
  readonly memo?: string
  readonly emailType?: string
  readonly language?: string
  readonly effectiveDate?: string
  readonly metadata?: string
  readonly creditNoteNotifyUrl?: string
}

/** The `billing.creditNotes.create` response (J `AlipayCreditNoteCreateResponse`). */
export interface CreditNoteCreateResponse extends ApiResponse {
  readonly creditNoteId?: string
  readonly creditNoteRequestId?: string
  readonly invoiceId?: string
  readonly type?: string
  readonly status?: string
  readonly customerId?: string
  readonly totalAmount?: Amount
  readonly refundAmount?: Amount
  readonly refundStatus?: string
  readonly refundId?: string
  readonly reason?: string
  readonly reasonDescription?: string
  readonly refundDestination?: string
  readonly items?: readonly CreditNoteItem[]
  readonly memo?: string
  readonly effectiveDate?: string
  readonly issuedAt?: string
  readonly refundedAt?: string
  readonly createdAt?: string
}

/** `POST /v1/billing/creditNote/void` (J `AlipayCreditNoteVoidRequest`). */
export interface CreditNoteVoidRequest extends ApiRequest {
  readonly creditNoteId: string
  readonly reason?: string
}

/** The `billing.creditNotes.void` response (J `AlipayCreditNoteVoidResponse`). */
export interface CreditNoteVoidResponse extends ApiResponse {
  readonly creditNoteId?: string
  readonly status?: string
  readonly voidedAt?: string
}

/** `POST /v1/billing/creditNote/inquireDetails` (J `AlipayCreditNoteInquireDetailsRequest`). */
export interface CreditNoteInquireDetailsRequest extends ApiRequest {
  readonly creditNoteId: string
}

/** The `billing.creditNotes.inquireDetails` response (J `AlipayCreditNoteInquireDetailsResponse`). */
export interface CreditNoteInquireDetailsResponse extends ApiResponse {
  readonly creditNoteId?: string
  readonly creditNoteRequestId?: string
  readonly invoiceId?: string
  readonly customerId?: string
  readonly type?: string
  readonly status?: string
  readonly totalAmount?: Amount
  readonly refundAmount?: Amount
  readonly refundStatus?: string
  readonly refundId?: string
  readonly reason?: string
  readonly reasonDescription?: string
  readonly refundDestination?: string
  readonly effectiveDate?: string
  readonly memo?: string
  readonly items?: readonly CreditNoteItem[]
  readonly issuedAt?: string
  readonly refundedAt?: string
  readonly voidedAt?: string
  readonly createdAt?: string
}

/** `POST /v1/billing/creditNote/inquireList` (J `AlipayCreditNoteInquireListRequest`). */
export interface CreditNoteInquireListRequest extends ApiRequest {
  readonly invoiceId?: string
  readonly customerId?: string
  readonly status?: string
  readonly type?: string
  readonly reason?: string
  readonly startDate?: string
  readonly endDate?: string
  readonly startingAfter?: string
  readonly endingBefore?: string
  readonly limit?: WireInteger
  readonly includeTotal?: WireBoolean
}

/** The `billing.creditNotes.inquireList` response (J `AlipayCreditNoteInquireListResponse`). */
export interface CreditNoteInquireListResponse extends ApiResponse {
  readonly hasMore?: WireBoolean
  readonly totalCount?: WireInteger
  readonly list?: readonly CreditNoteSummary[]
}

/** A credit note create item (J `CreditNoteCreateItem`). */
export interface CreditNoteCreateItem {
  readonly type?: string
  readonly invoiceItemId?: string
  readonly description?: string
  readonly quantity?: WireInteger
  readonly unitAmount?: Amount
  readonly itemAmount?: Amount
  readonly [field: string]: unknown
}

/** A credit note item (J `CreditNoteItem`). */
export interface CreditNoteItem {
  readonly creditNoteItemId?: string
  readonly type?: string
  readonly invoiceItemId?: string
  readonly description?: string
  readonly quantity?: WireInteger
  readonly unitAmount?: Amount
  readonly itemAmount?: Amount
  readonly [field: string]: unknown
}

/** A credit note summary (J `CreditNoteSummary`). */
export interface CreditNoteSummary {
  readonly creditNoteId?: string
  readonly customerId?: string
  readonly invoiceId?: string
  readonly type?: string
  readonly status?: string
  readonly totalAmount?: Amount
  readonly refundAmount?: Amount
  readonly reason?: string
  readonly effectiveDate?: string
  readonly refundStatus?: string
  readonly voidedAt?: string
  readonly refundedAt?: string
  readonly createdAt?: string
  readonly [field: string]: unknown
}
