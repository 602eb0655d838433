import type { Amount } from '../../notification/types.js'
import type { WireBoolean, WireInteger } from './objects.js'

/*
 * Billing: coupons and promotion codes: the nested models of the official Java SDK
 * (alipay/global-open-sdk-java v2.2.8, `model/ams/*`), field for field, each open to fields Alipay
 * adds. Every field is optional, as in the SDK; enums are open, so a value Alipay adds later still
 * type-checks.
 */

/** A coupon (J `Coupon`). */
export interface Coupon {
  readonly couponId?: string
  readonly couponName?: string
  readonly discountType?: string
  readonly percentOff?: string
  readonly amountOff?: Amount
  readonly redeemBy?: string
  readonly status?: string
  readonly maxRedemptions?: WireInteger
  readonly redeemedCount?: WireInteger
  readonly [field: string]: unknown
}

/** A coupon applicable product (J `CouponApplicableProduct`). */
export interface CouponApplicableProduct {
  readonly canDelete?: WireBoolean
  readonly gmtModified?: string
  readonly priceCount?: WireInteger
  readonly productId?: string
  readonly productName?: string
  readonly status?: string
  readonly [field: string]: unknown
}

/** A coupon create applies to (J `CouponCreateAppliesTo`). */
export interface CouponCreateAppliesTo {
  readonly productIds?: readonly string[]
  readonly [field: string]: unknown
}

/** A coupon inquire details applies to (J `CouponInquireDetailsAppliesTo`). */
export interface CouponInquireDetailsAppliesTo {
  readonly products?: readonly CouponApplicableProduct[]
  readonly [field: string]: unknown
}

/** A coupon promotion code (J `CouponPromotionCode`). */
export interface CouponPromotionCode {
  readonly promotionCodeId?: string
  readonly code?: string
  readonly status?: string
  readonly [field: string]: unknown
}

/** A promotion code (J `PromotionCode`). */
export interface PromotionCode {
  readonly promotionCodeRequestId?: string
  readonly code?: string
  readonly expiryTime?: string
  readonly minAmount?: Amount
  readonly oneTimeOnly?: WireBoolean
  readonly customerId?: string
  readonly metadata?: string
  readonly maxRedemptions?: WireInteger
  readonly [field: string]: unknown
}

/** A promotion code create min amount (J `PromotionCodeCreateMinAmount`). */
export interface PromotionCodeCreateMinAmount {
  readonly value?: string
  readonly currency?: string
  readonly [field: string]: unknown
}

/** A promotion code info (J `PromotionCodeInfo`). */
export interface PromotionCodeInfo {
  readonly promotionCodeId?: string
  readonly code?: string
  readonly status?: string
  readonly maxRedemptions?: WireInteger
  readonly redeemedCount?: WireInteger
  readonly expiryTime?: string
  readonly createTime?: string
  readonly [field: string]: unknown
}

/** A promotion code inquire details min amount (J `PromotionCodeInquireDetailsMinAmount`). */
export interface PromotionCodeInquireDetailsMinAmount {
  readonly value?: string
  readonly currency?: string
  readonly [field: string]: unknown
}
