import { NOTIFICATION_ACK, notificationType, parseNotification, verifyNotification } from '@alipay-kit/core'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import type { AlipaySimulator } from '../src/index.js'
import { callApi, field, payBody, requestId, startReceiver, startTestSimulator } from './helpers.js'

// The simpler families (vaulting, subscriptions, disputes, customs, authorizations): plausible
// answers, coded refusals, and notifications that core parses as the right type.

let sim: AlipaySimulator
let receiver: Awaited<ReturnType<typeof startReceiver>>
beforeAll(async () => {
  receiver = await startReceiver(() => ({ status: 200, body: NOTIFICATION_ACK }))
  sim = await startTestSimulator({ notifyUrls: { dispute: `${receiver.url}/disputes` } })
})
afterAll(async () => {
  await sim.close()
  await receiver.close()
})

// Every notification a test made the simulator send parses with core as a known type. Checked
// after each test (those received since the last check), so no test depends on another having run.
let checked = 0
afterEach(() => {
  for (const r of receiver.received.slice(checked)) {
    expect(notificationType(parseNotification(r.body)), r.body).not.toBe('UNKNOWN')
  }
  checked = receiver.received.length
})

const usd = (value: string) => ({ currency: 'USD', value })
const code = (res: { json: { result: { resultStatus: string; resultCode: string } } }) =>
  `${res.json.result.resultStatus} ${res.json.result.resultCode}`

/**
 * The verified, parsed notifications the receiver got at `path`, in the order the simulator sent
 * them (each goes out on its own connection, so arrival order is the network's, not the simulator's).
 */
function receivedAt(path: string) {
  const sent = (body: string) => sim.notifications.findIndex((n) => n.body === body)
  return receiver.received
    .filter((r) => r.url === path)
    .sort((a, b) => sent(a.body) - sent(b.body))
    .map((r) =>
      verifyNotification({ url: r.url, headers: r.headers, body: r.body }, { alipayPublicKey: sim.alipayPublicKey }),
    )
}

async function paidPaymentId(): Promise<string> {
  const paymentId = field(await callApi(sim, '/v1/payments/pay', payBody()), 'paymentId')
  sim.completePayment(paymentId)
  return paymentId
}

describe('vaulting', () => {
  it('stores a card as a token, notifies VAULTING_RESULT and reports it on inquiry', async () => {
    const vaultingRequestId = requestId('VAULT')
    const url = `${receiver.url}/vaulting`
    const session = await callApi(sim, '/v1/vaults/createVaultingSession', {
      vaultingRequestId,
      paymentMethodType: 'CARD',
      vaultingNotificationUrl: url,
      redirectUrl: 'http://127.0.0.1:9/done',
    })
    expect(code(session)).toBe('S SUCCESS')
    expect((await callApi(sim, '/v1/vaults/inquireVaulting', { vaultingRequestId })).json.vaultingStatus).toBe(
      'PROCESSING',
    )
    const body = {
      vaultingRequestId,
      vaultingNotificationUrl: url,
      paymentMethodDetail: { paymentMethodType: 'CARD', card: { cardNo: '4111 1111 1111 1234' } },
    }
    const vaulted = await callApi(sim, '/v1/vaults/vaultPaymentMethod', body)
    expect(code(vaulted)).toBe('S SUCCESS')
    expect(vaulted.text).not.toContain('4111')
    expect(vaulted.json.paymentMethodDetail).toMatchObject({ card: { maskedCardNo: '************1234' } })
    const replay = await callApi(sim, '/v1/vaults/vaultPaymentMethod', body)
    expect(replay.json.paymentMethodDetail).toEqual(vaulted.json.paymentMethodDetail)
    const inquiry = await callApi(sim, '/v1/vaults/inquireVaulting', { vaultingRequestId })
    expect(inquiry.json).toMatchObject({
      vaultingStatus: 'SUCCESS',
      paymentMethodDetail: vaulted.json.paymentMethodDetail,
    })
    expect(code(await callApi(sim, '/v1/vaults/inquireVaulting', { vaultingRequestId: 'nope' }))).toBe(
      'F VAULTING_NOT_EXIST',
    )
    await sim.waitForDelivery((d) => d.type === 'VAULTING_RESULT')
    const [notification] = receivedAt('/vaulting')
    expect(notification && notificationType(notification)).toBe('VAULTING_RESULT')
    expect(notification).toMatchObject({ vaultingRequestId, result: { resultStatus: 'S' } })
  })
})

