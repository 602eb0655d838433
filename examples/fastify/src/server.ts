/**
 * A shop on Fastify: orders are paid through Alipay and marked paid by the PAYMENT_RESULT
 * notification. Configuration comes from the environment: ALIPAY_CLIENT_ID, ALIPAY_PUBLIC_KEY
 * (Alipay's), ALIPAY_PRIVATE_KEY (yours), ALIPAY_REGION or ALIPAY_BASE_URL; PUBLIC_URL is where
 * Alipay reaches this server. Run: node --import tsx src/server.ts
 */
import { randomUUID } from 'node:crypto'
import type { Amount, PaymentResultNotification } from '@alipay-kit/core'
import alipay from '@alipay-kit/fastify'
import Fastify from 'fastify'

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

const app = Fastify()
await app.register(alipay, { notify: { on: { PAYMENT_RESULT: onPaymentResult } } })

app.post<{ Body: { value?: string } | undefined }>('/orders', async (request) => {
  const order: Order = {
    id: randomUUID(),
    amount: { currency: 'USD', value: request.body?.value ?? '1000' },
    status: 'pending',
  }
  orders.set(order.id, order)
  const outcome = await request.alipay.pay({
    productCode: 'CASHIER_PAYMENT',
    paymentRequestId: order.id,
    paymentAmount: order.amount,
    paymentMethod: { paymentMethodType: 'ALIPAY_CN' },
    order: { referenceOrderId: order.id, orderDescription: 'Example order', orderAmount: order.amount },
    paymentNotifyUrl: `${publicUrl}/alipay/notify`,
    paymentRedirectUrl: `${publicUrl}/orders/${order.id}`,
  })
  return { order, outcome: outcome.status, redirectTo: outcome.response.normalUrl }
})

app.get<{ Params: { id: string } }>('/orders/:id', async (request, reply) => {
  const order = orders.get(request.params.id)
  return order ?? reply.code(404).send({ error: 'no such order' })
})

await app.listen({ port })
console.log(`shop on ${publicUrl}; Alipay notifies ${publicUrl}/alipay/notify`)
