import type { AlipayClient } from '@alipay-kit/core'
import type { FastifyRequest } from 'fastify'

/**
 * The API client the plugin put on the request: the same accessor as `getAlipay(req)` in
 * `@alipay-kit/express` and `getAlipay(ctx)` in `@alipay-kit/koa`, so code reads alike in all three.
 * `request.alipay` is the same client.
 *
 * @throws {@link @alipay-kit/core!AlipayConfigError | AlipayConfigError} `ERR_ALIPAY_CONFIG_MISSING`
 *   when the plugin was registered for notifications only (no private key).
 * @example
 * ```ts
 * app.post('/checkout', async (request) => (await getAlipay(request).pay(order)).response)
 * ```
 */
export function getAlipay(request: FastifyRequest): AlipayClient {
  return request.alipay
}
