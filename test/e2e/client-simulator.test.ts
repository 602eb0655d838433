import {
  type AlipayClient,
  type AlipayOutcome,
  type ApiResponse,
  createAlipayClient,
  ENDPOINT_PATHS,
  type EndpointName,
} from '@alipay-kit/core'
import { type AlipaySimulator, startAlipaySimulator, TEST_CLIENT_ID, TEST_KEYS } from '@alipay-kit/testing'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

// The real client against the local simulator over real HTTP on 127.0.0.1: every typed method,
// each signed by the client, verified by the simulator, answered signed, verified by the client.

let sim: AlipaySimulator
let client: AlipayClient
beforeAll(async () => {
  sim = await startAlipaySimulator({
    clientId: TEST_CLIENT_ID,
    merchantPublicKey: TEST_KEYS.merchant.publicKeyPem,
    alipayPrivateKey: TEST_KEYS.alipay.privateKeyPem,
  })
  client = createAlipayClient({
    clientId: TEST_CLIENT_ID,
    privateKey: TEST_KEYS.merchant.privateKeyBase64,
    alipayPublicKey: sim.alipayPublicKey,
    baseUrl: sim.url,
    retries: 0,
  })
})
afterAll(() => sim.close())

let n = 0
const id = (prefix: string) => `${prefix}_${Date.now()}_${++n}`
const usd = (value: string) => ({ currency: 'USD', value })
const NOTIFY = 'http://127.0.0.1:9/notify'

/** Ids that later rows use, filled in by earlier rows. */
const ctx = {
  paymentId: '',
  refundRequestId: '',
  vaultingRequestId: id('VAULT'),
  subscriptionId: '',
  declarationRequestId: '',
}

async function paidPayment(extra: Record<string, unknown> = {}): Promise<string> {
  const outcome = await client.pay({
    productCode: 'CASHIER_PAYMENT',
    paymentRequestId: id('PAY'),
    paymentAmount: usd('10000'),
    paymentMethod: { paymentMethodType: 'CARD' },
    paymentRedirectUrl: 'http://127.0.0.1:9/return',
    ...extra,
  })
  const paymentId = String(outcome.response.paymentId)
  sim.completePayment(paymentId)
  return paymentId
}

interface Row {
  readonly method: EndpointName
  readonly call: (c: AlipayClient) => Promise<AlipayOutcome<ApiResponse>>
  readonly status: 'S' | 'U'
  readonly check: (response: ApiResponse) => void
}

