import { ACK_REPLY, type NotificationReply } from '@alipay-kit/core/web'
import { createWebEndpoint, toResponse } from '@alipay-kit/web'
import type { Context, MiddlewareHandler } from 'hono'
import type { AlipayHonoEnv, AlipayHonoNotifyOptions } from './types.js'

/** Contexts whose route called sendAlipayAck: the middleware marks them done after the route. */
const acknowledged = new WeakSet<Context>()

/**
 * The prefix of the mount when the middleware runs under `app.use()` (a route path ending in `*`),
 * or `undefined` when it runs on a route of its own.
 */
function mountPrefix(routePath: string): string | undefined {
  if (!routePath.endsWith('*')) return undefined
  return routePath.slice(0, -1).replace(/\/$/, '')
}

/**
 * The bytes a body reader before this middleware kept: Hono caches what `c.req.text()` or
 * `c.req.arrayBuffer()` read. A cache holding only parsed JSON would be re-serialised by Hono:
 * never verify that (style.md principle 2), refuse with `ERR_ALIPAY_BODY_CONSUMED` instead.
 */
async function keptBytes(c: Context): Promise<Request> {
  const cache = c.req.bodyCache as { arrayBuffer?: Promise<ArrayBuffer>; text?: Promise<string> }
  const kept = cache.arrayBuffer ?? cache.text
  if (kept === undefined) return c.req.raw
  return new Request(c.req.raw.url, { method: c.req.method, headers: c.req.raw.headers, body: await kept })
}

/**
 * Hono middleware that receives Alipay notifications (docs/protocol.md §3), on every runtime Hono
 * runs on: the Web package's endpoint (WebCrypto, keys through jose) with core's rules. Mounted
 * with `app.use()` it serves `path` under the mount's prefix and passes every other request on;
 * mounted on a route it serves that route. It verifies the exact body bytes against the path as
 * sent (a percent-encoded variant of it is another path: 404), so mount it before anything that
 * parses the body as JSON (a reader that kept the text or bytes is fine).
 *
 * - With handlers (`on`, `onNotification`) it calls the one for the type with `(notification, c)`
 *   and acknowledges only after it resolved; a throwing handler gets a 500 and Alipay resends.
 * - Without handlers it sets `c.var.alipayNotification` and calls `next()`; the route answers with
 *   {@link sendAlipayAck}. A route that fails or answers otherwise has not acknowledged.
 *
 * Refusals come from core's status table, coded; a head that fails the pre-checks is answered
 * before the body is read, with `Connection: close`.
 *
 * @throws {@link @alipay-kit/core!AlipayConfigError | AlipayConfigError} for a missing key or a malformed option.
 * @example
 * ```ts
 * const app = new Hono()
 * app.use(alipayNotify({
 *   alipayPublicKey: ALIPAY_PUBLIC_KEY,
 *   on: { PAYMENT_RESULT: (n, c) => orders.markPaid(n.paymentRequestId) },
 * }))
 * ```
 */
export function alipayNotify(options: AlipayHonoNotifyOptions): MiddlewareHandler<AlipayHonoEnv> {
  const endpoint = createWebEndpoint<Context>(options)
  const { handle } = endpoint
  return async (c, next) => {
    const url = new URL(c.req.url)
    const prefix = mountPrefix(c.req.routePath)
    // The path as sent, not Hono's decoded one: /alipay/%6Eotify is not the notify path (issue 9).
    if (prefix !== undefined && url.pathname !== prefix + handle.path) return next()
    if (prefix === undefined && url.pathname !== c.req.path) return c.notFound()
    const read = await endpoint.read(await keptBytes(c), url.pathname + url.search)
    if ('reply' in read) return toResponse(read.reply, read.early)
    if (handle.hasHandlers) return toResponse(await handle(read.incoming, c))
    const received = await handle.receive(read.incoming)
    if ('reply' in received) return toResponse(received.reply)
    const { receipt } = received
    c.set('alipayNotification', receipt.verified.notification)
    c.set('alipayDelivery', receipt.delivery)
    await next()
    // Hono turned a failing route into its error response already (c.error); only the route's own
    // acknowledgement marks the notification done.
    if (acknowledged.has(c) && c.error === undefined) {
      const reply: NotificationReply = await receipt.succeed()
      c.res = toResponse(reply)
    } else {
      await receipt.abandon()
    }
  }
}

/**
 * Answers a notification with the exact acknowledgement Alipay expects (HTTP 200 and
 * `NOTIFICATION_ACK`, docs/protocol.md §3.2), for routes behind `alipayNotify()` without handlers.
 * Call it only once the notification is processed; the middleware then marks it done.
 *
 * @example
 * ```ts
 * app.post('/alipay/notify', async (c) => {
 *   await orders.record(c.var.alipayNotification)
 *   return sendAlipayAck(c)
 * })
 * ```
 */
export function sendAlipayAck(c: Context): Response {
  acknowledged.add(c)
  return toResponse(ACK_REPLY)
}
