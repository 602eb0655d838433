import type { Amount, Result } from '../../notification/types.js'
import type { EventPayload } from './meters-objects.js'
import type { WireInteger } from './objects.js'

/*
 * Nested objects of the notifications issue 12 added (credit notes, invoices, card bills, meter
 * events) that no endpoint model uses: the nested models of the official Java SDK
 * (alipay/global-open-sdk-java v2.2.8, `model/ams/*`), field for field, each open to fields Alipay
 * adds. Every field is optional, as in the SDK; enums are open, so a value Alipay adds later still
 * type-checks.
 */

/** A credit note info (J `CreditNoteInfo`). */
export interface CreditNoteInfo {
  readonly creditNoteId?: string
  readonly type?: string
  readonly status?: string
  readonly totalAmount?: Amount
  readonly refundAmount?: Amount
  readonly refundStatus?: string
  readonly refundId?: string
  readonly refundDestination?: string
  readonly reason?: string
  readonly reasonDescription?: string
  readonly memo?: string
  readonly effectiveDate?: string
  readonly issuedAt?: string
  readonly refundedAt?: string
  readonly voidedAt?: string
  readonly createdAt?: string
  readonly items?: readonly LineItem[]
  readonly [field: string]: unknown
}

/** An error event (J `ErrorEvent`). */
export interface ErrorEvent {
  readonly errorCode?: string
  readonly idempotencyKey?: string
  readonly eventTimestamp?: WireInteger
  readonly payload?: EventPayload
  readonly [field: string]: unknown
}

/** A fail reason (J `FailReason`). */
export interface FailReason {
  readonly errorCode?: string
  readonly errorDesc?: string
  readonly [field: string]: unknown
}

/** An invoice payment info (J `InvoicePaymentInfo`). */
export interface InvoicePaymentInfo {
  readonly result?: Result
  readonly paymentId?: string
  readonly paymentAmount?: Amount
  readonly paymentTime?: string
  readonly [field: string]: unknown
}

/** A line item (J `LineItem`). */
export interface LineItem {
  readonly creditNoteItemId?: string
  readonly type?: string
  readonly invoiceItemId?: string
  readonly description?: string
  readonly quantity?: string
  readonly unitAmount?: Amount
  readonly itemAmount?: Amount
  readonly metadata?: { readonly [key: string]: string }
  readonly [field: string]: unknown
}

/** A notify invoice info (J `NotifyInvoiceInfo`). */
export interface NotifyInvoiceInfo {
  readonly invoiceId?: string
  readonly invoiceStatus?: string
  readonly originalAmount?: Amount
  readonly prePaymentCreditNotesAmount?: Amount
  readonly postPaymentCreditNotesAmount?: Amount
  readonly adjustedAmount?: Amount
  readonly [field: string]: unknown
}