const rows: Row[] = [
  {
    method: 'consult',
    call: (c) => c.consult({ productCode: 'CASHIER_PAYMENT', paymentAmount: usd('10000') }),
    status: 'S',
    check: (r) => expect(Array.isArray(r.paymentOptions)).toBe(true),
  },
  {
    method: 'pay',
    call: (c) =>
      c.pay({
        productCode: 'CASHIER_PAYMENT',
        paymentRequestId: id('PAY'),
        paymentAmount: usd('10000'),
        order: { referenceOrderId: id('ORDER'), orderDescription: 'e2e', orderAmount: usd('10000') },
        paymentMethod: { paymentMethodType: 'ALIPAY_CN' },
        paymentRedirectUrl: 'http://127.0.0.1:9/return',
        paymentNotifyUrl: NOTIFY,
      }),
    status: 'U',
    check: (r) => {
      expect(r.result.resultCode).toBe('PAYMENT_IN_PROCESS')
      expect(r.normalUrl).toBe(`${sim.url}/checkout/${String(r.paymentId)}`)
      ctx.paymentId = String(r.paymentId)
      sim.completePayment(ctx.paymentId)
    },
  },
  {
    method: 'inquiryPayment',
    call: (c) => c.inquiryPayment({ paymentId: ctx.paymentId }),
    status: 'S',
    check: (r) => expect(r).toMatchObject({ paymentStatus: 'SUCCESS', paymentId: ctx.paymentId }),
  },
  {
    method: 'createPaymentSession',
    call: (c) =>
      c.createPaymentSession({
        productCode: 'CASHIER_PAYMENT',
        paymentRequestId: id('SESSION'),
        paymentAmount: usd('500'),
        paymentRedirectUrl: 'http://127.0.0.1:9/return',
      }),
    status: 'S',
    check: (r) => expect(typeof r.paymentSessionData).toBe('string'),
  },
  {
    method: 'cancel',
    call: async (c) => {
      const unpaid = await c.pay({
        productCode: 'CASHIER_PAYMENT',
        paymentRequestId: id('PAY'),
        paymentAmount: usd('100'),
        paymentMethod: { paymentMethodType: 'ALIPAY_CN' },
      })
      return c.cancel({ paymentId: String(unpaid.response.paymentId) })
    },
    status: 'S',
    check: (r) => expect(typeof r.cancelTime).toBe('string'),
  },
  {
    method: 'capture',
    call: async (c) => {
      const paymentId = await paidPayment({ paymentFactor: { captureMode: 'MANUAL' } })
      return c.capture({ captureRequestId: id('CAPTURE'), paymentId, captureAmount: usd('10000') })
    },
    status: 'S',
    check: (r) => expect(r.captureAmount).toEqual(usd('10000')),
  },
  {
    method: 'refund',
    call: (c) => {
      ctx.refundRequestId = id('REFUND')
      return c.refund({ refundRequestId: ctx.refundRequestId, paymentId: ctx.paymentId, refundAmount: usd('2500') })
    },
    status: 'S',
    check: (r) => expect(r).toMatchObject({ refundRequestId: ctx.refundRequestId, refundAmount: usd('2500') }),
  },
  {
    method: 'inquiryRefund',
    call: (c) => c.inquiryRefund({ refundRequestId: ctx.refundRequestId }),
    status: 'S',
    check: (r) => expect(r.refundStatus).toBe('SUCCESS'),
  },
  {
    method: 'createVaultingSession',
    call: (c) =>
      c.createVaultingSession({
        paymentMethodType: 'CARD',
        vaultingRequestId: ctx.vaultingRequestId,
        vaultingNotificationUrl: NOTIFY,
        redirectUrl: 'http://127.0.0.1:9/vaulted',
      }),
    status: 'S',
    check: (r) => expect(typeof r.vaultingSessionData).toBe('string'),
  },
  {
    method: 'vaultPaymentMethod',
    call: (c) =>
      c.vaultPaymentMethod({
        vaultingRequestId: ctx.vaultingRequestId,
        vaultingNotificationUrl: NOTIFY,
        redirectUrl: 'http://127.0.0.1:9/vaulted',
        paymentMethodDetail: { paymentMethodType: 'CARD', card: { cardNo: '4111111111111111' } },
        env: { terminalType: 'WEB' },
      }),
    status: 'S',
    check: (r) => expect(r.paymentMethodDetail).toMatchObject({ card: { maskedCardNo: '************1111' } }),
  },
  {
    method: 'inquireVaulting',
    call: (c) => c.inquireVaulting({ vaultingRequestId: ctx.vaultingRequestId }),
    status: 'S',
    check: (r) => expect(r.vaultingRequestId).toBe(ctx.vaultingRequestId),
  },
  {
    method: 'createSubscription',
    call: (c) =>
      c.createSubscription({
        subscriptionRequestId: id('SUB'),
        subscriptionDescription: 'Monthly box',
        subscriptionRedirectUrl: 'http://127.0.0.1:9/subscribed',
        subscriptionStartTime: '2030-01-01T00:00:00+08:00',
        periodRule: { periodType: 'MONTH', periodCount: '1' },
        paymentMethod: { paymentMethodType: 'ALIPAY_CN' },
        subscriptionNotificationUrl: NOTIFY,
        paymentNotificationUrl: NOTIFY,
        orderInfo: { orderAmount: usd('999') },
        paymentAmount: usd('999'),
        settlementStrategy: { settlementCurrency: 'USD' },
        env: { terminalType: 'WEB' },
      }),
    status: 'S',
    check: (r) => {
      expect(typeof r.normalUrl).toBe('string')
      ctx.subscriptionId = String(r.subscriptionId)
    },
  },
  {
    method: 'changeSubscription',
    call: (c) =>
      c.changeSubscription({
        subscriptionChangeRequestId: id('CHANGE'),
        subscriptionId: ctx.subscriptionId,
        paymentAmount: usd('1999'),
      }),
    status: 'S',
    check: (r) => expect(r.result.resultCode).toBe('SUCCESS'),
  },
  {
    method: 'updateSubscription',
    call: (c) =>
      c.updateSubscription({ subscriptionUpdateRequestId: id('UPDATE'), subscriptionId: ctx.subscriptionId }),
    status: 'S',
    check: (r) => expect(r.result.resultCode).toBe('SUCCESS'),
  },
  {
    method: 'cancelSubscription',
    call: (c) => c.cancelSubscription({ subscriptionId: ctx.subscriptionId, cancellationType: 'CANCEL' }),
    status: 'S',
    check: (r) => expect(r.result.resultCode).toBe('SUCCESS'),
  },
  {
    method: 'acceptDispute',
    call: (c) => c.acceptDispute({ disputeId: sim.openDispute(ctx.paymentId).disputeId }),
    status: 'S',
    check: (r) => expect(typeof r.disputeResolutionTime).toBe('string'),
  },
  {
    method: 'supplyDefenseDocument',
    call: (c) =>
      c.supplyDefenseDocument({
        disputeId: sim.openDispute(ctx.paymentId).disputeId,
        disputeEvidence: Buffer.from('receipt').toString('base64'),
      }),
    status: 'S',
    check: (r) => expect(typeof r.disputeId).toBe('string'),
  },
  {
    method: 'downloadDisputeEvidence',
    call: (c) =>
      c.downloadDisputeEvidence({
        disputeId: sim.openDispute(ctx.paymentId).disputeId,
        disputeEvidenceType: 'DISPUTE_EVIDENCE_TEMPLATE',
      }),
    status: 'S',
    check: (r) => expect(r.disputeEvidenceFormat).toBe('PDF'),
  },
  {
    method: 'declareCustoms',
    call: (c) => {
      ctx.declarationRequestId = id('DECLARE')
      return c.declareCustoms({
        declarationRequestId: ctx.declarationRequestId,
        paymentId: ctx.paymentId,
        declarationAmount: usd('10000'),
        customs: { customsCode: 'ZONGSHU', region: 'CN' },
        merchantCustomsInfo: { merchantCustomsCode: 'TEST', merchantCustomsName: 'Test shop' },
        splitOrder: 'false',
      })
    },
    status: 'S',
    check: (r) => expect(r.identityCheckResult).toBe('CHECK_PASSED'),
  },
  {
    method: 'inquireCustomsDeclaration',
    call: (c) => c.inquireCustomsDeclaration({ declarationRequestIds: [ctx.declarationRequestId, 'UNKNOWN'] }),
    status: 'S',
    check: (r) => {
      expect(r.declarationRequestsNotFound).toEqual(['UNKNOWN'])
      expect(r.declarationRecords).toHaveLength(1)
    },
  },
]

