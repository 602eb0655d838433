import type { PaymentMethod } from './common.js'
import type { WireBoolean } from './objects.js'
import type { Address } from './shared-objects.js'

/*
 * The nested objects of `payments.consult` that no other model of this package types yet, with
 * the fields of the official models (alipay/global-open-sdk-java v2.2.8, `model/ams/*`), each open
 * to fields Alipay adds. Every field is optional, as in the SDK; enums are open, so a value Alipay
 * adds later still type-checks.
 */

/** The secondary merchant of a marketplace or PSP (J `Merchant`). */
export interface Merchant {
  /** Your id for this merchant. */
  readonly referenceMerchantId?: string
  /** The merchant's category code (MCC). */
  readonly merchantMCC?: string
  /** The merchant's legal name. */
  readonly merchantName?: string
  /** The name the buyer sees. */
  readonly merchantDisplayName?: string
  /** Where the merchant is registered. */
  readonly merchantAddress?: Address
  /** When the merchant registered, ISO 8601. */
  readonly merchantRegisterDate?: string
  /** The store the sale happens in. */
  readonly store?: MerchantStore
  /** Whether the merchant is a person or a company. */
  readonly merchantType?: MerchantType
  readonly [field: string]: unknown
}

/** J `MerchantType`, open: a value Alipay adds later still type-checks. */
export type MerchantType = 'INDIVIDUAL' | 'ENTERPRISE' | (string & {})

/** A merchant's store (J `Store`; renamed so it reads apart from the notification stores). */
export interface MerchantStore {
  /** Your id for this store. */
  readonly referenceStoreId?: string
  /** The store's name. */
  readonly storeName?: string
  /** The store's category code (MCC). */
  readonly storeMCC?: string
  /** The name the buyer sees. */
  readonly storeDisplayName?: string
  /** The terminal the sale happens on. */
  readonly storeTerminalId?: string
  /** The operator at that terminal. */
  readonly storeOperatorId?: string
  /** Where the store is. */
  readonly storeAddress?: Address
  /** The store's phone number. */
  readonly storePhoneNo?: string
  readonly [field: string]: unknown
}

/** The payment methods `payments.consult` should evaluate (J `PaymentEvaluation`). */
export interface PaymentEvaluation {
  /** The candidate payment methods. */
  readonly paymentMethods?: readonly PaymentMethod[]
  readonly [field: string]: unknown
}

/** One payment method of a `payments.consult` answer (J `PaymentMethodInfo`). */
export interface PaymentMethodInfo {
  /** The payment method, e.g. `ALIPAY_CN` or `CARD`. */
  readonly paymentMethodType?: string
  /** The method's details, as a string. */
  readonly paymentMethodDetail?: string
  /** Whether the buyer can pay with it now. */
  readonly enabled?: WireBoolean
  /** Whether Alipay suggests showing it first. */
  readonly preferred?: WireBoolean
  /** Extra information, a JSON string. */
  readonly extendInfo?: string
  readonly [field: string]: unknown
}
