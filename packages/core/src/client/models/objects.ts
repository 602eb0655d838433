import type { Amount, OpenObject, Result } from '../../notification/types.js'

/*
 * The nested objects that requests, responses and notifications share, with the fields of the
 * official models (global-open-sdk-java `model/ams/*.java`, the Python SDK's `model/*.py` match).
 * Each keeps an index signature: Alipay adds fields, and an object the merchant forwards must not
 * lose them. Alipay sends every non-array value as a JSON string (docs), so booleans and integers
 * are typed as either form.
 */

/** A boolean as Alipay may send or accept it: `true`, or the string `"true"` the docs ask for. */
export type WireBoolean = boolean | 'true' | 'false'

/** An integer as Alipay may send or accept it: `3`, or the string `"3"` the docs ask for. */
export type WireInteger = number | string

/** A decimal number (a rate, a percentage) as Alipay may send or accept it: `1.25`, or `"1.25"`. */
export type WireDecimal = number | string

/** An exchange rate quote (J `Quote`). */
export interface Quote {
  readonly quoteId?: string
  readonly quoteCurrencyPair?: string
  readonly quotePrice?: string | number
  readonly quoteStartTime?: string
  readonly quoteExpiryTime?: string
  readonly guaranteed?: WireBoolean
  readonly exchangeAmount?: Amount
  readonly [field: string]: unknown
}

/** The acquirer that processed a transaction (J `AcquirerInfo`). */
export interface AcquirerInfo {
  readonly acquirerName?: string
  readonly referenceRequestId?: string
  readonly acquirerTransactionId?: string
  readonly acquirerMerchantId?: string
  readonly acquirerResultCode?: string
  readonly acquirerResultMessage?: string
  readonly acquirerMerchantName?: string
  readonly acquirerReasonDescription?: string
  readonly ptspTransactionId?: string
  readonly acquirerCardToken?: string
  readonly [field: string]: unknown
}

/** The customer of an Alipay+ wallet (J `PspCustomerInfo`). */
export interface PspCustomerInfo {
  readonly pspName?: string
  readonly pspCustomerId?: string
  readonly displayCustomerId?: string
  readonly displayCustomerName?: string
  readonly customer2088Id?: string
  readonly extendInfo?: string
  readonly [field: string]: unknown
}

/** Merchant-defined fields echoed back (J `CustomizedInfo`). */
export interface CustomizedInfo {
  readonly customizedField1?: string
  readonly customizedField2?: string
  readonly customizedField3?: string
  readonly customizedField4?: string
  readonly customizedField5?: string
  readonly [field: string]: unknown
}

/** The 3-D Secure outcome of a card payment (J `ThreeDSResult`). */
export interface ThreeDSResult {
  readonly threeDSVersion?: string
  readonly eci?: string
  readonly cavv?: string
  readonly dsTransactionId?: string
  readonly xid?: string
  readonly threeDStransactionStatusReason?: string
  readonly challengeCancel?: string
  readonly challenged?: WireBoolean
  readonly exemptionType?: string
  readonly threeDSOffered?: WireBoolean
  readonly [field: string]: unknown
}

/** An instalment plan (J `CreditPayPlan`). */
export interface CreditPayPlan {
  readonly installmentNum?: WireInteger
  readonly interval?: string
  readonly creditPayFeeType?: 'PERCENTAGE' | (string & {})
  readonly feePercentage?: WireInteger
  readonly filteredInstallmentPeriods?: readonly WireInteger[]
  readonly interestRate?: string
  readonly [field: string]: unknown
}

/** Card and issuer details of a payment's outcome (J `PaymentResultInfo`). */
export interface PaymentResultInfo {
  readonly issuerName?: string
  readonly refusalCodeRaw?: string
  readonly refusalReasonRaw?: string
  readonly merchantAdviceCode?: string
  readonly acquirerInfo?: AcquirerInfo
  readonly cardNo?: string
  readonly cardBrand?: string
  readonly cardToken?: string
  readonly issuingCountry?: string
  readonly funding?: string
  readonly paymentMethodRegion?: string
  readonly threeDSResult?: ThreeDSResult
  readonly avsResultRaw?: string
  readonly cvvResultRaw?: string
  readonly networkTransactionId?: string
  readonly creditPayPlan?: CreditPayPlan
  readonly cardholderName?: string
  readonly cardBin?: string
  readonly lastFour?: string
  readonly expiryMonth?: string
  readonly expiryYear?: string
  readonly cardCategory?: string
  readonly accountNo?: string
  readonly exemptionRequested?: string
  readonly credentialTypeUsed?: string
  readonly rrn?: string
  readonly userAuthorizationStatus?: string
  readonly authorizationCode?: string
  readonly incrementalAuthorizationAvailable?: WireBoolean
  readonly extendedAuthorizationAvailable?: WireBoolean
  readonly refundOnAuthorizationAvailable?: WireBoolean
  readonly [field: string]: unknown
}

