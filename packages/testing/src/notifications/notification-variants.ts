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
