import { describe, expectTypeOf, it } from 'vitest'
import type {
  AlipayClient,
  Amount,
  Buyer,
  CreateSubscriptionInfo,
  CustomizedInfo,
  Merchant,
  PaymentEvaluation,
  PaymentFactor,
  PaymentMethodInfo,
  ProrationSettings,
  ScopeType,
  Trial,
  WireBoolean,
  WireInteger,
} from '../../src/index.js'

// The fields the issue 12 audit found missing against the Java SDK v2.2.8 models. Every request
// type keeps an index signature (Alipay adds fields), so an object literal alone would still
// type-check after a field was dropped: each check reads the field's declared type through the
// method, which becomes `unknown` when the field goes.

declare const client: AlipayClient
type RequestOf<M extends (...args: never[]) => unknown> = Parameters<M>[0]
type ResponseOf<M extends (...args: never[]) => Promise<{ readonly response: unknown }>> = Awaited<
  ReturnType<M>
>['response']
type Strings = readonly string[] | undefined

describe('request and response fields of the official models (issue 12)', () => {
  it('authorizations.consult takes scopes', () => {
    type Req = RequestOf<AlipayClient['authorizations']['consult']>
    expectTypeOf<Req['scopes']>().toEqualTypeOf<readonly ScopeType[] | undefined>()
    client.authorizations.consult({ scopes: ['AGREEMENT_PAY', 'USER_LOGIN_ID'] })
    // @ts-expect-error scopes is a list
    client.authorizations.consult({ scopes: 'AGREEMENT_PAY' })
  })

  it('every risk response carries securityId', () => {
    expectTypeOf<ResponseOf<AlipayClient['risk']['decide']>['securityId']>().toEqualTypeOf<string | undefined>()
    expectTypeOf<ResponseOf<AlipayClient['risk']['reportRisk']>['securityId']>().toEqualTypeOf<string | undefined>()
    expectTypeOf<ResponseOf<AlipayClient['risk']['sendPaymentResult']>['securityId']>().toEqualTypeOf<
      string | undefined
    >()
    expectTypeOf<ResponseOf<AlipayClient['risk']['sendRefundResult']>['securityId']>().toEqualTypeOf<
      string | undefined
    >()
  })

  it('payments.consult takes the consult fields and answers paymentMethodInfos', () => {
    type Req = RequestOf<AlipayClient['payments']['consult']>
    expectTypeOf<Req['allowedPaymentMethodRegions']>().toEqualTypeOf<Strings>()
    expectTypeOf<Req['allowedPaymentMethods']>().toEqualTypeOf<Strings>()
    expectTypeOf<Req['allowedPspRegions']>().toEqualTypeOf<Strings>()
    expectTypeOf<Req['blockedPaymentMethods']>().toEqualTypeOf<Strings>()
    expectTypeOf<Req['buyer']>().toEqualTypeOf<Buyer | undefined>()
    expectTypeOf<Req['customerId']>().toEqualTypeOf<string | undefined>()
    expectTypeOf<Req['extendInfo']>().toEqualTypeOf<string | undefined>()
    expectTypeOf<Req['merchant']>().toEqualTypeOf<Merchant | undefined>()
    expectTypeOf<Req['merchantAccountId']>().toEqualTypeOf<string | undefined>()
    expectTypeOf<Req['paymentEvaluation']>().toEqualTypeOf<PaymentEvaluation | undefined>()
    expectTypeOf<Req['paymentFactor']>().toEqualTypeOf<PaymentFactor | undefined>()
    expectTypeOf<Req['referenceUserId']>().toEqualTypeOf<string | undefined>()
    expectTypeOf<Req['region']>().toEqualTypeOf<string | undefined>()
    client.payments.consult({
      productCode: 'CASHIER_PAYMENT',
      paymentAmount: { currency: 'USD', value: '100' },
      allowedPaymentMethodRegions: ['GLOBAL'],
      blockedPaymentMethods: ['CARD'],
      merchant: { referenceMerchantId: 'm-1', merchantType: 'ENTERPRISE', store: { storeName: 'S' } },
      paymentEvaluation: { paymentMethods: [{ paymentMethodType: 'ALIPAY_CN' }] },
      buyer: { referenceBuyerId: 'b-1' },
    })
    type Res = ResponseOf<AlipayClient['payments']['consult']>
    expectTypeOf<Res['paymentMethodInfos']>().toEqualTypeOf<readonly PaymentMethodInfo[] | undefined>()
    expectTypeOf<Res['extendInfo']>().toEqualTypeOf<string | undefined>()
    expectTypeOf<PaymentMethodInfo['enabled']>().toEqualTypeOf<WireBoolean | undefined>()
  })

  it('subscriptions.create, change, cancel and update take their fields', () => {
    type Create = RequestOf<AlipayClient['subscriptions']['create']>
    expectTypeOf<Create['allowAccumulate']>().toEqualTypeOf<WireBoolean | undefined>()
    expectTypeOf<Create['allowRetry']>().toEqualTypeOf<WireBoolean | undefined>()
    expectTypeOf<Create['customizedInfo']>().toEqualTypeOf<CustomizedInfo | undefined>()
    expectTypeOf<Create['maxAccumulateAmount']>().toEqualTypeOf<Amount | undefined>()
    expectTypeOf<Create['maxAmountFloor']>().toEqualTypeOf<Amount | undefined>()
    expectTypeOf<Create['merchantAccountId']>().toEqualTypeOf<string | undefined>()
    expectTypeOf<Create['subscriptionInfo']>().toEqualTypeOf<CreateSubscriptionInfo | undefined>()
    expectTypeOf<Create['trials']>().toEqualTypeOf<readonly Trial[] | undefined>()

    type Change = RequestOf<AlipayClient['subscriptions']['change']>
    expectTypeOf<Change['allowAccumulate']>().toEqualTypeOf<WireBoolean | undefined>()
    expectTypeOf<Change['maxAccumulateAmount']>().toEqualTypeOf<Amount | undefined>()
    expectTypeOf<Change['subscriptionExpiryTime']>().toEqualTypeOf<string | undefined>()

    type Cancel = RequestOf<AlipayClient['subscriptions']['cancel']>
    expectTypeOf<Cancel['subscriptionRequestId']>().toEqualTypeOf<string | undefined>()

    type Update = RequestOf<AlipayClient['subscriptions']['update']>
    expectTypeOf<Update['nextSubscriptionDate']>().toEqualTypeOf<string | undefined>()
    expectTypeOf<Update['prorationSettings']>().toEqualTypeOf<ProrationSettings | undefined>()
    client.subscriptions.update({
      subscriptionUpdateRequestId: 'u-1',
      subscriptionId: 's-1',
      prorationSettings: {
        prorationMode: 'IMMEDIATE_PAY_CUSTOM_AMOUNT',
        customAmount: { currency: 'USD', value: '5' },
      },
      nextSubscriptionDate: '2030-01-01T00:00:00+08:00',
    })
    const update = { subscriptionUpdateRequestId: 'u-1', subscriptionId: 's-1' }
    // @ts-expect-error customAmount is an Amount
    client.subscriptions.update({ ...update, prorationSettings: { customAmount: 5 } })
  })

  it('PeriodRule takes period and price', () => {
    type Rule = NonNullable<RequestOf<AlipayClient['subscriptions']['update']>['periodRule']>
    expectTypeOf<Rule['period']>().toEqualTypeOf<WireInteger | undefined>()
    expectTypeOf<Rule['price']>().toEqualTypeOf<Amount | undefined>()
  })
})
