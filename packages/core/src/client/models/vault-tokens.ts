import type { ApiRequest, ApiResponse } from './common.js'
import type { UserName } from './shared-objects.js'

/*
 * Vaulted tokens: inquireToken, updateToken, deleteToken and the vault fetchNonce: the request and
 * response models of the official Java SDK (alipay/global-open-sdk-java v2.2.8, `request/ams/*`,
 * `response/ams/*`), field for field. Every field is optional, as in the SDK, except the
 * idempotency key or the id of the object an operation acts on; enums are open, so a value Alipay
 * adds later still type-checks. docs/endpoints.md lists every endpoint.
 */

/** `POST /v1/vaults/inquireToken` (J `AlipayVaultingInquireTokenRequest`). */
export interface InquireTokenRequest extends ApiRequest {
  readonly merchantAccountId?: string
  readonly token: string
}

/** The `vaults.inquireToken` response (J `AlipayVaultingInquireTokenResponse`). */
export interface InquireTokenResponse extends ApiResponse {
  readonly token?: string
  readonly accountHolderName?: UserName
  readonly email?: string
  readonly issuerName?: string
  readonly issuingCountry?: string
  readonly tokenExpiryTime?: string
}

/** `POST /v1/vaults/updateToken` (J `AlipayUpdateTokenRequest`). */
export interface UpdateTokenRequest extends ApiRequest {
  readonly merchantAccountId?: string
  readonly token: string
  readonly accountHolderName?: UserName
  readonly email?: string
  readonly tokenExpiryTime?: string
}

/** The `vaults.updateToken` response (J `AlipayUpdateTokenResponse`). */
export interface UpdateTokenResponse extends ApiResponse {
  readonly token?: string
}

/** `POST /v1/vaults/deleteToken` (J `AlipayDeleteTokenRequest`). */
export interface DeleteTokenRequest extends ApiRequest {
  readonly merchantAccountId?: string
  readonly token: string
}

/** The `vaults.deleteToken` response (J `AlipayDeleteTokenResponse`). */
export type DeleteTokenResponse = ApiResponse

/** `POST /v1/vaults/fetchNonce` (J `AlipayVaultsFetchNonceRequest`). */
export interface VaultsFetchNonceRequest extends ApiRequest {
  readonly card?: Card
}

/** The `vaults.fetchNonce` response (J `AlipayVaultsFetchNonceResponse`). */
export interface VaultsFetchNonceResponse extends ApiResponse {
  readonly cardToken?: string
}

/** A card (J `Card`). */
export interface Card {
  readonly cardNo?: string
  readonly cvv?: string
  readonly expiryYear?: string
  readonly expiryMonth?: string
  readonly cardholderName?: UserName
  readonly [field: string]: unknown
}
