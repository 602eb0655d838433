import type { ApiRequest, ApiResponse } from './common.js'
import type { WireBoolean } from './objects.js'

/*
 * User authentication and user information: the request and response models of the official Java
 * SDK (alipay/global-open-sdk-java v2.2.8, `request/ams/*`, `response/ams/*`), field for field.
 * Every field is optional, as in the SDK, except the idempotency key or the id of the object an
 * operation acts on; enums are open, so a value Alipay adds later still type-checks.
 * docs/endpoints.md lists every endpoint.
 */

/** `POST /v1/users/initAuthentication` (J `AlipayInitAuthenticationRequest`). */
export interface InitAuthenticationRequest extends ApiRequest {
  readonly authenticationType?: AuthenticationType
  readonly authenticationRequestId?: string
  readonly authenticationChannelType?: AuthenticationChannelType
  readonly userIdentityType?: UserIdentityType
  readonly userIdentityValue?: string
}

/** The `users.initAuthentication` response (J `AlipayInitAuthenticationResponse`). */
export interface InitAuthenticationResponse extends ApiResponse {
  readonly authenticationRequestId?: string
}

/** `POST /v1/users/verifyAuthentication` (J `AlipayVerifyAuthenticationRequest`). */
export interface VerifyAuthenticationRequest extends ApiRequest {
  readonly authenticationType?: AuthenticationType
  readonly authenticationRequestId?: string
  readonly authenticationValue?: string
}

/** The `users.verifyAuthentication` response (J `AlipayVerifyAuthenticationResponse`). */
export interface VerifyAuthenticationResponse extends ApiResponse {
  readonly isPassed?: WireBoolean
}

/** `POST /v1/users/inquiryUserInfo` (J `AlipayUserQueryInfoRequest`). */
export interface UserQueryInfoRequest extends ApiRequest {
  readonly accessToken: string
}

/** The `users.inquiryUserInfo` response (J `AlipayUserQueryInfoResponse`). */
export interface UserQueryInfoResponse extends ApiResponse {
  readonly userId?: string
  readonly userLoginId?: string
  readonly hashUserLoginId?: string
}

/** J `AuthenticationChannelType`, open: a value Alipay adds later still type-checks. */
export type AuthenticationChannelType = 'EMAIL' | 'SMS' | (string & {})

/** J `AuthenticationType`, open: a value Alipay adds later still type-checks. */
export type AuthenticationType = 'OTP' | (string & {})

/** J `UserIdentityType`, open: a value Alipay adds later still type-checks. */
export type UserIdentityType = 'WALLET_TOKEN' | (string & {})
