import type { ApiRequest, ApiResponse } from './common.js'
import type { WireInteger } from './objects.js'
import type { Paginator } from './shared-objects.js'
import type {
  TaxBreakdown,
  TaxCalculatedLineItem,
  TaxCalculatedShippingCost,
  TaxCalculationLineItem,
  TaxCustomerDetails,
  TaxHeadOffice,
  TaxJurisdiction,
  TaxRegistration,
  TaxShipFromDetails,
  TaxShippingCost,
  TaxTransaction,
} from './tax-objects.js'

/*
 * Tax: calculations, registrations and settings: the request and response models of the official
 * Java SDK (alipay/global-open-sdk-java v2.2.8, `request/ams/*`, `response/ams/*`), field for
 * field. Every field is optional, as in the SDK, except the idempotency key or the id of the
 * object an operation acts on; enums are open, so a value Alipay adds later still type-checks.
 * docs/endpoints.md lists every endpoint.
 */

/** `POST /v1/tax/calculate` (J `AlipayTaxCalculateRequest`). */
export interface TaxCalculateRequest extends ApiRequest {
  readonly taxCalculationRequestId: string
  readonly currency?: string
  readonly lineItems?: readonly TaxCalculationLineItem[]
  readonly customerId?: string
  readonly customerDetails?: TaxCustomerDetails
  readonly shipFromDetails?: TaxShipFromDetails
  readonly shippingCost?: TaxShippingCost
  readonly taxDate?: string
}

/** The `tax.calculate` response (J `AlipayTaxCalculateResponse`). */
export interface TaxCalculateResponse extends ApiResponse {
  readonly taxCalculationId?: string
  readonly currency?: string
  readonly totalAmount?: string
  readonly exclusiveTaxAmount?: string
  readonly inclusiveTaxAmount?: string
  readonly lineItems?: readonly TaxCalculatedLineItem[]
  readonly taxBreakdown?: readonly TaxBreakdown[]
  readonly expireAt?: string
  readonly taxDate?: string
  readonly shippingCost?: TaxCalculatedShippingCost
}

/** `POST /v1/tax/inquireCalculation` (J `AlipayTaxInquireCalculationRequest`). */
export interface TaxInquireCalculationRequest extends ApiRequest {
  readonly taxCalculationId?: string
  readonly taxCalculationRequestId?: string
  readonly paymentRequestId?: string
}

/** The `tax.inquireCalculation` response (J `AlipayTaxInquireCalculationResponse`). */
export interface TaxInquireCalculationResponse extends ApiResponse {
  readonly taxCalculationId?: string
  readonly currency?: string
  readonly totalAmount?: string
  readonly exclusiveTaxAmount?: string
  readonly inclusiveTaxAmount?: string
  readonly lineItems?: readonly TaxCalculatedLineItem[]
  readonly taxBreakdown?: readonly TaxBreakdown[]
  readonly expireAt?: string
  readonly taxDate?: string
  readonly shippingCost?: TaxCalculatedShippingCost
}

/** `POST /v1/tax/inquireTransactionList` (J `AlipayTaxInquireTransactionListRequest`). */
export interface TaxInquireTransactionListRequest extends ApiRequest {
  readonly taxCalculationId?: string
  readonly paymentId?: string
  readonly refundId?: string
  readonly currentPage?: WireInteger
  readonly pageSize?: WireInteger
}

/** The `tax.inquireTransactionList` response (J `AlipayTaxInquireTransactionListResponse`). */
export interface TaxInquireTransactionListResponse extends ApiResponse {
  readonly transactions?: readonly TaxTransaction[]
  readonly paginator?: Paginator
}

/** `POST /v1/tax/register` (J `AlipayTaxRegisterRequest`). */
export interface TaxRegisterRequest extends ApiRequest {
  readonly registrationRequestId: string
  readonly taxType?: string
  readonly jurisdiction?: TaxJurisdiction
  readonly registrationType?: string
  readonly taxId?: string
  readonly activeFrom?: string
  readonly expireAt?: string
}

/** The `tax.register` response (J `AlipayTaxRegisterResponse`). */
export interface TaxRegisterResponse extends ApiResponse {
  readonly taxRegistrationId?: string
  readonly taxType?: string
  readonly jurisdiction?: TaxJurisdiction
  readonly registrationType?: string
  readonly taxId?: string
  readonly status?: string
  readonly activeFrom?: string
  readonly expireAt?: string
}

