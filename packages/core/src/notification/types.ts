import type {
  AcquirerInfo,
  CustomizedInfo,
  PaymentMethodDetail,
  PaymentResultInfo,
  PromotionResult,
  PspCustomerInfo,
  Quote,
  RetryInfo,
} from '../client/models/objects.js'
import type {
  BillingSubscriptionNotification,
  CreditNoteNotification,
  InvoiceNotification,
  MeterEventNotification,
} from './billing-types.js'
import type {
  CardBillNotification,
  CardStatusNotification,
  DirectRefundNotification,
  TransferResultNotification,
} from './business-account-types.js'

export type * from './billing-types.js'
export type * from './business-account-types.js'

/**
 * The notification catalogue (docs/protocol.md §5, §9.13; docs/notifications.md records each choice and
 * its source). Field names follow the Java SDK's `request/ams/notify` models. A field is required
 * here only when every source shows it always present: anything else is optional, because a
 * notification missing a required field goes to the fallback handler instead of its typed one.
 * Value sets Alipay may extend are typed `'A' | 'B' | (string & {})` and never checked at runtime.
 */

/** An amount in minor units: `{ currency: 'USD', value: '30000' }` is 300.00 USD (§4). */
export interface Amount {
  readonly currency: string
  readonly value: string
}

/** The result block of every API response and notification (§4). */
export interface Result {
  readonly resultCode: string
  /** S success, F failure, U unknown or in process: the protocol's own three values (§4). */
  readonly resultStatus: 'S' | 'F' | 'U'
  /** Optional: the capture page and both SDKs leave it out of the required fields. */
  readonly resultMessage?: string
}

/** A nested object the catalogue leaves open. */
export type OpenObject = { readonly [field: string]: unknown }

/** The optional fields of every notifyPayment body (J `AlipayPayResultNotify`, `AlipaySubscriptionPayNotify`). */
export interface PaymentNotificationFields {
  readonly paymentId?: string
  readonly paymentCreateTime?: string
  readonly paymentTime?: string
  readonly customsDeclarationAmount?: Amount
  readonly grossSettlementAmount?: Amount
  readonly settlementQuote?: Quote
  readonly paymentQuote?: Quote
  readonly pspCustomerInfo?: PspCustomerInfo
  readonly acquirerReferenceNo?: string
  readonly paymentResultInfo?: PaymentResultInfo
  readonly acquirerInfo?: AcquirerInfo
  readonly promotionResult?: readonly PromotionResult[]
  readonly paymentMethodType?: string
  readonly customizedInfo?: CustomizedInfo
  readonly processingAmount?: Amount
  readonly actualPaymentAmount?: Amount
  readonly metadata?: string
  readonly subscriptionOrderId?: string
  readonly retryInfo?: RetryInfo
  readonly updateRequestId?: string
  readonly authExpiryTime?: string
  readonly taxCalculationId?: string
  readonly subscriptionRequestId?: string
  readonly subscriptionId?: string
  readonly periodStartTime?: string
  readonly periodEndTime?: string
  readonly phaseNo?: string
}

/** notifyPayment with the final result. `result.resultStatus` is S or F, never U. */
export interface PaymentResultNotification extends PaymentNotificationFields {
  readonly notifyType: 'PAYMENT_RESULT'
  /** Absent on some in-store payments: the in-store notifyPayment page marks it optional. */
  readonly result?: Result
  readonly paymentRequestId: string
  readonly paymentAmount: Amount
}

/** notifyPayment while the payment is pending; `resultStatus` S means "pending". */
export interface PaymentPendingNotification extends PaymentNotificationFields {
  readonly notifyType: 'PAYMENT_PENDING'
  readonly result: Result
  readonly paymentRequestId: string
  readonly paymentAmount: Amount
}

/** notifyPayment of an in-store payment that issued an offline payment code (the in-store page). */
export interface OfflinePaymentCodeNotification extends PaymentNotificationFields {
  readonly notifyType: 'OFFLINE_PAYMENT_CODE'
  readonly result?: Result
  readonly paymentRequestId: string
  readonly paymentAmount: Amount
}

/** notifyPayment with the outcome of an `updateAmount` call on an authorised payment. */
export interface UpdateAmountResultNotification extends PaymentNotificationFields {
  readonly notifyType: 'UPDATE_AMOUNT_RESULT'
  readonly result: Result
  /** The `updateAmount` request this result answers (J: "returned when notifyType=UPDATE_AMOUNT_RESULT"). */
  readonly updateRequestId: string
  readonly paymentRequestId?: string
  readonly paymentAmount?: Amount
}

