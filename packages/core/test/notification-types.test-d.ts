import { describe, expectTypeOf, it } from 'vitest'
import {
  type AlipayNotification,
  type AuthorizationNotification,
  type BillingSubscriptionNotification,
  type CardBillNotification,
  type CardStatusNotification,
  type CreditNoteNotification,
  createNotificationHandler,
  type DirectRefundNotification,
  type InvoiceNotification,
  isNotificationType,
  type MeterEventNotification,
  type PaymentResultNotification,
  parseNotification,
  type RefundResultNotification,
  type Result,
  type SubscriptionNotification,
  type SubscriptionPaymentNotification,
  type TransferResultNotification,
  type TypedNotification,
  type UnknownNotification,
} from '../src/index.js'
import { parseTypedNotification } from '../src/notification/parse.js'

declare const body: string

describe('narrowing a notification (issue 10 item 9, issue 14)', () => {
  it('narrows on the dispatch key the parse returns', () => {
    const parsed: TypedNotification = parseTypedNotification(body)
    if (parsed.type === 'PAYMENT_RESULT') {
      expectTypeOf(parsed.notification).toEqualTypeOf<PaymentResultNotification>()
      expectTypeOf(parsed.notification.paymentRequestId).toEqualTypeOf<string>()
    }
    if (parsed.type === 'SUBSCRIPTION_PAYMENT') {
      expectTypeOf(parsed.notification).toEqualTypeOf<SubscriptionPaymentNotification>()
      expectTypeOf(parsed.notification.subscriptionId).toEqualTypeOf<string>()
      expectTypeOf(parsed.notification).not.toHaveProperty('paymentRequestId')
    }
    if (parsed.type === 'UNKNOWN') {
      expectTypeOf(parsed.notification).toEqualTypeOf<UnknownNotification>()
      expectTypeOf(parsed.reason).toEqualTypeOf<string | undefined>()
    }
  })

  it('narrows with isNotificationType, the documented check on an AlipayNotification', () => {
    const n: AlipayNotification = parseNotification(body)
    if (isNotificationType(n, 'PAYMENT_RESULT')) {
      expectTypeOf(n).toEqualTypeOf<PaymentResultNotification>()
      expectTypeOf(n.paymentAmount.value).toEqualTypeOf<string>()
    }
    // notifyType alone does not say the body fits PAYMENT_RESULT (it may be a subscription-period
    // payment, or lack paymentRequestId), so the type system does not pretend it does.
    if (n.notifyType === 'PAYMENT_RESULT') expectTypeOf(n).not.toEqualTypeOf<PaymentResultNotification>()
  })

  it('types each handler in `on` by its dispatch key, the new ones included', () => {
    createNotificationHandler({
      alipayPublicKey: '',
      on: {
        SUBSCRIPTION_PAYMENT: (n) => expectTypeOf(n).toEqualTypeOf<SubscriptionPaymentNotification>(),
        AUTHORIZATION: (n) => expectTypeOf(n).toEqualTypeOf<AuthorizationNotification>(),
        PAYMENT_RESULT: (n) => expectTypeOf(n.result).toEqualTypeOf<Result | undefined>(),
      },
    })
  })

  it('types the handlers of the keys issue 12 added (ABA, transfers, billing)', () => {
    createNotificationHandler({
      alipayPublicKey: '',
      on: {
        TRANSFER_RESULT: (n) => {
          expectTypeOf(n).toEqualTypeOf<TransferResultNotification>()
          expectTypeOf(n.transferResult).toEqualTypeOf<Result>()
        },
        DIRECT_REFUND: (n) => expectTypeOf(n).toEqualTypeOf<DirectRefundNotification>(),
        CARD_STATUS: (n) => expectTypeOf(n.assetId).toEqualTypeOf<string>(),
        CARD_BILL: (n) => expectTypeOf(n).toEqualTypeOf<CardBillNotification>(),
        CREDIT_NOTE: (n) => expectTypeOf(n).toEqualTypeOf<CreditNoteNotification>(),
        INVOICE: (n) => expectTypeOf(n).toEqualTypeOf<InvoiceNotification>(),
        METER_EVENT: (n) => expectTypeOf(n).toEqualTypeOf<MeterEventNotification>(),
        BILLING_SUBSCRIPTION: (n) => expectTypeOf(n.status).toEqualTypeOf<string>(),
      },
    })
    const n: AlipayNotification = parseNotification(body)
    if (isNotificationType(n, 'CARD_STATUS')) expectTypeOf(n).toEqualTypeOf<CardStatusNotification>()
    if (isNotificationType(n, 'BILLING_SUBSCRIPTION')) expectTypeOf(n).toEqualTypeOf<BillingSubscriptionNotification>()
  })
})

describe('what the catalogue requires and what it leaves open', () => {
  it('leaves open the value sets Alipay may extend, keeping the known values', () => {
    expectTypeOf<'PROCESSING'>().toMatchTypeOf<RefundResultNotification['refundStatus']>()
    expectTypeOf<'SUCCESS'>().toMatchTypeOf<RefundResultNotification['refundStatus']>()
    expectTypeOf<'TOKEN_CREATED'>().toMatchTypeOf<AuthorizationNotification['authorizationNotifyType']>()
    expectTypeOf<'PAUSED'>().toMatchTypeOf<SubscriptionNotification['subscriptionStatus']>()
    expectTypeOf<Result['resultStatus']>().toEqualTypeOf<'S' | 'F' | 'U'>()
  })

  it('types as optional what a documented body may lack', () => {
    expectTypeOf<Result['resultMessage']>().toEqualTypeOf<string | undefined>()
    expectTypeOf<PaymentResultNotification['result']>().toEqualTypeOf<Result | undefined>()
    expectTypeOf<SubscriptionNotification['subscriptionId']>().toEqualTypeOf<string | undefined>()
    expectTypeOf<SubscriptionNotification['subscriptionEndTime']>().toEqualTypeOf<string | undefined>()
    expectTypeOf<SubscriptionNotification['allowAccumulate']>().toEqualTypeOf<boolean | undefined>()
  })
})
