import type { Amount } from '../../notification/types.js'
import type { WireInteger } from './objects.js'
import type { Address, UserName } from './shared-objects.js'

/*
 * Antom Business Account (ABA): issued cards and their transactions: the nested models of the
 * official Java SDK (alipay/global-open-sdk-java v2.2.8, `model/ams/*`), field for field, each
 * open to fields Alipay adds. Every field is optional, as in the SDK; enums are open, so a value
 * Alipay adds later still type-checks.
 */

/** An aba card (J `AbaCard`). */
export interface AbaCard {
  readonly assetId?: string
  readonly cardNickName?: string
  readonly maskedCardNo?: string
  readonly cardStatus?: 'ACTIVE' | 'FROZEN' | 'CANCEL' | (string & {})
  readonly cardBrand?: 'MASTERCARD' | (string & {})
  readonly createdTime?: string
  readonly updatedTime?: string
  readonly [field: string]: unknown
}

/** An authorization control (J `AuthorizationControl`). */
export interface AuthorizationControl {
  readonly cardActiveTime?: string
  readonly cardCancelTime?: string
  readonly allowedMerchantCategoryList?: readonly string[]
  readonly allowedAuthTimes?: WireInteger
  readonly allowedCurrencies?: readonly string[]
  readonly cardLimitDetail?: CardLimitDetail
  readonly cardLimitInfo?: CardLimitInfo
  readonly refundPreference?: RefundPreference
  readonly [field: string]: unknown
}

/** A card limit detail (J `CardLimitDetail`). */
export interface CardLimitDetail {
  readonly perTransactionLimit?: Amount
  readonly dailyLimit?: Limit
  readonly monthlyLimit?: Limit
  readonly perCardLimit?: Limit
  readonly dailyLimitMax?: string
  readonly monthlyLimitMax?: string
  readonly perTransactionLimitMax?: string
  readonly perCardLimitMax?: string
  readonly [field: string]: unknown
}

/** A card limit info (J `CardLimitInfo`). */
export interface CardLimitInfo {
  readonly currency?: string
  readonly dailyLimitMax?: string
  readonly monthlyLimitMax?: string
  readonly perTransactionLimitMax?: string
  readonly perCardLimitMax?: string
  readonly [field: string]: unknown
}

/** A card transaction event (J `CardTransactionEvent`). */
export interface CardTransactionEvent {
  readonly eventId?: string
  readonly lifecycleId?: string
  readonly eventType?: string
  readonly authExpireTime?: string
  readonly authType?: string
  readonly authCode?: string
  readonly failureReason?: string
  readonly status?: string
  readonly balanceType?: string
  readonly transactionTime?: string
  readonly billType?: string
  readonly outAmount?: Amount
  readonly inAmount?: Amount
  readonly exchangeCurrencyPair?: string
  readonly exchangeRate?: string
  readonly transactionAmount?: Amount
  readonly assetId?: string
  readonly maskedCardNo?: string
  readonly merchantInfo?: EventMerchantInfo
  readonly metadata?: { readonly [key: string]: string }
  readonly [field: string]: unknown
}

/** J `CardTransactionEventFilterType`, open: a value Alipay adds later still type-checks. */
export type CardTransactionEventFilterType =
  | 'AUTH'
  | 'AUTH_CANCEL'
  | 'CAPTURE'
  | 'REFUND'
  | 'CHARGEBACK'
  | 'REPAYMENT'
  | (string & {})

/** A card transaction lifecycle (J `CardTransactionLifecycle`). */
export interface CardTransactionLifecycle {
  readonly lifecycleId?: string
  readonly latestEventType?: string
  readonly latestEventStatus?: string
  readonly lastUpdateTime?: string
  readonly transactionTime?: string
  readonly totalBillingAmount?: Amount
  readonly totalAuthAmount?: Amount
  readonly totalCancelAmount?: Amount
  readonly totalRefundAmount?: Amount
  readonly totalChargebackAmount?: Amount
  readonly assetId?: string
  readonly maskedCardNo?: string
  readonly [field: string]: unknown
}

/** A card transaction lifecycle detail (J `CardTransactionLifecycleDetail`). */
export interface CardTransactionLifecycleDetail {
  readonly lifecycleId?: string
  readonly latestEventType?: string
  readonly latestEventStatus?: string
  readonly lastUpdateTime?: string
  readonly transactionTime?: string
  readonly totalBillingAmount?: Amount
  readonly totalAuthAmount?: Amount
  readonly totalCancelAmount?: Amount
  readonly totalRefundAmount?: Amount
  readonly totalChargebackAmount?: Amount
  readonly assetId?: string
  readonly maskedCardNo?: string
  readonly events?: readonly CardTransactionEvent[]
  readonly [field: string]: unknown
}

/** J `CardTransactionStatusFilterType`, open: a value Alipay adds later still type-checks. */
export type CardTransactionStatusFilterType = 'SUCCESS' | 'FAIL' | 'PROCESSING' | (string & {})

/** A cardholder info (J `CardholderInfo`). */
export interface CardholderInfo {
  readonly cardHolderName?: UserName
  readonly billAddress?: Address
  readonly displayName?: string
  readonly [field: string]: unknown
}

/** An event merchant info (J `EventMerchantInfo`). */
export interface EventMerchantInfo {
  readonly name?: string
  readonly region?: string
  readonly mcc?: string
  readonly [field: string]: unknown
}

/** A limit (J `Limit`). */
export interface Limit {
  readonly remainingLimit?: Amount
  readonly rangeLimit?: Amount
  readonly usedLimit?: Amount
  readonly [field: string]: unknown
}

/** A refund preference (J `RefundPreference`). */
export interface RefundPreference {
  readonly preferenceType?: 'NO_PREFERENCE' | 'ORIGINAL_CURRENCY' | (string & {})
  readonly [field: string]: unknown
}
