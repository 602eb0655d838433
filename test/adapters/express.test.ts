import { alipayClient, alipayNotify, sendAlipayAck } from '@alipay-kit/express'
import express, { type Request, type RequestHandler } from 'express'
import { type AdapterHarness, type ContractApp, runAdapterContract } from '../contract/adapter-contract.js'
import { listen } from './harness-server.js'

function parserFirst(kind: ContractApp['parserFirst']): RequestHandler[] {
  if (kind === 'keeps-raw') {
    // body-parser's verify hook: the common way to keep the bytes next to the parsed object.
    return [
      express.json({
        verify: (req, _res, buf) => {
          Object.assign(req, { rawBody: buf })
        },
      }),
    ]
  }
  return kind === 'consumes' ? [express.json()] : []
}

const harness: AdapterHarness = {
  name: 'Express',
  consumingParser: true,
  isContext: (value) => typeof value === 'object' && value !== null && 'originalUrl' in value && 'res' in value,
  async build(app) {
    const server = express()
    const notify = alipayNotify({ ...app.config, ...app.notify })
    const route: RequestHandler[] =
      app.route === undefined
        ? []
        : [
            // Express 4 and 5 alike: a rejected route reaches the error handler through next.
            (req, res, next) => {
              Promise.resolve(app.route?.(req.alipayNotification))
                .then(() => sendAlipayAck(res))
                .catch(next)
            },
          ]
    for (const parser of parserFirst(app.parserFirst)) server.use(parser)
    if (app.onClient !== undefined) server.use(alipayClient(app.config))
    if (app.mount === 'route') {
      server.post('/pay/notify', notify, ...route)
    } else if (app.mount === 'prefix') {
      const shop = express.Router()
      shop.use(notify)
      if (route.length > 0) shop.post(app.notify.path ?? '/alipay/notify', ...route)
      server.use('/shop', shop)
    } else {
      server.use(notify)
      if (route.length > 0) server.post(app.notify.path ?? '/alipay/notify', ...route)
    }
    server.use(express.json())
    server.post('/echo', (req: Request, res) => {
      res.json({ received: req.body })
    })
    server.get('/client', (req, res) => {
      app.onClient?.(req.alipay)
      res.json({ ok: true })
    })
    return listen(server)
  },
}

runAdapterContract(harness)
