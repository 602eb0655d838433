import type { ApiRequest, ApiResponse } from './common.js'
import type { ProductCode } from './payments.js'
import type { Address, Attachment, WebSite } from './shared-objects.js'

/*
 * Merchant registration with the wallets (PSP registration): the request and response models of
 * the official Java SDK (alipay/global-open-sdk-java v2.2.8, `request/ams/*`, `response/ams/*`),
 * field for field. Every field is optional, as in the SDK, except the idempotency key or the id of
 * the object an operation acts on; enums are open, so a value Alipay adds later still type-checks.
 * docs/endpoints.md lists every endpoint.
 */

/** `POST /v1/merchants/registration` (J `AlipayMerchantRegistrationRequest`). */
export interface MerchantRegistrationRequest extends ApiRequest {
  readonly productCodes?: readonly ProductCode[]
  readonly registrationRequestId: string
  readonly registrationNotifyURL?: string
  readonly merchantInfo?: MerchantRegistrationInfo
  readonly passThroughInfo?: string
}

/** The `merchants.registration` response (J `AlipayMerchantRegistrationResponse`). */
export interface MerchantRegistrationResponse extends ApiResponse {
  readonly passThroughInfo?: string
}

/** `POST /v1/merchants/inquiryRegistrationStatus` (J `AlipayMerchantRegistrationStatusQueryRequest`). */
export interface MerchantRegistrationStatusQueryRequest extends ApiRequest {
  readonly registrationRequestId?: string
  readonly referenceMerchantId?: string
}

/** The `merchants.inquiryRegistrationStatus` response (J `AlipayMerchantRegistrationStatusQueryResponse`). */
export interface MerchantRegistrationStatusQueryResponse extends ApiResponse {
  readonly registrationResult?: RegistrationResult
  readonly pspRegistrationResultList?: readonly PSPRegistrationResult[]
}

/** `POST /v1/merchants/inquiryRegistrationInfo` (J `AlipayMerchantRegistrationInfoQueryRequest`). */
export interface MerchantRegistrationInfoQueryRequest extends ApiRequest {
  readonly referenceMerchantId: string
}

/** The `merchants.inquiryRegistrationInfo` response (J `AlipayMerchantRegistrationInfoQueryResponse`). */
export interface MerchantRegistrationInfoQueryResponse extends ApiResponse {
  readonly merchantInfo?: MerchantRegistrationInfo
  readonly productCodes?: readonly ProductCode[]
}

/** A contact info (J `ContactInfo`). */
export interface ContactInfo {
  readonly contactNo?: string
  readonly contactType?: string
  readonly [field: string]: unknown
}

/** A merchant registration info (J `MerchantRegistrationInfo`). */
export interface MerchantRegistrationInfo {
  readonly referenceMerchantId?: string
  readonly merchantDisplayName?: string
  readonly merchantMCC?: string
  readonly logo?: RegistrationLogo
  readonly websites?: readonly WebSite[]
  readonly merchantAddress?: Address
  readonly registrationDetail?: RegistrationDetail
  readonly [field: string]: unknown
}

/** A psp registration result (J `PSPRegistrationResult`). */
export interface PSPRegistrationResult {
  readonly registrationResult?: RegistrationResult
  readonly pspName?: string
  readonly [field: string]: unknown
}

/** A registration detail (J `RegistrationDetail`). */
export interface RegistrationDetail {
  readonly legalName?: string
  readonly attachments?: readonly Attachment[]
  readonly contactInfo?: readonly ContactInfo[]
  readonly registrationType?: string
  readonly registrationNo?: string
  readonly registrationAddress?: Address
  readonly businessType?: string
  readonly registrationEffectiveDate?: string | number
  readonly registrationExpireDate?: string | number
  readonly [field: string]: unknown
}

/** A registration logo (J `Logo`). */
export interface RegistrationLogo {
  readonly logoName?: string
  readonly logoUrl?: string
  readonly [field: string]: unknown
}

/** A registration result (J `RegistrationResult`). */
export interface RegistrationResult {
  readonly registrationStatus?: string
  readonly rejectReasons?: string
  readonly [field: string]: unknown
}
