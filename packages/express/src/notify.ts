import {
  ACK_REPLY,
  createNotificationHandler,
  type IncomingNotification,
  type NotificationReceipt,
  type NotificationReply,
  resolveAlipayConfig,
} from '@alipay-kit/core'
import type { NextFunction, Request, RequestHandler, Response } from 'express'
import { readBody } from './read-body.js'
import type { AlipayNotifyOptions } from './types.js'

/** The claims held by routes that process notifications themselves, until sendAlipayAck settles them. */
const receipts = new WeakMap<Response, NotificationReceipt>()

function send(res: Response, reply: NotificationReply): void {
  res.status(reply.status).set(reply.headers).send(reply.body)
}

/**
 * Answers before the body was read to its end, and closes the connection: kept alive, Node would
 * read the rest of the body (up to its content-length) or wait for it, holding the socket.
 */
function refuse(res: Response, reply: NotificationReply): void {
  res.status(reply.status).set(reply.headers).set('connection', 'close').send(reply.body)
}

/**
 * True when `req` is for `path`: relative to where the middleware is mounted
 * (`app.use('/shop', alipayNotify())` serves `/shop/alipay/notify`), or as the whole mount path
 * (`app.use('/alipay/notify', alipayNotify())`, where `req.path` is `/`), so that mounting it on
 * the notify path itself never lets a notification through unverified.
 */
function forPath(req: Request, path: string): boolean {
  return req.path === path || (req.path === '/' && req.baseUrl === path)
}

/** True when `self` was mounted on the route serving `req` (`app.post(path, alipayNotify())`). */
function onRoute(req: Request, self: RequestHandler): boolean {
  const stack: unknown = req.route?.stack
  return Array.isArray(stack) && stack.some((layer: { handle?: unknown }) => layer.handle === self)
}

/**
 * Express middleware that receives Alipay notifications (docs/protocol.md §3). Mounted with
 * `app.use(...)` it serves `path` (default `/alipay/notify`, relative to where it is mounted)
 * and passes every other request on untouched; mounted on a route it serves that route. It
 * verifies the exact body bytes against the full path Alipay called (`req.originalUrl`), so mount
 * it before `express.json()` (or keep the bytes, see `readBody`).
 *
 * - With handlers (`on`, `onNotification`) it calls the one for the type with
 *   `(notification, req)` and acknowledges only after it resolved; a throwing handler gets a 500
 *   and Alipay resends.
 * - Without handlers it sets `req.alipayNotification` (and, as a body parser would, `req.body`)
 *   and calls `next()`; the route answers with
 *   {@link sendAlipayAck}. A route that throws reaches Express's error handler (500), and one that
 *   never answers times out: neither is an acknowledgement, so Alipay resends.
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
 * app.use(express.json())
 * ```
 */
export function alipayNotify(options: AlipayNotifyOptions = {}): RequestHandler {
  const handle = createNotificationHandler<Request>(resolveAlipayConfig(options))
  const serve = async (req: Request, res: Response, next: NextFunction): Promise<void> => {
    if (!forPath(req, handle.path) && !onRoute(req, middleware)) return next()
    const head = { method: req.method, url: req.originalUrl, headers: req.headers }
    // What the head alone shows is checked before a byte of the body is read (docs/protocol.md §9.11).
    const refused = handle.precheck(head)
    if (refused !== undefined) return refuse(res, refused)
    let incoming: IncomingNotification
    try {
      incoming = { ...head, body: await readBody(req, handle.limit, handle.bodyTimeout) }
    } catch (error) {
      return refuse(res, handle.replyForError(error, { ...head, body: '' }))
    }
    if (handle.hasHandlers) return send(res, await handle(incoming, req))
    const received = await handle.receive(incoming)
    if ('reply' in received) return send(res, received.reply)
    const { receipt } = received
    receipts.set(res, receipt)
    // The route ended the response without sendAlipayAck (an error, a 404): release the claim so
    // Alipay's resend is processed (a no-op once settled). Not on 'close': a client that gave up
    // waiting (Alipay's delivery timeout) leaves the route running, and releasing then would let
    // the resend run it a second time. 'prefinish' fires when the route calls end(), even on a
    // connection already closed; 'finish' covers the normal path should it not.
    const release = (): void => {
      receipts.delete(res)
      receipt.abandon().catch(() => {})
    }
    res.once('prefinish', release)
    res.once('finish', release)
    req.alipayNotification = receipt.verified.notification
    req.alipayDelivery = receipt.delivery
    req.body = receipt.verified.notification // as a body parser would, for routes written against express.json()
    // body-parser 1.x (Express 4) skips a request only when `_body` is set; without it, an
    // express.json() mounted after this answers 500 "stream is not readable" to every notification.
    Object.assign(req, { _body: true })
    next()
  }
  // Express 4 ignores the promise a middleware returns: a failure here (a reply after another
  // middleware already answered) goes to next(), never to an unhandled rejection that ends the process.
  const middleware: RequestHandler = (req, res, next) => {
    serve(req, res, next).catch(next)
  }
  return middleware
}

/**
 * Answers a notification with the exact acknowledgement Alipay expects (HTTP 200 and
 * `NOTIFICATION_ACK`, docs/protocol.md §3.2), for routes behind `alipayNotify()` without handlers. Call
 * it only once the notification is processed: it first marks the notification done in the
 * `dedupe` store (so a resend is acknowledged without reaching the route again), then answers.
 * A route that ends any other way (throws, answers something else) releases the claim instead,
 * and Alipay's resend is processed.
 *
 * @example
 * ```ts
 * app.post('/alipay/notify', async (req, res, next) => {
 *   try {
 *     await orders.record(req.alipayNotification!)
 *     await sendAlipayAck(res)
 *   } catch (error) {
 *     next(error)
 *   }
 * })
 * ```
 */
export async function sendAlipayAck(res: Response): Promise<void> {
  const receipt = receipts.get(res)
  receipts.delete(res)
  send(res, receipt === undefined ? ACK_REPLY : await receipt.succeed())
}
