import type { Amount } from '../../notification/types.js'
import type { ApiRequest, ApiResponse, BuyerAction, Env, Order, PaymentMethod, SettlementStrategy } from './common.js'
import type { ChallengeActionForm, CustomizedInfo, PaymentMethodDetail, WireBoolean, WireInteger } from './objects.js'
import type { Trial } from './subscription-inquiries.js'
import type { CreateSubscriptionInfo, ProrationSettings } from './subscription-request-objects.js'

export type * from './subscription-request-objects.js'

/** `POST /v1/vaults/createVaultingSession` (J `AlipayVaultingSessionRequest`). */
export interface CreateVaultingSessionRequest extends ApiRequest {
  readonly paymentMethodType: string
  /** Your idempotency key for this vaulting. */
  readonly vaultingRequestId: string
  readonly vaultingNotificationUrl: string
  readonly redirectUrl: string
  readonly merchantRegion?: string
  readonly is3DSAuthentication?: WireBoolean
}

/** The `createVaultingSession` response. */
export interface CreateVaultingSessionResponse extends ApiResponse {
  readonly vaultingSessionData?: string
  readonly vaultingSessionId?: string
  readonly vaultingSessionExpiryTime?: string
  readonly normalUrl?: string
}

/** `POST /v1/vaults/vaultPaymentMethod` (J `AlipayVaultingPaymentMethodRequest`). */
export interface VaultPaymentMethodRequest extends ApiRequest {
  readonly vaultingRequestId: string
  readonly vaultingNotificationUrl: string
  readonly redirectUrl: string
  readonly paymentMethodDetail: PaymentMethodDetail
  readonly env: Env
  readonly merchantRegion?: string
  readonly merchantAccountId?: string
  readonly metadata?: string
  readonly vaultingCurrency?: string
  readonly customizedInfo?: CustomizedInfo
}

/** The `vaultPaymentMethod` response. */
export interface VaultPaymentMethodResponse extends ApiResponse, BuyerAction {
  readonly vaultingRequestId?: string
  readonly paymentMethodDetail?: PaymentMethodDetail
  readonly challengeActionForm?: ChallengeActionForm
}

/** `POST /v1/vaults/inquireVaulting` (J `AlipayVaultingQueryRequest`). */
export interface InquireVaultingRequest extends ApiRequest {
  readonly vaultingRequestId: string
  readonly merchantAccountId?: string
}

/** The `inquireVaulting` response. */
export interface InquireVaultingResponse extends ApiResponse {
  readonly vaultingRequestId?: string
  /** A plain String in the Java and Python models, so open here; the docs list these three. */
  readonly vaultingStatus?: 'SUCCESS' | 'FAIL' | 'PROCESSING' | (string & {})
  readonly vaultingResultCode?: string
  readonly vaultingResultMessage?: string
  readonly paymentMethodDetail?: PaymentMethodDetail
  readonly metadata?: string
  readonly normalUrl?: string
  readonly schemeUrl?: string
  readonly applinkUrl?: string
}

/** How often a subscription charges, e.g. `{ periodType: 'MONTH', periodCount: '1' }`. */
export interface PeriodRule {
  readonly periodType: 'DAY' | 'WEEK' | 'MONTH' | 'YEAR' | (string & {})
  readonly periodCount: string
  /** The number of periods. */
  readonly period?: WireInteger
  /** A price; the SDK leaves it undocumented. */
  readonly price?: Amount
}

/** `POST /v1/subscriptions/create`. */
export interface CreateSubscriptionRequest extends ApiRequest {
  /** Your idempotency key for this subscription. */
  readonly subscriptionRequestId: string
  readonly subscriptionDescription: string
  readonly subscriptionRedirectUrl: string
  readonly subscriptionStartTime: string
  readonly subscriptionEndTime?: string
  readonly periodRule: PeriodRule
  readonly subscriptionExpiryTime?: string
  readonly paymentMethod: PaymentMethod
  readonly subscriptionNotificationUrl: string
  readonly paymentNotificationUrl: string
  readonly orderInfo: Order
  readonly paymentAmount: Amount
  readonly settlementStrategy: SettlementStrategy
  readonly env: Env
  /** Merchant-defined fields echoed back. */
  readonly customizedInfo?: CustomizedInfo
  /** Your merchant account, when one client id serves several locations. */
  readonly merchantAccountId?: string
  /** Whether the payment amount may accumulate across periods. */
  readonly allowAccumulate?: WireBoolean
  /** The most that may accumulate; the SDK leaves it undocumented. */
  readonly maxAccumulateAmount?: Amount
  /** PIX recurrence only: whether a charge that failed for lack of balance is retried. */
  readonly allowRetry?: WireBoolean
  /** An amount floor; the SDK leaves it undocumented (it sits beside the PIX retry fields). */
  readonly maxAmountFloor?: Amount
  /** The trial periods, when the subscription has any. */
  readonly trials?: readonly Trial[]
  /** PIX recurrence settings. */
  readonly subscriptionInfo?: CreateSubscriptionInfo
}

/** The `subscriptions/create` response: send the buyer to the authorisation page. */
export interface CreateSubscriptionResponse extends ApiResponse, BuyerAction {}

/** `POST /v1/subscriptions/change`. */
export interface ChangeSubscriptionRequest extends ApiRequest {
  readonly subscriptionChangeRequestId: string
  readonly subscriptionId: string
  readonly paymentAmount: Amount
  readonly subscriptionDescription?: string
  readonly subscriptionStartTime?: string
  readonly subscriptionEndTime?: string
  readonly periodRule?: PeriodRule
  readonly paymentAmountDifference?: Amount
  readonly orderInfo?: Order
  /** Whether the payment amount may accumulate across periods. */
  readonly allowAccumulate?: WireBoolean
  /** The most that may accumulate; the SDK leaves it undocumented. */
  readonly maxAccumulateAmount?: Amount
  /** When the subscription expires, ISO 8601: 30 minutes after the request by default, under 48 hours. */
  readonly subscriptionExpiryTime?: string
}

/** `POST /v1/subscriptions/cancel`. */
export interface CancelSubscriptionRequest extends ApiRequest {
  readonly subscriptionId: string
  readonly cancellationType: 'CANCEL' | 'TERMINATE'
  /** The `subscriptionRequestId` you created it with; the SDK takes it or `subscriptionId`. */
  readonly subscriptionRequestId?: string
}

/** `POST /v1/subscriptions/update`. */
export interface UpdateSubscriptionRequest extends ApiRequest {
  readonly subscriptionUpdateRequestId: string
  readonly subscriptionId: string
  readonly subscriptionDescription?: string
  readonly periodRule?: PeriodRule
  readonly paymentAmount?: Amount
  readonly subscriptionEndTime?: string
  readonly orderInfo?: Order
  /** How to settle a price difference: charge or refund an amount you computed. */
  readonly prorationSettings?: ProrationSettings
  /** The next charge's date, ISO 8601: within the current period and over 24 hours ahead. */
  readonly nextSubscriptionDate?: string
}

/** The response of `subscriptions/change`, `cancel` and `update`: the result only. */
export type SubscriptionResponse = ApiResponse
