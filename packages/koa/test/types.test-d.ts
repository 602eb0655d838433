import type { AlipayClient, AlipayNotification, PaymentResultNotification } from '@alipay-kit/core'
import { type AlipayClientMiddleware, alipayClient, alipayNotify, getAlipay, sendAlipayAck } from '@alipay-kit/koa'
import Router from '@koa/router'
import Koa, { type Context, type Middleware } from 'koa'
import { describe, expectTypeOf, it } from 'vitest'

describe('@alipay-kit/koa types', () => {
  it('types ctx.alipay and ctx.state.alipayNotification by declaration merging', () => {
    expectTypeOf<Context['alipay']>().toEqualTypeOf<AlipayClient | undefined>()
    expectTypeOf<Context['state']['alipayNotification']>().toEqualTypeOf<AlipayNotification | undefined>()
    expectTypeOf(getAlipay).returns.toEqualTypeOf<AlipayClient>()
  })

  it('types each handler by notification type, with ctx second', () => {
    alipayNotify({
      on: {
        PAYMENT_RESULT: (notification, ctx) => {
          expectTypeOf(notification).toEqualTypeOf<PaymentResultNotification>()
          expectTypeOf(ctx).toEqualTypeOf<Context>()
        },
      },
    })
  })

  it('returns middleware for app.use and for @koa/router routes', () => {
    expectTypeOf(alipayNotify).returns.toEqualTypeOf<Middleware>()
    expectTypeOf(alipayClient).returns.toEqualTypeOf<AlipayClientMiddleware>()
    const app = new Koa()
    app.use(alipayNotify()).use(alipayClient())
    const router = new Router()
    router.post('/pay/notify', alipayNotify(), (ctx) => {
      sendAlipayAck(ctx)
      expectTypeOf(getAlipay(ctx)).toEqualTypeOf<AlipayClient>()
    })
  })
})
