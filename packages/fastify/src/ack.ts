import { ACK_REPLY } from '@alipay-kit/core'
import type { FastifyReply } from 'fastify'
import { receipts, sendReply } from './notify-route.js'

/**
 * Answers a notification with the exact acknowledgement Alipay expects (HTTP 200 and
 * `NOTIFICATION_ACK`, docs/protocol.md §3.2), from a `notify.handler`, once the notification is
 * processed. It first marks the notification done in the `dedupe` store, so a resend is
 * acknowledged without reaching the handler again. A handler that throws reaches the app's error
 * handler (500): no acknowledgement, the claim is released, and Alipay resends.
 *
 * @example
 * ```ts
 * notify: { handler: async (request, reply) => { await record(request.alipayNotification!); return sendAlipayAck(reply) } }
 * ```
 */
export async function sendAlipayAck(reply: FastifyReply): Promise<FastifyReply> {
  const receipt = receipts.get(reply.request)
  receipts.delete(reply.request)
  return sendReply(reply, receipt === undefined ? ACK_REPLY : await receipt.succeed())
}
