import alipay, { type AlipayPluginOptions, sendAlipayAck } from '@alipay-kit/fastify'
import Fastify from 'fastify'
import { type AdapterHarness, runAdapterContract } from '../contract/adapter-contract.js'
import { overHttp } from './harness-server.js'

const harness: AdapterHarness = {
  name: 'Fastify',
  // The plugin owns the parser of its route; Fastify's JSON parser never sees a notification.
  consumingParser: false,
  isContext: (value) => typeof value === 'object' && value !== null && 'raw' in value && 'routeOptions' in value,
  async build(app) {
    // A held connection must not keep close() waiting: the contract's raw-socket cases end theirs.
    const server = Fastify({ forceCloseConnections: true })
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
    await server.listen({ port: 0, host: '127.0.0.1' })
    const address = server.server.address()
    if (address === null || typeof address === 'string') throw new Error('Fastify is not listening on a port')
    return overHttp(address.port, () => server.close())
  },
}

runAdapterContract(harness)