/**
 * notifyPayment for one period of a subscription (Antom "notifyPayment (subscription)"): no
 * `paymentRequestId`, since Alipay starts the payment, and no `notifyType` in the documented body.
 */
export interface SubscriptionPaymentNotification extends PaymentNotificationFields {
  /** Absent in the documented body; `PAYMENT_RESULT` when Alipay sends it. */
  readonly notifyType?: 'PAYMENT_RESULT'
  readonly result: Result
  readonly paymentId: string
  readonly paymentAmount: Amount
  readonly subscriptionRequestId: string
  readonly subscriptionId: string
}

/** notifyCapture. `resultStatus` S or F says whether the capture succeeded. */
export interface CaptureResultNotification {
  readonly notifyType: 'CAPTURE_RESULT'
  readonly result: Result
  readonly captureRequestId: string
  readonly paymentId: string
  readonly captureId: string
  readonly captureAmount: Amount
  readonly captureTime?: string
  readonly acquirerReferenceNo?: string
  readonly acquirerInfo?: AcquirerInfo
  readonly paymentResultInfo?: PaymentResultInfo
  readonly taxCalculationId?: string
}

/** notifyRefund. */
export interface RefundResultNotification {
  readonly notifyType: 'REFUND_RESULT'
  readonly result: Result
  /** A plain String in both SDKs: open. */
  readonly refundStatus: 'SUCCESS' | 'FAIL' | (string & {})
  readonly refundRequestId: string
  readonly refundId: string
  readonly refundAmount: Amount
  readonly refundTime?: string
  readonly grossSettlementAmount?: Amount
  readonly settlementQuote?: Quote
  readonly customizedInfo?: CustomizedInfo
  readonly arn?: string
  readonly actualRefundAmount?: Amount
  readonly metadata?: string
}

/**
 * notifyVaulting. Every notifyVaulting page shows a body starting with `result` and no
 * `notifyType`; no source confirms `VAULTING_RESULT`, accepted when present.
 */
export interface VaultingResultNotification {
  readonly notifyType?: 'VAULTING_RESULT'
  readonly result: Result
  readonly vaultingRequestId: string
  readonly paymentMethodDetail?: PaymentMethodDetail
  readonly vaultingCreateTime?: string
  readonly vaultingStatus?: 'SUCCESS' | 'FAIL' | 'PROCESSING' | (string & {})
  readonly acquirerInfo?: AcquirerInfo
  readonly customizedInfo?: CustomizedInfo
  readonly metadata?: string
}

/** The documented values of `disputeNotificationType` (J `DisputeNotificationType`). */
export type DisputeNotificationType =
  | 'DISPUTE_CREATED'
  | 'DISPUTE_JUDGED'
  | 'DISPUTE_CANCELLED'
  | 'DEFENSE_SUPPLIED'
  | 'DEFENSE_DUE_ALERT'
  | 'DISPUTE_ACCEPTED'
  | 'RDR_RESOLVED'

/** notifyDispute, recognised by `disputeNotificationType` (any string: a new value is still a dispute). */
export interface DisputeNotification {
  readonly disputeNotificationType: DisputeNotificationType | (string & {})
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
  readonly disputeJudgedResult?:
    | 'ACCEPT_BY_CUSTOMER'
    | 'ACCEPT_BY_MERCHANT'
    | 'VALIDATE_SUCCESS'
    | 'VALIDATE_FAIL'
    | (string & {})
  readonly defenseDueTime?: string
  readonly disputeReasonCode?: string
  readonly disputeSource?: string
  readonly arn?: string
  readonly disputeAcceptReason?: 'MERCHANT_ACCEPTED' | 'TIMEOUT' | 'MANUAL_PROCESSING_ACCEPTED' | (string & {})
  readonly disputeAcceptTime?: string
  readonly disputeType?: string
  /** A boolean even when Alipay sends the string `"true"` or `"false"` (parse converts it). */
  readonly defendable?: boolean
  readonly captureId?: string
  readonly autoDefendReason?: string
  readonly acquirerInfo?: AcquirerInfo
}

