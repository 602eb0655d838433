import type { Amount } from '../../notification/types.js'
import type { ApiRequest, ApiResponse, PaymentMethod } from './common.js'
import type { WireBoolean, WireInteger } from './objects.js'
import type { Paginator } from './shared-objects.js'
import type { PeriodRule } from './vaulting-subscriptions.js'

/*
 * Subscription inquiries (the original subscriptions API): the request and response models of the
 * official Java SDK (alipay/global-open-sdk-java v2.2.8, `request/ams/*`, `response/ams/*`), field
 * for field. Every field is optional, as in the SDK, except the idempotency key or the id of the
 * object an operation acts on; enums are open, so a value Alipay adds later still type-checks.
 * docs/endpoints.md lists every endpoint.
 */

/** `POST /v1/payments/inquire` (J `AlipaySubscriptionInquireRequest`). */
export interface SubscriptionInquireRequest extends ApiRequest {
  readonly subscriptionId?: string
  readonly merchantSubscriptionId?: string
}

/** The `subscriptions.inquire` response (J `AlipaySubscriptionInquireResponse`). */
export interface SubscriptionInquireResponse extends ApiResponse {
  readonly subscriptionId?: string
  readonly subscriptionRequestId?: string
  readonly subscriptionStatus?: string
  readonly paymentAmount?: Amount
  readonly allowAccumulate?: WireBoolean
  readonly maxAccumulateAmount?: Amount
  readonly periodRule?: PeriodRule
  readonly phaseNo?: string
  readonly subscriptionStartTime?: string
  readonly subscriptionEndTime?: string
}

/** `POST /v1/subscriptions/inquiry` (J `AlipaySubscriptionsInquiryRequest`). */
export interface SubscriptionsInquiryRequest extends ApiRequest {
  readonly subscriptionId?: string
  readonly subscriptionRequestId?: string
}

/** The `subscriptions.inquiry` response (J `AlipaySubscriptionsInquiryResponse`). */
export interface SubscriptionsInquiryResponse extends ApiResponse {
  readonly allowRetry?: string
  readonly maxAmountFloor?: Amount
  readonly paymentAmount?: Amount
  readonly periodRule?: PeriodRule
  readonly subscriptionEndTime?: string
  readonly subscriptionRequestId?: string
  readonly subscriptionStartTime?: string
  readonly subscriptionStatus?: string
}

/** `POST /v1/subscriptions/inquireSubscription` (J `AlipayInquireSubscriptionRequest`). */
export interface InquireSubscriptionRequest extends ApiRequest {
  readonly merchantAccountId?: string
  readonly subscriptionId: string
}

/** The `subscriptions.inquireSubscription` response (J `AlipayInquireSubscriptionResponse`). */
export interface InquireSubscriptionResponse extends ApiResponse {
  readonly subscription?: SubscriptionInfo
}

/** `POST /v1/subscriptions/inquireSubscriptionList` (J `AlipayInquireSubscriptionListRequest`). */
export interface InquireSubscriptionListRequest extends ApiRequest {
  readonly merchantAccountId?: string
  readonly startTimeFrom?: string
  readonly startTimeTo?: string
  readonly statuses?: readonly SubscriptionStatus[]
  readonly paymentMethodTypes?: readonly string[]
  readonly currencies?: readonly string[]
  readonly periodTypes?: readonly PeriodType[]
  readonly currentPage?: WireInteger
  readonly pageSize?: WireInteger
}

/** The `subscriptions.inquireSubscriptionList` response (J `AlipayInquireSubscriptionListResponse`). */
export interface InquireSubscriptionListResponse extends ApiResponse {
  readonly subscriptions?: readonly SubscriptionInfo[]
  readonly paginator?: Paginator
}

/** `POST /v1/subscriptions/inquireSubscriptionPayment` (J `AlipayInquireSubscriptionPaymentRequest`). */
export interface InquireSubscriptionPaymentRequest extends ApiRequest {
  readonly merchantAccountId?: string
  readonly subscriptionId: string
  readonly paymentStatuses?: readonly SubscriptionPaymentStatus[]
  readonly currentPage?: WireInteger
  readonly pageSize?: WireInteger
}

/** The `subscriptions.inquireSubscriptionPayment` response (J `AlipayInquireSubscriptionPaymentResponse`). */
export interface InquireSubscriptionPaymentResponse extends ApiResponse {
  readonly payments?: readonly SubscriptionTransaction[]
  readonly paginator?: Paginator
}

/** J `PeriodType`, open: a value Alipay adds later still type-checks. */
export type PeriodType = 'DAY' | 'WEEK' | 'MONTH' | 'QUARTER' | 'HALF_YEAR' | 'YEAR' | (string & {})

/** A subscription info (J `SubscriptionInfo`). */
export interface SubscriptionInfo {
  readonly subscriptionId?: string
  readonly description?: string
  readonly subscriptionDescription?: string
  readonly status?: SubscriptionStatus
  readonly subscriptionStartTime?: string
  readonly subscriptionEndTime?: string
  readonly periodType?: PeriodType
  readonly periodCount?: WireInteger
  readonly periodRule?: PeriodRule
  readonly currentPeriodStart?: string
  readonly currentPeriodEnd?: string
  readonly currentPhaseNo?: WireInteger
  readonly paymentMethod?: PaymentMethod
  readonly paymentAmount?: Amount
  readonly lastUpdateTime?: string
  readonly relatedSubscriptionId?: string
  readonly trialPlan?: TrialPlan
  readonly trials?: readonly Trial[]
  readonly subscriptionNotifyUrl?: string
  readonly subscriptionExpiryTime?: string
  readonly allowRetry?: WireBoolean
  readonly maxAmountFloor?: Amount
  readonly fixedAmount?: Amount
  readonly retryMode?: string
  readonly subscriptionOrderId?: string
  readonly [field: string]: unknown
}

/** J `PaymentStatus`, open: a value Alipay adds later still type-checks. */
export type SubscriptionPaymentStatus = 'SUCCESS' | 'FAIL' | (string & {})

/** J `SubscriptionStatus`, open: a value Alipay adds later still type-checks. */
export type SubscriptionStatus = 'ACTIVE' | 'CANCELLED' | 'TERMINATED' | (string & {})

/** A subscription transaction (J `SubscriptionTransaction`). */
export interface SubscriptionTransaction {
  readonly paymentId?: string
  readonly status?: string
  readonly phaseNo?: WireInteger
  readonly paymentMethod?: PaymentMethod
  readonly paymentAmount?: Amount
  readonly paymentTime?: string
  readonly disputeId?: string
  readonly [field: string]: unknown
}

/** A trial (J `Trial`). */
export interface Trial {
  readonly trialPeriod?: WireInteger
  readonly trialAmount?: Amount
  readonly trialStartPeriod?: WireInteger
  readonly trialEndPeriod?: WireInteger
  readonly [field: string]: unknown
}

/** A trial phase (J `TrialPhase`). */
export interface TrialPhase {
  readonly phaseNo?: WireInteger
  readonly trialAmount?: Amount
  readonly [field: string]: unknown
}

/** A trial plan (J `TrialPlan`). */
export interface TrialPlan {
  readonly trialEndTime?: string
  readonly freeTrialDays?: WireInteger
  readonly phases?: readonly TrialPhase[]
  readonly [field: string]: unknown
}
