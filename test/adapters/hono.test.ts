import type { AddressInfo } from 'node:net'
import { alipayClient, alipayNotify, sendAlipayAck } from '@alipay-kit/hono'
import { type ServerType, serve } from '@hono/node-server'
import { type Handler, Hono, type MiddlewareHandler } from 'hono'
import { type AdapterHarness, type ContractApp, runAdapterContract } from '../contract/adapter-contract.js'
import { overHttp } from './harness-server.js'

/**
 * Body readers mounted first: Hono's own `c.req.json()` keeps the text it parsed (its body cache),
 * so the consuming kind reads the raw Request and keeps only the object, as a hand-written or
 * third-party parser may.
 */
function parserFirst(kind: ContractApp['parserFirst']): MiddlewareHandler[] {
  if (kind === 'keeps-raw') {
    return [
      async (c, next) => {
        if (c.req.method === 'POST') await c.req.text()
        await next()
      },
    ]
  }
  if (kind === 'consumes') {
    return [
      async (c, next) => {
        if (c.req.header('content-type')?.includes('json')) c.set('parsed' as never, (await c.req.raw.json()) as never)
        await next()
      },
    ]
  }
  return []
}

const harness: AdapterHarness = {
  name: 'Hono',
  consumingParser: true,
  isContext: (value) => typeof value === 'object' && value !== null && 'req' in value && 'var' in value,
  async build(app) {
    const server = new Hono()
    const notify = alipayNotify({ ...app.config, ...app.notify } as Parameters<typeof alipayNotify>[0])
    // The app's own route behind the middleware, when there are no handlers.
    const route: Handler | undefined =
      app.route === undefined
        ? undefined
        : async (c) => {
            await app.route?.(c.get('alipayNotification'))
            return sendAlipayAck(c)
          }
    const notifyPath = app.notify.path ?? '/alipay/notify'
    for (const parser of parserFirst(app.parserFirst)) server.use(parser)
    if (app.onClient !== undefined) server.use(alipayClient(app.config as Parameters<typeof alipayClient>[0]))
    if (app.mount === 'route') {
      if (route === undefined) server.post('/pay/notify', notify)
      else server.post('/pay/notify', notify, route)
    } else if (app.mount === 'prefix') {
      const shop = new Hono()
      shop.use(notify)
      if (route !== undefined) shop.post(notifyPath, route)
      server.route('/shop', shop)
    } else {
      server.use(notify)
      if (route !== undefined) server.post(notifyPath, route)
    }
    server.post('/echo', async (c) => c.json({ received: c.get('parsed' as never) ?? (await c.req.json()) }))
    server.get('/client', (c) => {
      app.onClient?.(c.var.alipay)
      return c.json({ ok: true })
    })
    const listening = await new Promise<ServerType>((resolve) => {
      const s = serve({ fetch: server.fetch, port: 0, hostname: '127.0.0.1' }, () => resolve(s))
    })
    const { port } = listening.address() as AddressInfo
    return overHttp(
      port,
      () =>
        new Promise<void>((resolve, reject) => {
          ;(listening as { closeAllConnections?: () => void }).closeAllConnections?.()
          listening.close((error) => (error ? reject(error) : resolve()))
        }),
    )
  },
}

runAdapterContract(harness)