/** `POST /v1/tax/cancelRegistration` (J `AlipayTaxCancelRegistrationRequest`). */
export interface TaxCancelRegistrationRequest extends ApiRequest {
  readonly registrationCancelRequestId?: string
  readonly taxRegistrationId: string
}

/** The `tax.cancelRegistration` response (J `AlipayTaxCancelRegistrationResponse`). */
export interface TaxCancelRegistrationResponse extends ApiResponse {
  readonly taxRegistrationId?: string
  readonly taxType?: string
  readonly jurisdiction?: TaxJurisdiction
  readonly registrationType?: string
  readonly taxId?: string
  readonly status?: string
  readonly activeFrom?: string
  readonly expireAt?: string
}

/** `POST /v1/tax/updateRegistrationPeriod` (J `AlipayTaxUpdateRegistrationPeriodRequest`). */
export interface TaxUpdateRegistrationPeriodRequest extends ApiRequest {
  readonly registrationUpdatePeriodRequestId?: string
  readonly taxRegistrationId: string
  readonly activeFrom?: string
  readonly expireAt?: string
}

/** The `tax.updateRegistrationPeriod` response (J `AlipayTaxUpdateRegistrationPeriodResponse`). */
export interface TaxUpdateRegistrationPeriodResponse extends ApiResponse {
  readonly taxRegistrationId?: string
  readonly taxType?: string
  readonly jurisdiction?: TaxJurisdiction
  readonly registrationType?: string
  readonly taxId?: string
  readonly status?: string
  readonly activeFrom?: string
  readonly expireAt?: string
}

/** `POST /v1/tax/inquireRegistrationList` (J `AlipayTaxInquireRegistrationListRequest`). */
export interface TaxInquireRegistrationListRequest extends ApiRequest {
  readonly status?: string
  readonly currentPage?: WireInteger
  readonly pageSize?: WireInteger
}

/** The `tax.inquireRegistrationList` response (J `AlipayTaxInquireRegistrationListResponse`). */
export interface TaxInquireRegistrationListResponse extends ApiResponse {
  readonly registrations?: readonly TaxRegistration[]
  readonly paginator?: Paginator
}

/** `POST /v1/tax/initializeSettings` (J `AlipayTaxInitializeSettingsRequest`). */
export interface TaxInitializeSettingsRequest extends ApiRequest {
  readonly settingsRequestId?: string
  readonly defaultTaxCode?: string
  readonly defaultTaxBehavior?: string
  readonly headOffice?: TaxHeadOffice
}

/** The `tax.initializeSettings` response (J `AlipayTaxInitializeSettingsResponse`). */
export interface TaxInitializeSettingsResponse extends ApiResponse {
  readonly defaultTaxCode?: string
  readonly defaultTaxBehavior?: string
  readonly headOffice?: TaxHeadOffice
  readonly status?: string
}

/** `POST /v1/tax/updateSettings` (J `AlipayTaxUpdateSettingsRequest`). */
export interface TaxUpdateSettingsRequest extends ApiRequest {
  readonly settingsUpdateRequestId?: string
  readonly defaultTaxCode?: string
  readonly defaultTaxBehavior?: string
  readonly headOffice?: TaxHeadOffice
}

/** The `tax.updateSettings` response (J `AlipayTaxUpdateSettingsResponse`). */
export interface TaxUpdateSettingsResponse extends ApiResponse {
  readonly defaultTaxCode?: string
  readonly defaultTaxBehavior?: string
  readonly headOffice?: TaxHeadOffice
  readonly status?: string
}

/** `POST /v1/tax/inquireSettings` (J `AlipayTaxInquireSettingsRequest`). */
export type TaxInquireSettingsRequest = ApiRequest

/** The `tax.inquireSettings` response (J `AlipayTaxInquireSettingsResponse`). */
export interface TaxInquireSettingsResponse extends ApiResponse {
  readonly defaultTaxCode?: string
  readonly defaultTaxBehavior?: string
  readonly headOffice?: TaxHeadOffice
  readonly status?: string
}