/** A promotion applied to a payment (J `PromotionResult`, `Discount`). */
export interface PromotionResult {
  readonly promotionType?: 'DISCOUNT' | 'INTEREST_FREE' | (string & {})
  readonly discount?: {
    readonly discountTag?: string
    readonly discountName?: string
    readonly savingsAmount?: Amount
    readonly estimateSavingsAmount?: Amount
    readonly [field: string]: unknown
  }
  readonly [field: string]: unknown
}

/** Retries left on a failed payment (J `RetryInfo`, `PaymentAttempt`). */
export interface RetryInfo {
  readonly availableRetries?: WireInteger
  readonly orderId?: string
  readonly paymentAttempts?: readonly {
    readonly attemptAt?: string
    readonly attemptResponse?: string
    readonly [field: string]: unknown
  }[]
  readonly [field: string]: unknown
}

/** `TransactionStatusType` of the Java and Python SDKs: a closed enum there, so closed here. */
export type TransactionStatus = 'SUCCESS' | 'FAIL' | 'PROCESSING' | 'CANCELLED' | 'PENDING'

/** One transaction of a payment, as `inquiryPayment` lists them (J `Transaction`). */
export interface Transaction {
  readonly transactionResult?: Result
  readonly transactionId?: string
  readonly transactionType?: 'PAYMENT' | 'REFUND' | 'CAPTURE' | 'CANCEL' | 'AUTHORIZATION' | 'VOID' | 'INCREMENTAL'
  readonly transactionStatus?: TransactionStatus
  readonly transactionAmount?: Amount
  readonly transactionRequestId?: string
  readonly transactionTime?: string
  readonly acquirerInfo?: AcquirerInfo
  readonly grossSettlementAmount?: Amount
  readonly settlementQuote?: Quote
  readonly [field: string]: unknown
}

/** The card a payment used (J `CardInfo`). */
export interface CardInfo {
  readonly cardNo?: string
  readonly cardBrand?: string
  readonly cardToken?: string
  readonly issuingCountry?: string
  readonly funding?: string
  readonly paymentMethodRegion?: string
  readonly threeDSResult?: ThreeDSResult
  readonly [field: string]: unknown
}

/** A challenge the buyer must pass (J `ChallengeActionForm`). */
export interface ChallengeActionForm {
  readonly challengeType?: 'SMS_OTP' | 'PLAINTEXT_CARD_NO' | 'CARD_EXPIRE_DATE' | (string & {})
  readonly challengeRenderValue?: string
  readonly triggerSource?: 'AMS' | 'CHANNEL' | (string & {})
  readonly extendInfo?: string
  readonly [field: string]: unknown
}

/** A payment code to show the buyer (J `OrderCodeForm`, `CodeDetail`). */
export interface OrderCodeForm {
  readonly paymentMethodType?: string
  readonly expireTime?: string
  readonly codeDetails?: readonly {
    readonly codeValueType?: string
    readonly codeValue?: string
    readonly displayType?: string
    readonly [field: string]: unknown
  }[]
  readonly extendInfo?: string
  readonly [field: string]: unknown
}

/** A payment method's details: a card, a wallet, a coupon (J `PaymentMethodDetail`). */
export interface PaymentMethodDetail {
  readonly paymentMethodDetailType?: 'CARD' | 'EXTERNALACCOUNT' | 'COUPON' | 'DISCOUNT' | (string & {})
  /** J `CardPaymentMethodDetail`: `cardToken`, `maskedCardNo`, `brand`, `expiryYear`, ... */
  readonly card?: OpenObject
  readonly externalAccount?: OpenObject
  readonly discount?: OpenObject
  readonly coupon?: OpenObject
  readonly paymentMethodType?: string
  readonly extendInfo?: string
  /** J `Wallet`: `accountNo`, `accountHolderName`, `token`, `tokenExpiryTime`, ... */
  readonly wallet?: OpenObject
  readonly interactionType?: string
  readonly [field: string]: unknown
}

/** Options of the payment's processing (J `PaymentFactor`). */
export interface PaymentFactor {
  readonly isPaymentEvaluation?: WireBoolean
  readonly inStorePaymentScenario?: 'PaymentCode' | 'OrderCode' | 'EntryCode' | (string & {})
  readonly presentmentMode?: 'BUNDLE' | 'TILE' | 'UNIFIED' | (string & {})
  readonly captureMode?: string
  readonly isAuthorization?: WireBoolean
  readonly [field: string]: unknown
}

/** The buyer's authorisation for an agreement payment (J `AgreementInfo`). */
export interface AgreementInfo {
  readonly authState?: string
  readonly userLoginId?: string
  readonly userLoginType?: string
  readonly displayUserLoginId?: string
  readonly [field: string]: unknown
}

/** A refund split by who pays it (J `RefundDetail`). */
export interface RefundDetail {
  readonly refundAmount?: Amount
  readonly refundFrom?: 'SELLER' | 'MARKETPLACE' | 'UNSETTLED_FUNDS' | (string & {})
  readonly [field: string]: unknown
}

/** The bank account a refund goes to (J `RefundToBankInfo`). */
export interface RefundToBankInfo {
  readonly bankCode?: string
  readonly accountHolderName?: OpenObject
  readonly accountNo?: string
  readonly [field: string]: unknown
}
