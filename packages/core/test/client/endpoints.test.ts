import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { API_PATHS } from '../../src/client/api-paths.js'
import { callPath, FLAT_METHODS, type FlatMethodName } from '../../src/client/endpoints.js'
import { type AlipayClient, apiPath, ENDPOINT_PATHS, type EndpointName } from '../../src/index.js'
import { CLIENT_ID, type FakeAlipay, startFakeAlipay } from './fake-alipay.js'

let fake: FakeAlipay
beforeAll(async () => {
  fake = await startFakeAlipay()
})
afterAll(() => fake.close())

const amount = { currency: 'USD', value: '1000' }

// Every flat method, the path it must call, and a minimal body of its request type.
const table: Array<[FlatMethodName, string, Record<string, unknown>]> = [
  [
    'pay',
    '/ams/api/v1/payments/pay',
    {
      productCode: 'CASHIER_PAYMENT',
      paymentRequestId: 'p-1',
      paymentAmount: amount,
      paymentMethod: { paymentMethodType: 'ALIPAY_CN' },
    },
  ],
  ['consult', '/ams/api/v1/payments/consult', { productCode: 'CASHIER_PAYMENT', paymentAmount: amount }],
  [
    'createPaymentSession',
    '/ams/api/v1/payments/createPaymentSession',
    { productCode: 'CASHIER_PAYMENT', paymentRequestId: 'p-2', paymentAmount: amount },
  ],
  ['inquiryPayment', '/ams/api/v1/payments/inquiryPayment', { paymentRequestId: 'p-1' }],
  ['cancel', '/ams/api/v1/payments/cancel', { paymentId: 'a-1' }],
  ['capture', '/ams/api/v1/payments/capture', { captureRequestId: 'c-1', paymentId: 'a-1', captureAmount: amount }],
  ['refund', '/ams/api/v1/payments/refund', { refundRequestId: 'r-1', paymentId: 'a-1', refundAmount: amount }],
  ['inquiryRefund', '/ams/api/v1/payments/inquiryRefund', { refundRequestId: 'r-1' }],
  [
    'createVaultingSession',
    '/ams/api/v1/vaults/createVaultingSession',
    {
      paymentMethodType: 'CARD',
      vaultingRequestId: 'v-1',
      vaultingNotificationUrl: 'https://m.example/n',
      redirectUrl: 'https://m.example/r',
    },
  ],
  [
    'vaultPaymentMethod',
    '/ams/api/v1/vaults/vaultPaymentMethod',
    {
      vaultingRequestId: 'v-1',
      vaultingNotificationUrl: 'https://m.example/n',
      redirectUrl: 'https://m.example/r',
      paymentMethodDetail: {},
      env: {},
    },
  ],
  ['inquireVaulting', '/ams/api/v1/vaults/inquireVaulting', { vaultingRequestId: 'v-1' }],
  ['createSubscription', '/ams/api/v1/subscriptions/create', { subscriptionRequestId: 's-1' }],
  [
    'changeSubscription',
    '/ams/api/v1/subscriptions/change',
    { subscriptionChangeRequestId: 's-2', subscriptionId: 's', paymentAmount: amount },
  ],
  ['cancelSubscription', '/ams/api/v1/subscriptions/cancel', { subscriptionId: 's', cancellationType: 'CANCEL' }],
  [
    'updateSubscription',
    '/ams/api/v1/subscriptions/update',
    { subscriptionUpdateRequestId: 's-3', subscriptionId: 's' },
  ],
  ['acceptDispute', '/ams/api/v1/payments/acceptDispute', { disputeId: 'd-1' }],
  [
    'supplyDefenseDocument',
    '/ams/api/v1/payments/supplyDefenseDocument',
    { disputeId: 'd-1', disputeEvidence: 'ZXZpZGVuY2U=' },
  ],
  [
    'downloadDisputeEvidence',
    '/ams/api/v1/payments/downloadDisputeEvidence',
    { disputeId: 'd-1', disputeEvidenceType: 'DISPUTE_EVIDENCE_FILE' },
  ],
  ['declareCustoms', '/ams/api/v1/customs/declare', { declarationRequestId: 'x-1' }],
  ['inquireCustomsDeclaration', '/ams/api/v1/customs/inquiryDeclarationRequests', { declarationRequestIds: ['x-1'] }],
]

type Loose = (body: Record<string, unknown>) => ReturnType<AlipayClient['pay']>

/** The method of `client` at a typed method's name: `'refund'`, or dotted as `'billing.invoices.create'`. */
function methodOf(client: AlipayClient, name: EndpointName): Loose {
  let node: unknown = client
  for (const part of name.split('.')) node = (node as Record<string, unknown>)[part]
  if (typeof node !== 'function') throw new Error(`the client has no method ${name}`)
  return node as Loose
}

