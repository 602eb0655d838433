import type { AlipayClientOptions } from '@alipay-kit/core/web'
import { createAlipayClient } from '@alipay-kit/web'
import type { MiddlewareHandler } from 'hono'
import type { AlipayHonoEnv } from './types.js'

/**
 * Hono middleware that puts one API client, created now on fetch and WebCrypto, on every request's
 * context: `c.get('alipay')` or `c.var.alipay`, typed through Hono's variables.
 *
 * @throws {@link @alipay-kit/core!AlipayConfigError | AlipayConfigError} for a missing or malformed option.
 * @example
 * ```ts
 * app.use(alipayClient({ clientId, privateKey, alipayPublicKey, region: 'SEA' }))
 * app.post('/checkout', async (c) => c.json(await c.var.alipay.pay({ ... })))
 * ```
 */
export function alipayClient(options: AlipayClientOptions): MiddlewareHandler<AlipayHonoEnv> {
  const client = createAlipayClient(options)
  return async (c, next) => {
    c.set('alipay', client)
    await next()
  }
}
