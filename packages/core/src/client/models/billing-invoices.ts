import type { Amount } from '../../notification/types.js'
import type {
  Invoice,
  InvoiceCreateItem,
  InvoiceCustomField,
  InvoiceItem,
  InvoiceNote,
  InvoiceShipping,
} from './billing-invoices-objects.js'
import type { ApiRequest, ApiResponse, PaymentMethod } from './common.js'
import type { WireBoolean, WireInteger } from './objects.js'
import type { BillingDiscount, InvoicePayment } from './shared-objects.js'

/*
 * Billing: invoices: the request and response models of the official Java SDK
 * (alipay/global-open-sdk-java v2.2.8, `request/ams/*`, `response/ams/*`), field for field. Every
 * field is optional, as in the SDK, except the idempotency key or the id of the object an
 * operation acts on; enums are open, so a value Alipay adds later still type-checks.
 * docs/endpoints.md lists every endpoint.
 */

/** `POST /v1/billing/invoice/create` (J `AlipayInvoiceCreateRequest`). */
export interface InvoiceCreateRequest extends ApiRequest {
  readonly invoiceRequestId: string
  readonly customerId?: string
  readonly subscriptionId?: string
  readonly currency?: string
  readonly items?: readonly InvoiceCreateItem[]
  readonly status?: string
  readonly autoSend?: WireBoolean
  readonly ccEmails?: readonly string[]
  readonly description?: string
  readonly dueDate?: string
  readonly collectionMethod?: string
  readonly paymentMethod?: PaymentMethod
  readonly shipping?: InvoiceShipping
  readonly discounts?: readonly BillingDiscount[]
  readonly invoiceNotifyUrl?: string
}

/** The `billing.invoices.create` response (J `AlipayInvoiceCreateResponse`). */
export interface InvoiceCreateResponse extends ApiResponse {
  readonly invoiceId?: string
  readonly invoiceRequestId?: string
  readonly status?: string
  readonly hostedInvoiceUrl?: string
  readonly sendStatus?: string
}

/** `POST /v1/billing/invoice/update` (J `AlipayInvoiceUpdateRequest`). */
export interface InvoiceUpdateRequest extends ApiRequest {
  readonly invoiceId: string
  readonly description?: string
  readonly dueDate?: string
  readonly collectionMethod?: string
  readonly paymentMethod?: PaymentMethod
  readonly shipping?: InvoiceShipping
  readonly customerId?: string
  readonly footer?: string
  readonly includePaymentLink?: WireBoolean
  readonly memo?: string
  readonly customFields?: readonly InvoiceCustomField[]
  readonly invoiceNotifyUrl?: string
}

/** The `billing.invoices.update` response (J `AlipayInvoiceUpdateResponse`). */
export interface InvoiceUpdateResponse extends ApiResponse {
  readonly invoiceId?: string
  readonly status?: string
  readonly previousInvoiceId?: string
}

/** `POST /v1/billing/invoice/finalize` (J `AlipayInvoiceFinalizeRequest`). */
export interface InvoiceFinalizeRequest extends ApiRequest {
  readonly invoiceId: string
  readonly autoSend?: WireBoolean
  readonly invoiceNote?: string
}

/** The `billing.invoices.finalize` response (J `AlipayInvoiceFinalizeResponse`). */
export interface InvoiceFinalizeResponse extends ApiResponse {
  readonly invoiceId?: string
  readonly status?: string
  readonly hostedInvoiceUrl?: string
  readonly finalizedAt?: string
  readonly invoiceNote?: string
  readonly sendStatus?: string
}

/** `POST /v1/billing/invoice/send` (J `AlipayInvoiceSendRequest`). */
export interface InvoiceSendRequest extends ApiRequest {
  readonly invoiceId: string
  readonly ccEmails?: readonly string[]
  readonly internalNote?: string
  readonly includePaymentLink?: WireBoolean
}

/** The `billing.invoices.send` response (J `AlipayInvoiceSendResponse`). */
export interface InvoiceSendResponse extends ApiResponse {
  readonly invoiceId?: string
  readonly sendStatus?: string
  readonly hostedInvoiceUrl?: string
}

/** `POST /v1/billing/invoice/confirmPayment` (J `AlipayInvoiceConfirmPaymentRequest`). */
export interface InvoiceConfirmPaymentRequest extends ApiRequest {
  readonly invoiceId: string
  readonly confirmationType?: string
  readonly paymentMethod?: string
  readonly reference?: string
  readonly autoSend?: WireBoolean
  readonly invoiceNote?: string
  readonly ccEmails?: readonly string[]
}

/** The `billing.invoices.confirmPayment` response (J `AlipayInvoiceConfirmPaymentResponse`). */
export interface InvoiceConfirmPaymentResponse extends ApiResponse {
  readonly invoiceId?: string
  readonly status?: string
  readonly receiptId?: string
  readonly invoiceNote?: string
  readonly paidAt?: string
  readonly sendStatus?: string
}

/** `POST /v1/billing/invoice/void` (J `AlipayInvoiceVoidRequest`). */
export interface InvoiceVoidRequest extends ApiRequest {
  readonly invoiceId: string
  readonly invoiceNote?: string
}

/** The `billing.invoices.void` response (J `AlipayInvoiceVoidResponse`). */
export interface InvoiceVoidResponse extends ApiResponse {
  readonly invoiceId?: string
  readonly status?: string
  readonly voidedAt?: string
  readonly invoiceNote?: string
}