describe('subscriptions', () => {
  it('creates, changes, updates and cancels, notifying each step as SUBSCRIPTION', async () => {
    const url = `${receiver.url}/subscriptions`
    const created = await callApi(sim, '/v1/subscriptions/create', {
      subscriptionRequestId: requestId('SUB'),
      periodRule: { periodType: 'MONTH', periodCount: '1' },
      paymentAmount: usd('999'),
      paymentMethod: { paymentMethodType: 'ALIPAY_CN' },
      subscriptionNotificationUrl: url,
    })
    expect(code(created)).toBe('S SUCCESS')
    const subscriptionId = field(created, 'subscriptionId')
    expect((await fetch(field(created, 'normalUrl'))).status).toBe(200)
    for (const api of ['/v1/subscriptions/change', '/v1/subscriptions/update']) {
      expect(code(await callApi(sim, api, { subscriptionId, paymentAmount: usd('1999') }))).toBe('S SUCCESS')
    }
    const cancel = { subscriptionId, cancellationType: 'TERMINATE' }
    expect(code(await callApi(sim, '/v1/subscriptions/cancel', cancel))).toBe('S SUCCESS')
    expect(code(await callApi(sim, '/v1/subscriptions/cancel', cancel))).toBe('F SUBSCRIPTION_STATUS_INVALID')
    expect(code(await callApi(sim, '/v1/subscriptions/update', { subscriptionId: 'nope' }))).toBe(
      'F SUBSCRIPTION_NOT_EXIST',
    )
    // All four delivered (each delivery is recorded once its reply came, so the receiver has it).
    await expect.poll(() => sim.deliveries.filter((d) => d.url === url).length, { timeout: 10_000 }).toBe(4)
    const steps = receivedAt('/subscriptions').map((n) => [
      notificationType(n),
      (n as { subscriptionNotificationType?: string }).subscriptionNotificationType,
      (n as { subscriptionStatus?: string }).subscriptionStatus,
    ])
    expect(steps).toEqual([
      ['SUBSCRIPTION', 'CREATE', 'ACTIVE'],
      ['SUBSCRIPTION', 'CHANGE', 'ACTIVE'],
      ['SUBSCRIPTION', 'UPDATE', 'ACTIVE'],
      ['SUBSCRIPTION', 'TERMINATE', 'TERMINATED'],
    ])
  })
})

describe('disputes', () => {
  it('opens a dispute with DISPUTE_CREATED to the dashboard URL, then accepts it once', async () => {
    const paymentId = await paidPaymentId()
    const dispute = sim.openDispute(paymentId, { reasonCode: '10.4' })
    expect(dispute).toMatchObject({ paymentId, status: 'OPEN', disputeAmount: usd('10000') })
    await sim.waitForDelivery((d) => d.type === 'DISPUTE')
    const [created] = receivedAt('/disputes')
    expect(created).toMatchObject({
      disputeNotificationType: 'DISPUTE_CREATED',
      disputeId: dispute.disputeId,
      paymentId,
    })
    const accept = { disputeId: dispute.disputeId }
    expect(code(await callApi(sim, '/v1/payments/acceptDispute', accept))).toBe('S SUCCESS')
    expect(code(await callApi(sim, '/v1/payments/acceptDispute', accept))).toBe('F DISPUTE_STATUS_INVALID')
    const defend = { disputeId: dispute.disputeId, disputeEvidence: 'eA==' }
    expect(code(await callApi(sim, '/v1/payments/supplyDefenseDocument', defend))).toBe('F DISPUTE_STATUS_INVALID')
    expect(code(await callApi(sim, '/v1/payments/acceptDispute', { disputeId: 'nope' }))).toBe('F DISPUTE_NOT_EXIST')
    const evidence = await callApi(sim, '/v1/payments/downloadDisputeEvidence', {
      disputeId: dispute.disputeId,
      disputeEvidenceType: 'DISPUTE_EVIDENCE_TEMPLATE',
    })
    expect(Buffer.from(field(evidence, 'disputeEvidence'), 'base64').toString().startsWith('%PDF')).toBe(true)
  })

  it('sends DISPUTE_CREATED to the dashboard dispute URL even when the payment has its own notify URL', async () => {
    const body = payBody({ paymentNotifyUrl: `${receiver.url}/payments` })
    const paymentId = field(await callApi(sim, '/v1/payments/pay', body), 'paymentId')
    sim.completePayment(paymentId)
    const { disputeId } = sim.openDispute(paymentId)
    const delivery = await sim.waitForDelivery((d) => d.type === 'DISPUTE' && d.body.includes(disputeId))
    expect(delivery.url).toBe(`${receiver.url}/disputes`)
  })

  it('refuses to open a dispute on an unpaid payment', async () => {
    const paymentId = field(await callApi(sim, '/v1/payments/pay', payBody()), 'paymentId')
    expect(() => sim.openDispute(paymentId)).toThrow(/only paid payments/)
    expect(() => sim.openDispute('nope')).toThrow(/no payment/)
  })
})

