import type { Amount, OpenObject } from '../../notification/types.js'
import type { ApiRequest, ApiResponse, BuyerAction, Env, Order, PaymentMethod, SettlementStrategy } from './common.js'
import type { Merchant, PaymentEvaluation, PaymentMethodInfo } from './consult-objects.js'
import type {
  AcquirerInfo,
  AgreementInfo,
  ChallengeActionForm,
  CreditPayPlan,
  CustomizedInfo,
  PaymentFactor,
  PaymentResultInfo,
  PromotionResult,
  PspCustomerInfo,
  Quote,
  WireBoolean,
} from './objects.js'
import type { Buyer } from './risk-objects.js'

export type * from './consult-objects.js'
export type * from './payment-operations.js'

/*
 * pay, consult and createPaymentSession, with every field of the official models (J
 * `request/ams/pay/AlipayPayRequest`, `AlipayPaymentSessionRequest`, `response/ams/pay/*`; the
 * Python SDK's match). Required request fields are the ones this client always required; every
 * response field is optional (the SDKs type none as required). Request enums stay open: a value
 * Alipay accepts must never be refused by a type. See docs/notifications.md for the sources.
 */

/** The acquiring products of `pay` and `createPaymentSession` (docs/protocol.md §4). */
export type ProductCode = 'CASHIER_PAYMENT' | 'AGREEMENT_PAYMENT' | 'IN_STORE_PAYMENT' | (string & {})

/** `POST /v1/payments/pay`. */
export interface PayRequest extends ApiRequest {
  readonly productCode: ProductCode
  /** Your idempotency key, at most 64 characters: resend a U or a timeout with the same one (§7). */
  readonly paymentRequestId: string
  readonly paymentAmount: Amount
  readonly order?: Order
  readonly paymentMethod: PaymentMethod
  readonly paymentNotifyUrl?: string
  readonly paymentRedirectUrl?: string
  readonly settlementStrategy?: SettlementStrategy
  readonly env?: Env
  readonly paymentExpiryTime?: string
  readonly paymentFactor?: PaymentFactor
  readonly metadata?: string
  readonly customizedInfo?: CustomizedInfo
  readonly paymentQuote?: Quote
  readonly agreementInfo?: AgreementInfo
  /** J `SubscriptionInfo`: `subscriptionDescription`, `subscriptionStartTime`, `periodRule`, ... */
  readonly subscriptionInfo?: OpenObject
  readonly processingAmount?: Amount
  readonly creditPayPlan?: CreditPayPlan
  readonly appId?: string
  readonly merchantRegion?: string
  readonly userRegion?: string
  readonly payToMethod?: PaymentMethod
  readonly isAuthorization?: WireBoolean
  /** J `Merchant`: the secondary merchant of a marketplace or PSP. */
  readonly merchant?: OpenObject
  readonly paymentVerificationData?: { readonly verifyRequestId?: string; readonly authenticationCode?: string }
  readonly extendInfo?: string
  readonly merchantAccountId?: string
  readonly dualOfflinePayment?: WireBoolean
  readonly subscriptionId?: string
  readonly taxCalculationId?: string
}

/**
 * The `pay` response. For a cashier payment the usual answer is result U `PAYMENT_IN_PROCESS`
 * with a {@link BuyerAction} (redirect the buyer to `normalUrl`), not S.
 */
export interface PayResponse extends ApiResponse, BuyerAction {
  readonly paymentRequestId?: string
  readonly paymentId?: string
  readonly paymentAmount?: Amount
  readonly paymentCreateTime?: string
  readonly paymentTime?: string
  readonly paymentActionForm?: string
  readonly challengeActionForm?: ChallengeActionForm
  readonly paymentResultInfo?: PaymentResultInfo
  readonly processingAmount?: Amount
  readonly paymentData?: string
  readonly actualPaymentAmount?: Amount
  readonly paymentQuote?: Quote
  readonly authExpiryTime?: string
  readonly nonGuaranteeCouponValue?: Amount
  readonly pspCustomerInfo?: PspCustomerInfo
  readonly grossSettlementAmount?: Amount
  readonly settlementQuote?: Quote
  readonly extendInfo?: string
  readonly acquirerInfo?: AcquirerInfo
  readonly promotionResult?: readonly PromotionResult[]
  readonly subscriptionId?: string
  readonly invoiceId?: string
  readonly status?: string
  readonly currentPeriodStart?: string
  readonly currentPeriodEnd?: string
}

