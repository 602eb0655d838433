import type { ApiRequest, ApiResponse, Env } from './common.js'
import type { PspCustomerInfo, WireBoolean } from './objects.js'
import type { ScopeType } from './payments.js'

/*
 * Authorizations (Auto Debit): consult, applyToken, revoke and query: the request and response
 * models of the official Java SDK (alipay/global-open-sdk-java v2.2.8, `request/ams/*`,
 * `response/ams/*`), field for field. Every field is optional, as in the SDK, except the
 * idempotency key or the id of the object an operation acts on; enums are open, so a value Alipay
 * adds later still type-checks. docs/endpoints.md lists every endpoint.
 */

/** `POST /v1/authorizations/consult` (J `AlipayAuthConsultRequest`). */
export interface AuthConsultRequest extends ApiRequest {
  readonly merchantAccountId?: string
  readonly authNotifyUrl?: string
  readonly customerBelongsTo?: CustomerBelongsTo
  readonly authClientId?: string
  readonly authRedirectUrl?: string
  /** The authorisations asked of the buyer, e.g. `['AGREEMENT_PAY']` for Auto Debit. */
  readonly scopes?: readonly ScopeType[]
  readonly authState?: string
  readonly terminalType?: TerminalType
  readonly osType?: OsType
  readonly osVersion?: string
  readonly extendInfo?: string
  readonly merchantRegion?: string
  readonly recurringPayment?: WireBoolean
  readonly authMetaData?: AuthMetaData
  readonly env?: Env
}

/** The `authorizations.consult` response (J `AlipayAuthConsultResponse`). */
export interface AuthConsultResponse extends ApiResponse {
  readonly authUrl?: string
  readonly extendInfo?: string
  readonly normalUrl?: string
  readonly schemeUrl?: string
  readonly applinkUrl?: string
  readonly appIdentifier?: string
  readonly authCodeForm?: AuthCodeForm
}

/** `POST /v1/authorizations/applyToken` (J `AlipayAuthApplyTokenRequest`). */
export interface AuthApplyTokenRequest extends ApiRequest {
  readonly merchantAccountId?: string
  readonly grantType: GrantType
  readonly customerBelongsTo?: CustomerBelongsTo
  readonly authCode?: string
  readonly refreshToken?: string
  readonly extendInfo?: string
  readonly merchantRegion?: string
}

/** The `authorizations.applyToken` response (J `AlipayAuthApplyTokenResponse`). */
export interface AuthApplyTokenResponse extends ApiResponse {
  readonly accessToken?: string
  readonly accessTokenExpiryTime?: string
  readonly refreshToken?: string
  readonly refreshTokenExpiryTime?: string
  readonly extendInfo?: string
  readonly userLoginId?: string
  readonly pspCustomerInfo?: PspCustomerInfo
}

/** `POST /v1/authorizations/revoke` (J `AlipayAuthRevokeTokenRequest`). */
export interface AuthRevokeTokenRequest extends ApiRequest {
  readonly accessToken: string
  readonly extendInfo?: string
  readonly merchantAccountId?: string
}

/** The `authorizations.revoke` response (J `AlipayAuthRevokeTokenResponse`). */
export interface AuthRevokeTokenResponse extends ApiResponse {
  readonly extendInfo?: string
}

/** `POST /v1/authorizations/query` (J `AlipayAuthQueryTokenRequest`). */
export interface AuthQueryTokenRequest extends ApiRequest {
  readonly accessToken: string
}

/** The `authorizations.query` response (J `AlipayAuthQueryTokenResponse`). */
export interface AuthQueryTokenResponse extends ApiResponse {
  readonly accessToken?: string
  readonly accessTokenExpiryTime?: string
  readonly refreshToken?: string
  readonly refreshTokenExpiryTime?: string
  readonly tokenStatusType?: string
}

/** An auth code form (J `AuthCodeForm`). */
export interface AuthCodeForm {
  readonly codeDetails?: readonly CodeDetail[]
  readonly [field: string]: unknown
}

/** An auth meta data (J `AuthMetaData`). */
export interface AuthMetaData {
  readonly accountHolderName?: string
  readonly accountHolderCertNo?: string
  readonly [field: string]: unknown
}

/** A code detail (J `CodeDetail`). */
export interface CodeDetail {
  readonly codeValueType?: CodeValueType
  readonly codeValue?: string
  readonly displayType?: DisplayType
  readonly [field: string]: unknown
}

/** J `CodeValueType`, open: a value Alipay adds later still type-checks. */
export type CodeValueType = 'BARCODE' | 'QRCODE' | (string & {})

/** J `CustomerBelongsTo`, open: a value Alipay adds later still type-checks. */
export type CustomerBelongsTo =
  | 'ALIPAY_CN'
  | 'ALIPAY_HK'
  | 'MPAY'
  | 'DANA'
  | 'PAYPAY'
  | 'BOOST'
  | 'TNG'
  | 'GRABPAY_MY'
  | 'HIPAY'
  | 'GCASH'
  | 'MAYA'
  | 'GRABPAY_PH'
  | 'GRABPAY_SG'
  | 'KAKAOPAY'
  | 'NAVERPAY'
  | 'TOSSPAY'
  | 'RABBIT_LINE_PAY'
  | 'TRUEMONEY'
  | 'KPLUS'
  | 'DIRECT_DEBIT_SIAMCOMMERCIALBANK'
  | 'DIRECT_DEBIT_KRUNGTHAIBANK'
  | 'ACH_DIRECT_DEBIT'
  | 'ZALOPAY'
  | 'MOMO'
  | 'VIETTELMONEY'
  | 'JKOPAY'
  | 'BKASH'
  | 'EASYPAISA'
  | 'DIRECTDEBIT_YAPILY'
  | 'ANTOM_BIZ_ACCOUNT'
  | (string & {})

/** J `DisplayType`, open: a value Alipay adds later still type-checks. */
export type DisplayType = 'TEXT' | 'MIDDLEIMAGE' | 'SMALLIMAGE' | 'BIGIMAGE' | 'IMAGE' | (string & {})

/** J `GrantType`, open: a value Alipay adds later still type-checks. */
export type GrantType = 'AUTHORIZATION_CODE' | 'REFRESH_TOKEN' | (string & {})

/** J `OsType`, open: a value Alipay adds later still type-checks. */
export type OsType = 'IOS' | 'ANDROID' | (string & {})

/** J `TerminalType`, open: a value Alipay adds later still type-checks. */
export type TerminalType = 'WEB' | 'WAP' | 'APP' | 'MINI_APP' | (string & {})
