import { NOTIFICATION_ACK } from '@alipay-kit/core'
import alipay, { alipay as named } from '@alipay-kit/fastify'
import Fastify from 'fastify'
import { afterEach, describe, expect, it, vi } from 'vitest'
import {
  alipaySigned,
  body,
  CLIENT_ID,
  clearEnv,
  keys,
  merchantPrivateKey,
} from '../../../test/support/independent-alipay.js'

const notifyOnly = { alipayPublicKey: keys.publicKeyPem, clientId: CLIENT_ID }
const full = { ...notifyOnly, privateKey: merchantPrivateKey, baseUrl: 'http://127.0.0.1:9' }

afterEach(() => {
  vi.unstubAllEnvs()
})

describe('@alipay-kit/fastify on a real listening server', () => {
  it('verifies a notification signed by independent code and sent with fetch', async () => {
    const paid: string[] = []
    const app = Fastify()
    await app.register(alipay, {
      ...notifyOnly,
      notify: {
        on: {
          PAYMENT_RESULT: (n) => {
            paid.push(n.paymentRequestId)
          },
        },
      },
    })
    try {
      const address = await app.listen({ port: 0, host: '127.0.0.1' })
      const response = await fetch(`${address}/alipay/notify`, {
        method: 'POST',
        headers: alipaySigned('/alipay/notify', body),
        body,
      })
      expect(response.status).toBe(200)
      expect(await response.text()).toBe(NOTIFICATION_ACK)
      expect(paid).toEqual(['order-42'])
    } finally {
      await app.close()
    }
  })
})

describe('zero configuration from the environment', () => {
  it('fails at register time, naming ALIPAY_PUBLIC_KEY, when nothing is configured', async () => {
    clearEnv()
    const app = Fastify()
    app.register(alipay, { notify: { onNotification: () => {} } })
    await expect(app.ready()).rejects.toMatchObject({
      code: 'ERR_ALIPAY_CONFIG_MISSING',
      message: expect.stringContaining('ALIPAY_PUBLIC_KEY'),
    })
    await app.close()
  })

  it('works from the environment alone', async () => {
    clearEnv()
    vi.stubEnv('ALIPAY_PUBLIC_KEY', keys.publicKeyBase64Der)
    vi.stubEnv('ALIPAY_CLIENT_ID', CLIENT_ID)
    vi.stubEnv('ALIPAY_PRIVATE_KEY', merchantPrivateKey)
    vi.stubEnv('ALIPAY_REGION', 'EU')
    const paid: string[] = []
    const app = Fastify()
    await app.register(alipay, {
      notify: {
        on: {
          PAYMENT_RESULT: (n) => {
            paid.push(n.paymentRequestId)
          },
        },
      },
    })
    const ok = await app.inject({
      method: 'POST',
      url: '/alipay/notify',
      headers: alipaySigned('/alipay/notify', body),
      payload: body,
    })
    expect(ok.statusCode).toBe(200)
    const other = await app.inject({
      method: 'POST',
      url: '/alipay/notify',
      headers: alipaySigned('/alipay/notify', body, 'SANDBOX_OTHER'),
      payload: body,
    })
    expect(other.statusCode).toBe(401)
    expect(paid).toEqual(['order-42'])
    expect(typeof app.alipay.pay).toBe('function')
    await app.close()
  })
})

