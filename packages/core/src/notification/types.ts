/**
 * The notification catalogue (protocol.md §5), from the Java SDK's `request/ams/notify` models.
 * Every field Alipay sends is a string unless noted; optional fields follow the docs. Objects the
 * catalogue does not describe in detail are typed as open records rather than guessed at.
 */

/** An amount in minor units: `{ currency: 'USD', value: '30000' }` is 300.00 USD (§4). */
export interface Amount {
  readonly currency: string
  readonly value: string
}

/** The result block of every API response and notification (§4). */
export interface Result {
  readonly resultCode: string
  /** S success, F failure, U unknown or in process. */
  readonly resultStatus: 'S' | 'F' | 'U'
  readonly resultMessage: string
}

/** A nested object the catalogue leaves open. */
export type OpenObject = { readonly [field: string]: unknown }

interface PaymentFields {
  readonly result: Result
  readonly paymentRequestId: string
  readonly paymentAmount: Amount
  readonly paymentId?: string
  readonly paymentCreateTime?: string
  readonly paymentTime?: string
  readonly customsDeclarationAmount?: Amount
  readonly grossSettlementAmount?: Amount
  readonly settlementQuote?: OpenObject
  readonly paymentQuote?: OpenObject
  readonly pspCustomerInfo?: OpenObject
  readonly acquirerReferenceNo?: string
  readonly paymentResultInfo?: OpenObject
  readonly acquirerInfo?: OpenObject
  readonly promotionResult?: readonly OpenObject[]
  readonly paymentMethodType?: string
  readonly customizedInfo?: OpenObject
  readonly processingAmount?: Amount
  readonly metadata?: string
  readonly subscriptionOrderId?: string
  readonly retryInfo?: OpenObject
  readonly updateRequestId?: string
  readonly authExpiryTime?: string
  readonly taxCalculationId?: string
  // Present on the subscription-payment variant (AlipaySubscriptionPayNotify).
  readonly subscriptionRequestId?: string
  readonly subscriptionId?: string
  readonly periodStartTime?: string
  readonly periodEndTime?: string
  readonly phaseNo?: string
}

/** notifyPayment with the final result. `result.resultStatus` is S or F, never U. */
export interface PaymentResultNotification extends PaymentFields {
  readonly notifyType: 'PAYMENT_RESULT'
}

/** notifyPayment while the payment is pending; `resultStatus` S means "pending". */
export interface PaymentPendingNotification extends PaymentFields {
  readonly notifyType: 'PAYMENT_PENDING'
}

/** The payment notification of a subscription period (AlipaySubscriptionPayNotify). */
export type SubscriptionPaymentNotification = PaymentResultNotification & {
  readonly subscriptionId: string
  readonly periodStartTime?: string
  readonly periodEndTime?: string
  readonly phaseNo?: string
}

/** notifyCapture. */
export interface CaptureResultNotification {
  readonly notifyType: 'CAPTURE_RESULT'
  readonly result: Result
  readonly captureRequestId: string
  readonly paymentId: string
  readonly captureId: string
  readonly captureAmount: Amount
  readonly captureTime?: string
  readonly acquirerReferenceNo?: string
  readonly acquirerInfo?: OpenObject
  readonly paymentResultInfo?: OpenObject
  readonly taxCalculationId?: string
}

/** notifyRefund. */
export interface RefundResultNotification {
  readonly notifyType: 'REFUND_RESULT'
  readonly result: Result
  readonly refundStatus: 'SUCCESS' | 'FAIL'
  readonly refundRequestId: string
  readonly refundId: string
  readonly refundAmount: Amount
  readonly refundTime?: string
  readonly grossSettlementAmount?: Amount
  readonly settlementQuote?: OpenObject
  readonly customizedInfo?: OpenObject
  readonly arn?: string
  readonly actualRefundAmount?: Amount
  readonly metadata?: string
}

/** notifyVaulting. `VAULTING_RESULT` comes from the docs; the SDK types notifyType as a plain string. */
export interface VaultingResultNotification {
  readonly notifyType: 'VAULTING_RESULT'
  readonly result: Result
  readonly vaultingRequestId: string
  readonly paymentMethodDetail?: OpenObject
  readonly vaultingCreateTime?: string
  readonly acquirerInfo?: OpenObject
  readonly customizedInfo?: OpenObject
  readonly metadata?: string
}

