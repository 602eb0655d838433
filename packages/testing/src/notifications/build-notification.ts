import type { NotificationType, NotificationTypeMap, Result } from '@alipay-kit/core'

/** A notification type the builders know: every catalogue type of protocol.md §5. */
export type BuildableNotificationType = Exclude<NotificationType, 'UNKNOWN'>

const SUCCESS: Result = Object.freeze({ resultCode: 'SUCCESS', resultStatus: 'S', resultMessage: 'success' })
const TIME = '2024-01-01T12:00:00+08:00'
const LATER = '2024-01-01T12:00:05+08:00'
const AMOUNT = Object.freeze({ currency: 'USD', value: '30000' })
const PAYMENT_REQUEST_ID = 'PAY_REQ_20240101_0001'
const PAYMENT_ID = '20240101114010800100188820200350001'

/**
 * Realistic defaults per type, with the fields and values the docs show (protocol.md §5). Every
 * id and time is fixed so tests are deterministic; override what a test cares about.
 */
const DEFAULTS: { readonly [T in BuildableNotificationType]: () => NotificationTypeMap[T] } = {
  PAYMENT_RESULT: () => ({
    notifyType: 'PAYMENT_RESULT',
    result: SUCCESS,
    paymentRequestId: PAYMENT_REQUEST_ID,
    paymentId: PAYMENT_ID,
    paymentAmount: AMOUNT,
    paymentCreateTime: TIME,
    paymentTime: LATER,
    paymentMethodType: 'ALIPAY_CN',
  }),
  PAYMENT_PENDING: () => ({
    notifyType: 'PAYMENT_PENDING',
    // For PAYMENT_PENDING, S means "pending" (protocol.md §5).
    result: { resultCode: 'PAYMENT_PENDING', resultStatus: 'S', resultMessage: 'payment pending' },
    paymentRequestId: PAYMENT_REQUEST_ID,
    paymentId: PAYMENT_ID,
    paymentAmount: AMOUNT,
    paymentCreateTime: TIME,
    paymentMethodType: 'BANKTRANSFER_PAYNOW',
  }),
  CAPTURE_RESULT: () => ({
    notifyType: 'CAPTURE_RESULT',
    result: SUCCESS,
    captureRequestId: 'CAPTURE_REQ_20240101_0001',
    paymentId: PAYMENT_ID,
    captureId: '20240101114010800100188820200360001',
    captureAmount: AMOUNT,
    captureTime: LATER,
  }),
  REFUND_RESULT: () => ({
    notifyType: 'REFUND_RESULT',
    result: SUCCESS,
    refundStatus: 'SUCCESS',
    refundRequestId: 'REFUND_REQ_20240101_0001',
    refundId: '20240101114010800100188820200370001',
    refundAmount: { currency: 'USD', value: '10000' },
    refundTime: LATER,
  }),
  VAULTING_RESULT: () => ({
    notifyType: 'VAULTING_RESULT',
    result: SUCCESS,
    vaultingRequestId: 'VAULT_REQ_20240101_0001',
    vaultingCreateTime: TIME,
    paymentMethodDetail: {
      paymentMethodType: 'CARD',
      card: { cardToken: 'ALIPAY_TEST_CARD_TOKEN_0001', brand: 'VISA', maskedCardNo: '************1111' },
    },
  }),
  DISPUTE: () => ({
    disputeNotificationType: 'DISPUTE_CREATED',
    paymentRequestId: PAYMENT_REQUEST_ID,
    paymentId: PAYMENT_ID,
    disputeId: '20240101114010800100188820200380001',
    disputeTime: TIME,
    disputeAmount: AMOUNT,
    disputeReasonCode: '4853',
    disputeReasonMsg: 'Cardholder dispute',
    disputeSource: 'VISA',
    defenseDueTime: '2024-01-08T12:00:00+08:00',
    defendable: true,
  }),
  AUTHORIZATION: () => ({
    authorizationNotifyType: 'AUTHCODE_CREATED',
    authClientId: 'TEST_AUTH_CLIENT',
    authCode: '663A8FA9D83641E9BE1F4B2B9CB7C3A4',
    authState: 'STATE_20240101_0001',
    userLoginId: 'user@example.com',
  }),
  SUBSCRIPTION: () => ({
    subscriptionNotificationType: 'CREATE',
    subscriptionRequestId: 'SUB_REQ_20240101_0001',
    subscriptionId: '20240101114010800100188820200390001',
    subscriptionStatus: 'ACTIVE',
    subscriptionStartTime: TIME,
    subscriptionEndTime: '2025-01-01T12:00:00+08:00',
    periodRule: { periodType: 'MONTH', periodCount: '1' },
  }),
  SUBSCRIPTION_CANCEL: () => ({
    subscriptionOrderStatus: 'CANCEL',
    subscriptionRequestId: 'SUB_REQ_20240101_0001',
    subscriptionId: '20240101114010800100188820200390001',
    subscriptionOrderId: 'SUB_ORDER_20240101_0001',
    subscriptionTransId: 'SUB_TRANS_20240101_0001',
  }),
}

/**
 * A realistic notification of one catalogue type (protocol.md §5), which core's
 * `parseNotification` accepts, with `overrides` applied on top (a shallow merge: give whole nested
 * objects such as `result` or `paymentAmount`).
 *
 * @example
 * ```ts
 * const paid = buildNotification('PAYMENT_RESULT', { paymentRequestId: order.id })
 * const failed = buildNotification('PAYMENT_RESULT', {
 *   result: { resultCode: 'USER_BALANCE_NOT_ENOUGH', resultStatus: 'F', resultMessage: 'balance not enough' },
 * })
 * ```
 */
export function buildNotification<T extends BuildableNotificationType>(
  type: T,
  overrides: Partial<NotificationTypeMap[T]> = {},
): NotificationTypeMap[T] {
  const defaults = Object.hasOwn(DEFAULTS, type) ? (DEFAULTS[type] as () => NotificationTypeMap[T]) : undefined
  if (defaults === undefined) {
    throw new TypeError(
      `buildNotification: unknown type "${String(type)}"; use one of ${Object.keys(DEFAULTS).join(', ')}`,
    )
  }
  return { ...defaults(), ...overrides }
}

/** Every type {@link buildNotification} builds. */
export const BUILDABLE_NOTIFICATION_TYPES = Object.freeze(Object.keys(DEFAULTS)) as readonly BuildableNotificationType[]
