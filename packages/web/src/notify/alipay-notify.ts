import { AlipayConfigError, type NotificationHandlerOptions } from '@alipay-kit/core/web'
import { createWebEndpoint, toResponse } from './endpoint.js'

/** Options of {@link alipayNotify}: core's notification options, handlers receiving the `Request`. */
export interface AlipayWebNotifyOptions extends NotificationHandlerOptions<Request> {
  /**
   * Serve only this path and answer 404 to any other, for a fetch handler that receives every
   * request (a Worker's `fetch`, `Bun.serve`, `Deno.serve`). Without it every request handed over
   * is taken as a notification: the route (Next.js, Hono) decides the path.
   */
  readonly path?: string
}

/** The fetch handler {@link alipayNotify} returns. */
export interface AlipayFetchHandler {
  (request: Request): Promise<Response>
  /** Resolves once the keys are imported; rejects with the key's `ERR_ALIPAY_KEY_*` error. Await it at startup to fail fast. */
  readonly ready: Promise<void>
}

/**
 * A notification endpoint for any runtime with `Request`, `Response` and WebCrypto: Cloudflare
 * Workers, Vercel Edge and Node functions, Next.js route handlers, Deno, Bun (issue 11). The same
 * rules as the Node adapters, from the same core code: the head checked before the body is read
 * (§9.11), the body read within `limit` bytes and `bodyTimeout` ms, the exact bytes verified over
 * the path Alipay called (or `publicPath`) with WebCrypto, the request-time window, the
 * exactly-once claim in `dedupe` (default: in memory, this isolate only), the handler for the type
 * called with `(notification, request, delivery)`, and the acknowledgement only after it resolved.
 * Refusals come from core's status table (400/401/405/408/413/500/503), coded.
 *
 * Options are checked now; keys are imported through jose once, starting now (`ready`).
 *
 * @throws {@link @alipay-kit/core!AlipayConfigError | AlipayConfigError} for a missing key or handler, or a malformed option.
 * @example
 * ```ts
 * // app/alipay/notify/route.ts (Next.js)
 * export const POST = alipayNotify({
 *   alipayPublicKey: process.env.ALIPAY_PUBLIC_KEY!,
 *   on: { PAYMENT_RESULT: (n) => orders.markPaid(n.paymentRequestId) },
 * })
 * ```
 */
export function alipayNotify(options: AlipayWebNotifyOptions): AlipayFetchHandler {
  if (options === null || typeof options !== 'object') throw new TypeError('alipayNotify: expected an options object')
  if (options.on === undefined && options.onNotification === undefined) {
    // Nothing could ever process a notification: say so now, not with a 500 per delivery.
    throw new AlipayConfigError(
      'ERR_ALIPAY_OPTION_INVALID',
      'on / onNotification: alipayNotify() needs a handler, e.g. { on: { PAYMENT_RESULT: (n) => ... } }',
    )
  }
  const endpoint = createWebEndpoint<Request>(options)
  const only = options.path
  const fetchHandler = async (request: Request): Promise<Response> => {
    const url = new URL(request.url)
    if (only !== undefined && url.pathname !== only) return new Response('Not Found', { status: 404 })
    const read = await endpoint.read(request, url.pathname + url.search)
    if ('reply' in read) return toResponse(read.reply, read.early)
    return toResponse(await endpoint.handle(read.incoming, request))
  }
  return Object.assign(fetchHandler, { ready: endpoint.ready })
}
