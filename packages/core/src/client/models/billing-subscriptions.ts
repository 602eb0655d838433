import type { Amount } from '../../notification/types.js'
import type {
  BillingSubscriptionCancelCancellationDetails,
  BillingSubscriptionCancellationDetails,
  BillingSubscriptionDiscountInfo,
  BillingSubscriptionInquireDetailsCancellationDetails,
  BillingSubscriptionPriceItem,
  BillingSubscriptionTrialSettings,
  BillingTrialSettings,
  PriceItem,
  PriceItemChange,
  Subscription,
  SubscriptionItem,
} from './billing-subscriptions-objects.js'
import type { ApiRequest, ApiResponse } from './common.js'
import type { WireBoolean, WireInteger } from './objects.js'
import type { BillingDiscount } from './shared-objects.js'

/*
 * Billing: subscriptions to prices: the request and response models of the official Java SDK
 * (alipay/global-open-sdk-java v2.2.8, `request/ams/*`, `response/ams/*`), field for field. Every
 * field is optional, as in the SDK, except the idempotency key or the id of the object an
 * operation acts on; enums are open, so a value Alipay adds later still type-checks.
 * docs/endpoints.md lists every endpoint.
 */

/** `POST /v1/billing/subscription/create` (J `AlipayBillingSubscriptionCreateRequest`). */
export interface BillingSubscriptionCreateRequest extends ApiRequest {
  readonly subscriptionRequestId: string
  readonly customerId?: string
  readonly customerEmail?: string
  readonly priceItems?: readonly PriceItem[]
  readonly trialSettings?: BillingTrialSettings
  readonly discounts?: readonly BillingDiscount[]
  readonly paymentBehavior?: string
  readonly collectionMethod?: string
  readonly daysUntilDue?: WireInteger
  readonly cancelAt?: string
  readonly cancelAtPeriodEnd?: WireBoolean
  readonly description?: string
  readonly subscriptionNotifyUrl?: string
  readonly metadata?: string
}

/** The `billing.subscriptions.create` response (J `AlipayBillingSubscriptionCreateResponse`). */
export interface BillingSubscriptionCreateResponse extends ApiResponse {
  readonly subscriptionRequestId?: string
  readonly subscriptionId?: string
  readonly customerId?: string
  readonly invoiceId?: string
  readonly status?: string
  readonly currentPeriodStart?: string
  readonly currentPeriodEnd?: string
  readonly billingCycleAnchor?: string
  readonly trialStart?: string
  readonly trialEnd?: string
  readonly cancelAt?: string
  readonly description?: string
  readonly collectionMethod?: string
  readonly daysUntilDue?: WireInteger
  readonly subscriptionItems?: readonly SubscriptionItem[]
  readonly discounts?: readonly BillingDiscount[]
  readonly subscriptionNotifyUrl?: string
}

/** `POST /v1/billing/subscription/update` (J `AlipayBillingSubscriptionUpdateRequest`). */
export interface BillingSubscriptionUpdateRequest extends ApiRequest {
  readonly subscriptionId: string
  readonly priceItemChanges?: readonly PriceItemChange[]
  readonly prorationBehavior?: string
  readonly resetBillingCycleAnchor?: WireBoolean
  readonly trialSettings?: BillingTrialSettings
  readonly cancelAtPeriodEnd?: WireBoolean
  readonly cancelAt?: string
  readonly cancellationDetails?: BillingSubscriptionCancellationDetails
  readonly collectionMethod?: string
  readonly daysUntilDue?: WireInteger
  readonly description?: string
  readonly metadata?: string
}

/** The `billing.subscriptions.update` response (J `AlipayBillingSubscriptionUpdateResponse`). */
export interface BillingSubscriptionUpdateResponse extends ApiResponse {
  readonly subscriptionId?: string
  readonly status?: string
  readonly subscriptionItems?: readonly SubscriptionItem[]
  readonly prorationInvoiceId?: string
  readonly prorationInvoiceAmount?: WireInteger
  readonly prorationInvoiceCurrency?: string
  readonly creditNoteId?: string
  readonly creditNoteAmount?: WireInteger
  readonly creditNoteCurrency?: string
  readonly pendingUpdate?: WireBoolean
}

