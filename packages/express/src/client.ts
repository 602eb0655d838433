import { type AlipayClient, createAlipayClient, resolveAlipayClientConfig } from '@alipay-kit/core'
import type { Request, RequestHandler } from 'express'
import type { AlipayClientMiddlewareOptions } from './types.js'

/** The middleware `alipayClient()` returns; its `client` serves code outside requests (jobs, scripts). */
export type AlipayClientMiddleware = RequestHandler & {
  /** The client the middleware puts on each request, for code outside requests (jobs, scripts). */
  readonly client: AlipayClient
}

/**
 * Express middleware that puts the authenticated Alipay API client on `req.alipay`. The client is
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
 * // try/catch + next(error): Express 4 ignores a rejected promise (see getAlipay).
 * app.post('/checkout', async (req, res, next) => {
 *   try {
 *     const outcome = await getAlipay(req).pay({ ... })
 *     res.json(outcome.response)
 *   } catch (error) {
 *     next(error)
 *   }
 * })
 * ```
 */
export function alipayClient(options: AlipayClientMiddlewareOptions = {}): AlipayClientMiddleware {
  const client = createAlipayClient(resolveAlipayClientConfig(options))
  const middleware: RequestHandler = (req, _res, next) => {
    req.alipay = client
    next()
  }
  return Object.assign(middleware, { client })
}

/**
 * The API client `alipayClient()` put on the request.
 *
 * Its calls reject on a failed call (`AlipayApiError` for a result F, `AlipayTransportError` when
 * Alipay cannot be reached). In an async route, hand that to `next(error)`: Express 5 does it for
 * you, but Express 4 ignores the promise a route returns, so a rejection there is unhandled, which
 * ends the Node process by default, and the request never gets an answer. The try/catch below is
 * safe on both.
 *
 * @throws TypeError when `alipayClient()` is not mounted before the route.
 * @example
 * ```ts
 * app.get('/orders/:id/status', async (req, res, next) => {
 *   try {
 *     const outcome = await getAlipay(req).inquiryPayment({ paymentRequestId: req.params.id })
 *     res.json({ status: outcome.status, paymentStatus: outcome.response.paymentStatus })
 *   } catch (error) {
 *     next(error) // to your error handler; isAlipayError(error) tells Alipay's coded errors apart
 *   }
 * })
 * ```
 */
export function getAlipay(req: Request): AlipayClient {
  if (req.alipay === undefined) {
    throw new TypeError('req.alipay is not set: mount app.use(alipayClient()) before this route')
  }
  return req.alipay
}
