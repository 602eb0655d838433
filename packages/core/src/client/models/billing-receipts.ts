import type { Amount } from '../../notification/types.js'
import type { ApiRequest, ApiResponse } from './common.js'
import type { WireBoolean, WireInteger } from './objects.js'
import type { InvoicePayment } from './shared-objects.js'

/*
 * Billing: receipts: the request and response models of the official Java SDK
 * (alipay/global-open-sdk-java v2.2.8, `request/ams/*`, `response/ams/*`), field for field. Every
 * field is optional, as in the SDK, except the idempotency key or the id of the object an
 * operation acts on; enums are open, so a value Alipay adds later still type-checks.
 * docs/endpoints.md lists every endpoint.
 */

/** `POST /v1/billing/receipt/send` (J `AlipayReceiptSendRequest`). */
export interface ReceiptSendRequest extends ApiRequest {
  readonly receiptId: string
  readonly ccEmails?: readonly string[]
}

/** The `billing.receipts.send` response (J `AlipayReceiptSendResponse`). */
export interface ReceiptSendResponse extends ApiResponse {
  readonly receiptId?: string
  readonly sendStatus?: string
  readonly hostedReceiptUrl?: string
}

/** `POST /v1/billing/receipt/inquireDetails` (J `AlipayReceiptInquireDetailsRequest`). */
export interface ReceiptInquireDetailsRequest extends ApiRequest {
  readonly receiptId?: string
  readonly invoiceId?: string
}

/** The `billing.receipts.inquireDetails` response (J `AlipayReceiptInquireDetailsResponse`). */
export interface ReceiptInquireDetailsResponse extends ApiResponse {
  readonly receiptId?: string
  readonly originalReceiptId?: string
  readonly invoiceId?: string
  readonly subscriptionId?: string
  readonly customerId?: string
  readonly paymentId?: string
  readonly refundId?: string
  readonly receiptType?: string
  readonly status?: string
  readonly reason?: string
  readonly customerFirstName?: string
  readonly customerLastName?: string
  readonly customerEmail?: string
  readonly collectionMethod?: string
  readonly totalAmount?: Amount
  readonly subtotal?: Amount
  readonly paidAmount?: Amount
  readonly discountAmount?: Amount
  readonly taxAmount?: Amount
  readonly shippingFeeAmount?: Amount
  readonly paymentDeductedAmount?: Amount
  readonly refundAmount?: Amount
  readonly refundedAmount?: Amount
  readonly remainingAmount?: Amount
  readonly settlementAmount?: Amount
  readonly fxRate?: string
  readonly fxRateId?: string
  readonly paymentMethod?: string
  readonly periodStart?: string
  readonly periodEnd?: string
  readonly paidTime?: string
  readonly dueDate?: string
  readonly paymentRequestId?: string
  readonly payToRequestId?: string
  readonly payToId?: string
  readonly description?: string
  readonly fileUrl?: string
  readonly items?: readonly ReceiptItem[]
  readonly payments?: readonly InvoicePayment[]
  readonly gmtCreate?: string
  readonly gmtUpdate?: string
  readonly paymentMethodType?: string
}

/** `POST /v1/billing/receipt/inquireList` (J `AlipayReceiptInquireListRequest`). */
export interface ReceiptInquireListRequest extends ApiRequest {
  readonly startingAfter?: string
  readonly endingBefore?: string
  readonly limit?: WireInteger
  readonly includeTotal?: WireBoolean
  readonly customerId?: string
  readonly invoiceId?: string
  readonly subscriptionId?: string
  readonly status?: string
  readonly receiptType?: string
  readonly startDate?: string
  readonly endDate?: string
}

/** The `billing.receipts.inquireList` response (J `AlipayReceiptInquireListResponse`). */
export interface ReceiptInquireListResponse extends ApiResponse {
  readonly receipts?: readonly Receipt[]
  readonly total?: WireInteger
  readonly hasMore?: WireBoolean
  readonly nextCursor?: string
}

/** `POST /v1/billing/receipt/export` (J `AlipayReceiptExportRequest`). */
export interface ReceiptExportRequest extends ApiRequest {
  readonly status?: string
  readonly subscriptionId?: string
  readonly customerId?: string
  readonly startDate?: string
  readonly endDate?: string
  readonly receiptIds?: readonly string[]
  readonly fileFormat?: string
  readonly language?: string
  readonly downloadType?: string
  readonly columnPreset?: string
}

/** The `billing.receipts.export` response (J `AlipayReceiptExportResponse`). */
export interface ReceiptExportResponse extends ApiResponse {
  readonly fileFormat?: string
  readonly expiresAt?: string
  readonly fileUrl?: string
  readonly fileSize?: WireInteger
  readonly fileName?: string
}

/** A receipt (J `Receipt`). */
export interface Receipt {
  readonly receiptId?: string
  readonly invoiceId?: string
  readonly customerId?: string
  readonly subscriptionId?: string
  readonly originalReceiptId?: string
  readonly receiptType?: string
  readonly status?: string
  readonly reason?: string
  readonly collectionMethod?: string
  readonly paymentMethod?: ReceiptPaymentMethod
  readonly subtotal?: Amount
  readonly totalAmount?: Amount
  readonly paidAmount?: Amount
  readonly remainingAmount?: Amount
  readonly refundAmount?: Amount
  readonly refundedAmount?: Amount
  readonly paymentDeductedAmount?: Amount
  readonly periodStart?: string
  readonly periodEnd?: string
  readonly description?: string
  readonly gmtCreate?: string
  readonly gmtUpdate?: string
  readonly paymentMethodType?: string
  readonly discountAmount?: Amount
  readonly taxAmount?: Amount
  readonly shippingFeeAmount?: Amount
  readonly settlementAmount?: Amount
  readonly fxRate?: string
  readonly fxRateId?: string
  readonly dueDate?: string
  readonly paidTime?: string
  readonly paymentRequestId?: string
  readonly payToRequestId?: string
  readonly payToId?: string
  readonly footer?: string
  readonly fileUrl?: string
  readonly [field: string]: unknown
}

/** A receipt item (J `ReceiptItem`). */
export interface ReceiptItem {
  readonly itemId?: string
  readonly description?: string
  readonly quantity?: WireInteger
  readonly unitAmount?: Amount
  readonly amount?: Amount
  readonly usageAmount?: Amount
  readonly usageQuantity?: string
  readonly usageUnit?: string
  readonly discountAmount?: Amount
  readonly taxAmount?: Amount
  readonly periodStart?: string
  readonly periodEnd?: string
  readonly proration?: WireBoolean
  readonly gmtCreate?: string
  readonly gmtUpdate?: string
  readonly [field: string]: unknown
}

/** A receipt payment method (J `ReceiptPaymentMethod`). */
export interface ReceiptPaymentMethod {
  readonly paymentMethodType?: string
  readonly [field: string]: unknown
}
