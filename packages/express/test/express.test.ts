import { request } from 'node:http'
import type { AddressInfo } from 'node:net'
import { type AlipayNotification, NOTIFICATION_ACK } from '@alipay-kit/core'
import { alipayClient, alipayNotify, getAlipay, sendAlipayAck } from '@alipay-kit/express'
import express from 'express'
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

describe('@alipay-kit/express on a real listening server', () => {
  it('verifies a notification signed by independent code and sent with fetch', async () => {
    const paid: string[] = []
    const app = express()
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
    app.use(express.json())
    const server = app.listen(0, '127.0.0.1')
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

  it('serves notifications with only ALIPAY_PUBLIC_KEY and ALIPAY_CLIENT_ID set; no private key needed', async () => {
    clearEnv()
    vi.stubEnv('ALIPAY_PUBLIC_KEY', keys.publicKeyBase64Der)
    vi.stubEnv('ALIPAY_CLIENT_ID', CLIENT_ID)
    const paid: string[] = []
    const app = express().use(
      alipayNotify({
        on: {
          PAYMENT_RESULT: (n) => {
            paid.push(n.paymentRequestId)
          },
        },
      }),
    )
    const ok = await supertest(app).post('/alipay/notify').set(alipaySigned('/alipay/notify', body)).send(body)
    expect(ok.status).toBe(200)
    const other = await supertest(app)
      .post('/alipay/notify')
      .set(alipaySigned('/alipay/notify', body, 'SANDBOX_OTHER'))
      .send(body)
    expect(other.status).toBe(401)
    expect(paid).toEqual(['order-42'])
    expect(() => alipayClient()).toThrow(expect.objectContaining({ code: 'ERR_ALIPAY_CONFIG_MISSING' }))
  })

  it('creates the client from the environment, and explicit options win over it', () => {
    clearEnv()
    vi.stubEnv('ALIPAY_PUBLIC_KEY', keys.publicKeyPem)
    vi.stubEnv('ALIPAY_CLIENT_ID', CLIENT_ID)
    vi.stubEnv('ALIPAY_PRIVATE_KEY', merchantPrivateKey)
    vi.stubEnv('ALIPAY_REGION', 'NA')
    expect(typeof alipayClient().client.pay).toBe('function')
    expect(() => alipayClient({ baseUrl: 'ftp://nowhere' })).toThrow(
      expect.objectContaining({ code: 'ERR_ALIPAY_OPTION_INVALID' }),
    )
  })
})

describe('Express specifics', () => {
  const options = { alipayPublicKey: keys.publicKeyPem, clientId: CLIENT_ID }

  it('verifies the Buffer express.raw() left in req.body', async () => {
    const seen: string[] = []
    const app = express()
      .use(express.raw({ type: '*/*' }))
      .use(
        alipayNotify({
          ...options,
          on: {
            PAYMENT_RESULT: (n) => {
              seen.push(n.paymentRequestId)
            },
          },
        }),
      )
    const response = await supertest(app).post('/alipay/notify').set(alipaySigned('/alipay/notify', body)).send(body)
    expect(response.status).toBe(200)
    expect(seen).toEqual(['order-42'])
  })

  it('signs against the full path of a Router mounted under a prefix', async () => {
    const router = express.Router().use(alipayNotify({ ...options, onNotification: () => {} }))
    const app = express().use('/shop', router)
    const response = await supertest(app)
      .post('/shop/alipay/notify')
      .set(alipaySigned('/shop/alipay/notify', body))
      .send(body)
    expect(response.status).toBe(200)
  })

  it('mounted on the notify path itself, verifies instead of passing an unverified body on', async () => {
    const reached: unknown[] = []
    const app = express()
      .use('/alipay/notify', alipayNotify(options))
      .use(express.json())
      .post('/alipay/notify', (req, res) => {
        reached.push(req.alipayNotification)
        sendAlipayAck(res)
      })
    const forged = await supertest(app)
      .post('/alipay/notify')
      .set(alipaySigned('/alipay/notify', body))
      .send(body.replace('1999', '1'))
    expect(forged.status).toBe(401)
    expect(reached).toEqual([])
    const genuine = await supertest(app).post('/alipay/notify').set(alipaySigned('/alipay/notify', body)).send(body)
    expect(genuine.text).toBe(NOTIFICATION_ACK)
    expect(reached).toMatchObject([{ paymentRequestId: 'order-42' }])
  })

  it('without handlers, answers 500 and no acknowledgement when the route throws', async () => {
    const app = express()
      .use(alipayNotify(options))
      .post('/alipay/notify', () => {
        throw new Error('route failed')
      })
      .use((_error: unknown, _req: express.Request, res: express.Response, _next: express.NextFunction) => {
        res.status(500).send('failed')
      })
    const response = await supertest(app).post('/alipay/notify').set(alipaySigned('/alipay/notify', body)).send(body)
    expect(response.status).toBe(500)
    expect(response.text).not.toBe(NOTIFICATION_ACK)
  })

  it('without handlers, gives the route the notification on req.alipayNotification and req.body', async () => {
    let seen: AlipayNotification | undefined
    let parsed: unknown
    const app = express()
      .use(alipayNotify(options))
      .use(express.json())
      .post('/alipay/notify', (req, res) => {
        seen = req.alipayNotification
        parsed = req.body
        sendAlipayAck(res)
      })
    const response = await supertest(app).post('/alipay/notify').set(alipaySigned('/alipay/notify', body)).send(body)
    expect(response.text).toBe(NOTIFICATION_ACK)
    expect(seen).toMatchObject({ paymentRequestId: 'order-42' })
    expect(parsed).toBe(seen)
  })

  it('getAlipay(req) says how to mount the client when it is missing', async () => {
    let error: unknown
    const app = express().get('/pay', (req, res) => {
      try {
        getAlipay(req)
      } catch (caught) {
        error = caught
      }
      res.end()
    })
    await supertest(app).get('/pay')
    expect(error).toBeInstanceOf(TypeError)
    expect(String(error)).toContain('alipayClient()')
  })

  it('reports ERR_ALIPAY_BODY_INVALID, without crashing, when Alipay hangs up mid-body', async () => {
    let reported!: (code: string) => void
    const codes = new Promise<string>((resolve) => {
      reported = resolve
    })
    const app = express().use(alipayNotify({ ...options, onNotification: () => {}, onError: (e) => reported(e.code) }))
    const server = app.listen(0, '127.0.0.1')
    await new Promise((resolve) => server.once('listening', resolve))
    try {
      const { port } = server.address() as AddressInfo
      const headers = { ...alipaySigned('/alipay/notify', body), 'content-length': String(body.length + 10) }
      const req = request({ host: '127.0.0.1', port, method: 'POST', path: '/alipay/notify', headers })
      req.on('error', () => {})
      // Hang up once the server is reading the body: earlier, it would never see the request at all.
      server.once('request', () => setImmediate(() => req.destroy()))
      req.write(body)
      expect(await codes).toBe('ERR_ALIPAY_BODY_INVALID')
    } finally {
      server.closeAllConnections()
      await new Promise((resolve) => server.close(resolve))
    }
  })
})
