import type { Amount } from '../../notification/types.js'
import type { WireBoolean, WireInteger } from './objects.js'
import type { PeriodRule } from './vaulting-subscriptions.js'

/*
 * Billing: products and their prices: the nested models of the official Java SDK
 * (alipay/global-open-sdk-java v2.2.8, `model/ams/*`), field for field, each open to fields Alipay
 * adds. Every field is optional, as in the SDK; enums are open, so a value Alipay adds later still
 * type-checks.
 */

/** A price (J `Price`). */
export interface Price {
  readonly priceId?: string
  readonly productId?: string
  readonly name?: string
  readonly pricingModel?: string
  readonly usageType?: string
  readonly defaultPrice?: WireBoolean
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
  readonly [field: string]: unknown
}

/** A product (J `Product`). */
export interface Product {
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
  readonly [field: string]: unknown
}

/** A recurring settings (J `RecurringSettings`). */
export interface RecurringSettings {
  readonly periodRule?: PeriodRule
  readonly [field: string]: unknown
}

/** A tier (J `Tier`). */
export interface Tier {
  readonly upTo?: WireInteger
  readonly unitAmount?: Amount
  readonly flatAmount?: Amount
  readonly [field: string]: unknown
}
