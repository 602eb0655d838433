import type { Amount } from '../../notification/types.js'
import type { Price, Product, RecurringSettings, Tier } from './billing-products-objects.js'
import type { ApiRequest, ApiResponse } from './common.js'
import type { WireBoolean, WireInteger } from './objects.js'

/*
 * Billing: products and their prices: the request and response models of the official Java SDK
 * (alipay/global-open-sdk-java v2.2.8, `request/ams/*`, `response/ams/*`), field for field. Every
 * field is optional, as in the SDK, except the idempotency key or the id of the object an
 * operation acts on; enums are open, so a value Alipay adds later still type-checks.
 * docs/endpoints.md lists every endpoint.
 */

/** `POST /v1/billing/product/create` (J `AlipayProductCreateRequest`). */
export interface ProductCreateRequest extends ApiRequest {
  readonly productRequestId: string
  readonly name?: string
  readonly type?: string
  readonly description?: string
  readonly images?: readonly string[]
  readonly unitLabel?: string
  readonly metadata?: string
}

/** The `billing.products.create` response (J `AlipayProductCreateResponse`). */
export interface ProductCreateResponse extends ApiResponse {
  readonly productId?: string
  readonly productRequestId?: string
  readonly name?: string
  readonly type?: string
  readonly description?: string
  readonly images?: readonly string[]
  readonly unitLabel?: string
  readonly metadata?: string
  readonly active?: WireBoolean
  readonly createdAt?: string
  readonly deactivatedAt?: string
  readonly updatedAt?: string
}

/** `POST /v1/billing/product/update` (J `AlipayProductUpdateRequest`). */
export interface ProductUpdateRequest extends ApiRequest {
  readonly productId: string
  readonly name?: string
  readonly description?: string
  readonly images?: readonly string[]
  readonly unitLabel?: string
  readonly metadata?: string
  readonly active?: WireBoolean
}

/** The `billing.products.update` response (J `AlipayProductUpdateResponse`). */
export interface ProductUpdateResponse extends ApiResponse {
  readonly productId?: string
  readonly name?: string
  readonly type?: string
  readonly description?: string
  readonly images?: readonly string[]
  readonly unitLabel?: string
  readonly metadata?: string
  readonly active?: WireBoolean
  readonly createdAt?: string
  readonly deactivatedAt?: string
  readonly updatedAt?: string
  readonly productRequestId?: string
}

/** `POST /v1/billing/product/inquireDetails` (J `AlipayProductInquireDetailsRequest`). */
export interface ProductInquireDetailsRequest extends ApiRequest {
  readonly productId: string
}

/** The `billing.products.inquireDetails` response (J `AlipayProductInquireDetailsResponse`). */
export interface ProductInquireDetailsResponse extends ApiResponse {
  readonly productId?: string
  readonly name?: string
  readonly type?: string
  readonly description?: string
  readonly images?: readonly string[]
  readonly unitLabel?: string
  readonly metadata?: string
  readonly active?: WireBoolean
  readonly createdAt?: string
  readonly deactivatedAt?: string
  readonly updatedAt?: string
  readonly prices?: readonly Price[]
  readonly productRequestId?: string
}

/** `POST /v1/billing/product/inquireList` (J `AlipayProductInquireListRequest`). */
export interface ProductInquireListRequest extends ApiRequest {
  readonly startingAfter?: string
  readonly endingBefore?: string
  readonly limit?: WireInteger
  readonly active?: WireBoolean
  readonly type?: string
  readonly keyword?: string
  readonly includeTotal?: WireBoolean
  readonly usageType?: string
}

/** The `billing.products.inquireList` response (J `AlipayProductInquireListResponse`). */
export interface ProductInquireListResponse extends ApiResponse {
  readonly products?: readonly Product[]
  readonly hasMore?: WireBoolean
  readonly total?: WireInteger
}

