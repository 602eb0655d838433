import { createPrivateKey, sign } from 'node:crypto'
import { readFileSync } from 'node:fs'
import type { AddressInfo } from 'node:net'
import { type AlipayNotification, NOTIFICATION_ACK } from '@alipay-kit/core'
import { alipayNotify, sendAlipayAck } from '@alipay-kit/express'
import type { ErrorRequestHandler, Express, RequestHandler } from 'express'
import express4 from 'express4'
import { afterEach, describe, expect, it } from 'vitest'
import { rawRequest } from '../../../test/contract/raw-http.js'

// The peer range includes Express 4 (body-parser 1.x, and no handling of a middleware's promise).

const { keys } = JSON.parse(
  readFileSync(new URL('../../core/test/fixtures/vectors.json', import.meta.url), 'utf8'),
) as { keys: { publicKeyPem: string; privateKeyPkcs8Pem: string } }
const CLIENT_ID = 'SANDBOX_5YEZ2N2ZWBJ000001'
const config = { alipayPublicKey: keys.publicKeyPem, clientId: CLIENT_ID }

const body = JSON.stringify({
  notifyType: 'PAYMENT_RESULT',
  result: { resultCode: 'SUCCESS', resultStatus: 'S', resultMessage: 'success' },
  paymentRequestId: 'order-4',
  paymentAmount: { currency: 'USD', value: '1999' },
})

/** Signed as Alipay signs (docs/protocol.md §1), with node:crypto alone. */
function alipaySigned(path: string): Record<string, string> {
  const time = String(Date.now())
  const data = Buffer.from(`POST ${path}\n${CLIENT_ID}.${time}.${body}`)
  const signature = sign('sha256', data, createPrivateKey(keys.privateKeyPkcs8Pem)).toString('base64')
  return {
    'content-type': 'application/json; charset=UTF-8',
    'client-id': CLIENT_ID,
    'request-time': time,
    signature: `algorithm=RSA256,keyVersion=1,signature=${encodeURIComponent(signature)}`,
  }
}

const servers: Array<{ close(): void; closeAllConnections(): void }> = []
afterEach(() => {
  for (const server of servers.splice(0)) {
    server.closeAllConnections()
    server.close()
  }
})

async function post(app: Express): Promise<{ status: number; text: string }> {
  const server = app.listen(0, '127.0.0.1')
  servers.push(server)
  await new Promise((resolve) => server.once('listening', resolve))
  const { port } = server.address() as AddressInfo
  const response = await fetch(`http://127.0.0.1:${port}/alipay/notify`, {
    method: 'POST',
    headers: alipaySigned('/alipay/notify'),
    body,
  })
  return { status: response.status, text: await response.text() }
}

describe('@alipay-kit/express on Express 4', () => {
  it('without handlers, reaches the route past an express.json() mounted after it (the documented order)', async () => {
    const routed: Array<AlipayNotification | undefined> = []
    const app = express4()
    app.use(alipayNotify(config))
    app.use(express4.json()) // body-parser 1.x: it would read the drained stream unless told the body is parsed
    app.post('/alipay/notify', (req, res) => {
      routed.push(req.alipayNotification)
      sendAlipayAck(res)
    })
    const response = await post(app)
    expect(response.status).toBe(200)
    expect(response.text).toBe(NOTIFICATION_ACK)
    expect(routed).toHaveLength(1)
    expect(routed[0]).toMatchObject({ paymentRequestId: 'order-4' })
  })

  it('hands a reply that cannot be sent to next(), never to an unhandled rejection', async () => {
    const unhandled: unknown[] = []
    const onUnhandled = (reason: unknown) => unhandled.push(reason)
    process.on('unhandledRejection', onUnhandled)
    const errors: unknown[] = []
    const app = express4()
    // A request timeout in the style of connect-timeout: it answers while the handler still runs.
    const answerFirst: RequestHandler = (_req, res, next) => {
      const timer = setTimeout(() => res.status(503).end(), 20)
      res.once('close', () => clearTimeout(timer))
      next()
    }
    app.use(answerFirst)
    app.use(
      alipayNotify({ ...config, on: { PAYMENT_RESULT: () => new Promise((resolve) => setTimeout(resolve, 100)) } }),
    )
    const recordError: ErrorRequestHandler = (error, _req, _res, next) => {
      errors.push(error)
      next(error)
    }
    app.use(recordError)
    try {
      const response = await post(app)
      expect(response.status).toBe(503)
      await expect.poll(() => errors.length, { timeout: 10_000 }).toBe(1) // the handler's reply came after the 503
      expect(unhandled).toEqual([])
      expect(errors).toEqual([expect.objectContaining({ code: 'ERR_HTTP_HEADERS_SENT' })])
    } finally {
      process.off('unhandledRejection', onUnhandled)
    }
  })

  it('answers a failing head before its body, and 408 to a body held past bodyTimeout', async () => {
    const seen: unknown[] = []
    const app = express4()
    app.use(alipayNotify({ ...config, bodyTimeout: 200, onError: () => {}, onNotification: (n) => void seen.push(n) }))
    const server = app.listen(0, '127.0.0.1')
    servers.push(server)
    await new Promise((resolve) => server.once('listening', resolve))
    const { port } = server.address() as AddressInfo
    const headers = { ...alipaySigned('/alipay/notify'), 'content-length': String(Buffer.byteLength(body)) }
    const otherClient = await rawRequest(port, { path: '/alipay/notify', headers: { ...headers, 'client-id': 'X' } })
    expect(otherClient.status).toBe(401)
    expect(otherClient.headers.connection).toBe('close')
    const held = await rawRequest(port, { path: '/alipay/notify', headers, body: body.slice(0, 10) })
    expect(held.status).toBe(408)
    expect(JSON.parse(held.body)).toMatchObject({ result: { resultCode: 'ERR_ALIPAY_BODY_TIMEOUT' } })
    expect(seen).toEqual([])
  })
})
