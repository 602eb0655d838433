import { alipayClient, alipayNotify, sendAlipayAck } from '@alipay-kit/koa'
import { bodyParser } from '@koa/bodyparser'
import Router from '@koa/router'
import Koa, { type Middleware } from 'koa'
import { type AdapterHarness, type ContractApp, runAdapterContract } from '../contract/adapter-contract.js'
import { listen } from './harness-server.js'

/** A parser in the style of koa-body: it reads the stream and keeps only the parsed object. */
const consumingParser: Middleware = async (ctx, next) => {
  if (ctx.is('application/json')) {
    const chunks: Buffer[] = []
    for await (const chunk of ctx.req) chunks.push(chunk as Buffer)
    ctx.request.body = JSON.parse(Buffer.concat(chunks).toString('utf8'))
  }
  await next()
}

function parserFirst(kind: ContractApp['parserFirst']): Middleware[] {
  // @koa/bodyparser keeps the text it parsed in ctx.request.rawBody.
  if (kind === 'keeps-raw') return [bodyParser()]
  return kind === 'consumes' ? [consumingParser] : []
}

const harness: AdapterHarness = {
  name: 'Koa',
  consumingParser: true,
  isContext: (value) => typeof value === 'object' && value !== null && 'request' in value && 'state' in value,
  async build(app) {
    const server = new Koa()
    const router = new Router()
    const notify = alipayNotify({ ...app.config, ...app.notify })
    const route: Middleware[] =
      app.route === undefined
        ? []
        : [
            async (ctx) => {
              await app.route?.(ctx.state.alipayNotification)
              sendAlipayAck(ctx)
            },
          ]
    for (const parser of parserFirst(app.parserFirst)) server.use(parser)
    if (app.onClient !== undefined) server.use(alipayClient(app.config))
    if (app.mount === 'route') {
      router.post('/pay/notify', notify, ...route)
    } else if (app.mount === 'prefix') {
      // Koa has no mount of its own: the router's prefix is the usual way to serve a part under /shop.
      const shop = new Router({ prefix: '/shop' })
      shop.post(app.notify.path ?? '/alipay/notify', notify, ...route)
      server.use(shop.routes())
    } else {
      server.use(notify)
      if (route.length > 0) router.post(app.notify.path ?? '/alipay/notify', ...route)
    }
    server.use(bodyParser())
    router.post('/echo', (ctx) => {
      ctx.body = { received: ctx.request.body }
    })
    router.get('/client', (ctx) => {
      app.onClient?.(ctx.alipay)
      ctx.body = { ok: true }
    })
    server.use(router.routes())
    return listen(server.callback())
  },
}

runAdapterContract(harness)
