import {
  createNotificationFlow,
  type IncomingNotification,
  type NotificationHandler,
  type NotificationHandlerOptions,
  type NotificationReply,
  type VerifiedNotification,
} from '@alipay-kit/core/web'
import { readRequestBody } from './read-body.js'
import { createWebVerifier } from './verifier.js'

/** The Web notification endpoint: core's flow on the Web verifier, and how a host feeds it a Request. */
export interface WebNotificationEndpoint<Ctx> {
  /** Core's serving flow (verify, claim, dispatch, reply), with an asynchronous `verify`. */
  readonly handle: NotificationHandler<Ctx, Promise<VerifiedNotification>>
  /** Resolves once the keys are imported; rejects with the key's coded error. */
  readonly ready: Promise<void>
  /**
   * Checks the head, then reads the body within the limit and the timeout (protocol.md §9.11): the
   * incoming notification, or the refusal to send at once (`early`: answered before the body was
   * read to its end, so the connection should close).
   */
  readonly read: (
    request: Request,
    url: string,
  ) => Promise<
    | {
        /** The notification with its body, ready to verify. */
        readonly incoming: IncomingNotification
      }
    | {
        /** The refusal to send at once. */
        readonly reply: NotificationReply
        /** Answered before the body was read to its end: the connection should close. */
        readonly early: boolean
      }
  >
}

/** Builds the endpoint; options are checked and the key import started now. */
export function createWebEndpoint<Ctx>(options: NotificationHandlerOptions<Ctx>): WebNotificationEndpoint<Ctx> {
  const verifier = createWebVerifier(options)
  const handle = createNotificationFlow(options, verifier)
  const read: WebNotificationEndpoint<Ctx>['read'] = async (request, url) => {
    const head = { method: request.method, url, headers: request.headers }
    try {
      await verifier.ready
    } catch (error) {
      return { reply: handle.replyForError(error, { ...head, body: '' }), early: true }
    }
    // What the head alone shows is checked before a byte of the body is read (§9.11).
    const refused = handle.precheck(head)
    if (refused !== undefined) return { reply: refused, early: true }
    try {
      return { incoming: { ...head, body: await readRequestBody(request, handle.limit, handle.bodyTimeout) } }
    } catch (error) {
      return { reply: handle.replyForError(error, { ...head, body: '' }), early: true }
    }
  }
  return { handle, ready: verifier.ready, read }
}

/** A neutral reply as a Fetch Response; `close` for answers given before the body was read. */
export function toResponse(reply: NotificationReply, close = false): Response {
  const headers = new Headers(reply.headers)
  if (close) headers.set('connection', 'close')
  return new Response(reply.body, { status: reply.status, headers })
}