const grouped = Object.keys(API_PATHS) as Array<keyof typeof API_PATHS>

describe('typed methods', () => {
  it('covers every flat method, and each is its grouped method', () => {
    expect(table.map(([name]) => name).sort()).toEqual(Object.keys(FLAT_METHODS).sort())
    const client = fake.client()
    for (const [flat, name] of Object.entries(FLAT_METHODS)) {
      expect(methodOf(client, flat as FlatMethodName)).toBe(methodOf(client, name))
      expect(ENDPOINT_PATHS[flat as FlatMethodName]).toBe(API_PATHS[name])
    }
  })

  it('has one grouped method per endpoint path, and ENDPOINT_PATHS holds both kinds of name', () => {
    expect(new Set(Object.values(API_PATHS)).size).toBe(grouped.length)
    expect(grouped.length).toBeGreaterThanOrEqual(151)
    expect(Object.keys(ENDPOINT_PATHS).sort()).toEqual([...Object.keys(FLAT_METHODS), ...grouped].sort())
  })

  // Every JSON endpoint; the one multipart upload is file-upload.test.ts and test/e2e/client-upload.test.ts.
  const json = grouped.filter((name) => name !== 'billing.products.uploadImage')

  it.each(json)('%s posts a signed request to its path, answered and verified', async (name) => {
    fake.reply({})
    const outcome = await methodOf(fake.client({ clientId: CLIENT_ID }), name)({ probe: name })
    expect(outcome.status).toBe('S')
    const got = fake.received.at(-1)!
    expect(got.path).toBe(apiPath(API_PATHS[name], false))
    expect(got.signatureValid).toBe(true)
    expect(got.body).toBe(JSON.stringify({ probe: name }))
  })

  it('freezes the groups, so a method cannot be replaced by accident', () => {
    const client = fake.client()
    expect(Object.isFrozen(client.billing)).toBe(true)
    expect(Object.isFrozen(client.billing.invoices)).toBe(true)
    expect(() => {
      ;(client.payments as unknown as Record<string, unknown>).pay = () => undefined
    }).toThrow(TypeError)
  })

  it.each(table)('%s posts a signed request to %s', async (name, path, body) => {
    fake.reply({})
    const client = fake.client({ clientId: CLIENT_ID })
    const before = Date.now()
    const outcome = await methodOf(client, name)(body)
    expect(outcome.status).toBe('S')
    expect(outcome.attempts).toBe(1)
    const got = fake.received.at(-1)!
    expect(got.path).toBe(path)
    expect(got.signatureValid).toBe(true)
    expect(got.body).toBe(JSON.stringify(body))
    expect(got.headers['content-type']).toBe('application/json; charset=UTF-8')
    expect(got.headers['client-id']).toBe(CLIENT_ID)
    expect(got.headers['request-time']).toMatch(/^\d{13}$/)
    expect(Number(got.headers['request-time'])).toBeGreaterThanOrEqual(before)
    expect(got.headers.signature).toMatch(/^algorithm=RSA256,keyVersion=1,signature=[A-Za-z0-9%]+$/)
  })

  it('announces the configured keyVersion', async () => {
    fake.reply({})
    await fake.client({ keyVersion: 3 }).inquiryPayment({ paymentId: 'a-1' })
    expect(fake.received.at(-1)!.headers.signature).toMatch(/^algorithm=RSA256,keyVersion=3,/)
    expect(fake.received.at(-1)!.signatureValid).toBe(true)
  })
})

describe('sandbox', () => {
  it('rewrites /ams/api to /ams/sandbox/api for a SANDBOX_ client id and signs the rewritten path', async () => {
    fake.reply({})
    const client = fake.client({ clientId: 'SANDBOX_5YBZ1N2ZZGKR01234' })
    expect(client.config.sandbox).toBe(true)
    await client.pay({
      productCode: 'CASHIER_PAYMENT',
      paymentRequestId: 'p-9',
      paymentAmount: amount,
      paymentMethod: { paymentMethodType: 'ALIPAY_CN' },
    })
    const got = fake.received.at(-1)!
    expect(got.path).toBe('/ams/sandbox/api/v1/payments/pay')
    expect(got.signatureValid).toBe(true)
  })

  it('follows the sandbox option over the client id prefix', async () => {
    fake.reply({})
    await fake.client({ sandbox: true }).refund({ refundRequestId: 'r', paymentId: 'a', refundAmount: amount })
    expect(fake.received.at(-1)!.path).toBe('/ams/sandbox/api/v1/payments/refund')
    await fake
      .client({ clientId: 'SANDBOX_X', sandbox: false })
      .refund({ refundRequestId: 'r', paymentId: 'a', refundAmount: amount })
    expect(fake.received.at(-1)!.path).toBe('/ams/api/v1/payments/refund')
  })
})

