import {
  ACK_REPLY,
  createNotificationHandler,
  type IncomingNotification,
  type NotificationReply,
  resolveAlipayConfig,
} from '@alipay-kit/core'
import type { Context, Middleware } from 'koa'
import { readBody } from './read-body.js'
import type { AlipayNotifyOptions } from './types.js'

/** Requests whose route called sendAlipayAck: the middleware marks them done before Koa answers. */
const acknowledged = new WeakSet<Context>()

function send(ctx: Context, reply: NotificationReply): void {
  ctx.status = reply.status
  ctx.set(reply.headers)
  ctx.body = reply.body
}

/**
 * Answers before the body was read to its end, and closes the connection: kept alive, Node would
 * read the rest of the body (up to its content-length) or wait for it, holding the socket.
 */
function refuse(ctx: Context, reply: NotificationReply): void {
  send(ctx, reply)
  ctx.set('connection', 'close')
}

/**
 * True when `self` is in the stack of the @koa/router route serving `ctx`
 * (`router.post(path, alipayNotify())`); `router.use()` layers have no methods and do not count.
 */
function onRoute(ctx: Context, self: Middleware): boolean {
  const matched: unknown = (ctx as { matched?: unknown }).matched
  if (!Array.isArray(matched)) return false
  return matched.some(
    (layer: { methods?: unknown; stack?: unknown }) =>
      Array.isArray(layer.methods) &&
      layer.methods.length > 0 &&
      Array.isArray(layer.stack) &&
      layer.stack.includes(self),
  )
}

/**
 * Koa middleware that receives Alipay notifications (docs/protocol.md §3). Mounted with `app.use(...)`
 * it serves `path` (default `/alipay/notify`, matched against `ctx.path`) and passes every other
 * request on; mounted on a @koa/router route it serves that route. It verifies the exact body
 * bytes against the full path Alipay called (`ctx.originalUrl`), so mount it before the body
 * parser (or use @koa/bodyparser, whose `rawBody` it reads).
 *
 * - With handlers (`on`, `onNotification`) it calls the one for the type with `(notification, ctx)`
 *   and acknowledges only after it resolved; a throwing handler gets a 500 and Alipay resends.
 * - Without handlers it sets `ctx.state.alipayNotification` (and, as a body parser would,
 *   `ctx.request.body`) and calls `next()`; the route answers
 *   with {@link sendAlipayAck}. A route that throws (Koa answers 500) or sets no body (404) has not
 *   acknowledged, so Alipay resends.
 *
 * Either way a notification that fails verification is answered here (400/401/405/408/413, core's
 * reply table) and never reaches a route. What the headers alone show (method, the three headers,
 * client id, request time, the Signature header, the declared size) is checked before the body is
 * read, and the body is read within `limit` bytes and `bodyTimeout` milliseconds; a request
 * refused before its body was read gets `Connection: close`. Configuration is checked now, not at
 * the first request.
 *
 * @throws {@link @alipay-kit/core!AlipayConfigError | AlipayConfigError} `ERR_ALIPAY_CONFIG_MISSING` when no `alipayPublicKey` is given
 *   and `ALIPAY_PUBLIC_KEY` is not set; `ERR_ALIPAY_OPTION_INVALID` / `ERR_ALIPAY_KEY_*` for bad options.
 * @example
 * ```ts
 * app.use(alipayNotify({ on: { PAYMENT_RESULT: (n) => orders.markPaid(n.paymentRequestId) } }))
 * app.use(bodyParser())
 * ```
 */
export function alipayNotify(options: AlipayNotifyOptions = {}): Middleware {
  const handle = createNotificationHandler<Context>(resolveAlipayConfig(options))
  const middleware: Middleware = async (ctx, next) => {
    if (ctx.path !== handle.path && !onRoute(ctx, middleware)) return next()
    const head = { method: ctx.method, url: ctx.originalUrl, headers: ctx.headers }
    // What the head alone shows is checked before a byte of the body is read (docs/protocol.md §9.11).
    const refused = handle.precheck(head)
    if (refused !== undefined) return refuse(ctx, refused)
    let incoming: IncomingNotification
    try {
      incoming = { ...head, body: await readBody(ctx, handle.limit, handle.bodyTimeout) }
    } catch (error) {
      return refuse(ctx, handle.replyForError(error, { ...head, body: '' }))
    }
    if (handle.hasHandlers) return send(ctx, await handle(incoming, ctx))
    const received = await handle.receive(incoming)
    if ('reply' in received) return send(ctx, received.reply)
    const { receipt } = received
    ctx.state.alipayNotification = receipt.verified.notification
    ctx.state.alipayDelivery = receipt.delivery
    // As a body parser would: one mounted after this one sees a parsed body and leaves the drained stream alone.
    Object.assign(ctx.request, { body: receipt.verified.notification })
    try {
      await next()
    } catch (error) {
      await receipt.abandon()
      throw error
    }
    // Koa writes the response after the middleware returns, so the claim is settled before
    // Alipay sees anything: done only when the route answered with the acknowledgement.
    if (acknowledged.has(ctx)) send(ctx, await receipt.succeed())
    else await receipt.abandon()
  }
  return middleware
}

/**
 * Answers a notification with the exact acknowledgement Alipay expects (HTTP 200 and
 * `NOTIFICATION_ACK`, docs/protocol.md §3.2), for routes behind `alipayNotify()` without handlers. Call
 * it only once the notification is processed. Before Koa writes the answer, `alipayNotify()` marks
 * the notification done in the `dedupe` store, so a resend is acknowledged without reaching the
 * route again; a route that throws or answers anything else releases the claim instead.
 *
 * @example
 * ```ts
 * router.post('/alipay/notify', async (ctx) => {
 *   await orders.record(ctx.state.alipayNotification!)
 *   sendAlipayAck(ctx)
 * })
 * ```
 */
export function sendAlipayAck(ctx: Context): void {
  acknowledged.add(ctx)
  send(ctx, ACK_REPLY)
}
