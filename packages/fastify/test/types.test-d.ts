import type { AlipayClient, AlipayNotification, PaymentResultNotification } from '@alipay-kit/core'
import alipay, { type AlipayPluginOptions, sendAlipayAck } from '@alipay-kit/fastify'
import Fastify, { type FastifyReply, type FastifyRequest } from 'fastify'
import { describe, expectTypeOf, it } from 'vitest'

describe('@alipay-kit/fastify types', () => {
  it('types the decorations by declaration merging', () => {
    const app = Fastify()
    expectTypeOf(app.alipay).toEqualTypeOf<AlipayClient>()
    expectTypeOf<FastifyRequest['alipay']>().toEqualTypeOf<AlipayClient>()
    expectTypeOf<FastifyRequest['alipayNotification']>().toEqualTypeOf<AlipayNotification | null>()
  })

  it('types each handler by notification type, with the request second', () => {
    const app = Fastify()
    app.register(alipay, {
      notify: {
        on: {
          PAYMENT_RESULT: (notification, request) => {
            expectTypeOf(notification).toEqualTypeOf<PaymentResultNotification>()
            expectTypeOf(request).toEqualTypeOf<FastifyRequest>()
          },
        },
      },
    })
    app.register(alipay, {
      notify: {
        handler: (request, reply) => {
          expectTypeOf(request.alipayNotification).toEqualTypeOf<AlipayNotification | null>()
          return sendAlipayAck(reply)
        },
      },
    })
    expectTypeOf(sendAlipayAck).returns.toEqualTypeOf<Promise<FastifyReply>>()
  })

  it('rejects options of the wrong shape', () => {
    // @ts-expect-error region is NA, SEA or EU
    const options: AlipayPluginOptions = { region: 'MARS' }
    expectTypeOf(options).toEqualTypeOf<AlipayPluginOptions>()
  })
})
