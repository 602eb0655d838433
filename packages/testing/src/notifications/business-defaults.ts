import type { NotificationTypeMap, Result } from '@alipay-kit/core'

const SUCCESS: Result = Object.freeze({ resultCode: 'SUCCESS', resultStatus: 'S', resultMessage: 'success' })
const TIME = '2024-01-01T12:00:00+08:00'
const LATER = '2024-01-01T12:00:05+08:00'
const AMOUNT = Object.freeze({ currency: 'USD', value: '30000' })
const INVOICE_ID = '20240101114010800100188820200410001'

/** The dispatch keys issue 12 added: transfers, the Antom Business Account and Antom Billing. */
type BusinessType =
  | 'TRANSFER_RESULT'
  | 'DIRECT_REFUND'
  | 'CARD_STATUS'
  | 'CARD_BILL'
  | 'CREDIT_NOTE'
  | 'INVOICE'
  | 'METER_EVENT'
  | 'BILLING_SUBSCRIPTION'

/**
 * Defaults of the transfer, ABA and billing notifications, shaped as their pages (or, for billing,
 * the SDK models) show them; docs/notifications.md names each source. Fixed ids and times.
 */
export const BUSINESS_DEFAULTS: { readonly [T in BusinessType]: () => NotificationTypeMap[T] } = {
  // notifyTransfer and notifyPayout: no notifyType; the transfer's outcome is transferResult.
  TRANSFER_RESULT: () => ({
    transferRequestId: 'TRANSFER_REQ_20240101_0001',
    transferId: '20240101114010800100188820200420001',
    transferResult: SUCCESS,
    transferFinishTime: LATER,
    transferFromDetail: { transferFromMethod: { paymentMethodType: 'BALANCE_ACCOUNT' }, transferFromAmount: AMOUNT },
    transferToDetail: {
      transferToMethod: { paymentMethodType: 'BALANCE_ACCOUNT', customerId: 'SELLER_0001' },
      transferToCurrency: 'USD',
      actualTransferToAmount: AMOUNT,
    },
  }),
  // notifyDirectRefund: notifyType REFUND_RESULT, and no result or refundAmount on the page.
  DIRECT_REFUND: () => ({
    notifyType: 'REFUND_RESULT',
    paymentId: '20240101114010800100188820200430001',
    refundId: '20240101114010800100188820200440001',
    refundRequestId: 'DIRECT_REFUND_REQ_20240101_0001',
    refundStatus: 'SUCCESS',
    refundTime: LATER,
    refundFromMethod: { refundFromMethodType: 'BALANCE_ACCOUNT' },
    refundFromAmount: AMOUNT,
    refundToAmount: AMOUNT,
  }),
  CARD_STATUS: () => ({
    requestId: 'CARD_REQ_20240101_0001',
    assetId: 'ASSET_20240101_0001',
    operateType: 'FREEZE',
    cardStatus: 'FROZEN',
    createdTime: TIME,
    updatedTime: LATER,
    cardBrand: 'MASTERCARD',
  }),
  CARD_BILL: () => ({
    assetId: 'ASSET_20240101_0001',
    maskedCardNo: '************4242',
    orderNo: 'CARD_ORDER_20240101_0001',
    billNo: 'CARD_BILL_20240101_0001',
    transactionTime: TIME,
    merchantName: 'Example Airline',
    tradeAmount: AMOUNT,
    outAmount: AMOUNT,
    exchangeRate: '1',
    billType: 'CARD_PAYMENT',
    tradeCountry: 'SG',
    billStatus: 'WAITING_CLEARANCE',
    lastUpdate: LATER,
  }),
  CREDIT_NOTE: () => ({
    notifyId: 'CREDIT_NOTE_NOTIFY_20240101_0001',
    creditNoteRequestId: 'CREDIT_NOTE_REQ_20240101_0001',
    creditNoteNotificationType: 'CREATED',
    customerId: 'CUSTOMER_0001',
    creditNote: {
      creditNoteId: '20240101114010800100188820200450001',
      type: 'POST_PAYMENT',
      status: 'ISSUED',
      totalAmount: { currency: 'USD', value: '1000' },
      reason: 'DUPLICATE',
      issuedAt: TIME,
    },
    invoice: { invoiceId: INVOICE_ID, invoiceStatus: 'PAID', originalAmount: AMOUNT },
  }),
  INVOICE: () => ({
    invoiceRequestId: 'INVOICE_REQ_20240101_0001',
    invoiceId: INVOICE_ID,
    invoiceStatus: 'PAID',
    invoiceAmount: AMOUNT,
    paymentInfo: {
      result: SUCCESS,
      paymentId: '20240101114010800100188820200460001',
      paymentAmount: AMOUNT,
      paymentTime: LATER,
    },
    customerId: 'CUSTOMER_0001',
    reason: 'PAYMENT_SUCCESS',
    reasonDescription: 'PAYMENT_SUCCESS',
  }),
  METER_EVENT: () => ({
    eventName: 'api_requests',
    errorEvents: [
      { errorCode: 'METER_NOT_FOUND', idempotencyKey: 'EVENT_20240101_0001', eventTimestamp: '1704081600000' },
    ],
  }),
  BILLING_SUBSCRIPTION: () => ({
    subscriptionRequestId: 'BILLING_SUB_REQ_20240101_0001',
    eventTime: TIME,
    subscriptionId: '20240101114010800100188820200470001',
    invoiceId: INVOICE_ID,
    status: 'ACTIVE',
    previousStatus: 'INCOMPLETE',
  }),
}
