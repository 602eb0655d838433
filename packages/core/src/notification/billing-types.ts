import type {
  CreditNoteInfo,
  ErrorEvent,
  InvoicePaymentInfo,
  NotifyInvoiceInfo,
} from '../client/models/notification-objects.js'
import type { SubscriptionInfo } from '../client/models/subscription-inquiries.js'
import type { Amount, Result } from './types.js'

/*
 * The notifications of Antom Billing: J `request/ams/notify/AlipayCreditNoteNotify`,
 * `AlipayInvoiceNotify`, `AlipayMeterEventNotify` and `AlipayBillingSubscriptionNotify` (the
 * Python SDK's models match). No Antom page documents these bodies yet, and both SDKs type every
 * field optional, so each requires only the field that recognises it (docs/notifications.md).
 */

/** The documented values of `creditNoteNotificationType` (J `AlipayCreditNoteNotify`). */
export type CreditNoteNotificationType = 'CREATED' | 'VOIDED' | 'REFUND_SUCCEEDED' | 'REFUND_FAILED'

/** A credit note's lifecycle event, recognised by `creditNoteNotificationType` (any string). */
export interface CreditNoteNotification {
  readonly creditNoteNotificationType: CreditNoteNotificationType | (string & {})
  readonly notifyType?: string
  readonly result?: Result
  /** Antom's id of this notification, the same on every resend (J). */
  readonly notifyId?: string
  /** Your idempotency key from `billing.creditNotes.create`, the same for every event of the credit note. */
  readonly creditNoteRequestId?: string
  readonly customerId?: string
  readonly creditNote?: CreditNoteInfo
  readonly invoice?: NotifyInvoiceInfo
}

/** An invoice's payment event, recognised by `invoiceStatus`. */
export interface InvoiceNotification {
  readonly notifyType?: string
  readonly result?: Result
  readonly invoiceRequestId?: string
  readonly invoiceId?: string
  /** PAID, UNPAID, VOID or UNCOLLECTIBLE (J); open. */
  readonly invoiceStatus: 'PAID' | 'UNPAID' | 'VOID' | 'UNCOLLECTIBLE' | (string & {})
  readonly invoiceAmount?: Amount
  /** Absent when no payment was attempted (a draft voided). */
  readonly paymentInfo?: InvoicePaymentInfo
  /** Present when the invoice belongs to a subscription. */
  readonly subscription?: SubscriptionInfo
  readonly customerId?: string
  readonly reason?: string
  /** PAYMENT_SUCCESS, PAYMENT_FAILED, PAYMENT_TIMEOUT, MANUAL_VOID or MANUAL_MARK_UNCOLLECTIBLE (J); open. */
  readonly reasonDescription?: string
}

/** Meter events Antom could not take, recognised by `errorEvents`. */
export interface MeterEventNotification {
  readonly notifyType?: string
  readonly result?: Result
  readonly eventName?: string
  readonly errorEvents: readonly ErrorEvent[]
}

/**
 * A billing subscription's status change (`billing.subscriptions.*`), recognised by
 * `previousStatus`, or by `status` with a subscription id and neither `subscriptionStatus` (which
 * the original subscriptions' notifySubscription carries) nor payment fields.
 */
export interface BillingSubscriptionNotification {
  readonly notifyType?: string
  readonly result?: Result
  /** Your idempotency key from `billing.subscriptions.create` (J). */
  readonly subscriptionRequestId?: string
  /** The same key under the Python SDK's name. */
  readonly merchantRequestId?: string
  readonly eventTime?: string
  readonly subscriptionId?: string
  readonly invoiceId?: string
  readonly status: string
  readonly previousStatus?: string
  readonly reason?: string
  readonly reasonDescription?: string
  /** Returned with fixed pricing when the subscription is created (J). */
  readonly fixedAmount?: Amount
}
