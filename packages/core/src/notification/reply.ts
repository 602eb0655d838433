import { type AlipayErrorCode, isAlipayError } from '../errors.js'
import { httpStatusOf } from '../http-status.js'

/**
 * The exact acknowledgement Alipay expects (docs/protocol.md §3.2). Any other body counts as "not
 * received" and Alipay resends.
 */
export const NOTIFICATION_ACK = '{"result":{"resultCode":"SUCCESS","resultStatus":"S","resultMessage":"success"}}'

/** The neutral response a host writes back (style.md principle 1). */
export interface NotificationReply {
  /** The HTTP status: 200 for the acknowledgement, else from {@link httpStatusOf}. */
  readonly status: number
  /** The response headers (`content-type: application/json; charset=UTF-8`). */
  readonly headers: { readonly [name: string]: string }
  /** The response body: {@link NOTIFICATION_ACK}, or a result F naming the error code. */
  readonly body: string
}

const JSON_HEADERS = Object.freeze({ 'content-type': 'application/json; charset=UTF-8' })

/** HTTP 200 with {@link NOTIFICATION_ACK}: the notification was received and processed. */
export const ACK_REPLY: NotificationReply = Object.freeze({
  status: 200,
  headers: JSON_HEADERS,
  body: NOTIFICATION_ACK,
})

/** Public text per status: a reply never echoes keys, signatures or a handler's own message. */
const PUBLIC_MESSAGE: Record<number, string> = {
  400: 'malformed notification',
  401: 'notification not authenticated',
  405: 'method not allowed',
  408: 'notification body timed out',
  409: 'notification being processed by another delivery',
  413: 'notification too large',
  500: 'notification not processed',
  503: 'notification store unavailable',
}

/**
 * The reply for a failure: the status from the one table ({@link httpStatusOf}) and a
 * non-SUCCESS result body, so Alipay never takes it for an acknowledgement.
 */
export function replyForError(error: unknown): NotificationReply {
  const status = httpStatusOf(error)
  const code: AlipayErrorCode | 'ERR_ALIPAY_INTERNAL' = isAlipayError(error) ? error.code : 'ERR_ALIPAY_INTERNAL'
  const body = JSON.stringify({
    result: { resultCode: code, resultStatus: 'F', resultMessage: PUBLIC_MESSAGE[status] ?? 'notification refused' },
  })
  return { status, headers: JSON_HEADERS, body }
}
