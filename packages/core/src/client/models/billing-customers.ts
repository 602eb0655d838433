import type { ApiRequest, ApiResponse } from './common.js'
import type { WireBoolean, WireInteger } from './objects.js'

/*
 * Billing: customers: the request and response models of the official Java SDK
 * (alipay/global-open-sdk-java v2.2.8, `request/ams/*`, `response/ams/*`), field for field. Every
 * field is optional, as in the SDK, except the idempotency key or the id of the object an
 * operation acts on; enums are open, so a value Alipay adds later still type-checks.
 * docs/endpoints.md lists every endpoint.
 */

/** `POST /v1/billing/customer/create` (J `AlipayCustomerCreateRequest`). */
export interface CustomerCreateRequest extends ApiRequest {
  readonly customerRequestId: string
  readonly referenceCustomerId?: string
  readonly alipayUserId?: string
  readonly email?: string
  readonly firstName?: string
  readonly lastName?: string
  readonly country?: string
  readonly state?: string
  readonly city?: string
  readonly address?: string
  readonly addressDetail?: string
  readonly zipcode?: string
  readonly shippingPhone?: string
  readonly shippingCountry?: string
  readonly shippingState?: string
  readonly shippingCity?: string
  readonly shippingAddress?: string
  readonly shippingAddressDetail?: string
  readonly shippingZipcode?: string
  readonly description?: string
  readonly currency?: string
  readonly preferredLocales?: readonly string[]
  readonly defaultPaymentMethod?: string
  readonly metadata?: string
  readonly phoneNo?: string
  readonly countryCode?: string
  readonly billingEmail?: string
  readonly shippingFirstName?: string
  readonly shippingLastName?: string
  readonly shippingCountryCode?: string
}

/** The `billing.customers.create` response (J `AlipayCustomerCreateResponse`). */
export interface CustomerCreateResponse extends ApiResponse {
  readonly customerId?: string
  readonly customerRequestId?: string
  readonly email?: string
  readonly status?: string
}

/** `POST /v1/billing/customer/update` (J `AlipayCustomerUpdateRequest`). */
export interface CustomerUpdateRequest extends ApiRequest {
  readonly customerId: string
  readonly referenceCustomerId?: string
  readonly alipayUserId?: string
  readonly email?: string
  readonly firstName?: string
  readonly lastName?: string
  readonly country?: string
  readonly state?: string
  readonly city?: string
  readonly address?: string
  readonly addressDetail?: string
  readonly zipcode?: string
  readonly shippingPhone?: string
  readonly shippingCountry?: string
  readonly shippingState?: string
  readonly shippingCity?: string
  readonly shippingAddress?: string
  readonly shippingAddressDetail?: string
  readonly shippingZipcode?: string
  readonly description?: string
  readonly currency?: string
  readonly preferredLocales?: readonly string[]
  readonly defaultPaymentMethod?: string
  readonly metadata?: string
  readonly phoneNo?: string
  readonly countryCode?: string
  readonly billingEmail?: string
  readonly shippingFirstName?: string
  readonly shippingLastName?: string
  readonly shippingCountryCode?: string
}

/** The `billing.customers.update` response (J `AlipayCustomerUpdateResponse`). */
export interface CustomerUpdateResponse extends ApiResponse {
  readonly customerId?: string
  readonly status?: string
}

/** `POST /v1/billing/customer/delete` (J `AlipayCustomerDeleteRequest`). */
export interface CustomerDeleteRequest extends ApiRequest {
  readonly customerId: string
}

/** The `billing.customers.delete` response (J `AlipayCustomerDeleteResponse`). */
export interface CustomerDeleteResponse extends ApiResponse {
  readonly customerId?: string
  readonly status?: string
}

/** `POST /v1/billing/customer/inquireDetails` (J `AlipayCustomerInquireDetailsRequest`). */
export interface CustomerInquireDetailsRequest extends ApiRequest {
  readonly customerId: string
}

/** The `billing.customers.inquireDetails` response (J `AlipayCustomerInquireDetailsResponse`). */
export interface CustomerInquireDetailsResponse extends ApiResponse {
  readonly customerId?: string
  readonly customerRequestId?: string
  readonly alipayUserId?: string
  readonly email?: string
  readonly firstName?: string
  readonly lastName?: string
  readonly country?: string
  readonly state?: string
  readonly city?: string
  readonly address?: string
  readonly addressDetail?: string
  readonly zipcode?: string
  readonly shippingPhone?: string
  readonly shippingCountry?: string
  readonly shippingState?: string
  readonly shippingCity?: string
  readonly shippingAddress?: string
  readonly shippingAddressDetail?: string
  readonly description?: string
  readonly currency?: string
  readonly preferredLocales?: readonly string[]
  readonly defaultPaymentMethod?: string
  readonly status?: string
  readonly referenceCustomerId?: string
  readonly metadata?: string
  readonly phoneNo?: string
  readonly countryCode?: string
  readonly billingEmail?: string
  readonly shippingFirstName?: string
  readonly shippingLastName?: string
  readonly shippingCountryCode?: string
  readonly shippingZipcode?: string
  readonly gmtCreate?: string
}

/** `POST /v1/billing/customer/inquireList` (J `AlipayCustomerInquireListRequest`). */
export interface CustomerInquireListRequest extends ApiRequest {
  readonly startingAfter?: string
  readonly endingBefore?: string
  readonly limit?: WireInteger
  readonly includeTotal?: WireBoolean
  readonly status?: string
  readonly email?: string
  readonly phoneNo?: string
  readonly countryCode?: string
  readonly gmtCreateEnd?: string
  readonly customerId?: string
  readonly country?: readonly string[]
  readonly emailPrefix?: string
  readonly gmtCreateStart?: string
}

/** The `billing.customers.inquireList` response (J `AlipayCustomerInquireListResponse`). */
export interface CustomerInquireListResponse extends ApiResponse {
  readonly customers?: readonly Customer[]
  readonly total?: WireInteger
  readonly hasMore?: WireBoolean
  readonly nextCursor?: string
  readonly previousCursor?: string
}

/** `POST /v1/billing/customer/createPortalLink` (J `AlipayCustomerCreatePortalLinkRequest`). */
export interface CustomerCreatePortalLinkRequest extends ApiRequest {
  readonly customerId: string
  readonly email?: string
  readonly features?: readonly string[]
  readonly autoSend?: WireBoolean
  readonly settingId?: string
}

/** The `billing.customers.createPortalLink` response (J `AlipayCustomerCreatePortalLinkResponse`). */
export interface CustomerCreatePortalLinkResponse extends ApiResponse {
  readonly token?: string
  readonly portalUrl?: string
  readonly expiresAt?: string
  readonly sendStatus?: string
}

/** A customer (J `Customer`). */
export interface Customer {
  readonly customerId?: string
  readonly customerRequestId?: string
  readonly email?: string
  readonly firstName?: string
  readonly lastName?: string
  readonly status?: string
  readonly billingEmail?: string
  readonly country?: string
  readonly gmtCreate?: string
  readonly [field: string]: unknown
}
