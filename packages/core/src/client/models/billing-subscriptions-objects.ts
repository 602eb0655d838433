import type { Amount } from '../../notification/types.js'
import type { WireBoolean, WireInteger } from './objects.js'

/*
 * Billing: subscriptions to prices: the nested models of the official Java SDK
 * (alipay/global-open-sdk-java v2.2.8, `model/ams/*`), field for field, each open to fields Alipay
 * adds. Every field is optional, as in the SDK; enums are open, so a value Alipay adds later still
 * type-checks.
 */

/** A billing subscription cancel cancellation details (J `BillingSubscriptionCancelCancellationDetails`). */
export interface BillingSubscriptionCancelCancellationDetails {
  readonly feedback?: string
  readonly comment?: string
  readonly [field: string]: unknown
}

/** A billing subscription cancellation details (J `BillingSubscriptionCancellationDetails`). */
export interface BillingSubscriptionCancellationDetails {
  readonly feedback?: string
  readonly comment?: string
  readonly [field: string]: unknown
}

/** A billing subscription discount info (J `BillingSubscriptionDiscountInfo`). */
export interface BillingSubscriptionDiscountInfo {
  readonly discountId?: string
  readonly couponId?: string
  readonly type?: string
  readonly percentOff?: string
  readonly amountOff?: Amount
  readonly duration?: string
  readonly times?: WireInteger
  readonly status?: string
  readonly [field: string]: unknown
}

/** A billing subscription inquire details cancellation details (J `BillingSubscriptionInquireDetailsCancellationDetails`). */
export interface BillingSubscriptionInquireDetailsCancellationDetails {
  readonly feedback?: string
  readonly comment?: string
  readonly [field: string]: unknown
}

/** A billing subscription price item (J `BillingSubscriptionPriceItem`). */
export interface BillingSubscriptionPriceItem {
  readonly currentPeriodEnd?: string
  readonly currentPeriodStart?: string
  readonly itemAmount?: Amount
  readonly itemId?: string
  readonly nickname?: string
  readonly priceId?: string
  readonly priceType?: string
  readonly pricingModel?: string
  readonly productId?: string
  readonly productName?: string
  readonly quantity?: WireInteger
  readonly recurringInterval?: string
  readonly recurringIntervalCount?: WireInteger
  readonly unitAmount?: Amount
  readonly usageType?: string
  readonly [field: string]: unknown
}

/** A billing subscription trial settings (J `BillingSubscriptionTrialSettings`). */
export interface BillingSubscriptionTrialSettings {
  readonly endBehavior?: BillingSubscriptionTrialSettingsEndBehavior
  readonly [field: string]: unknown
}

/** A billing subscription trial settings end behavior (J `BillingSubscriptionTrialSettingsEndBehavior`). */
export interface BillingSubscriptionTrialSettingsEndBehavior {
  readonly missingPaymentMethod?: string
  readonly [field: string]: unknown
}

/** A billing trial settings (J `BillingTrialSettings`). */
export interface BillingTrialSettings {
  readonly trialPeriodDays?: WireInteger
  readonly trialEnd?: string
  readonly trialEndBehavior?: string
  readonly [field: string]: unknown
}

/** A price item (J `PriceItem`). */
export interface PriceItem {
  readonly priceId?: string
  readonly quantity?: WireInteger
  readonly [field: string]: unknown
}

/** A price item change (J `PriceItemChange`). */
export interface PriceItemChange {
  readonly type?: string
  readonly itemId?: string
  readonly currentPriceId?: string
  readonly newPriceId?: string
  readonly newQuantity?: WireInteger
  readonly [field: string]: unknown
}

/** A subscription (J `Subscription`). */
export interface Subscription {
  readonly subscriptionId?: string
  readonly subscriptionRequestId?: string
  readonly status?: string
  readonly customerId?: string
  readonly description?: string
  readonly billingMode?: string
  readonly currentPeriodStart?: string
  readonly currentPeriodEnd?: string
  readonly cancelAtPeriodEnd?: WireBoolean
  readonly canceledAt?: string
  readonly cancelAt?: string
  readonly billingCycleAnchor?: string
  readonly trialStart?: string
  readonly trialEnd?: string
  readonly subtotal?: Amount
  readonly discountAmount?: Amount
  readonly totalAmount?: Amount
  readonly priceItems?: readonly BillingSubscriptionPriceItem[]
  readonly terminationReason?: string
  readonly createTime?: string
  readonly [field: string]: unknown
}

/** A subscription item (J `SubscriptionItem`). */
export interface SubscriptionItem {
  readonly itemId?: string
  readonly priceId?: string
  readonly quantity?: WireInteger
  readonly currentPeriodStart?: string
  readonly currentPeriodEnd?: string
  readonly recurringIntervalCount?: WireInteger
  readonly [field: string]: unknown
}
