import type { NotificationType, NotificationTypeMap, Result } from '@alipay-kit/core'
import { BUSINESS_DEFAULTS } from './business-defaults.js'

/** A notification type the builders know: every catalogue type of docs/protocol.md §5. */
export type BuildableNotificationType = Exclude<NotificationType, 'UNKNOWN'>

export const SUCCESS: Result = Object.freeze({ resultCode: 'SUCCESS', resultStatus: 'S', resultMessage: 'success' })
export const TIME = '2024-01-01T12:00:00+08:00'
export const LATER = '2024-01-01T12:00:05+08:00'
const AMOUNT = Object.freeze({ currency: 'USD', value: '30000' })
const PAYMENT_REQUEST_ID = 'PAY_REQ_20240101_0001'
const PAYMENT_ID = '20240101114010800100188820200350001'
const SUBSCRIPTION_REQUEST_ID = 'SUB_REQ_20240101_0001'
const SUBSCRIPTION_ID = '20240101114010800100188820200390001'

/**
 * Defaults per type with the fields and values the Antom pages show (docs/notifications.md lists
 * the page of each). Every id and time is fixed so tests are deterministic.
 */
export const DEFAULTS: { readonly [T in BuildableNotificationType]: () => NotificationTypeMap[T] } = {
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
    // For PAYMENT_PENDING, S means "pending" (docs/protocol.md §5).
    result: { resultCode: 'PAYMENT_PENDING', resultStatus: 'S', resultMessage: 'payment pending' },
    paymentRequestId: PAYMENT_REQUEST_ID,
    paymentId: PAYMENT_ID,
    paymentAmount: AMOUNT,
    paymentCreateTime: TIME,
    paymentMethodType: 'BANKTRANSFER_PAYNOW',
  }),
  // The in-store notifyPayment page: result is optional, and this sample leaves it out.
  OFFLINE_PAYMENT_CODE: () => ({
    notifyType: 'OFFLINE_PAYMENT_CODE',
    paymentRequestId: PAYMENT_REQUEST_ID,
    paymentId: PAYMENT_ID,
    paymentAmount: AMOUNT,
    paymentCreateTime: TIME,
  }),
  UPDATE_AMOUNT_RESULT: () => ({
    notifyType: 'UPDATE_AMOUNT_RESULT',
    result: SUCCESS,
    updateRequestId: 'UPDATE_REQ_20240101_0001',
    paymentRequestId: PAYMENT_REQUEST_ID,
    paymentId: PAYMENT_ID,
    paymentAmount: { currency: 'USD', value: '35000' },
    authExpiryTime: '2024-01-08T12:00:00+08:00',
  }),
  // notify_subpayment: no notifyType and no paymentRequestId (Alipay starts each period's payment).
  SUBSCRIPTION_PAYMENT: () => ({
    result: SUCCESS,
    paymentId: '20240201114010800100188820200350002',
    paymentAmount: { currency: 'USD', value: '990' },
    paymentCreateTime: '2024-02-01T12:00:00+08:00',
    paymentTime: '2024-02-01T12:00:05+08:00',
    subscriptionRequestId: SUBSCRIPTION_REQUEST_ID,
    subscriptionId: SUBSCRIPTION_ID,
    periodStartTime: '2024-02-01T12:00:00+08:00',
    periodEndTime: '2024-03-01T12:00:00+08:00',
    phaseNo: '2',
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
  // Every notifyVaulting page shows the body starting with result and no notifyType.
  VAULTING_RESULT: () => ({
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
    result: SUCCESS,
    authClientId: 'TEST_AUTH_CLIENT',
    authCode: '663A8FA9D83641E9BE1F4B2B9CB7C3A4',
    authState: 'STATE_20240101_0001',
    userLoginId: 'user@example.com',
  }),
  SUBSCRIPTION: () => ({
    subscriptionNotificationType: 'CREATE',
    subscriptionRequestId: SUBSCRIPTION_REQUEST_ID,
    subscriptionId: SUBSCRIPTION_ID,
    subscriptionStatus: 'ACTIVE',
    subscriptionStartTime: TIME,
    subscriptionEndTime: '2025-01-01T12:00:00+08:00',
    periodRule: { periodType: 'MONTH', periodCount: '1' },
  }),
  SUBSCRIPTION_CANCEL: () => ({
    subscriptionOrderStatus: 'CANCEL',
    subscriptionRequestId: SUBSCRIPTION_REQUEST_ID,
    subscriptionId: SUBSCRIPTION_ID,
    subscriptionOrderId: 'SUB_ORDER_20240101_0001',
    subscriptionTransId: 'SUB_TRANS_20240101_0001',
  }),
  ...BUSINESS_DEFAULTS,
}
