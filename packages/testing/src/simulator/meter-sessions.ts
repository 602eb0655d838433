import type { IncomingHttpHeaders } from 'node:http'
import { readHeader } from '@alipay-kit/core'
import { SimulatedFailure } from './result-codes.js'

/** The API the official SDKs send with a session instead of a signature. */
export const SESSION_API = '/v1/meter/uploadEvent'

/**
 * Sessions opened by meter/createSession. The Java and Python SDKs send meter/uploadEvent over
 * HTTP/2 with the session's id in `X-Session-Id` and nothing else to authenticate it: no
 * signature, no client-id, no request-time, and they do not verify the answer (J
 * `SessionHttp2Executor`, `Http2JsonTransport`; P `session_http2_executor.py`; docs/protocol.md
 * §4.2). The session stands for the merchant that opened it, until it expires.
 */
export class MeterSessions {
  readonly #sessions = new Map<string, { readonly clientId: string; readonly expiresAt: number }>()

  /** Remembers a session opened by `clientId`, live until `expiresAt` (epoch milliseconds). */
  open(sessionId: string, clientId: string, expiresAt: number): void {
    this.#sessions.set(sessionId, { clientId, expiresAt })
  }

  /**
   * The client id of the merchant whose live session this is.
   *
   * @throws {@link SimulatedFailure} ACCESS_DENIED for a session that is unknown or expired.
   */
  clientOf(sessionId: string, now: number): string {
    const session = this.#sessions.get(sessionId)
    if (session === undefined || session.expiresAt <= now) {
      throw new SimulatedFailure(
        'ACCESS_DENIED',
        'The X-Session-Id is unknown or expired: open a session with meter/createSession.',
      )
    }
    return session.clientId
  }
}

/**
 * The session id of a call the SDKs authenticate by session: meter/uploadEvent carrying
 * `X-Session-Id` and no `Signature`. A signed call (as alipay-kit's client sends it) is
 * authenticated by its signature, like every other call.
 */
export function sessionIdOf(api: string, headers: IncomingHttpHeaders): string | undefined {
  if (api !== SESSION_API || readHeader(headers, 'signature') !== undefined) return undefined
  const sessionId = readHeader(headers, 'x-session-id')
  return typeof sessionId === 'string' && sessionId !== '' ? sessionId : undefined
}