/** `POST /v1/billing/subscription/cancel` (J `AlipayBillingSubscriptionCancelRequest`). */
export interface BillingSubscriptionCancelRequest extends ApiRequest {
  readonly subscriptionId: string
  readonly cancellationType?: string
  readonly cancellationReason?: string
  readonly cancellationDetails?: BillingSubscriptionCancelCancellationDetails
  readonly prorationBehavior?: string
}

/** The `billing.subscriptions.cancel` response (J `AlipayBillingSubscriptionCancelResponse`). */
export interface BillingSubscriptionCancelResponse extends ApiResponse {
  readonly subscriptionId?: string
  readonly status?: string
  readonly canceledAt?: string
  readonly cancelAtPeriodEnd?: WireBoolean
  readonly creditNoteId?: string
  readonly creditNoteAmount?: WireInteger
  readonly creditNoteCurrency?: string
}

/** `POST /v1/billing/subscription/resume` (J `AlipayBillingSubscriptionResumeRequest`). */
export interface BillingSubscriptionResumeRequest extends ApiRequest {
  readonly subscriptionId: string
  readonly reasonCode?: string
}

/** The `billing.subscriptions.resume` response (J `AlipayBillingSubscriptionResumeResponse`). */
export interface BillingSubscriptionResumeResponse extends ApiResponse {
  readonly subscriptionId?: string
  readonly status?: string
  readonly billingCycleAnchor?: string
}

/** `POST /v1/billing/subscription/inquireDetails` (J `AlipayBillingSubscriptionInquireDetailsRequest`). */
export interface BillingSubscriptionInquireDetailsRequest extends ApiRequest {
  readonly subscriptionId: string
}

/** The `billing.subscriptions.inquireDetails` response (J `AlipayBillingSubscriptionInquireDetailsResponse`). */
export interface BillingSubscriptionInquireDetailsResponse extends ApiResponse {
  readonly subscriptionId?: string
  readonly subscriptionRequestId?: string
  readonly createTime?: string
  readonly status?: string
  readonly billingMode?: string
  readonly paymentBehavior?: string
  readonly currentPeriodStart?: string
  readonly currentPeriodEnd?: string
  readonly billingCycleAnchor?: string
  readonly cancelAtPeriodEnd?: WireBoolean
  readonly canceledAt?: string
  readonly trialStart?: string
  readonly trialEnd?: string
  readonly trialSettings?: BillingSubscriptionTrialSettings
  readonly cancelAt?: string
  readonly collectionMethod?: string
  readonly daysUntilDue?: WireInteger
  readonly cancellationDetails?: BillingSubscriptionInquireDetailsCancellationDetails
  readonly terminationReason?: string
  readonly description?: string
  readonly defaultPaymentMethod?: string
  readonly subtotal?: Amount
  readonly discountAmount?: Amount
  readonly totalAmount?: Amount
  readonly priceItems?: readonly BillingSubscriptionPriceItem[]
  readonly discounts?: readonly BillingSubscriptionDiscountInfo[]
  readonly metadata?: string
}

/** `POST /v1/billing/subscription/inquireList` (J `AlipayBillingSubscriptionInquireListRequest`). */
export interface BillingSubscriptionInquireListRequest extends ApiRequest {
  readonly status?: string
  readonly customerId?: string
  readonly subscriptionId?: string
  readonly gmtCreateStart?: string
  readonly gmtCreateEnd?: string
  readonly sortOrder?: string
  readonly startingAfter?: string
  readonly endingBefore?: string
  readonly limit?: WireInteger
}

/** The `billing.subscriptions.inquireList` response (J `AlipayBillingSubscriptionInquireListResponse`). */
export interface BillingSubscriptionInquireListResponse extends ApiResponse {
  readonly subscriptions?: readonly Subscription[]
  readonly hasMore?: WireBoolean
  readonly nextCursor?: string
  readonly previousCursor?: string
}
