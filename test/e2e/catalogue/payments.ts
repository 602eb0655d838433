import { expect } from 'vitest'
import { type Env, id, type Row, usd } from './env.js'

/** A payment paid by the simulated customer; MANUAL when `manual`, so it waits for capture. */
async function paid(env: Env, manual = false): Promise<{ paymentId: string; paymentRequestId: string }> {
  const paymentRequestId = id('PAY')
  const outcome = await env.client.payments.pay({
    productCode: 'CASHIER_PAYMENT',
    paymentRequestId,
    paymentAmount: usd('10000'),
    paymentMethod: { paymentMethodType: 'CARD' },
    paymentRedirectUrl: 'http://127.0.0.1:9/return',
    paymentNotifyUrl: env.notifyUrl,
    order: { referenceOrderId: id('ORDER'), merchant: { referenceMerchantId: env.ctx.seller ?? 'SELLER_NONE' } },
    ...(manual ? { paymentFactor: { captureMode: 'MANUAL' } } : {}),
  })
  const paymentId = String(outcome.response.paymentId)
  env.sim.completePayment(paymentId)
  return { paymentId, paymentRequestId }
}

/** Payments, disputes, authorizations, vaults, subscriptions and customs, in an order whose ids chain. */
export const PAYMENT_ROWS: readonly Row[] = [
  {
    method: 'payments.consult',
    body: () => ({ productCode: 'CASHIER_PAYMENT', paymentAmount: usd('1000') }),
    check: (r) => expect(Array.isArray(r.paymentOptions)).toBe(true),
  },
  {
    method: 'payments.pay',
    body: (env) => {
      env.ctx.paymentRequestId = id('PAY')
      return {
        productCode: 'CASHIER_PAYMENT',
        paymentRequestId: env.ctx.paymentRequestId,
        paymentAmount: usd('10000'),
        paymentMethod: { paymentMethodType: 'ALIPAY_CN' },
        paymentRedirectUrl: 'http://127.0.0.1:9/return',
      }
    },
    status: 'U',
    check: (r, env) => {
      env.ctx.paymentId = String(r.paymentId)
      env.sim.completePayment(env.ctx.paymentId)
    },
  },
  {
    method: 'payments.inquiryPayment',
    body: (env) => ({ paymentId: env.ctx.paymentId }),
    check: (r) => expect(r.paymentStatus).toBe('SUCCESS'),
  },
  {
    method: 'payments.createPaymentSession',
    body: () => ({ productCode: 'CASHIER_PAYMENT', paymentRequestId: id('SESSION'), paymentAmount: usd('500') }),
    check: (r) => expect(typeof r.paymentSessionData).toBe('string'),
  },
  {
    method: 'payments.retrievePaymentSession',
    body: (env) => ({ paymentRequestId: env.ctx.paymentRequestId }),
    check: (r) => expect(r.order).toEqual({ orderAmount: usd('10000') }),
  },
  {
    method: 'payments.cancel',
    body: async (env) => {
      const unpaid = await env.client.pay({
        productCode: 'CASHIER_PAYMENT',
        paymentRequestId: id('PAY'),
        paymentAmount: usd('100'),
        paymentMethod: { paymentMethodType: 'ALIPAY_CN' },
      })
      return { paymentId: String(unpaid.response.paymentId) }
    },
    check: (r) => expect(typeof r.cancelTime).toBe('string'),
  },
  {
    method: 'payments.updateAmount',
    body: async (env) => {
      env.ctx.manualPaymentId = (await paid(env, true)).paymentId
      return { updateRequestId: id('UPDATE'), paymentId: env.ctx.manualPaymentId, amount: usd('12000') }
    },
    check: (r) => expect(r.amount).toEqual(usd('12000')),
  },
  {
    method: 'payments.capture',
    body: (env) => ({
      captureRequestId: id('CAPTURE'),
      paymentId: env.ctx.manualPaymentId,
      captureAmount: usd('12000'),
    }),
    check: (r) => expect(r.captureAmount).toEqual(usd('12000')),
  },
  {
    method: 'payments.refund',
    body: (env) => {
      env.ctx.refundRequestId = id('REFUND')
      return { refundRequestId: env.ctx.refundRequestId, paymentId: env.ctx.paymentId, refundAmount: usd('2500') }
    },
    check: (r) => expect(r.refundAmount).toEqual(usd('2500')),
  },
  {
    method: 'payments.inquiryRefund',
    body: (env) => ({ refundRequestId: env.ctx.refundRequestId }),
    check: (r) => expect(r.refundStatus).toBe('SUCCESS'),
  },
  {
    method: 'payments.getCardInfo',
    body: () => ({ cardNo: '5555555555554444' }),
    check: (r) => expect(r).toMatchObject({ cardBrand: 'MASTERCARD', funding: 'CREDIT' }),
  },
  {
    method: 'payments.fetchNonce',
    body: () => ({ card: { cardNo: '4111111111111111', expiryMonth: '12', expiryYear: '30', cvv: '123' } }),
    check: (r) => expect(String(r.cardToken)).toMatch(/^ALIPAY_NONCE_/),
  },
  {
    method: 'payments.inquireInstallment',
    body: () => ({}),
    check: (r) => expect((r.installmentBanks as { plans: unknown[] }).plans).toHaveLength(3),
  },
  {
    method: 'payments.inquireExchangeRate',
    body: () => ({ currencyPairs: [{ sellCurrency: 'USD', buyCurrency: 'SGD' }] }),
    check: (r) => expect(r.quotes).toMatchObject([{ quoteCurrencyPair: 'USD/SGD', quotePrice: '1.35' }]),
  },
  {
    method: 'payments.syncArrear',
    body: async (env) => {
      const waiting = await env.client.pay({
        productCode: 'CASHIER_PAYMENT',
        paymentRequestId: id('PAY'),
        paymentAmount: usd('100'),
        paymentMethod: { paymentMethodType: 'ALIPAY_CN' },
      })
      return { paymentId: String(waiting.response.paymentId) }
    },
  },
  {
    method: 'payments.createDeviceCertificate',
    body: () => ({ devicePublicKey: 'MFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAE', deviceRequestId: id('DEVICE') }),
    check: (r) => expect(typeof r.deviceCertificate).toBe('string'),
  },
  {
    method: 'payments.verifyAndCompletePayment',
    body: async (env) => {
      const waiting = await env.client.pay({
        productCode: 'CASHIER_PAYMENT',
        paymentRequestId: id('PAY'),
        paymentAmount: usd('300'),
        paymentMethod: { paymentMethodType: 'CARD' },
      })
      return { paymentId: String(waiting.response.paymentId), verifyRequestId: id('VERIFY') }
    },
    check: (r, env) => expect(env.sim.getPayment(String(r.paymentId))?.status).toBe('SUCCESS'),
  },
  {
    method: 'payments.uploadInvoiceShippingFile',
    body: (env) => ({ paymentRequestId: env.ctx.paymentRequestId, fileId: 'FILE_1', fileType: 'INVOICE' }),
  },
  {
    method: 'disputes.acceptDispute',
    body: (env) => ({ disputeId: env.sim.openDispute(String(env.ctx.paymentId)).disputeId }),
    check: (r) => expect(typeof r.disputeResolutionTime).toBe('string'),
  },
  {
    method: 'disputes.supplyDefenseDocument',
    body: (env) => ({
      disputeId: env.sim.openDispute(String(env.ctx.paymentId)).disputeId,
      disputeEvidence: 'cmVjZWlwdA==',
    }),
  },
  {
    method: 'disputes.downloadDisputeEvidence',
    body: (env) => ({
      disputeId: env.sim.openDispute(String(env.ctx.paymentId)).disputeId,
      disputeEvidenceType: 'DISPUTE_EVIDENCE_TEMPLATE',
    }),
    check: (r) => expect(r.disputeEvidenceFormat).toBe('PDF'),
  },
  {
    method: 'authorizations.consult',
    body: () => ({
      customerBelongsTo: 'ALIPAY_CN',
      authRedirectUrl: 'http://127.0.0.1:9/authorized',
      authState: id('STATE'),
      scopes: ['AGREEMENT_PAY'],
    }),
    check: (r) => expect(typeof r.authUrl).toBe('string'),
  },
  {
    method: 'authorizations.applyToken',
    body: () => ({ grantType: 'AUTHORIZATION_CODE', customerBelongsTo: 'ALIPAY_CN', authCode: id('CODE') }),
    check: (r, env) => {
      env.ctx.accessToken = String(r.accessToken)
    },
  },
  {
    method: 'authorizations.query',
    body: (env) => ({ accessToken: env.ctx.accessToken }),
    check: (r) => expect(r.tokenStatusType).toBe('VALID'),
  },
  {
    method: 'users.inquiryUserInfo',
    body: (env) => ({ accessToken: env.ctx.accessToken }),
    check: (r) => expect(r.userLoginId).toBe('user@example.com'),
  },
  {
    method: 'authorizations.revoke',
    body: (env) => ({ accessToken: env.ctx.accessToken }),
  },
  {
    method: 'users.initAuthentication',
    body: (env) => {
      env.ctx.authenticationRequestId = id('AUTHN')
      return {
        authenticationType: 'OTP',
        authenticationRequestId: env.ctx.authenticationRequestId,
        authenticationChannelType: 'SMS',
        userIdentityType: 'MOBILE_NO',
        userIdentityValue: '+6580000000',
      }
    },
  },
  {
    method: 'users.verifyAuthentication',
    body: (env) => ({
      authenticationType: 'OTP',
      authenticationRequestId: env.ctx.authenticationRequestId,
      authenticationValue: '123456',
    }),
    check: (r) => expect(r.isPassed).toBe(true),
  },
  {
    method: 'vaults.createVaultingSession',
    body: (env) => {
      env.ctx.vaultingRequestId = id('VAULT')
      return {
        paymentMethodType: 'CARD',
        vaultingRequestId: env.ctx.vaultingRequestId,
        vaultingNotificationUrl: env.notifyUrl,
        redirectUrl: 'http://127.0.0.1:9/vaulted',
      }
    },
  },
  {
    method: 'vaults.vaultPaymentMethod',
    body: (env) => ({
      vaultingRequestId: env.ctx.vaultingRequestId,
      vaultingNotificationUrl: env.notifyUrl,
      redirectUrl: 'http://127.0.0.1:9/vaulted',
      paymentMethodDetail: { paymentMethodType: 'CARD', card: { cardNo: '4111111111111111' } },
      env: { terminalType: 'WEB' },
    }),
    check: (r, env) => {
      env.ctx.token = String((r.paymentMethodDetail as { card: { cardToken: string } }).card.cardToken)
    },
  },
  {
    method: 'vaults.inquireVaulting',
    body: (env) => ({ vaultingRequestId: env.ctx.vaultingRequestId }),
    check: (r) => expect(r.vaultingStatus).toBe('SUCCESS'),
  },
  {
    method: 'vaults.updateToken',
    body: (env) => ({ token: env.ctx.token, email: 'buyer@example.com' }),
    check: (r, env) => expect(r.token).toBe(env.ctx.token),
  },
  {
    method: 'vaults.inquireToken',
    body: (env) => ({ token: env.ctx.token }),
    check: (r) => expect(r.email).toBe('buyer@example.com'),
  },
  {
    method: 'vaults.deleteToken',
    body: (env) => ({ token: env.ctx.token }),
  },
  {
    method: 'vaults.fetchNonce',
    body: () => ({ card: { cardNo: '4111111111111111' } }),
    check: (r) => expect(typeof r.cardToken).toBe('string'),
  },
  {
    method: 'subscriptions.create',
    body: (env) => {
      env.ctx.subscriptionRequestId = id('SUB')
      return {
        subscriptionRequestId: env.ctx.subscriptionRequestId,
        subscriptionDescription: 'Monthly box',
        subscriptionRedirectUrl: 'http://127.0.0.1:9/subscribed',
        subscriptionStartTime: '2030-01-01T00:00:00+08:00',
        periodRule: { periodType: 'MONTH', periodCount: '1' },
        paymentMethod: { paymentMethodType: 'ALIPAY_CN' },
        subscriptionNotificationUrl: env.notifyUrl,
        paymentNotificationUrl: env.notifyUrl,
        orderInfo: { orderAmount: usd('999') },
        paymentAmount: usd('999'),
        settlementStrategy: { settlementCurrency: 'USD' },
        env: { terminalType: 'WEB' },
      }
    },
    check: (r, env) => {
      env.ctx.subscriptionId = String(r.subscriptionId)
    },
  },
  {
    method: 'subscriptions.change',
    body: (env) => ({
      subscriptionChangeRequestId: id('CHANGE'),
      subscriptionId: env.ctx.subscriptionId,
      paymentAmount: usd('1999'),
    }),
  },
  {
    method: 'subscriptions.update',
    body: (env) => ({ subscriptionUpdateRequestId: id('UPDATE'), subscriptionId: env.ctx.subscriptionId }),
  },
  {
    method: 'subscriptions.inquire',
    body: (env) => ({ subscriptionId: env.ctx.subscriptionId }),
    check: (r) => expect(r).toMatchObject({ subscriptionStatus: 'ACTIVE', paymentAmount: usd('1999') }),
  },
  {
    method: 'subscriptions.inquiry',
    body: (env) => ({ subscriptionRequestId: env.ctx.subscriptionRequestId }),
    check: (r, env) => expect(r.subscriptionRequestId).toBe(env.ctx.subscriptionRequestId),
  },
  {
    method: 'subscriptions.inquireSubscription',
    body: (env) => ({ subscriptionId: env.ctx.subscriptionId }),
    check: (r, env) =>
      expect(r.subscription).toMatchObject({ subscriptionId: env.ctx.subscriptionId, status: 'ACTIVE' }),
  },
  {
    method: 'subscriptions.inquireSubscriptionList',
    body: () => ({ statuses: ['ACTIVE'], currencies: ['USD'], pageSize: '50' }),
    check: (r, env) =>
      expect((r.subscriptions as Array<{ subscriptionId: string }>).map((s) => s.subscriptionId)).toContain(
        env.ctx.subscriptionId,
      ),
  },
  {
    method: 'subscriptions.inquireSubscriptionPayment',
    body: (env) => ({ subscriptionId: env.ctx.subscriptionId }),
    check: (r) => expect(r.payments).toEqual([]),
  },
  {
    method: 'subscriptions.cancel',
    body: (env) => ({ subscriptionId: env.ctx.subscriptionId, cancellationType: 'CANCEL' }),
  },
  {
    method: 'customs.declare',
    body: (env) => {
      env.ctx.declarationRequestId = id('DECLARE')
      return {
        declarationRequestId: env.ctx.declarationRequestId,
        paymentId: env.ctx.paymentId,
        declarationAmount: usd('5000'),
        customs: { customsCode: 'ZONGSHU', region: 'CN' },
        merchantCustomsInfo: { merchantCustomsCode: 'TEST', merchantCustomsName: 'Test shop' },
        splitOrder: 'false',
      }
    },
    check: (r) => expect(r.identityCheckResult).toBe('CHECK_PASSED'),
  },
  {
    method: 'customs.inquiryDeclarationRequests',
    body: (env) => ({ declarationRequestIds: [env.ctx.declarationRequestId] }),
    check: (r) => expect(r.declarationRecords).toHaveLength(1),
  },
]

export { paid }