/** `POST /v1/payments/consult`: the payment methods available for an amount. */
export interface ConsultRequest extends ApiRequest {
  readonly productCode: ProductCode
  readonly paymentAmount: Amount
  readonly settlementStrategy?: SettlementStrategy
  readonly env?: Env
  readonly merchantRegion?: string
  readonly userRegion?: string
  /** The payment methods to evaluate for this payment. */
  readonly paymentEvaluation?: PaymentEvaluation
  /** Only methods of these regions: 2-letter ISO country codes, or `GLOBAL` for global cards. */
  readonly allowedPaymentMethodRegions?: readonly string[]
  /** Only these payment method types. */
  readonly allowedPaymentMethods?: readonly string[]
  /** Never these payment method types. */
  readonly blockedPaymentMethods?: readonly string[]
  /** Only wallets (PSPs) of these regions. */
  readonly allowedPspRegions?: readonly string[]
  /** A region code; the SDK leaves it undocumented (`merchantRegion`, `userRegion` are documented). */
  readonly region?: string
  /** A customer id; the SDK leaves it undocumented. */
  readonly customerId?: string
  /** Your id of the buyer; the SDK leaves it undocumented. */
  readonly referenceUserId?: string
  /** Extra information, a JSON string. */
  readonly extendInfo?: string
  /** Options of the payment's processing. */
  readonly paymentFactor?: PaymentFactor
  /** The secondary merchant of a marketplace or PSP. */
  readonly merchant?: Merchant
  /** The buyer, for the methods' relevance and risk control. */
  readonly buyer?: Buyer
  /** Your merchant account, when one client id serves several locations. */
  readonly merchantAccountId?: string
}

/** The `consult` response. */
export interface ConsultResponse extends ApiResponse {
  readonly paymentOptions?: readonly OpenObject[]
  /** The payment methods available, each with whether it is enabled and preferred. */
  readonly paymentMethodInfos?: readonly PaymentMethodInfo[]
  /** Extra information, a JSON string. */
  readonly extendInfo?: string
}

/** The authorisation scopes a session may ask for (J `ScopeType`). */
export type ScopeType =
  | 'BASE_USER_INFO'
  | 'AGREEMENT_PAY'
  | 'USER_INFO'
  | 'USER_LOGIN_ID'
  | 'HASH_LOGIN_ID'
  | 'SEND_OTP'
  | 'TAOBAO_REBIND'
  | (string & {})

/** `POST /v1/payments/createPaymentSession`: a session for the client-side SDK. */
export interface CreatePaymentSessionRequest extends ApiRequest {
  readonly productCode: ProductCode
  readonly paymentRequestId: string
  readonly paymentAmount: Amount
  readonly order?: Order
  readonly paymentMethod?: PaymentMethod
  readonly paymentNotifyUrl?: string
  readonly paymentRedirectUrl?: string
  readonly settlementStrategy?: SettlementStrategy
  readonly env?: Env
  readonly productScene?: string
  readonly merchantAccountId?: string
  readonly metadata?: string
  readonly allowedPaymentMethodRegions?: readonly string[]
  readonly customizedInfo?: CustomizedInfo
  readonly paymentQuote?: Quote
  readonly processingAmount?: Amount
  /** J `SubscriptionPlan`: `allowAccumulate`, `maxAccumulateAmount`, `periodRule`, ... */
  readonly subscriptionPlan?: OpenObject
  /** J `SubscriptionInfo`. */
  readonly subscriptionInfo?: OpenObject
  readonly userRegion?: string
  readonly scopes?: readonly ScopeType[]
  readonly paymentSessionExpiryTime?: string
  readonly paymentFactor?: PaymentFactor
  readonly enableInstallmentCollection?: WireBoolean
  readonly creditPayPlan?: CreditPayPlan
  readonly merchantRegion?: string
  readonly agreementInfo?: AgreementInfo
  /** J `RiskData`: `order`, `buyer`, `env`, `riskSignal`, `address`, `cardVerificationResult`. */
  readonly riskData?: OpenObject
  readonly savedPaymentMethods?: readonly PaymentMethod[]
  readonly locale?: string
  /** J `AvailablePaymentMethod`: `paymentMethodTypeList`, `paymentMethodMetaData`. */
  readonly availablePaymentMethod?: OpenObject
  readonly paymentExpiryTime?: string
  /** J `BillingSubscription`. */
  readonly subscription?: OpenObject
}

/** The `createPaymentSession` response: hand `paymentSessionData` to the client SDK. */
export interface CreatePaymentSessionResponse extends ApiResponse {
  readonly paymentSessionData?: string
  readonly paymentSessionId?: string
  readonly paymentSessionExpiryTime?: string
  readonly normalUrl?: string
  readonly url?: string
  readonly subscriptionId?: string
  readonly invoiceId?: string
}