/** notifyAuthorization, recognised by `authorizationNotifyType` (any string). */
export interface AuthorizationNotification {
  /** `TOKEN_CREATED` is documented for Auto Debit and EasySafePay (notifyauth page). */
  readonly authorizationNotifyType: 'AUTHCODE_CREATED' | 'TOKEN_CREATED' | 'TOKEN_CANCELED' | (string & {})
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

/** The documented values of `subscriptionNotificationType` (J `SubscriptionNotificationType`). */
export type SubscriptionNotificationType = 'CREATE' | 'CHANGE' | 'CANCEL' | 'UPDATE' | 'TERMINATE'

/** notifySubscription, recognised by `subscriptionNotificationType` (any string). */
export interface SubscriptionNotification {
  readonly subscriptionNotificationType: SubscriptionNotificationType | (string & {})
  readonly notifyType?: string
  readonly result?: Result
  readonly subscriptionRequestId: string
  /** "Not returned when the user fails to create subscription plan" (notify_sub page). */
  readonly subscriptionId?: string
  readonly subscriptionStatus: 'ACTIVE' | 'CANCELLED' | 'TERMINATED' | (string & {})
  readonly subscriptionStartTime: string
  /** Absent when the subscription was created without an end time. */
  readonly subscriptionEndTime?: string
  readonly periodRule: OpenObject
  /** A boolean even when Alipay sends the string `"true"` or `"false"` (parse converts it). */
  readonly allowAccumulate?: boolean
  readonly maxAccumulateAmount?: Amount
}

/** The cancellation of a subscription order (J `AlipaySubscriptionCancelNotify`), recognised by `subscriptionOrderStatus`. */
export interface SubscriptionCancelNotification {
  readonly subscriptionOrderStatus: SubscriptionNotificationType | (string & {})
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
 * A notification the catalogue does not know (a type Alipay adds later), or one that looked like a
 * known type but did not fit it. It is never refused: it goes to the fallback handler with its
 * fields untouched.
 */
export interface UnknownNotification {
  readonly [field: string]: unknown
}

/** How each notification is dispatched: its key in the `on` handler map. */
export interface NotificationTypeMap {
  PAYMENT_RESULT: PaymentResultNotification
  PAYMENT_PENDING: PaymentPendingNotification
  OFFLINE_PAYMENT_CODE: OfflinePaymentCodeNotification
  UPDATE_AMOUNT_RESULT: UpdateAmountResultNotification
  SUBSCRIPTION_PAYMENT: SubscriptionPaymentNotification
  CAPTURE_RESULT: CaptureResultNotification
  REFUND_RESULT: RefundResultNotification
  VAULTING_RESULT: VaultingResultNotification
  DISPUTE: DisputeNotification
  AUTHORIZATION: AuthorizationNotification
  SUBSCRIPTION: SubscriptionNotification
  SUBSCRIPTION_CANCEL: SubscriptionCancelNotification
  TRANSFER_RESULT: TransferResultNotification
  DIRECT_REFUND: DirectRefundNotification
  CARD_STATUS: CardStatusNotification
  CARD_BILL: CardBillNotification
  CREDIT_NOTE: CreditNoteNotification
  INVOICE: InvoiceNotification
  METER_EVENT: MeterEventNotification
  BILLING_SUBSCRIPTION: BillingSubscriptionNotification
  UNKNOWN: UnknownNotification
}

/** A dispatch key: `PAYMENT_RESULT`, `DISPUTE`, ... or `UNKNOWN`. */
export type NotificationType = keyof NotificationTypeMap

/** Every notification the catalogue knows. */
export type KnownNotification = NotificationTypeMap[Exclude<NotificationType, 'UNKNOWN'>]

/** What {@link parseNotification} returns: a known notification or an unknown one. */
export type AlipayNotification = KnownNotification | UnknownNotification

/**
 * A parsed notification with its dispatch key, discriminated on `type`: checking
 * `parsed.type === 'PAYMENT_RESULT'` narrows `parsed.notification`. (`notifyType` alone cannot
 * narrow: a body with `notifyType: 'PAYMENT_RESULT'` may be a subscription payment, or not fit.)
 */
export type TypedNotification = {
  readonly [T in NotificationType]: {
    readonly type: T
    readonly notification: NotificationTypeMap[T]
    /**
     * Set only with `type: 'UNKNOWN'` when the body looked like a known type but did not fit it:
     * the type it looked like and the fields at fault, never their values.
     */
    readonly reason?: string
  }
}[NotificationType]
