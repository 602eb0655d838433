import type { NotificationType } from './types.js'

/**
 * The fields that identify one notification of each type (protocol.md §9.10): its request or
 * object ids, and its status or sub-type. Two deliveries with the same values are the same
 * notification (a resend) and are processed once; any difference makes them two notifications.
 * A key too coarse would merge two real notifications (one lost); too fine, a resend whose body
 * changed would run twice. Paths may be dotted (`result.resultStatus`). A type not listed here,
 * or a notification carrying none of its id fields, is identified by the SHA-256 of its exact body.
 */
export const NOTIFICATION_IDENTITY: {
  readonly [T in NotificationType]?: {
    /** Ids: at least one must be present for the fields to identify the notification. */
    readonly ids: readonly string[]
    /** Status or sub-type fields, part of the identity when present. */
    readonly state: readonly string[]
  }
} = {
  PAYMENT_RESULT: { ids: ['paymentRequestId', 'paymentId'], state: ['result.resultStatus'] },
  PAYMENT_PENDING: { ids: ['paymentRequestId', 'paymentId'], state: ['result.resultStatus'] },
  CAPTURE_RESULT: { ids: ['captureRequestId', 'captureId'], state: ['result.resultStatus'] },
  REFUND_RESULT: { ids: ['refundRequestId', 'refundId'], state: ['refundStatus', 'result.resultStatus'] },
  VAULTING_RESULT: { ids: ['vaultingRequestId'], state: ['result.resultStatus'] },
  DISPUTE: { ids: ['disputeId'], state: ['disputeNotificationType', 'disputeJudgedResult'] },
  AUTHORIZATION: { ids: ['authCode', 'accessToken'], state: ['authorizationNotifyType'] },
  SUBSCRIPTION: {
    ids: ['subscriptionRequestId', 'subscriptionId'],
    state: ['subscriptionNotificationType', 'subscriptionStatus', 'subscriptionStartTime', 'subscriptionEndTime'],
  },
  SUBSCRIPTION_CANCEL: { ids: ['subscriptionId', 'subscriptionTransId'], state: ['subscriptionOrderStatus'] },
}
