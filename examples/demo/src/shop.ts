/**
 * The demo's shop: an Express app that takes a payment through Alipay, is told the outcome by a
 * verified notification, and refunds. Orders live in memory, keyed by paymentRequestId.
 */
import { randomUUID } from 'node:crypto'
import {
  type AlipayClient,
  type AlipayError,
  type Amount,
  isAlipayError,
  type PaymentResultNotification,
  type RefundResultNotification,
} from '@alipay-kit/core'
import { type AlipayClientMiddlewareOptions, alipayClient, alipayNotify, getAlipay } from '@alipay-kit/express'
import express, { type Express, type NextFunction, type Request, type Response } from 'express'

export interface Refund {
  readonly amount: Amount
  status: 'processing' | 'succeeded' | 'failed'
}

export interface Order {
  /** Also the paymentRequestId: one payment attempt per order keeps the example short. */
  readonly id: string
  readonly amount: Amount
  status: 'pending' | 'paid' | 'failed'
  paymentId?: string
  /** By refundRequestId. */
  readonly refunds: Record<string, Refund>
}

/** A notification the shop accepted, with the headers it verified: the shop's audit log. */
export interface Received {
  readonly type: 'PAYMENT_RESULT' | 'REFUND_RESULT'
  readonly clientId: string
  readonly requestTime: string
  readonly signature: string
  readonly receivedAt: number
  /** What it changed: `order marked paid`, or `no change` for a resend. */
  readonly change: string
}

export interface ShopOptions {
  /** Client id, keys and gateway, for the API client and the notify endpoint alike. */
  readonly alipay: AlipayClientMiddlewareOptions
  /** Where Alipay reaches this shop, e.g. `http://127.0.0.1:3000`. */
  readonly publicUrl: string
  /** Makes the handler for this notification type throw, to show a notification left unacknowledged. */
  readonly failHandler?: Received['type'] | undefined
}

/** The shop's Express app, its API client (for jobs outside requests) and its notification log. */
export interface Shop {
  readonly app: Express
  readonly client: AlipayClient
  readonly received: readonly Received[]
}

/** What the shop sells; the price comes from here, never from the buyer's request. */
export const CATALOGUE: { readonly [item: string]: Amount } = { 'tea-set': { currency: 'USD', value: '4200' } }

/**
 * Creates the shop: `POST /checkout { item }` pays through Alipay, `POST /orders/:id/refunds
 * { value }` refunds part of a paid order, `GET /orders/:id` shows one, and `/alipay/notify`
 * takes Alipay's notifications.
 *
 * @example
 * ```ts
 * const shop = createShop({ alipay: { clientId, privateKey, alipayPublicKey, region: 'SEA' }, publicUrl })
 * shop.app.listen(3000)
 * ```
 */
