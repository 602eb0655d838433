import { ACK_REPLY } from '@alipay-kit/core'
import type { FastifyReply } from 'fastify'
import { sendReply } from './notify-route.js'

/**
 * Answers a notification with the exact acknowledgement Alipay expects (HTTP 200 and
 * `NOTIFICATION_ACK`, protocol.md §3.2), from a `notify.handler`, once the notification is
 * processed. A handler that throws reaches the app's error handler (500): no acknowledgement, so
 * Alipay resends.
 *
 * @example
 * ```ts
 * notify: { handler: async (request, reply) => { await record(request.alipayNotification!); return sendAlipayAck(reply) } }
 * ```
 */
export function sendAlipayAck(reply: FastifyReply): FastifyReply {
  return sendReply(reply, ACK_REPLY)
}