/** `POST /v1/billing/invoice/markUncollectible` (J `AlipayInvoiceMarkUncollectibleRequest`). */
export interface InvoiceMarkUncollectibleRequest extends ApiRequest {
  readonly invoiceId: string
  readonly invoiceNote?: string
}

/** The `billing.invoices.markUncollectible` response (J `AlipayInvoiceMarkUncollectibleResponse`). */
export interface InvoiceMarkUncollectibleResponse extends ApiResponse {
  readonly invoiceId?: string
  readonly status?: string
  readonly markedUncollectibleAt?: string
  readonly invoiceNote?: string
}

/** `POST /v1/billing/invoice/revise` (J `AlipayInvoiceReviseRequest`). */
export interface InvoiceReviseRequest extends ApiRequest {
  readonly invoiceId?: string
  readonly invoiceRequestId?: string
  readonly invoiceRevisionRequestId: string
  readonly void?: WireBoolean
  readonly invoiceNotifyUrl?: string
}

/** The `billing.invoices.revise` response (J `AlipayInvoiceReviseResponse`). */
export interface InvoiceReviseResponse extends ApiResponse {
  readonly newInvoiceId?: string
  readonly voidedInvoiceId?: string
}

/** `POST /v1/billing/invoice/inquireDetails` (J `AlipayInvoiceInquireDetailsRequest`). */
export interface InvoiceInquireDetailsRequest extends ApiRequest {
  readonly invoiceId?: string
  readonly invoiceRequestId?: string
}

/** The `billing.invoices.inquireDetails` response (J `AlipayInvoiceInquireDetailsResponse`). */
export interface InvoiceInquireDetailsResponse extends ApiResponse {
  readonly invoiceId?: string
  readonly invoiceRequestId?: string
  readonly subscriptionId?: string
  readonly customerId?: string
  readonly invoiceNumber?: string
  readonly customerFirstName?: string
  readonly customerLastName?: string
  readonly customerEmail?: string
  readonly reason?: string
  readonly phaseNo?: string
  readonly status?: string
  readonly currency?: string
  readonly subtotal?: Amount
  readonly discountAmount?: Amount
  readonly totalAmount?: Amount
  readonly paidAmount?: Amount
  readonly remainAmount?: Amount
  readonly taxAmount?: Amount
  readonly collectionMethod?: string
  readonly paymentMethod?: PaymentMethod
  readonly shipping?: InvoiceShipping
  readonly hostedInvoiceUrl?: string
  readonly periodStart?: string
  readonly periodEnd?: string
  readonly dueDate?: string
  readonly paidTime?: string
  readonly description?: string
  readonly items?: readonly InvoiceItem[]
  readonly payments?: readonly InvoicePayment[]
  readonly invoiceNotes?: readonly InvoiceNote[]
  readonly gmtCreate?: string
  readonly gmtUpdate?: string
  readonly discounts?: readonly BillingDiscount[]
  readonly postPaymentCreditNotesAmount?: Amount
  readonly prePaymentCreditNotesAmount?: Amount
  readonly paymentDeducted?: Amount
}

/** `POST /v1/billing/invoice/inquireList` (J `AlipayInvoiceInquireListRequest`). */
export interface InvoiceInquireListRequest extends ApiRequest {
  readonly startingAfter?: string
  readonly endingBefore?: string
  readonly limit?: WireInteger
  readonly includeTotal?: WireBoolean
  readonly subscriptionId?: string
  readonly customerId?: string
  readonly invoiceId?: string
  readonly status?: string
  readonly reason?: string
  readonly startDate?: string
  readonly endDate?: string
  readonly minAmount?: Amount
  readonly maxAmount?: Amount
  readonly excludeDraft?: WireBoolean
}

/** The `billing.invoices.inquireList` response (J `AlipayInvoiceInquireListResponse`). */
export interface InvoiceInquireListResponse extends ApiResponse {
  readonly invoices?: readonly Invoice[]
  readonly total?: string
  readonly hasMore?: WireBoolean
  readonly nextCursor?: string
  readonly degrade?: WireBoolean
  readonly previousCursor?: string
}

/** `POST /v1/billing/invoice/createViewLink` (J `AlipayInvoiceCreateViewLinkRequest`). */
export interface InvoiceCreateViewLinkRequest extends ApiRequest {
  readonly invoiceId?: string
  readonly invoiceRequestId?: string
  readonly linkExpiryDays?: WireInteger
}

/** The `billing.invoices.createViewLink` response (J `AlipayInvoiceCreateViewLinkResponse`). */
export interface InvoiceCreateViewLinkResponse extends ApiResponse {
  readonly token?: string
  readonly viewUrl?: string
  readonly expiresAt?: string
}

/** `POST /v1/billing/invoice/export` (J `AlipayInvoiceExportRequest`). */
export interface InvoiceExportRequest extends ApiRequest {
  readonly customerId?: string
  readonly status?: string
  readonly subscriptionId?: string
  readonly invoiceIds?: readonly string[]
  readonly startDate?: string
  readonly endDate?: string
  readonly fileFormat?: string
  readonly language?: string
  readonly downloadType?: string
  readonly columnPreset?: string
}

/** The `billing.invoices.export` response (J `AlipayInvoiceExportResponse`). */
export interface InvoiceExportResponse extends ApiResponse {
  readonly fileFormat?: string
  readonly expiresAt?: string
  readonly fileUrl?: string
  readonly fileSize?: WireInteger
  readonly fileName?: string
}
