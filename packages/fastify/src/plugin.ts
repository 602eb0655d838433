import {
  type AlipayClient,
  AlipayConfigError,
  createAlipayClient,
  resolveAlipayClientConfig,
  resolveAlipayConfig,
} from '@alipay-kit/core'
import type { FastifyPluginAsync } from 'fastify'
import fp from 'fastify-plugin'
import { notifyRoute } from './notify-route.js'
import type { AlipayPluginOptions } from './types.js'

const plugin: FastifyPluginAsync<AlipayPluginOptions> = async (fastify, options) => {
  const { notify, ...shared } = options
  const config = resolveAlipayConfig(shared)
  // A merchant who only receives notifications needs no private key; anyone else gets the client.
  const client: AlipayClient | undefined =
    notify === undefined || config.privateKey !== undefined
      ? createAlipayClient(resolveAlipayClientConfig(shared))
      : undefined
  const getClient = (): AlipayClient => {
    if (client !== undefined) return client
    throw new AlipayConfigError(
      'ERR_ALIPAY_CONFIG_MISSING',
      'The Alipay API client needs privateKey (ALIPAY_PRIVATE_KEY: your merchant private key); this app registered @alipay-kit/fastify for notifications only',
    )
  }
  fastify.decorate('alipay', { getter: getClient })
  fastify.decorateRequest('alipay', { getter: getClient })
  fastify.decorateRequest('alipayNotification', null)
  fastify.decorateRequest('alipayDelivery', null)
  if (notify !== undefined) {
    // fastify-plugin shares this scope with the parent, so Fastify drops the register `prefix`;
    // hand it to the (encapsulated) notify route, which does honour it.
    const { prefix } = options as { readonly prefix?: string }
    await fastify.register(notifyRoute, {
      ...notify,
      ...(prefix === undefined ? {} : { prefix }),
      alipayPublicKey: config.alipayPublicKey,
      clientId: config.clientId,
    })
  }
}

/**
 * Fastify plugin for Alipay global (docs/protocol.md): decorates `fastify.alipay` and `request.alipay`
 * with the authenticated API client (created once), and with `notify` serves notifications on
 * `notify.path` (default `/alipay/notify`, under the register prefix). Only that route reads raw
 * bytes; every other route keeps Fastify's JSON parsing. Options, keys and environment variables
 * are checked at register time, so a missing setting fails `ready()`, not the first request.
 *
 * With `notify` and no private key configured the plugin serves notifications only, and reading
 * `fastify.alipay` throws `ERR_ALIPAY_CONFIG_MISSING` naming `ALIPAY_PRIVATE_KEY`. Without
 * `notify`, the client settings are required.
 *
 * @example
 * ```ts
 * await fastify.register(alipay, {
 *   notify: { on: { PAYMENT_RESULT: (n, request) => orders.markPaid(n.paymentRequestId) } },
 * })
 * fastify.post('/checkout', async (request) => (await request.alipay.pay({ ... })).response)
 * ```
 */
export const alipay = fp(plugin, { name: '@alipay-kit/fastify', fastify: '5.x' })