export function createShop({ alipay, publicUrl, failHandler }: ShopOptions): Shop {
  const orders = new Map<string, Order>()
  const received: Received[] = []
  const sameAmount = (a: Amount, b: Amount) => a.value === b.value && a.currency === b.currency

  // Alipay resends until acknowledged (docs/protocol.md §3.3), so each handler changes only what is
  // still open: a resend of a notification already applied is acknowledged and changes nothing.
  function record(type: Received['type'], req: Request, change: string): void {
    const header = (name: string) => req.get(name) ?? ''
    const [clientId, requestTime, signature] = [header('client-id'), header('request-time'), header('signature')]
    received.push({ type, clientId, requestTime, signature, receivedAt: Date.now(), change })
  }
  function onPayment(n: PaymentResultNotification, req: Request): void {
    if (failHandler === n.notifyType) throw new Error('the order database is unreachable (--fail-handler)')
    const order = orders.get(n.paymentRequestId)
    let change = 'no change'
    if (order?.status === 'pending') {
      order.status = n.result?.resultStatus === 'S' && sameAmount(n.paymentAmount, order.amount) ? 'paid' : 'failed'
      change = `order marked ${order.status}`
    }
    record(n.notifyType, req, change)
  }
  function onRefund(n: RefundResultNotification, req: Request): void {
    if (failHandler === n.notifyType) throw new Error('the order database is unreachable (--fail-handler)')
    const refund = [...orders.values()].find((o) => o.refunds[n.refundRequestId])?.refunds[n.refundRequestId]
    let change = 'no change'
    if (refund?.status === 'processing') {
      refund.status = n.refundStatus === 'SUCCESS' ? 'succeeded' : 'failed'
      change = `refund marked ${refund.status}`
    }
    record(n.notifyType, req, change)
  }

  // One line per refused notification; the reply to Alipay never carries this detail.
  function onError(error: AlipayError): void {
    const cause = error.cause instanceof Error ? ` (${error.cause.message})` : ''
    console.error(`shop: notification not acknowledged: ${error.code}: ${error.message}${cause}`)
  }

  const client = alipayClient(alipay)
  const app = express()
  // Before express.json(): the signature covers the exact bytes received (docs/protocol.md §9.4).
  app.use(alipayNotify({ ...alipay, on: { PAYMENT_RESULT: onPayment, REFUND_RESULT: onRefund }, onError }))
  app.use(express.json())
  app.use(client)

  app.post('/checkout', async (req, res) => {
    const amount = CATALOGUE[String(req.body?.item)]
    if (amount === undefined) return void res.status(404).json({ error: 'no such item' })
    const order: Order = { id: `order-${randomUUID()}`, amount, status: 'pending', refunds: {} }
    orders.set(order.id, order)
    const outcome = await getAlipay(req).pay({
      productCode: 'CASHIER_PAYMENT',
      paymentRequestId: order.id,
      paymentAmount: order.amount,
      paymentMethod: { paymentMethodType: 'ALIPAY_CN' },
      order: { referenceOrderId: order.id, orderDescription: 'Demo order', orderAmount: order.amount },
      paymentNotifyUrl: `${publicUrl}/alipay/notify`,
      paymentRedirectUrl: `${publicUrl}/orders/${order.id}`,
    })
    order.paymentId = outcome.response.paymentId
    res.json({ order, result: outcome.response.result, redirectTo: outcome.response.normalUrl })
  })

  app.post('/orders/:id/refunds', async (req, res) => {
    const order = orders.get(req.params.id)
    if (order?.paymentId === undefined || order.status !== 'paid') return void res.status(409).json({ order })
    // Whole minor units, and no more than was paid and not yet refunded.
    const value = String(req.body?.value)
    const refunded = Object.values(order.refunds).reduce((sum, r) => sum + BigInt(r.amount.value), 0n)
    if (!/^[1-9]\d{0,15}$/.test(value) || BigInt(value) > BigInt(order.amount.value) - refunded) {
      return void res.status(400).json({ error: 'value: expected minor units, at most what is left to refund' })
    }
    const refundRequestId = `refund-${randomUUID()}`
    const amount: Amount = { currency: order.amount.currency, value }
    order.refunds[refundRequestId] = { amount, status: 'processing' }
    const outcome = await getAlipay(req).refund({
      refundRequestId,
      paymentId: order.paymentId,
      refundAmount: amount,
      refundNotifyUrl: `${publicUrl}/alipay/notify`,
    })
    res.json({ refundRequestId, result: outcome.response.result, refundId: outcome.response.refundId })
  })

  app.get('/orders/:id', (req, res) => {
    const order = orders.get(req.params.id)
    if (order === undefined) res.status(404).json({ error: 'no such order' })
    else res.json({ order })
  })

  // A failed API call (result F, or no trusted answer) reaches the caller as its code, not a stack trace.
  app.use((error: unknown, _req: Request, res: Response, _next: NextFunction) => {
    const code = isAlipayError(error) ? error.code : 'ERR_SHOP_INTERNAL'
    res.status(502).json({ error: code, message: error instanceof Error ? error.message : String(error) })
  })

  return { app, client: client.client, received }
}
