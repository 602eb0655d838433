import alipay, { type AlipayPluginOptions, sendAlipayAck } from '@alipay-kit/fastify'
import Fastify, { type FastifyInstance } from 'fastify'
import { type AdapterHarness, runAdapterContract, type TestServer } from '../contract/adapter-contract.js'

function injector(app: FastifyInstance): TestServer {
  return {
    async request({ method = 'POST', url, headers = {}, body }) {
      const response = await app.inject({
        method: method as 'POST',
        url,
        headers,
        ...(body === undefined ? {} : { payload: body }),
      })
      return { status: response.statusCode, headers: response.headers, body: response.payload }
    },
    close: () => app.close(),
  }
}

const harness: AdapterHarness = {
  name: 'Fastify',
  // The plugin owns the parser of its route; Fastify's JSON parser never sees a notification.
  consumingParser: false,
  isContext: (value) => typeof value === 'object' && value !== null && 'raw' in value && 'routeOptions' in value,
  async build(app) {
    const server = Fastify()
    const options: AlipayPluginOptions = {
      ...app.config,
      notify: {
        ...app.notify,
        ...(app.mount === 'route' ? { path: '/pay/notify' } : {}),
        ...(app.route === undefined
          ? {}
          : {
              handler: async (request, reply) => {
                await app.route?.(request.alipayNotification)
                return sendAlipayAck(reply)
              },
            }),
      },
    }
    if (app.mount === 'prefix') {
      await server.register(
        async (shop) => {
          await shop.register(alipay, options)
        },
        { prefix: '/shop' },
      )
    } else {
      await server.register(alipay, options)
    }
    // parserFirst: Fastify's own JSON parser is always there, on every route but the plugin's.
    server.post('/echo', async (request) => ({ received: request.body }))
    server.get('/client', async (request) => {
      app.onClient?.(request.alipay)
      return { ok: true }
    })
    await server.ready()
    return injector(server)
  },
}

runAdapterContract(harness)
