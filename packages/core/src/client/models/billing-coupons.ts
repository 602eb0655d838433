import type { Amount } from '../../notification/types.js'
import type {
  Coupon,
  CouponCreateAppliesTo,
  CouponInquireDetailsAppliesTo,
  CouponPromotionCode,
  PromotionCode,
  PromotionCodeCreateMinAmount,
  PromotionCodeInfo,
  PromotionCodeInquireDetailsMinAmount,
} from './billing-coupons-objects.js'
import type { ApiRequest, ApiResponse } from './common.js'
import type { WireBoolean, WireInteger } from './objects.js'

/*
 * Billing: coupons and promotion codes: the request and response models of the official Java SDK
 * (alipay/global-open-sdk-java v2.2.8, `request/ams/*`, `response/ams/*`), field for field. Every
 * field is optional, as in the SDK, except the idempotency key or the id of the object an
 * operation acts on; enums are open, so a value Alipay adds later still type-checks.
 * docs/endpoints.md lists every endpoint.
 */

/** `POST /v1/billing/coupon/create` (J `AlipayCouponCreateRequest`). */
export interface CouponCreateRequest extends ApiRequest {
  readonly couponRequestId: string
  readonly couponName?: string
  readonly discountType?: string
  readonly percentOff?: string
  readonly amountOff?: Amount
  readonly durationType?: string
  readonly durationValue?: WireInteger
  readonly durationUnit?: string
  readonly redeemBy?: string
  readonly appliesTo?: CouponCreateAppliesTo
  readonly metadata?: string
  readonly promotionCodes?: readonly PromotionCode[]
  readonly maxRedemptions?: WireInteger
}

/** The `billing.coupons.create` response (J `AlipayCouponCreateResponse`). */
export interface CouponCreateResponse extends ApiResponse {
  readonly couponId?: string
  readonly couponName?: string
  readonly discountType?: string
  readonly status?: string
  readonly promotionCodes?: readonly CouponPromotionCode[]
}

/** `POST /v1/billing/coupon/update` (J `AlipayCouponUpdateRequest`). */
export interface CouponUpdateRequest extends ApiRequest {
  readonly couponId: string
  readonly couponName?: string
  readonly status?: string
  readonly redeemBy?: string
  readonly metadata?: string
  readonly maxRedemptions?: WireInteger
}

/** The `billing.coupons.update` response (J `AlipayCouponUpdateResponse`). */
export interface CouponUpdateResponse extends ApiResponse {
  readonly couponId?: string
  readonly status?: string
}

/** `POST /v1/billing/coupon/inquireDetails` (J `AlipayCouponInquireDetailsRequest`). */
export interface CouponInquireDetailsRequest extends ApiRequest {
  readonly couponId: string
}

/** The `billing.coupons.inquireDetails` response (J `AlipayCouponInquireDetailsResponse`). */
export interface CouponInquireDetailsResponse extends ApiResponse {
  readonly couponId?: string
  readonly couponRequestId?: string
  readonly couponName?: string
  readonly discountType?: string
  readonly percentOff?: string
  readonly amountOff?: Amount
  readonly durationType?: string
  readonly durationValue?: WireInteger
  readonly durationUnit?: string
  readonly redeemBy?: string
  readonly appliesTo?: CouponInquireDetailsAppliesTo
  readonly status?: string
  readonly metadata?: string
  readonly gmtCreate?: string
  readonly maxRedemptions?: WireInteger
  readonly redeemedCount?: WireInteger
}

/** `POST /v1/billing/coupon/inquireList` (J `AlipayCouponInquireListRequest`). */
export interface CouponInquireListRequest extends ApiRequest {
  readonly status?: string
  readonly discountType?: string
  readonly startingAfter?: string
  readonly endingBefore?: string
  readonly limit?: WireInteger
  readonly includeTotal?: WireBoolean
}

/** The `billing.coupons.inquireList` response (J `AlipayCouponInquireListResponse`). */
export interface CouponInquireListResponse extends ApiResponse {
  readonly coupons?: readonly Coupon[]
  readonly hasMore?: WireBoolean
  readonly nextCursor?: string
  readonly total?: WireInteger
  readonly previousCursor?: string
}

/** `POST /v1/billing/promotionCode/create` (J `AlipayPromotionCodeCreateRequest`). */
export interface PromotionCodeCreateRequest extends ApiRequest {
  readonly promotionCodeRequestId: string
  readonly couponId?: string
  readonly code?: string
  readonly expiryTime?: string
  readonly minAmount?: PromotionCodeCreateMinAmount
  readonly oneTimeOnly?: WireBoolean
  readonly customerId?: string
  readonly metadata?: string
  readonly maxRedemptions?: WireInteger
}

/** The `billing.promotionCodes.create` response (J `AlipayPromotionCodeCreateResponse`). */
export interface PromotionCodeCreateResponse extends ApiResponse {
  readonly promotionCodeId?: string
  readonly code?: string
  readonly status?: string
}

/** `POST /v1/billing/promotionCode/update` (J `AlipayPromotionCodeUpdateRequest`). */
export interface PromotionCodeUpdateRequest extends ApiRequest {
  readonly promotionCodeId: string
  readonly status?: string
  readonly maxRedemptions?: WireInteger
  readonly expiryTime?: string
  readonly metadata?: string
}

/** The `billing.promotionCodes.update` response (J `AlipayPromotionCodeUpdateResponse`). */
export interface PromotionCodeUpdateResponse extends ApiResponse {
  readonly promotionCodeId?: string
  readonly status?: string
}

/** `POST /v1/billing/promotionCode/inquireDetails` (J `AlipayPromotionCodeInquireDetailsRequest`). */
export interface PromotionCodeInquireDetailsRequest extends ApiRequest {
  readonly promotionCodeId: string
}

/** The `billing.promotionCodes.inquireDetails` response (J `AlipayPromotionCodeInquireDetailsResponse`). */
export interface PromotionCodeInquireDetailsResponse extends ApiResponse {
  readonly promotionCodeId?: string
  readonly promotionCodeRequestId?: string
  readonly code?: string
  readonly couponId?: string
  readonly status?: string
  readonly maxRedemptions?: WireInteger
  readonly redeemedCount?: WireInteger
  readonly expiryTime?: string
  readonly minAmount?: PromotionCodeInquireDetailsMinAmount
  readonly oneTimeOnly?: WireBoolean
  readonly customerId?: string
  readonly metadata?: string
  readonly createTime?: string
}

/** `POST /v1/billing/promotionCode/inquireList` (J `AlipayPromotionCodeInquireListRequest`). */
export interface PromotionCodeInquireListRequest extends ApiRequest {
  readonly couponId?: string
  readonly status?: string
  readonly startingAfter?: string
  readonly endingBefore?: string
  readonly limit?: WireInteger
  readonly includeTotal?: WireBoolean
}

/** The `billing.promotionCodes.inquireList` response (J `AlipayPromotionCodeInquireListResponse`). */
export interface PromotionCodeInquireListResponse extends ApiResponse {
  readonly promotionCodes?: readonly PromotionCodeInfo[]
  readonly hasMore?: WireBoolean
  readonly nextCursor?: string
  readonly total?: WireInteger
  readonly previousCursor?: string
}