/** `POST /v1/billing/price/create` (J `AlipayPriceCreateRequest`). */
export interface PriceCreateRequest extends ApiRequest {
  readonly priceRequestId: string
  readonly productId?: string
  readonly name?: string
  readonly pricingModel?: string
  readonly usageType?: string
  readonly unitAmount?: Amount
  readonly unitLabel?: string
  readonly meterId?: string
  readonly recurring?: RecurringSettings
  readonly includedQuantity?: WireInteger
  readonly tiersMode?: string
  readonly tiers?: readonly Tier[]
  readonly metadata?: string
  readonly defaultPrice?: WireBoolean
}

/** The `billing.prices.create` response (J `AlipayPriceCreateResponse`). */
export interface PriceCreateResponse extends ApiResponse {
  readonly priceId?: string
  readonly priceRequestId?: string
  readonly productId?: string
  readonly name?: string
  readonly pricingModel?: string
  readonly usageType?: string
  readonly unitLabel?: string
  readonly meterId?: string
  readonly unitAmount?: Amount
  readonly recurring?: RecurringSettings
  readonly active?: WireBoolean
  readonly includedQuantity?: WireInteger
  readonly tiersMode?: string
  readonly tiers?: readonly Tier[]
  readonly metadata?: string
  readonly createdAt?: string
  readonly updatedAt?: string
  readonly defaultPrice?: WireBoolean
}

/** `POST /v1/billing/price/update` (J `AlipayPriceUpdateRequest`). */
export interface PriceUpdateRequest extends ApiRequest {
  readonly priceId: string
  readonly name?: string
  readonly metadata?: string
  readonly active?: WireBoolean
  readonly defaultPrice?: WireBoolean
}

/** The `billing.prices.update` response (J `AlipayPriceUpdateResponse`). */
export interface PriceUpdateResponse extends ApiResponse {
  readonly priceId?: string
  readonly productId?: string
  readonly name?: string
  readonly pricingModel?: string
  readonly usageType?: string
  readonly unitLabel?: string
  readonly meterId?: string
  readonly unitAmount?: Amount
  readonly recurring?: RecurringSettings
  readonly active?: WireBoolean
  readonly includedQuantity?: WireInteger
  readonly tiersMode?: string
  readonly tiers?: readonly Tier[]
  readonly metadata?: string
  readonly createdAt?: string
  readonly deactivatedAt?: string
  readonly updatedAt?: string
  readonly defaultPrice?: WireBoolean
}

/** `POST /v1/billing/price/inquireDetails` (J `AlipayPriceInquireDetailsRequest`). */
export interface PriceInquireDetailsRequest extends ApiRequest {
  readonly priceId: string
}

/** The `billing.prices.inquireDetails` response (J `AlipayPriceInquireDetailsResponse`). */
export interface PriceInquireDetailsResponse extends ApiResponse {
  readonly priceId?: string
  readonly productId?: string
  readonly name?: string
  readonly pricingModel?: string
  readonly usageType?: string
  readonly unitLabel?: string
  readonly meterId?: string
  readonly unitAmount?: Amount
  readonly recurring?: RecurringSettings
  readonly active?: WireBoolean
  readonly includedQuantity?: WireInteger
  readonly tiersMode?: string
  readonly tiers?: readonly Tier[]
  readonly metadata?: string
  readonly createdAt?: string
  readonly deactivatedAt?: string
  readonly updatedAt?: string
  readonly defaultPrice?: WireBoolean
}

/** `POST /v1/billing/price/inquireList` (J `AlipayPriceInquireListRequest`). */
export interface PriceInquireListRequest extends ApiRequest {
  readonly productId?: string
  readonly pricingModel?: string
  readonly active?: WireBoolean
  readonly startingAfter?: string
  readonly endingBefore?: string
  readonly limit?: WireInteger
  readonly includeTotal?: WireBoolean
}

/** The `billing.prices.inquireList` response (J `AlipayPriceInquireListResponse`). */
export interface PriceInquireListResponse extends ApiResponse {
  readonly prices?: readonly Price[]
  readonly hasMore?: WireBoolean
  readonly total?: WireInteger
}
