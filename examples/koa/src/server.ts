/**
 * A shop on Koa: orders are paid through Alipay and marked paid by the PAYMENT_RESULT
 * notification. Configuration comes from the environment: ALIPAY_CLIENT_ID, ALIPAY_PUBLIC_KEY
 * (Alipay's), ALIPAY_PRIVATE_KEY (yours), ALIPAY_REGION or ALIPAY_BASE_URL; PUBLIC_URL is where
 * Alipay reaches this server. Run: node --import tsx src/server.ts
 */
import { randomUUID } from 'node:crypto'
import type { Amount, PaymentResultNotification } from '@alipay-kit/core'
import { alipayClient, alipayNotify, getAlipay } from '@alipay-kit/koa'
import { bodyParser } from '@koa/bodyparser'
import Router from '@koa/router'
import Koa from 'koa'

type Order = { id: string; amount: Amount; status: 'pending' | 'paid' | 'failed' }
const orders = new Map<string, Order>() // by paymentRequestId
const port = Number(process.env.PORT ?? 3000)
const publicUrl = process.env.PUBLIC_URL ?? `http://localhost:${port}`

// Alipay resends until acknowledged (docs/protocol.md §3.3): only a pending order changes, so a resend is a no-op.
function onPaymentResult(n: PaymentResultNotification): void {
  const order = orders.get(n.paymentRequestId)
  if (order === undefined || order.status !== 'pending') return
  const amountMatches =
    n.paymentAmount.value === order.amount.value && n.paymentAmount.currency === order.amount.currency
  order.status = n.result?.resultStatus === 'S' && amountMatches ? 'paid' : 'failed'
  console.log(`order ${order.id}: ${order.status}`)
}

const router = new Router()
router.post('/orders', async (ctx) => {
  const value = (ctx.request.body as { value?: unknown } | undefined)?.value ?? '1000'
  const order: Order = { id: randomUUID(), amount: { currency: 'USD', value: String(value) }, status: 'pending' }
  orders.set(order.id, order)
  const outcome = await getAlipay(ctx).pay({
    productCode: 'CASHIER_PAYMENT',
    paymentRequestId: order.id,
    paymentAmount: order.amount,
    paymentMethod: { paymentMethodType: 'ALIPAY_CN' },
    order: { referenceOrderId: order.id, orderDescription: 'Example order', orderAmount: order.amount },
    paymentNotifyUrl: `${publicUrl}/alipay/notify`,
    paymentRedirectUrl: `${publicUrl}/orders/${order.id}`,
  })
  ctx.body = { order, outcome: outcome.status, redirectTo: outcome.response.normalUrl }
})
router.get('/orders/:id', (ctx) => {
  const order = orders.get(ctx.params.id ?? '')
  ctx.status = order === undefined ? 404 : 200
  ctx.body = order ?? { error: 'no such order' }
})

new Koa()
  .use(alipayNotify({ on: { PAYMENT_RESULT: onPaymentResult } })) // before the body parser: it needs the raw bytes
  .use(bodyParser())
  .use(alipayClient())
  .use(router.routes())
  .listen(port, () => console.log(`shop on ${publicUrl}; Alipay notifies ${publicUrl}/alipay/notify`))
