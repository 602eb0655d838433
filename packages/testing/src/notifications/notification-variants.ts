import type { NotificationTypeMap, Result } from '@alipay-kit/core'
import { type BuildableNotificationType, LATER } from './notification-defaults.js'

/** The object without the given keys: a variant's way of leaving out what the docs say may be absent. */
function omit<T extends object, K extends keyof T>(value: T, ...keys: K[]): Omit<T, K> {
  const copy = { ...value }
  for (const key of keys) delete copy[key]
  return copy
}

const failed = (resultCode: string, resultMessage: string): Result => ({ resultCode, resultStatus: 'F', resultMessage })

type Variants = {
  readonly [T in BuildableNotificationType]?: {
    readonly [name: string]: (base: NotificationTypeMap[T]) => NotificationTypeMap[T]
  }
}

/**
 * The documented variants of each type, failures included (issue #14): each takes the type's
 * default body and changes what the docs say may change, so a test can show each still reaches a
 * handler. docs/notifications.md gives the page behind each.
 */
export const VARIANTS = {
  PAYMENT_RESULT: {
    failed: (n) => ({ ...omit(n, 'paymentTime'), result: failed('USER_BALANCE_NOT_ENOUGH', 'balance not enough') }),
    // Result.resultMessage is optional in both SDKs and on the capture page.
    'no-result-message': (n) => ({ ...n, result: { resultCode: 'SUCCESS', resultStatus: 'S' } }),
    // The in-store notifyPayment page marks result optional.
    'in-store-without-result': (n) => ({
      ...omit(n, 'result', 'paymentMethodType'),
      actualPaymentAmount: n.paymentAmount,
      pspCustomerInfo: { pspName: 'ALIPAY_CN', pspCustomerId: '2088****0001' },
    }),
  },
  SUBSCRIPTION_PAYMENT: {
    failed: (n) => ({ ...omit(n, 'paymentTime'), result: failed('USER_BALANCE_NOT_ENOUGH', 'balance not enough') }),
    'with-notify-type': (n) => ({ notifyType: 'PAYMENT_RESULT', ...n }),
  },
  CAPTURE_RESULT: {
    failed: (n) => ({ ...omit(n, 'captureTime'), result: failed('PROCESS_FAIL', 'capture failed') }),
  },
  REFUND_RESULT: {
    failed: (n) => ({
      ...omit(n, 'refundTime'),
      refundStatus: 'FAIL',
      result: failed('PROCESS_FAIL', 'refund failed'),
    }),
  },
  VAULTING_RESULT: {
    failed: (n) => ({ ...omit(n, 'paymentMethodDetail'), result: failed('PROCESS_FAIL', 'vaulting failed') }),
    'with-notify-type': (n) => ({ notifyType: 'VAULTING_RESULT', ...n }),
  },
  AUTHORIZATION: {
    // notifyauth: TOKEN_CREATED carries the accessToken and authState, not an authCode.
    'token-created': (n) => ({
      ...omit(n, 'authCode'),
      authorizationNotifyType: 'TOKEN_CREATED',
      accessToken: '281000000000000000000000000000000000000001',
    }),
    'token-canceled': (n) => ({
      ...omit(n, 'authCode', 'authState'),
      authorizationNotifyType: 'TOKEN_CANCELED',
      accessToken: '281000000000000000000000000000000000000001',
      reason: 'user cancelled the authorization',
    }),
  },
  SUBSCRIPTION: {
    // notify_sub: subscriptionId "is not returned when the user fails to create subscription plan".
    'creation-failed': (n) => ({
      ...omit(n, 'subscriptionId', 'subscriptionEndTime'),
      subscriptionStatus: 'TERMINATED',
    }),
    // A subscription created without an end time (CreateSubscriptionRequest.subscriptionEndTime is optional).
    'without-end-time': (n) => omit(n, 'subscriptionEndTime'),
  },
  TRANSFER_RESULT: {
    // The payout page: the details come back only when the transfer succeeded.
    failed: (n) => ({
      ...omit(n, 'transferFromDetail', 'transferToDetail', 'transferFinishTime'),
      transferResult: failed('USER_ACCOUNT_ABNORMAL', 'the beneficiary account is abnormal'),
    }),
  },
  DIRECT_REFUND: {
    // notifyDirectRefund: refundResultCode and refundResultMessage are returned when FAIL.
    failed: (n) => ({
      ...omit(n, 'refundTime', 'refundFromAmount', 'refundToAmount'),
      refundStatus: 'FAIL',
      refundResultCode: 'REFUND_WINDOW_EXCEED',
      refundResultMessage: 'The refund window is exceeded.',
    }),
  },
  CARD_STATUS: {
    unfrozen: (n) => ({ ...n, requestId: 'CARD_REQ_20240101_0002', operateType: 'UNFREEZE', cardStatus: 'ACTIVE' }),
    cancelled: (n) => ({ ...n, requestId: 'CARD_REQ_20240101_0003', operateType: 'CANCEL', cardStatus: 'CANCEL' }),
  },
  CARD_BILL: {
    declined: (n) => ({
      ...omit(n, 'outAmount', 'exchangeRate'),
      billStatus: 'FAIL',
      billFailReason: { errorCode: 'CARD_OVER_LIMIT', errorDesc: 'The daily limit is exceeded.' },
    }),
  },
  INVOICE: {
    'payment-failed': (n) => ({
      ...n,
      invoiceStatus: 'UNPAID',
      reason: 'PAYMENT_FAILED',
      reasonDescription: 'PAYMENT_FAILED',
      paymentInfo: { ...n.paymentInfo, result: failed('USER_BALANCE_NOT_ENOUGH', 'balance not enough') },
    }),
    // J: paymentInfo is null when no payment was attempted (a draft voided).
    voided: (n) => ({
      ...omit(n, 'paymentInfo'),
      invoiceStatus: 'VOID',
      reason: 'MANUAL_VOID',
      reasonDescription: 'MANUAL_VOID',
    }),
  },
  BILLING_SUBSCRIPTION: {
    // The Python SDK reads the merchant's id as merchantRequestId.
    'python-sdk-fields': (n) => ({ ...omit(n, 'subscriptionRequestId'), merchantRequestId: n.subscriptionRequestId }),
    'past-due': (n) => ({ ...n, status: 'PAST_DUE', previousStatus: 'ACTIVE', reason: 'PAYMENT_FAILED' }),
  },
  DISPUTE: {
    judged: (n) => ({
      ...n,
      disputeNotificationType: 'DISPUTE_JUDGED',
      disputeJudgedTime: LATER,
      disputeJudgedAmount: n.disputeAmount ?? { currency: 'USD', value: '30000' },
      disputeJudgedResult: 'ACCEPT_BY_CUSTOMER',
      defendable: false,
    }),
  },
} as const satisfies Variants

/** The variant names of one type, e.g. `'failed' | 'no-result-message'` for `PAYMENT_RESULT`. */
export type NotificationVariant<T extends BuildableNotificationType> = T extends keyof typeof VARIANTS
  ? keyof (typeof VARIANTS)[T] & string
  : never
