import type { AlipayNotification } from '@alipay-kit/core'
import { alipayClient, alipayNotify } from '@alipay-kit/hono'
import type { WebAlipayClient } from '@alipay-kit/web'
import { Hono } from 'hono'
import { expectTypeOf, test } from 'vitest'

test('the client and the notification are typed on the context through Hono variables', () => {
  const app = new Hono()
  app.use(alipayClient({ clientId: 'c', privateKey: 'k', alipayPublicKey: 'p', region: 'SEA' }))
  app.post('/alipay/notify', alipayNotify({ alipayPublicKey: 'p' }), (c) => {
    expectTypeOf(c.var.alipayNotification).toEqualTypeOf<AlipayNotification>()
    return c.text('')
  })
  app.get('/pay', (c) => {
    expectTypeOf(c.get('alipay')).toEqualTypeOf<WebAlipayClient>()
    expectTypeOf(c.var.alipay.pay).toBeFunction()
    return c.text('')
  })
})
