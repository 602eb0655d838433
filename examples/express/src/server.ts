/**
 * A shop on Express: orders are paid through Alipay and marked paid by the PAYMENT_RESULT
 * notification. Configuration comes from the environment: ALIPAY_CLIENT_ID, ALIPAY_PUBLIC_KEY
 * (Alipay's), ALIPAY_PRIVATE_KEY (yours), ALIPAY_REGION or ALIPAY_BASE_URL; PUBLIC_URL is where
 * Alipay reaches this server. Run: node --import tsx src/server.ts
 */
import { randomUUID } from 'node:crypto'
import { type Amount, isAlipayError, type PaymentResultNotification } from '@alipay-kit/core'
import { alipayClient, alipayNotify, getAlipay } from '@alipay-kit/express'
import express from 'express'

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

const app = express()
app.use(alipayNotify({ on: { PAYMENT_RESULT: onPaymentResult } })) // before express.json(): it needs the raw bytes
app.use(express.json())
app.use(alipayClient())

// An async route hands its errors to next(): Express 4 ignores the promise a route returns, so a
// failed API call would otherwise be an unhandled rejection that ends the process (Express 5 would
// forward it itself). This form is safe on both.
app.post('/orders', async (req, res, next) => {
  try {
    const order: Order = {
      id: randomUUID(),
      amount: { currency: 'USD', value: String(req.body?.value ?? '1000') },
      status: 'pending',
    }
    orders.set(order.id, order)
    const outcome = await getAlipay(req).pay({
      productCode: 'CASHIER_PAYMENT',
      paymentRequestId: order.id,
      paymentAmount: order.amount,
      paymentMethod: { paymentMethodType: 'ALIPAY_CN' },
      order: { referenceOrderId: order.id, orderDescription: 'Example order', orderAmount: order.amount },
      paymentNotifyUrl: `${publicUrl}/alipay/notify`,
      paymentRedirectUrl: `${publicUrl}/orders/${order.id}`,
    })
    res.json({ order, outcome: outcome.status, redirectTo: outcome.response.normalUrl })
  } catch (error) {
    next(error)
  }
})

app.get('/orders/:id', (req, res) => {
  const order = orders.get(req.params.id)
  if (order === undefined) res.status(404).json({ error: 'no such order' })
  else res.json(order)
})

// Alipay's coded errors (a result F, Alipay unreachable) as 502 with their code; anything else as 500.
app.use((error: unknown, _req: express.Request, res: express.Response, _next: express.NextFunction) => {
  console.error(error)
  if (isAlipayError(error)) res.status(502).json({ error: error.code })
  else res.status(500).json({ error: 'internal error' })
})

app.listen(port, () => console.log(`shop on ${publicUrl}; Alipay notifies ${publicUrl}/alipay/notify`))