/** The values of `disputeNotificationType`. */
export type DisputeNotificationType =
  | 'DISPUTE_CREATED'
  | 'DISPUTE_JUDGED'
  | 'DISPUTE_CANCELLED'
  | 'DEFENSE_SUPPLIED'
  | 'DEFENSE_DUE_ALERT'
  | 'DISPUTE_ACCEPTED'
  | 'RDR_RESOLVED'

/** notifyDispute, discriminated by `disputeNotificationType`. */
export interface DisputeNotification {
  readonly disputeNotificationType: DisputeNotificationType
  readonly notifyType?: string
  readonly result?: Result
  readonly paymentRequestId?: string
  readonly disputeId?: string
  readonly paymentId?: string
  readonly disputeTime?: string
  readonly disputeAmount?: Amount
  readonly disputeReasonMsg?: string
  readonly disputeJudgedTime?: string
  readonly disputeJudgedAmount?: Amount
  readonly disputeJudgedResult?: string
  readonly defenseDueTime?: string
  readonly disputeReasonCode?: string
  readonly disputeSource?: string
  readonly arn?: string
  readonly disputeAcceptReason?: string
  readonly disputeAcceptTime?: string
  readonly disputeType?: string
  readonly defendable?: boolean
  readonly captureId?: string
  readonly autoDefendReason?: string
  readonly acquirerInfo?: OpenObject
}

/** notifyAuthorization, discriminated by `authorizationNotifyType`. */
export interface AuthorizationNotification {
  readonly authorizationNotifyType: 'AUTHCODE_CREATED' | 'TOKEN_CANCELED'
  readonly notifyType?: string
  readonly result?: Result
  readonly authClientId?: string
  readonly accessToken?: string
  readonly authState?: string
  readonly authCode?: string
  readonly reason?: string
  readonly userLoginId?: string
  readonly userId?: string
  readonly passThroughInfo?: string
}

/** The values of `subscriptionNotificationType`. */
export type SubscriptionNotificationType = 'CREATE' | 'CHANGE' | 'CANCEL' | 'UPDATE' | 'TERMINATE'

/** notifySubscription, discriminated by `subscriptionNotificationType`. */
export interface SubscriptionNotification {
  readonly subscriptionNotificationType: SubscriptionNotificationType
  readonly notifyType?: string
  readonly result?: Result
  readonly subscriptionRequestId: string
  readonly subscriptionId: string
  readonly subscriptionStatus: 'ACTIVE' | 'CANCELLED' | 'TERMINATED'
  readonly subscriptionStartTime: string
  readonly subscriptionEndTime: string
  readonly periodRule: OpenObject
  readonly allowAccumulate?: boolean
  readonly maxAccumulateAmount?: Amount
}

/** The cancellation of a subscription order (AlipaySubscriptionCancelNotify), recognised by `subscriptionOrderStatus`. */
export interface SubscriptionCancelNotification {
  readonly subscriptionOrderStatus: SubscriptionNotificationType
  readonly notifyType?: string
  readonly result?: Result
  readonly subscriptionId?: string
  readonly subscriptionRequestId?: string
  readonly subscriptionOrderId?: string
  readonly subscriptionTransId?: string
  readonly paymentAmount?: Amount
  readonly paymentCreateTime?: string
  readonly paymentTime?: string
  readonly periodEndTime?: string
  readonly phaseNo?: string
}

/**
 * A notification the catalogue does not know (ABA transfer, card status, invoice, a type Alipay
 * adds later). It is never rejected; its fields come through untouched.
 */
export interface UnknownNotification {
  readonly [field: string]: unknown
}

/** How each notification is dispatched: its key in the `on` handler map. */
export interface NotificationTypeMap {
  PAYMENT_RESULT: PaymentResultNotification
  PAYMENT_PENDING: PaymentPendingNotification
  CAPTURE_RESULT: CaptureResultNotification
  REFUND_RESULT: RefundResultNotification
  VAULTING_RESULT: VaultingResultNotification
  DISPUTE: DisputeNotification
  AUTHORIZATION: AuthorizationNotification
  SUBSCRIPTION: SubscriptionNotification
  SUBSCRIPTION_CANCEL: SubscriptionCancelNotification
  UNKNOWN: UnknownNotification
}

/** A dispatch key: `PAYMENT_RESULT`, `DISPUTE`, ... or `UNKNOWN`. */
export type NotificationType = keyof NotificationTypeMap

/** Every notification the catalogue knows, discriminated by its own type field. */
export type KnownNotification = NotificationTypeMap[Exclude<NotificationType, 'UNKNOWN'>]

/** What {@link parseNotification} returns: a known notification or an unknown one. */
export type AlipayNotification = KnownNotification | UnknownNotification
