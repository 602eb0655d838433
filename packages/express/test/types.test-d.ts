import type {
  AlipayClient,
  AlipayNotification,
  PaymentResultNotification,
  RefundResultNotification,
} from '@alipay-kit/core'
import { type AlipayClientMiddleware, alipayClient, alipayNotify, getAlipay, sendAlipayAck } from '@alipay-kit/express'
import express, { type Request, type RequestHandler } from 'express'
import { describe, expectTypeOf, it } from 'vitest'

describe('@alipay-kit/express types', () => {
  it('types the request context by declaration merging', () => {
    expectTypeOf<Request['alipay']>().toEqualTypeOf<AlipayClient | undefined>()
    expectTypeOf<Request['alipayNotification']>().toEqualTypeOf<AlipayNotification | undefined>()
    expectTypeOf(getAlipay).returns.toEqualTypeOf<AlipayClient>()
  })

  it('types each handler by notification type, with req second', () => {
    alipayNotify({
      on: {
        PAYMENT_RESULT: (notification, req) => {
          expectTypeOf(notification).toEqualTypeOf<PaymentResultNotification>()
          expectTypeOf(req).toEqualTypeOf<Request>()
        },
        REFUND_RESULT: (notification) => {
          expectTypeOf(notification).toEqualTypeOf<RefundResultNotification>()
        },
      },
      onNotification: (notification, req) => {
        expectTypeOf(notification).toEqualTypeOf<AlipayNotification>()
        expectTypeOf(req).toEqualTypeOf<Request>()
      },
    })
  })

  it('returns middleware that Express accepts at app level and on routes', () => {
    expectTypeOf(alipayNotify).returns.toExtend<RequestHandler>()
    expectTypeOf(alipayClient).returns.toEqualTypeOf<AlipayClientMiddleware>()
    expectTypeOf(alipayClient({}).client).toEqualTypeOf<AlipayClient>()
    const app = express()
    app.use(alipayNotify())
    app.post('/pay/notify', alipayNotify(), (_req, res) => sendAlipayAck(res))
  })

  it('rejects options of the wrong shape', () => {
    // @ts-expect-error limit is a number of bytes
    alipayNotify({ limit: '1mb' })
    // @ts-expect-error there is no such notification type
    alipayNotify({ on: { PAYMENT_DONE: () => {} } })
  })
})
