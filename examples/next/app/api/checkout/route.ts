import { alipay } from '../../../lib/alipay.js'
import { orders } from '../../../lib/orders.js'

/** Starts a cashier payment and answers where to send the buyer. */
export async function POST(request: Request): Promise<Response> {
  const { orderId, amount } = (await request.json()) as { orderId: string; amount: string }
  const origin = new URL(request.url).origin
  orders.set(orderId, 'pending')
  const outcome = await alipay.pay({
    productCode: 'CASHIER_PAYMENT',
    paymentRequestId: orderId,
    paymentAmount: { currency: 'USD', value: amount },
    order: {
      referenceOrderId: orderId,
      orderDescription: `Order ${orderId}`,
      orderAmount: { currency: 'USD', value: amount },
    },
    paymentMethod: { paymentMethodType: 'ALIPAY_CN' },
    paymentRedirectUrl: `${origin}/orders/${orderId}`,
    paymentNotifyUrl: `${origin}/alipay/notify`,
    env: { terminalType: 'WEB' },
  })
  // U with a redirect: the buyer pays at Alipay; the notification then marks the order paid.
  const redirect = outcome.status === 'U' ? outcome.response.normalUrl : undefined
  return Response.json({ status: outcome.status, redirect })
}
