import type { IncomingMessage } from 'node:http'
import {
  AlipayConfigError,
  AlipayRequestError,
  createNotificationHandler,
  type IncomingNotification,
  type NotificationHandler,
  type NotificationHandlerOptions,
  type NotificationReceipt,
  type NotificationReply,
} from '@alipay-kit/core'
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import { isReadFailure, readBody } from './read-body.js'
import type { AlipayNotifyRouteOptions } from './types.js'

export type NotifyRouteOptions = AlipayNotifyRouteOptions & NotificationHandlerOptions<FastifyRequest>

export function sendReply(reply: FastifyReply, answer: NotificationReply): FastifyReply {
  return reply.code(answer.status).headers(answer.headers).send(answer.body)
}

/**
 * Answers before the body was read to its end, and closes the connection: kept alive, Node would
 * read the rest of the body (up to its content-length) or wait for it, holding the socket.
 */
function refuse(reply: FastifyReply, answer: NotificationReply): FastifyReply {
  return sendReply(reply.header('connection', 'close'), answer)
}

function incoming(request: FastifyRequest): IncomingNotification {
  const body = Buffer.isBuffer(request.body) ? request.body : ''
  return { method: request.method, url: request.url, headers: request.headers, body }
}

/** The path of a request target, as sent (percent-escapes and all). */
function pathOf(url: string): string {
  const q = url.indexOf('?')
  return q === -1 ? url : url.slice(0, q)
}

/** Body-reading failures (ours, or Fastify's FST_ERR_CTP_*) as the coded errors core has a reply for. */
function bodyError(error: unknown, limit: number): AlipayRequestError | undefined {
  if (isReadFailure(error)) return error
  const code = (error as { code?: unknown } | null)?.code
  if (typeof code !== 'string' || !code.startsWith('FST_ERR_CTP_')) return undefined
  return code === 'FST_ERR_CTP_BODY_TOO_LARGE'
    ? new AlipayRequestError('ERR_ALIPAY_BODY_TOO_LARGE', `The notification body is over the ${limit}-byte limit`)
    : new AlipayRequestError('ERR_ALIPAY_BODY_INVALID', 'The notification body could not be read completely', {
        cause: error,
      })
}

function checkHandler(options: AlipayNotifyRouteOptions, handle: NotificationHandler<FastifyRequest>): void {
  if (options.handler !== undefined && typeof options.handler !== 'function') {
    throw new AlipayConfigError('ERR_ALIPAY_OPTION_INVALID', 'notify.handler: expected a route handler function')
  }
  if (options.handler !== undefined && handle.hasHandlers) {
    throw new AlipayConfigError(
      'ERR_ALIPAY_OPTION_INVALID',
      'notify: give either handler (your own route) or on / onNotification, not both',
    )
  }
  // Unlike Express and Koa, no route of the app can follow this one: with nothing to call, it
  // would acknowledge every verified notification unprocessed, and Alipay would never resend it
  // (docs/protocol.md §3.2, §9.7).
  if (options.handler === undefined && !handle.hasHandlers) {
    throw new AlipayConfigError(
      'ERR_ALIPAY_OPTION_INVALID',
      'notify: give on / onNotification (handlers by notification type) or handler (your own route)',
    )
  }
}

/**
 * The notify route in its own encapsulated context, so only it reads bodies as raw bytes (every
 * content type: a charset or an odd type still reaches verification) and the rest of the app
 * keeps Fastify's JSON parsing.
 */
export async function notifyRoute(scope: FastifyInstance, options: NotifyRouteOptions): Promise<void> {
  const handle = createNotificationHandler<FastifyRequest>(options)
  checkHandler(options, handle)
  scope.removeAllContentTypeParsers()
  scope.addContentTypeParser('*', (request: FastifyRequest, payload: IncomingMessage) =>
    readBody(payload, Number(request.headers['content-length']), handle.limit, handle.bodyTimeout),
  )
  scope.setErrorHandler((error, request, reply) => {
    const coded = bodyError(error, handle.limit)
    if (coded === undefined) throw error // the route's own failure: the app's error handler answers
    return refuse(reply, handle.replyForError(coded, incoming(request)))
  })
  // Before Fastify reads a byte of the body (docs/protocol.md §9.11).
  const onRequest = async (request: FastifyRequest, reply: FastifyReply) => {
    // find-my-way decodes percent-escapes before it matches, so /alipay/%6Eotify reached this route
    // where Express and Koa, matching the path as sent, answer 404 (issue 9): serve only the path
    // as configured, as they do.
    if (pathOf(request.url) !== request.routeOptions.url) return reply.callNotFound()
    const refused = handle.precheck({ method: request.method, url: request.url, headers: request.headers })
    if (refused !== undefined) return refuse(reply, refused)
  }
  const { handler } = options
  if (handler === undefined) {
    scope.all(handle.path, { onRequest }, async (request, reply) =>
      sendReply(reply, await handle(incoming(request), request)),
    )
    return
  }
  const verify = async (request: FastifyRequest, reply: FastifyReply) => {
    const received = await handle.receive(incoming(request))
    if ('reply' in received) return sendReply(reply, received.reply)
    receipts.set(request, received.receipt)
    request.alipayNotification = received.receipt.verified.notification
    request.alipayDelivery = received.receipt.delivery
  }
  // Whatever the route sends (an error reply, anything but sendAlipayAck) releases the claim so
  // Alipay's resend is processed; sendAlipayAck settles it first, making this a no-op. onSend runs
  // even when the client already gave up, so a slow route keeps its claim until it answers.
  const release = async (request: FastifyRequest) => {
    const receipt = receipts.get(request)
    receipts.delete(request)
    await receipt?.abandon()
  }
  scope.all(handle.path, { onRequest, preHandler: verify, onSend: async (request) => release(request) }, handler)
}

/** Claims held by `notify.handler` routes until sendAlipayAck (or any other answer) settles them. */
export const receipts = new WeakMap<FastifyRequest, NotificationReceipt>()