describe('in-store payments in sandbox mode (issue 13)', () => {
  const SANDBOX_ID = 'SANDBOX_5YBZ1N2ZZGKR01234'
  const inStorePay = {
    productCode: 'IN_STORE_PAYMENT',
    paymentRequestId: 'store-1',
    paymentAmount: amount,
    paymentMethod: { paymentMethodType: 'CONNECT_WALLET', paymentMethodId: '281012020262320210508' },
  } as const
  const lastPath = () => fake.received.at(-1)!.path

  it('keeps productCode IN_STORE_PAYMENT on /ams/api, signed and verified over that path', async () => {
    fake.reply({})
    const client = fake.client({ clientId: SANDBOX_ID })
    expect(client.config.sandbox).toBe(true)
    const outcome = await client.pay(inStorePay)
    expect(outcome.status).toBe('S')
    expect(lastPath()).toBe('/ams/api/v1/payments/pay')
    expect(fake.received.at(-1)!.signatureValid).toBe(true)
    await client.request('/v1/payments/pay', inStorePay)
    expect(lastPath()).toBe('/ams/api/v1/payments/pay')
    await client.pay({ ...inStorePay, productCode: 'CASHIER_PAYMENT' })
    expect(lastPath()).toBe('/ams/sandbox/api/v1/payments/pay')
  })

  it('lets one call choose the path with { sandbox }, both ways, whatever the client mode', async () => {
    fake.reply({})
    const sandboxClient = fake.client({ clientId: SANDBOX_ID })
    await sandboxClient.inquiryPayment({ paymentRequestId: 'store-1' }, { sandbox: false })
    expect(lastPath()).toBe('/ams/api/v1/payments/inquiryPayment')
    await sandboxClient.inquiryPayment({ paymentRequestId: 'store-1' })
    expect(lastPath()).toBe('/ams/sandbox/api/v1/payments/inquiryPayment')
    await sandboxClient.pay(inStorePay, { sandbox: true })
    expect(lastPath()).toBe('/ams/sandbox/api/v1/payments/pay')
    const production = fake.client()
    await production.refund({ refundRequestId: 'r', paymentId: 'a', refundAmount: amount }, { sandbox: true })
    expect(lastPath()).toBe('/ams/sandbox/api/v1/payments/refund')
    await production.pay(inStorePay)
    expect(lastPath()).toBe('/ams/api/v1/payments/pay')
    expect(fake.received.slice(-5).every((r) => r.signatureValid)).toBe(true)
  })

  it("keeps the Java SDK's risk endpoints on /ams/api, and nothing else", async () => {
    fake.reply({})
    const client = fake.client({ clientId: SANDBOX_ID })
    for (const name of ['decide', 'reportRisk', 'sendPaymentResult', 'sendRefundResult']) {
      await client.request(`/v1/risk/payments/${name}`, {})
      expect(lastPath()).toBe(`/ams/api/v1/risk/payments/${name}`)
    }
    await client.request('/ams/api/v1/risk/payments/decide', {})
    expect(lastPath()).toBe('/ams/api/v1/risk/payments/decide')
    await client.request('/v1/risk/payments/decideLater', {})
    expect(lastPath()).toBe('/ams/sandbox/api/v1/risk/payments/decideLater')
    expect(callPath('/v1/risk/payments/decide', {}, true, true)).toBe('/ams/sandbox/api/v1/risk/payments/decide')
  })
})

describe('request()', () => {
  it('takes a path relative to /ams/api, or a full /ams/ path', async () => {
    fake.reply({})
    const client = fake.client()
    await client.request('/v1/payments/getCardInfo', { cardNo: '4111' })
    expect(fake.received.at(-1)!.path).toBe('/ams/api/v1/payments/getCardInfo')
    await client.request('/ams/api/v1/risk/payments/decide', {})
    expect(fake.received.at(-1)!.path).toBe('/ams/api/v1/risk/payments/decide')
    await fake.client({ sandbox: true }).request('/ams/api/v1/payments/inquire', {})
    expect(fake.received.at(-1)!.path).toBe('/ams/sandbox/api/v1/payments/inquire')
    expect(fake.received.every((r) => r.signatureValid)).toBe(true)
  })

  it('refuses paths fetch would change after signing, and non-object bodies', async () => {
    const client = fake.client()
    for (const bad of ['v1/payments/pay', '/v1/../pay', '/v1/a#b', '/v1/a b', 'https://x/ams/api', '/v1/é']) {
      await expect(client.request(bad, {})).rejects.toThrow(TypeError)
    }
    await expect(client.request('/v1/payments/pay', [] as never)).rejects.toThrow(TypeError)
    expect(apiPath('/v1/payments/pay', false)).toBe('/ams/api/v1/payments/pay')
    expect(apiPath('/ams/sandbox/api/v1/x', true)).toBe('/ams/sandbox/api/v1/x')
  })
})
