import { alipayNotify } from '@alipay-kit/web'
import { orders } from '../../../lib/orders.js'

// The raw body: a route handler gets the untouched Request, and alipayNotify reads its bytes
// itself. Works on the Node.js and the Edge runtime alike (export const runtime = 'edge').

/** Alipay's notifications: POST /alipay/notify, acknowledged only after the handler resolved. */
export const POST = alipayNotify({
  alipayPublicKey: process.env.ALIPAY_PUBLIC_KEY as string,
  clientId: process.env.ALIPAY_CLIENT_ID,
  on: {
    PAYMENT_RESULT: async (notification) => {
      orders.set(notification.paymentRequestId, notification.result?.resultStatus === 'S' ? 'paid' : 'failed')
    },
  },
})
