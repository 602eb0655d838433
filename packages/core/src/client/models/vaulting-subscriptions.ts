import type { Amount } from '../../notification/types.js'
import type { ApiRequest, ApiResponse, BuyerAction, Env, Order, PaymentMethod, SettlementStrategy } from './common.js'
import type { ChallengeActionForm, CustomizedInfo, PaymentMethodDetail, WireBoolean } from './objects.js'

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
}

/** `POST /v1/subscriptions/cancel`. */
export interface CancelSubscriptionRequest extends ApiRequest {
  readonly subscriptionId: string
  readonly cancellationType: 'CANCEL' | 'TERMINATE'
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
}

/** The response of `subscriptions/change`, `cancel` and `update`: the result only. */
export type SubscriptionResponse = ApiResponse
