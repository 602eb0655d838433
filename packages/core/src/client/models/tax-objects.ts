import type { WireBoolean, WireInteger } from './objects.js'

/*
 * Tax: calculations, registrations and settings: the nested models of the official Java SDK
 * (alipay/global-open-sdk-java v2.2.8, `model/ams/*`), field for field, each open to fields Alipay
 * adds. Every field is optional, as in the SDK; enums are open, so a value Alipay adds later still
 * type-checks.
 */

/** A tax address (J `TaxAddress`). */
export interface TaxAddress {
  readonly country?: string
  readonly region?: string
  readonly county?: string
  readonly city?: string
  readonly district?: string
  readonly line1?: string
  readonly line2?: string
  readonly postalCode?: string
  readonly [field: string]: unknown
}

/** A tax breakdown (J `TaxBreakdown`). */
export interface TaxBreakdown {
  readonly taxType?: string
  readonly authorityName?: string
  readonly taxRate?: string
  readonly taxAmount?: string
  readonly taxableAmount?: string
  readonly taxabilityReason?: string
  readonly inclusive?: WireBoolean
  readonly [field: string]: unknown
}

/** A tax business details (J `TaxBusinessDetails`). */
export interface TaxBusinessDetails {
  readonly address?: TaxAddress
  readonly [field: string]: unknown
}

/** A tax calculated line item (J `TaxCalculatedLineItem`). */
export interface TaxCalculatedLineItem {
  readonly goodsReferenceId?: string
  readonly unitAmount?: string
  readonly amount?: string
  readonly quantity?: WireInteger
  readonly taxCode?: string
  readonly taxBehavior?: string
  readonly taxAmount?: string
  readonly taxBreakdown?: readonly TaxBreakdown[]
  readonly [field: string]: unknown
}

/** A tax calculated shipping cost (J `TaxCalculatedShippingCost`). */
export interface TaxCalculatedShippingCost {
  readonly amount?: string
  readonly taxAmount?: string
  readonly taxBreakdown?: readonly TaxBreakdown[]
  readonly [field: string]: unknown
}

/** A tax calculation line item (J `TaxCalculationLineItem`). */
export interface TaxCalculationLineItem {
  readonly goodsReferenceId?: string
  readonly unitAmount?: string
  readonly quantity?: WireInteger
  readonly taxCode?: string
  readonly productId?: string
  readonly taxBehavior?: string
  readonly [field: string]: unknown
}

/** A tax customer details (J `TaxCustomerDetails`). */
export interface TaxCustomerDetails {
  readonly name?: string
  readonly businessDetails?: TaxBusinessDetails
  readonly shippingAddress?: TaxAddress
  readonly billingAddress?: TaxAddress
  readonly taxIds?: readonly TaxId[]
  readonly [field: string]: unknown
}

/** A tax head office (J `TaxHeadOffice`). */
export interface TaxHeadOffice {
  readonly address?: TaxAddress
  readonly [field: string]: unknown
}

/** A tax id (J `TaxId`). */
export interface TaxId {
  readonly value?: string
  readonly country?: string
  readonly region?: string
  readonly [field: string]: unknown
}

/** A tax jurisdiction (J `TaxJurisdiction`). */
export interface TaxJurisdiction {
  readonly country?: string
  readonly region?: string
  readonly county?: string
  readonly city?: string
  readonly district?: string
  readonly [field: string]: unknown
}

/** A tax registration (J `TaxRegistration`). */
export interface TaxRegistration {
  readonly taxRegistrationId?: string
  readonly taxType?: string
  readonly jurisdiction?: TaxJurisdiction
  readonly registrationType?: string
  readonly taxId?: string
  readonly status?: string
  readonly activeFrom?: string
  readonly expireAt?: string
  readonly [field: string]: unknown
}

/** A tax ship from details (J `TaxShipFromDetails`). */
export interface TaxShipFromDetails {
  readonly address?: TaxAddress
  readonly [field: string]: unknown
}

/** A tax shipping cost (J `TaxShippingCost`). */
export interface TaxShippingCost {
  readonly amount?: string
  readonly [field: string]: unknown
}

/** A tax transaction (J `TaxTransaction`). */
export interface TaxTransaction {
  readonly taxTransactionId?: string
  readonly taxCalculationId?: string
  readonly type?: string
  readonly taxAmount?: string
  readonly currency?: string
  readonly status?: string
  readonly failureReason?: string
  readonly taxDate?: string
  readonly postedAt?: string
  readonly referencePaymentId?: string
  readonly referenceRefundId?: string
  readonly [field: string]: unknown
}
