import type { Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { NOTIFICATION_ACK } from '@alipay-kit/core'
import { alipayClient, alipayNotify, getAlipay, sendAlipayAck } from '@alipay-kit/koa'
import { bodyParser } from '@koa/bodyparser'
import Router from '@koa/router'
import Koa from 'koa'
import supertest from 'supertest'
import { afterEach, describe, expect, it, vi } from 'vitest'
import {
  alipaySigned,
  body,
  CLIENT_ID,
  clearEnv,
  keys,
  merchantPrivateKey,
} from '../../../test/support/independent-alipay.js'

afterEach(() => {
  vi.unstubAllEnvs()
})

describe('@alipay-kit/koa on a real listening server', () => {
  it('verifies a notification signed by independent code and sent with fetch', async () => {
    const paid: string[] = []
    const app = new Koa()
    app.use(
      alipayNotify({
        alipayPublicKey: keys.publicKeyPem,
        clientId: CLIENT_ID,
        on: {
          PAYMENT_RESULT: (n) => {
            paid.push(n.paymentRequestId)
          },
        },
      }),
    )
    app.use(bodyParser())
    const server: Server = app.listen(0, '127.0.0.1')
    await new Promise((resolve) => server.once('listening', resolve))
    try {
      const { port } = server.address() as AddressInfo
      const response = await fetch(`http://127.0.0.1:${port}/alipay/notify`, {
        method: 'POST',
        headers: alipaySigned('/alipay/notify', body),
        body,
      })
      expect(response.status).toBe(200)
      expect(await response.text()).toBe(NOTIFICATION_ACK)
      expect(paid).toEqual(['order-42'])
    } finally {
      server.closeAllConnections()
      await new Promise((resolve) => server.close(resolve))
    }
  })
})

describe('zero configuration from the environment', () => {
  it('fails at creation, naming ALIPAY_PUBLIC_KEY, when nothing is configured', () => {
    clearEnv()
    expect(() => alipayNotify()).toThrow(
      expect.objectContaining({
        code: 'ERR_ALIPAY_CONFIG_MISSING',
        message: expect.stringContaining('ALIPAY_PUBLIC_KEY'),
      }),
    )
    expect(() => alipayClient()).toThrow(
      expect.objectContaining({
        code: 'ERR_ALIPAY_CONFIG_MISSING',
        message: expect.stringContaining('ALIPAY_PRIVATE_KEY'),
      }),
    )
  })

  it('serves notifications and creates the client from the environment', async () => {
    clearEnv()
    vi.stubEnv('ALIPAY_PUBLIC_KEY', keys.publicKeyBase64Der)
    vi.stubEnv('ALIPAY_CLIENT_ID', CLIENT_ID)
    const paid: string[] = []
    const app = new Koa().use(
      alipayNotify({
        on: {
          PAYMENT_RESULT: (n) => {
            paid.push(n.paymentRequestId)
          },
        },
      }),
    )
    const ok = await supertest(app.callback())
      .post('/alipay/notify')
      .set(alipaySigned('/alipay/notify', body))
      .send(body)
    expect(ok.status).toBe(200)
    const other = await supertest(app.callback())
      .post('/alipay/notify')
      .set(alipaySigned('/alipay/notify', body, 'SANDBOX_OTHER'))
      .send(body)
    expect(other.status).toBe(401)
    expect(paid).toEqual(['order-42'])
    vi.stubEnv('ALIPAY_PRIVATE_KEY', merchantPrivateKey)
    vi.stubEnv('ALIPAY_BASE_URL', 'http://127.0.0.1:9')
    expect(typeof alipayClient().client.refund).toBe('function')
  })
})

describe('Koa specifics', () => {
  const options = { alipayPublicKey: keys.publicKeyPem, clientId: CLIENT_ID }

  it('router.use() is not a route: other routes of the router pass through untouched', async () => {
    const router = new Router().use(alipayNotify(options))
    router.post('/orders', (ctx) => {
      ctx.body = 'orders'
    })
    router.post('/alipay/notify', (ctx) => {
      expect(ctx.state.alipayNotification).toMatchObject({ paymentRequestId: 'order-42' })
      sendAlipayAck(ctx)
    })
    const app = new Koa().use(router.routes())
    const orders = await supertest(app.callback()).post('/orders').send('{}')
    expect(orders.text).toBe('orders')
    const notify = await supertest(app.callback())
      .post('/alipay/notify')
      .set(alipaySigned('/alipay/notify', body))
      .send(body)
    expect(notify.text).toBe(NOTIFICATION_ACK)
  })

  it('without handlers, a route that throws answers 500 and no acknowledgement', async () => {
    const router = new Router()
    router.post('/alipay/notify', () => {
      throw new Error('route failed')
    })
    const app = new Koa().use(alipayNotify(options)).use(router.routes())
    app.silent = true
    const response = await supertest(app.callback())
      .post('/alipay/notify')
      .set(alipaySigned('/alipay/notify', body))
      .send(body)
    expect(response.status).toBe(500)
    expect(response.text).not.toBe(NOTIFICATION_ACK)
  })

  it('getAlipay(ctx) returns the client, and says how to mount it when missing', async () => {
    const errors: unknown[] = []
    const clients: unknown[] = []
    const app = new Koa()
      .use(async (ctx, next) => {
        try {
          getAlipay(ctx)
        } catch (error) {
          errors.push(error)
        }
        await next()
      })
      .use(alipayClient({ ...options, privateKey: merchantPrivateKey, region: 'SEA' }))
      .use((ctx) => {
        clients.push(getAlipay(ctx))
        ctx.body = 'ok'
      })
    await supertest(app.callback()).get('/')
    expect(errors[0]).toBeInstanceOf(TypeError)
    expect(String(errors[0])).toContain('alipayClient()')
    expect(typeof (clients[0] as { pay?: unknown }).pay).toBe('function')
  })
})