describe('the client against the simulator, every typed method', () => {
  it('has a row for every flat method (the grouped ones: client-simulator-catalogue.test.ts)', () => {
    const flat = Object.keys(ENDPOINT_PATHS).filter((name) => !name.includes('.'))
    expect(rows.map((r) => r.method).sort()).toEqual(flat.sort())
  })

  for (const row of rows) {
    it(`${row.method} answers ${row.status} over ${ENDPOINT_PATHS[row.method]}`, async () => {
      const before = sim.requests.length
      const outcome = await row.call(client)
      expect(outcome.status).toBe(row.status)
      expect(outcome.attempts).toBe(1)
      row.check(outcome.response)
      const seen = sim.requests.slice(before).map((r) => r.path)
      expect(seen).toContain(`/ams/api${ENDPOINT_PATHS[row.method]}`)
    })
  }

  it('request() reaches any path, and a sandbox client uses /ams/sandbox/api', async () => {
    const generic = await client.request('/v1/payments/inquiryPayment', { paymentId: ctx.paymentId })
    expect(generic.response.paymentStatus).toBe('SUCCESS')
    const sandbox = createAlipayClient({
      clientId: TEST_CLIENT_ID,
      privateKey: TEST_KEYS.merchant.privateKeyPem,
      alipayPublicKey: sim.alipayPublicKey,
      baseUrl: sim.url,
      sandbox: true,
    })
    const outcome = await sandbox.inquiryPayment({ paymentId: ctx.paymentId })
    expect(outcome.response.paymentStatus).toBe('SUCCESS')
    expect(sim.requests.at(-1)).toMatchObject({ path: '/ams/sandbox/api/v1/payments/inquiryPayment', sandbox: true })
  })
})
