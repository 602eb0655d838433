import type { FetchLike } from '@alipay-kit/core'

/** One API call as it crossed the wire: what the client signed and what came back signed. */
export interface WireCall {
  readonly path: string
  readonly clientId: string
  readonly requestTime: string
  /** The request's Signature header, made with the merchant's private key. */
  readonly signature: string
  readonly body: string
  /** The HTTP status, the response-time and the Signature of the answer; undefined when none came. */
  status?: number
  responseTime?: string | null
  responseSignature?: string | null
}

const decoder = new TextDecoder()

function text(body: RequestInit['body']): string {
  if (typeof body === 'string') return body
  return body instanceof Uint8Array ? decoder.decode(body) : ''
}

/**
 * A fetch that records each call before passing it on unchanged, so the demo can show what the
 * client signed. The client signs and verifies by itself; this only watches (and it is the
 * client's documented `fetch` option, not a patch of the global one).
 */
export function tapFetch(calls: WireCall[]): FetchLike {
  return async (input, init) => {
    const headers = new Headers(init.headers)
    const call: WireCall = {
      path: new URL(input).pathname,
      clientId: headers.get('client-id') ?? '',
      requestTime: headers.get('request-time') ?? '',
      signature: headers.get('signature') ?? '',
      body: text(init.body),
    }
    calls.push(call)
    const response = await fetch(input, init)
    call.status = response.status
    call.responseTime = response.headers.get('response-time')
    call.responseSignature = response.headers.get('signature')
    return response
  }
}
