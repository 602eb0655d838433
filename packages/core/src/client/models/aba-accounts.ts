import type { Amount } from '../../notification/types.js'
import type { ApiRequest, ApiResponse } from './common.js'
import type { WireInteger } from './objects.js'
import type { AccountBalance } from './shared-objects.js'

/*
 * Antom Business Account (ABA): balances, quota and statements: the request and response models of
 * the official Java SDK (alipay/global-open-sdk-java v2.2.8, `request/ams/*`, `response/ams/*`),
 * field for field. Every field is optional, as in the SDK, except the idempotency key or the id of
 * the object an operation acts on; enums are open, so a value Alipay adds later still type-checks.
 * docs/endpoints.md lists every endpoint.
 */

/** `POST /v1/aba/account/inquireAvailableQuota` (J `AlipayInquireAvailableQuotaRequest`). */
export interface InquireAvailableQuotaRequest extends ApiRequest {
  readonly currency?: string
}

/** The `aba.inquireAvailableQuota` response (J `AlipayInquireAvailableQuotaResponse`). */
export interface InquireAvailableQuotaResponse extends ApiResponse {
  readonly availableQuota?: Amount
}

/** `POST /v1/aba/accounts/inquiryBalance` (J `AlipayInquiryBalanceRequest`). */
export interface AbaInquiryBalanceRequest extends ApiRequest {
  readonly currencyList?: readonly string[]
  readonly accesstoken?: string
  readonly customerId?: string
}

/** The `aba.inquiryBalance` response (J `AlipayInquiryBalanceResponse`). */
export interface AbaInquiryBalanceResponse extends ApiResponse {
  readonly accountBalances?: readonly AccountBalance[]
}

/** `POST /v1/aba/accounts/inquiryStatement` (J `AlipayInquiryStatementRequest`). */
export interface InquiryStatementRequest extends ApiRequest {
  readonly customerId?: string
  readonly accessToken?: string
  readonly startTime?: string
  readonly endTime?: string
  readonly transactionTypeList?: readonly (
    | 'PAYMENT'
    | 'PAYMENT_REFUND'
    | 'CHARGE'
    | 'CHARGE_REFUND'
    | 'TOPUP'
    | 'SETTLEMENT'
    | 'WITHDRAW'
    | 'WITHDRAW_RETURN'
    | 'TRANSFER'
    | 'TRANSFER_RETURN'
    | 'TRANSFER_TO_CHINA'
    | 'TRANSFER_RECIPIENT'
    | 'EXCHANGE'
    | 'CREDIT_LOAN'
    | 'CREDIT_REPAY'
    | 'CREDIT_REPAYMENT'
    | 'DIRECT_PAYMENT'
    | 'DIRECT_REFUND'
    | 'CARD_PAYMENT'
    | 'CARD_REFUND'
    | 'OVERFLOW_DEBIT'
    | 'OVERFLOW_CREDIT'
    | 'CASH_BACK'
    | (string & {})
  )[]
  readonly currencyList?: readonly string[]
  readonly pageSize?: WireInteger
  readonly pageNumber?: WireInteger
  readonly assetId?: string
  readonly fuzzyName?: string
}

/** The `aba.inquiryStatement` response (J `AlipayInquiryStatementResponse`). */
export interface InquiryStatementResponse extends ApiResponse {
  readonly statementList?: readonly Statement[]
  readonly totalCount?: WireInteger
  readonly totalPageNumber?: WireInteger
  readonly currentPageNumber?: WireInteger
}

/** `POST /v1/aba/accounts/inquiryStatementDetail` (J `AlipayInquiryStatementDetailRequest`). */
export interface InquiryStatementDetailRequest extends ApiRequest {
  readonly statementId: string
}

/** The `aba.inquiryStatementDetail` response (J `AlipayInquiryStatementDetailResponse`). */
export interface InquiryStatementDetailResponse extends ApiResponse {
  readonly statement?: Statement
  readonly metadata?: { readonly [key: string]: string }
}

/** `POST /v1/aba/accounts/inquiryStatementList` (J `AlipayInquiryStatementListRequest`). */
export interface InquiryStatementListRequest extends ApiRequest {
  readonly fuzzyName?: string
  readonly customerId?: string
  readonly accessToken?: string
  readonly startTime?: string
  readonly endTime?: string
  readonly transactionTypeList?: readonly string[]
  readonly currencyList?: readonly string[]
  readonly pageSize?: string
  readonly pageNumber?: string
}

/** The `aba.inquiryStatementList` response (J `AlipayInquiryStatementListResponse`). */
export interface InquiryStatementListResponse extends ApiResponse {
  readonly statementList?: readonly Statement[]
  readonly totalCount?: TotalCount
}

/** A foreign exchange quote (J `ForeignExchangeQuote`). */
export interface ForeignExchangeQuote {
  readonly exchangeRate?: string
  readonly sourceCurrency?: string
  readonly targetCurrency?: string
  readonly quoteTime?: string
  readonly quotePrice?: string
  readonly [field: string]: unknown
}

/** A fund move detail (J `FundMoveDetail`). */
export interface FundMoveDetail {
  readonly payerName?: string
  readonly payerAccountNo?: string
  readonly payerChaneelAccountnumber?: string
  readonly payerAccountType?: string
  readonly payerAssetId?: string
  readonly beneficiaryName?: string
  readonly beneficiaryAccountType?: string
  readonly beneficiaryBankCountry?: string
  readonly beneficiaryBankName?: string
  readonly beneficiaryAssetId?: string
  readonly remarks?: string
  readonly description?: string
  readonly memo?: string
  readonly referenceTransactionId?: string
  readonly [field: string]: unknown
}

/** A statement (J `Statement`). */
export interface Statement {
  readonly fundMoveDetail?: FundMoveDetail
  readonly foreignExchangeQuote?: ForeignExchangeQuote
  readonly statementId?: string
  readonly transactionTime?: string
  readonly transactionType?:
    | 'PAYMENT'
    | 'PAYMENT_REFUND'
    | 'CHARGE'
    | 'CHARGE_REFUND'
    | 'TOPUP'
    | 'SETTLEMENT'
    | 'WITHDRAW'
    | 'WITHDRAW_RETURN'
    | 'TRANSFER'
    | 'TRANSFER_RETURN'
    | 'TRANSFER_TO_CHINA'
    | 'TRANSFER_RECIPIENT'
    | 'EXCHANGE'
    | 'CREDIT_LOAN'
    | 'CREDIT_REPAY'
    | 'CREDIT_REPAYMENT'
    | 'DIRECT_PAYMENT'
    | 'DIRECT_REFUND'
    | 'CARD_PAYMENT'
    | 'CARD_REFUND'
    | 'OVERFLOW_DEBIT'
    | 'OVERFLOW_CREDIT'
    | 'CASH_BACK'
    | (string & {})
  readonly originalTransactionAmount?: Amount
  readonly transactionAmount?: Amount
  readonly feeAmount?: Amount
  readonly netAmount?: Amount
  readonly accountBalance?: Amount
  readonly transactionId?: string
  readonly extTransactionId?: string
  readonly transactionStatus?: string
  readonly beneficiaryAssetId?: string
  readonly [field: string]: unknown
}

/** A total count (J `TotalCount`). */
export interface TotalCount {
  readonly totalPageNumber?: string
  readonly currentPageNumber?: string
  readonly [field: string]: unknown
}