describe('customs', () => {
  it('declares a paid payment up to its amount and finds the declaration', async () => {
    const paymentId = await paidPaymentId()
    const declarationRequestId = requestId('DECL')
    const declare = (amount: string, id = declarationRequestId) =>
      callApi(sim, '/v1/customs/declare', {
        declarationRequestId: id,
        paymentId,
        declarationAmount: usd(amount),
        customs: { customsCode: 'ZONGSHU', region: 'CN' },
        merchantCustomsInfo: { merchantCustomsCode: 'M', merchantCustomsName: 'Shop' },
        splitOrder: 'false',
      })
    expect(code(await declare('10001', requestId('DECL')))).toBe('F PARAM_ILLEGAL')
    const declared = await declare('10000')
    expect(code(declared)).toBe('S SUCCESS')
    expect((await declare('10000')).json.customsPaymentId).toBe(declared.json.customsPaymentId)
    expect(code(await declare('9000'))).toBe('F REPEAT_REQ_INCONSISTENT')
    const found = await callApi(sim, '/v1/customs/inquiryDeclarationRequests', {
      declarationRequestIds: [declarationRequestId, 'missing'],
    })
    expect(found.json.declarationRequestsNotFound).toEqual(['missing'])
    expect(found.json.declarationRecords).toMatchObject([{ declarationRequestId, paymentId }])
    expect(code(await callApi(sim, '/v1/customs/inquiryDeclarationRequests', { declarationRequestIds: [] }))).toBe(
      'F PARAM_ILLEGAL',
    )
  })
})

describe('authorizations', () => {
  it('consults, redirects with an auth code, exchanges it for tokens, refreshes and revokes', async () => {
    const consult = await callApi(sim, '/v1/authorizations/consult', {
      customerBelongsTo: 'ALIPAY_CN',
      authRedirectUrl: 'http://127.0.0.1:9/authorized',
      authState: 'STATE_1',
      scopes: ['AGREEMENT_PAY'],
    })
    expect(code(consult)).toBe('S SUCCESS')
    const redirect = await fetch(field(consult, 'authUrl'), { redirect: 'manual' })
    expect(redirect.status).toBe(302)
    const back = new URL(redirect.headers.get('location') ?? '')
    expect(back.origin + back.pathname).toBe('http://127.0.0.1:9/authorized')
    expect(back.searchParams.get('authState')).toBe('STATE_1')
    const authCode = back.searchParams.get('authCode') ?? ''
    const token = await callApi(sim, '/v1/authorizations/applyToken', { grantType: 'AUTHORIZATION_CODE', authCode })
    expect(code(token)).toBe('S SUCCESS')
    const refreshed = await callApi(sim, '/v1/authorizations/applyToken', {
      grantType: 'REFRESH_TOKEN',
      refreshToken: field(token, 'refreshToken'),
    })
    expect(code(refreshed)).toBe('S SUCCESS')
    const accessToken = field(refreshed, 'accessToken')
    expect(code(await callApi(sim, '/v1/authorizations/revoke', { accessToken }))).toBe('S SUCCESS')
    expect(code(await callApi(sim, '/v1/authorizations/revoke', { accessToken }))).toBe('F INVALID_ACCESS_TOKEN')
    const unknown = { grantType: 'REFRESH_TOKEN', refreshToken: 'nope' }
    expect(code(await callApi(sim, '/v1/authorizations/applyToken', unknown))).toBe('F INVALID_ACCESS_TOKEN')
  })
})
