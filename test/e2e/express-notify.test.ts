import type { Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { createAlipayClient, NOTIFICATION_ACK, type PaymentResultNotification } from '@alipay-kit/core'
import { alipayNotify } from '@alipay-kit/express'
import { type AlipaySimulator, startAlipaySimulator, TEST_CLIENT_ID, TEST_KEYS } from '@alipay-kit/testing'
import express from 'express'
import { afterEach, describe, expect, it } from 'vitest'

// End to end over real HTTP on 127.0.0.1: the client pays at the simulator, the simulated
// customer pays, the simulator delivers a signed notification to an Express app using
// alipayNotify, and resends (on a scaled schedule) until the app acknowledges.

const cleanups: Array<() => Promise<void>> = []
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup()
})

async function listen(app: express.Express): Promise<string> {
  const server: Server = await new Promise((resolve) => {
    const s = app.listen(0, '127.0.0.1', () => resolve(s))
  })
  cleanups.push(
    () =>
      new Promise((resolve) => {
        server.close(() => resolve())
        server.closeAllConnections()
      }),
  )
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`
}

async function start(handler: (n: PaymentResultNotification) => void | Promise<void>) {
  // 2 min -> 24 ms, 10 min -> 120 ms: three attempts take well under a second.
  const sim = await startAlipaySimulator({
    clientId: TEST_CLIENT_ID,
    merchantPublicKey: TEST_KEYS.merchant.publicKeyPem,
    timeScale: 0.0002,
  })
  cleanups.push(() => sim.close())
  const app = express()
  app.use(
    alipayNotify({
      path: '/alipay/notify',
      alipayPublicKey: sim.alipayPublicKey,
      clientId: TEST_CLIENT_ID,
      on: { PAYMENT_RESULT: handler },
      onError: () => {},
    }),
  )
  const appUrl = await listen(app)
  const client = createAlipayClient({
    clientId: TEST_CLIENT_ID,
    privateKey: TEST_KEYS.merchant.privateKeyPem,
    alipayPublicKey: sim.alipayPublicKey,
    baseUrl: sim.url,
  })
  return { sim, client, appUrl }
}

async function payAndComplete(
  { sim, client, appUrl }: Awaited<ReturnType<typeof start>>,
  paymentRequestId: string,
): Promise<AlipaySimulator> {
  const outcome = await client.pay({
    productCode: 'CASHIER_PAYMENT',
    paymentRequestId,
    paymentAmount: { currency: 'USD', value: '4200' },
    paymentMethod: { paymentMethodType: 'ALIPAY_CN' },
    paymentRedirectUrl: `${appUrl}/return`,
    paymentNotifyUrl: `${appUrl}/alipay/notify`,
  })
  expect(outcome.status).toBe('U')
  // The customer pays on the page the pay response points to.
  const page = await fetch(String(outcome.response.normalUrl), {
    method: 'POST',
    body: new URLSearchParams({ status: 'SUCCESS' }),
    redirect: 'manual',
  })
  expect(page.status).toBe(303)
  expect(page.headers.get('location')).toBe(`${appUrl}/return`)
  return sim
}

describe('client -> simulator -> Express alipayNotify', () => {
  it('delivers PAYMENT_RESULT to the handler, which is acknowledged on the first attempt', async () => {
    const seen: PaymentResultNotification[] = []
    const setup = await start((n) => {
      seen.push(n)
    })
    const paymentRequestId = `E2E_${Date.now()}`
    const sim = await payAndComplete(setup, paymentRequestId)
    const delivery = await sim.waitForDelivery((d) => d.type === 'PAYMENT_RESULT')
    expect(delivery).toMatchObject({ attempt: 1, status: 200, acknowledged: true, responseBody: NOTIFICATION_ACK })
    expect(seen).toHaveLength(1)
    expect(seen[0]).toMatchObject({
      notifyType: 'PAYMENT_RESULT',
      paymentRequestId,
      result: { resultStatus: 'S', resultCode: 'SUCCESS' },
      paymentAmount: { currency: 'USD', value: '4200' },
    })
    const inquiry = await setup.client.inquiryPayment({ paymentRequestId })
    expect(inquiry.response.paymentStatus).toBe('SUCCESS')
  })

  it('resends after a handler that fails twice and is processed once acknowledged, on the third attempt', async () => {
    let calls = 0
    const processed: string[] = []
    const setup = await start((n) => {
      calls += 1
      if (calls <= 2) throw new Error(`order service down (${calls})`)
      processed.push(n.paymentRequestId)
    })
    const paymentRequestId = `E2E_RETRY_${Date.now()}`
    const sim = await payAndComplete(setup, paymentRequestId)
    const acked = await sim.waitForDelivery((d) => d.acknowledged, 15_000)
    expect(acked.attempt).toBe(3)
    const attempts = sim.deliveries.filter((d) => d.notificationId === acked.notificationId)
    expect(attempts.map((d) => [d.attempt, d.status, d.acknowledged])).toEqual([
      [1, 500, false],
      [2, 500, false],
      [3, 200, true],
    ])
    expect(attempts[0]?.responseBody).not.toBe(NOTIFICATION_ACK)
    expect(processed).toEqual([paymentRequestId])
    expect(calls).toBe(3)
    expect(sim.notifications.find((n) => n.id === acked.notificationId)?.state).toBe('acknowledged')
    // Acknowledged: no fourth attempt is pending.
    expect(sim.pending).toBe(0)
  })
})
