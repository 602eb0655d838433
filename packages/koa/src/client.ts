import { type AlipayClient, createAlipayClient, resolveAlipayClientConfig } from '@alipay-kit/core'
import type { Context, Middleware } from 'koa'
import type { AlipayClientMiddlewareOptions } from './types.js'

/** The middleware `alipayClient()` returns; its `client` serves code outside requests (jobs, scripts). */
export type AlipayClientMiddleware = Middleware & {
  /** The client the middleware puts on each request, for code outside requests (jobs, scripts). */
  readonly client: AlipayClient
}

/**
 * Koa middleware that puts the authenticated Alipay API client on `ctx.alipay`. The client is
 * created once, here, with its keys imported once; every request shares it. Unlike
 * `alipayNotify()`, it needs the private key: a merchant who only receives notifications does not
 * mount it.
 *
 * @throws {@link @alipay-kit/core!AlipayConfigError | AlipayConfigError} `ERR_ALIPAY_CONFIG_MISSING` naming each absent setting and
 *   its variable (`ALIPAY_CLIENT_ID`, `ALIPAY_PRIVATE_KEY`, `ALIPAY_PUBLIC_KEY`, `ALIPAY_REGION`
 *   or `ALIPAY_BASE_URL`); other `AlipayConfigError`s for malformed options.
 * @example
 * ```ts
 * app.use(alipayClient())
 * router.post('/checkout', async (ctx) => {
 *   ctx.body = (await getAlipay(ctx).pay({ ... })).response
 * })
 * ```
 */
export function alipayClient(options: AlipayClientMiddlewareOptions = {}): AlipayClientMiddleware {
  const client = createAlipayClient(resolveAlipayClientConfig(options))
  const middleware: Middleware = (ctx, next) => {
    ctx.alipay = client
    return next()
  }
  return Object.assign(middleware, { client })
}

/**
 * The API client `alipayClient()` put on the context.
 *
 * @throws TypeError when `alipayClient()` is not mounted before this middleware.
 * @example
 * ```ts
 * const outcome = await getAlipay(ctx).inquiryPayment({ paymentRequestId })
 * ```
 */
export function getAlipay(ctx: Context): AlipayClient {
  if (ctx.alipay === undefined) {
    throw new TypeError('ctx.alipay is not set: mount app.use(alipayClient()) before this middleware')
  }
  return ctx.alipay
}
