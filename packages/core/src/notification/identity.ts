import type { NotificationType } from './types.js'

/**
 * The fields that identify one notification of each type (docs/protocol.md §9.10): its request or
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
  // An offline payment code may be reissued for the same payment: its time tells them apart.
  OFFLINE_PAYMENT_CODE: { ids: ['paymentRequestId', 'paymentId'], state: ['result.resultStatus', 'paymentCreateTime'] },
  // Each updateAmount call has its own updateRequestId.
  UPDATE_AMOUNT_RESULT: {
    ids: ['updateRequestId', 'paymentId'],
    state: ['result.resultStatus', 'paymentAmount.value'],
  },
  // One paymentId per period payment; the period and the outcome keep a retried period apart.
  SUBSCRIPTION_PAYMENT: {
    ids: ['paymentId', 'subscriptionId'],
    state: ['phaseNo', 'periodStartTime', 'result.resultStatus', 'result.resultCode'],
  },
  CAPTURE_RESULT: { ids: ['captureRequestId', 'captureId'], state: ['result.resultStatus'] },
  REFUND_RESULT: { ids: ['refundRequestId', 'refundId'], state: ['refundStatus', 'result.resultStatus'] },
  VAULTING_RESULT: { ids: ['vaultingRequestId'], state: ['result.resultStatus', 'vaultingStatus'] },
  // DEFENSE_DUE_ALERT may repeat for one dispute with a new due time; a judgement carries its result.
  DISPUTE: {
    ids: ['disputeId'],
    state: ['disputeNotificationType', 'disputeJudgedResult', 'defenseDueTime', 'disputeAcceptReason'],
  },
  // TOKEN_CREATED carries an accessToken and no authCode; AUTHCODE_CREATED the reverse.
  AUTHORIZATION: { ids: ['authCode', 'accessToken'], state: ['authorizationNotifyType', 'authState'] },
  // subscriptionId is absent when creation failed: subscriptionRequestId still identifies it. Two
  // CHANGE notifications differ by their period or times, not by status.
  SUBSCRIPTION: {
    ids: ['subscriptionRequestId', 'subscriptionId'],
    state: [
      'subscriptionNotificationType',
      'subscriptionStatus',
      'subscriptionStartTime',
      'subscriptionEndTime',
      'periodRule.periodType',
      'periodRule.periodCount',
    ],
  },
  SUBSCRIPTION_CANCEL: {
    ids: ['subscriptionId', 'subscriptionTransId', 'subscriptionRequestId'],
    state: ['subscriptionOrderStatus', 'phaseNo'],
  },
  // A transfer reported U, then S, is two notifications; its code tells two failures apart.
  TRANSFER_RESULT: {
    ids: ['transferRequestId', 'transferId'],
    state: ['transferResult.resultStatus', 'transferResult.resultCode'],
  },
  DIRECT_REFUND: { ids: ['refundRequestId', 'refundId'], state: ['refundStatus', 'refundResultCode'] },
  // Freezing the same card twice takes two requests, each with its own requestId and time.
  CARD_STATUS: { ids: ['assetId', 'requestId'], state: ['operateType', 'cardStatus', 'updatedTime'] },
  // A bill moves through statuses, and its amounts change as refunds flow back in.
  CARD_BILL: { ids: ['billNo'], state: ['billStatus', 'inAmount.value', 'outAmount.value'] },
  // notifyId is Antom's id of one notification, "reused for retries" (J): the exact identity.
  CREDIT_NOTE: {
    ids: ['notifyId', 'creditNoteRequestId', 'creditNote.creditNoteId'],
    state: ['creditNoteNotificationType'],
  },
  // Each payment attempt on an invoice has its own paymentId; a void or write-off has none.
  INVOICE: {
    ids: ['invoiceId', 'invoiceRequestId'],
    state: ['invoiceStatus', 'reasonDescription', 'paymentInfo.paymentId', 'paymentInfo.result.resultStatus'],
  },
  // METER_EVENT has no id of its own (its error events carry idempotency keys in an array): the
  // body's SHA-256 identifies it.
  BILLING_SUBSCRIPTION: {
    ids: ['subscriptionId', 'subscriptionRequestId', 'merchantRequestId'],
    state: ['status', 'previousStatus', 'eventTime', 'invoiceId'],
  },
}
