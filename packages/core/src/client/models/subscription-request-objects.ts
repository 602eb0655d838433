import type { Amount } from '../../notification/types.js'
import type { WireBoolean } from './objects.js'

/*
 * The nested objects of `subscriptions.create` and `subscriptions.update` that no other model of
 * this package types yet, with the fields of the official models (alipay/global-open-sdk-java
 * v2.2.8, `model/ams/*`), each open to fields Alipay adds. Every field is optional, as in the SDK;
 * enums are open, so a value Alipay adds later still type-checks.
 */

/** The PIX recurrence settings of a new subscription (J `CreateSubscriptionInfo`). */
export interface CreateSubscriptionInfo {
  /** Whether a charge that failed for lack of balance is retried; the SDK says false when absent. */
  readonly allowRetry?: WireBoolean
  /** How it is retried; the SDK says MANUAL when `allowRetry` is true and this is absent. */
  readonly retryMode?: 'MANUAL' | 'AUTOMATIC' | (string & {})
  /** An amount floor; the SDK leaves it undocumented. */
  readonly maxAmountFloor?: Amount
  /** A fixed amount; the SDK leaves it undocumented. */
  readonly fixedAmount?: Amount
  readonly [field: string]: unknown
}

/** How `subscriptions.update` settles the price difference of a change (J `ProrationSettings`). */
export interface ProrationSettings {
  /** Charge or refund the difference; needed whenever there is a difference to settle. */
  readonly prorationMode?: ProrationMode
  /** The difference, which you compute. */
  readonly customAmount?: Amount
  readonly [field: string]: unknown
}

/** J `ProrationSettings.ProrationModeEnum`, open: a value Alipay adds later still type-checks. */
export type ProrationMode = 'IMMEDIATE_PAY_CUSTOM_AMOUNT' | 'IMMEDIATE_REFUND_CUSTOM_AMOUNT' | (string & {})