describe('Fastify specifics', () => {
  it('is one plugin under two names, named for fastify-plugin', () => {
    expect(named).toBe(alipay)
    expect((alipay as unknown as Record<symbol, unknown>)[Symbol.for('fastify.display-name')]).toBe(
      '@alipay-kit/fastify',
    )
  })

  it.each([
    ['a path without a leading slash', { ...notifyOnly, notify: { path: 'notify' } }, 'ERR_ALIPAY_OPTION_INVALID'],
    [
      'handler together with on',
      { ...notifyOnly, notify: { handler: () => 'x', onNotification: () => {} } },
      'ERR_ALIPAY_OPTION_INVALID',
    ],
    ['a malformed public key', { alipayPublicKey: 'not a key', notify: {} }, 'ERR_ALIPAY_KEY_INVALID'],
    // The route would acknowledge every verified notification with nothing run: payments lost.
    ['notify with neither handlers nor a handler', { ...notifyOnly, notify: {} }, 'ERR_ALIPAY_OPTION_INVALID'],
    ['notify with an empty on', { ...notifyOnly, notify: { on: {} } }, 'ERR_ALIPAY_OPTION_INVALID'],
    [
      'a bodyTimeout that is not a positive whole number',
      { ...notifyOnly, notify: { onNotification: () => {}, bodyTimeout: 0 } },
      'ERR_ALIPAY_OPTION_INVALID',
    ],
    ['client options without a private key', { ...notifyOnly, region: 'NA' as const }, 'ERR_ALIPAY_CONFIG_MISSING'],
  ])('rejects %s at register time', async (_name, options, code) => {
    clearEnv()
    const app = Fastify()
    app.register(alipay, options)
    await expect(app.ready()).rejects.toMatchObject({ code })
    await app.close()
  })

  it('serves notifications without a private key; the client then says what is missing', async () => {
    clearEnv()
    const app = Fastify()
    await app.register(alipay, { ...notifyOnly, notify: { onNotification: () => {} } })
    await app.ready()
    expect(() => app.alipay).toThrow(
      expect.objectContaining({
        code: 'ERR_ALIPAY_CONFIG_MISSING',
        message: expect.stringContaining('ALIPAY_PRIVATE_KEY'),
      }),
    )
    const response = await app.inject({
      method: 'POST',
      url: '/alipay/notify',
      headers: alipaySigned('/alipay/notify', body),
      payload: body,
    })
    expect(response.payload).toBe(NOTIFICATION_ACK)
    await app.close()
  })

  it('gives request.alipay the same client as fastify.alipay, and leaves alipayNotification null elsewhere', async () => {
    const app = Fastify()
    await app.register(alipay, full)
    app.get('/check', async (request) => ({
      same: request.alipay === app.alipay,
      notification: request.alipayNotification,
    }))
    const response = await app.inject({ method: 'GET', url: '/check' })
    expect(response.json()).toEqual({ same: true, notification: null })
    await app.close()
  })

  it('serves the notify route under the register prefix, and the signed path includes it', async () => {
    const seen: unknown[] = []
    const app = Fastify()
    await app.register(alipay, { ...notifyOnly, prefix: '/hooks', notify: { onNotification: (n) => seen.push(n) } })
    const headers = alipaySigned('/hooks/alipay/notify', body)
    const response = await app.inject({ method: 'POST', url: '/hooks/alipay/notify', headers, payload: body })
    expect(response.statusCode).toBe(200)
    expect(response.body).toBe(NOTIFICATION_ACK)
    expect(seen).toHaveLength(1)
    const unprefixed = await app.inject({ method: 'POST', url: '/alipay/notify', headers, payload: body })
    expect(unprefixed.statusCode).toBe(404)
    await app.close()
  })

  it('verifies a notification that arrives without a content type', async () => {
    const seen: unknown[] = []
    const app = Fastify()
    await app.register(alipay, {
      ...notifyOnly,
      notify: {
        onNotification: (n) => {
          seen.push(n)
        },
      },
    })
    const { 'content-type': _, ...headers } = alipaySigned('/alipay/notify', body)
    const response = await app.inject({ method: 'POST', url: '/alipay/notify', headers, payload: body })
    expect(response.statusCode).toBe(200)
    expect(seen).toHaveLength(1)
    await app.close()
  })

  it('without handlers: a notify.handler that throws reaches the app error handler (500, no acknowledgement)', async () => {
    const app = Fastify()
    await app.register(alipay, {
      ...notifyOnly,
      notify: {
        handler: async () => {
          throw new Error('route failed')
        },
      },
    })
    const response = await app.inject({
      method: 'POST',
      url: '/alipay/notify',
      headers: alipaySigned('/alipay/notify', body),
      payload: body,
    })
    expect(response.statusCode).toBe(500)
    expect(response.payload).not.toBe(NOTIFICATION_ACK)
    await app.close()
  })
})

describe('getAlipay(request)', () => {
  it('returns the client request.alipay holds, and throws the coded error when the plugin serves notifications only', async () => {
    const { default: Fastify } = await import('fastify')
    const { alipay: plugin, getAlipay } = await import('@alipay-kit/fastify')
    const withClient = Fastify()
    await withClient.register(plugin, full)
    withClient.get('/same', async (request) => ({
      same: getAlipay(request) === request.alipay,
      hasPay: typeof getAlipay(request).pay,
    }))
    expect((await withClient.inject({ url: '/same' })).json()).toEqual({ same: true, hasPay: 'function' })
    await withClient.close()

    const notifyOnly = Fastify()
    await notifyOnly.register(plugin, { ...full, privateKey: undefined, notify: { onNotification: () => {} } })
    notifyOnly.get('/client', async (request) => {
      try {
        getAlipay(request)
        return { code: 'none' }
      } catch (error) {
        return { code: (error as { code?: string }).code }
      }
    })
    expect((await notifyOnly.inject({ url: '/client' })).json()).toEqual({ code: 'ERR_ALIPAY_CONFIG_MISSING' })
    await notifyOnly.close()
  })
})
