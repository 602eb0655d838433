import { type AlipaySimulator, startAlipaySimulator, TEST_CLIENT_ID, TEST_KEYS } from '@alipay-kit/testing'
import { NOTIFICATION_ACK } from '@alipay-kit/web'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { keys, paymentResult, signNotification } from './contract/notification.js'

// examples/next: the route modules as Next.js loads them, called with real Requests (no next build).
let sim: AlipaySimulator
let notify: { POST: (request: Request) => Promise<Response> }
let checkout: { POST: (request: Request) => Promise<Response> }
let orders: Map<string, string>

beforeAll(async () => {
  sim = await startAlipaySimulator({
    clientId: TEST_CLIENT_ID,
    merchantPublicKey: TEST_KEYS.merchant.publicKeyPem,
    alipayPrivateKey: TEST_KEYS.alipay.privateKeyPem,
  })
  // The notification side signs with the golden-vector key below; the client talks to the simulator.
  Object.assign(process.env, {
    ALIPAY_CLIENT_ID: TEST_CLIENT_ID,
    ALIPAY_PRIVATE_KEY: TEST_KEYS.merchant.privateKeyBase64,
    ALIPAY_PUBLIC_KEY: sim.alipayPublicKey,
    ALIPAY_BASE_URL: sim.url,
  })
  checkout = await import('../examples/next/app/api/checkout/route.js')
  process.env.ALIPAY_PUBLIC_KEY = keys.publicKeyPem
  notify = await import('../examples/next/app/alipay/notify/route.js')
  orders = (await import('../examples/next/lib/orders.js')).orders
})
afterAll(() => sim.close())

describe('examples/next (App Router route handlers)', () => {
  it('starts a payment from a route through the Web client, accepted by the simulator', async () => {
    const response = await checkout.POST(
      new Request('https://shop.example/api/checkout', {
        method: 'POST',
        body: JSON.stringify({ orderId: `next_${Date.now()}`, amount: '1000' }),
      }),
    )
    expect(response.status).toBe(200)
    expect(await response.json()).toMatchObject({ status: 'U', redirect: expect.stringMatching(/^http/) })
  })

  it('acknowledges a notification signed by independent code and records the order', async () => {
    const signed = signNotification(paymentResult('next-order-1'), { clientId: TEST_CLIENT_ID })
    const response = await notify.POST(
      new Request('https://shop.example/alipay/notify', { method: 'POST', headers: signed.headers, body: signed.body }),
    )
    expect(response.status).toBe(200)
    expect(await response.text()).toBe(NOTIFICATION_ACK)
    expect(orders.get('next-order-1')).toBe('paid')
  })

  it('refuses a tampered notification with 401 and leaves the order alone', async () => {
    const signed = signNotification(paymentResult('next-order-2'), { clientId: TEST_CLIENT_ID })
    const response = await notify.POST(
      new Request('https://shop.example/alipay/notify', {
        method: 'POST',
        headers: signed.headers,
        body: signed.body.replace('30000', '30001'),
      }),
    )
    expect(response.status).toBe(401)
    expect(orders.has('next-order-2')).toBe(false)
  })
})
