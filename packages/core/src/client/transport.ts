import { AlipayApiError, AlipayTransportError } from '../errors.js'
import type { ResolvedClientOptions } from './options.js'
import { readBody } from './read-body.js'
import type { RawResponse } from './response.js'
import type { RequestIds } from './response-binding.js'

/** One call: the path on the wire (and signed), the body serialised once, and its limits. */
export interface Call {
  readonly path: string
  /** The bytes signed, and sent unless `wire` says otherwise. */
  readonly body: Uint8Array
  /**
   * What goes on the wire when it is not the signed body: a file upload sends multipart/form-data
   * whose signature covers only its JSON part (docs/protocol.md §4.1).
   */
  readonly wire?: { readonly contentType: string; readonly body: Uint8Array }
  /** The origin to send to when it is not `baseUrl`: the file gateway of an upload. */
  readonly origin?: string
  /** The request's `*RequestId` fields, which the response must not contradict. */
  readonly requestIds: RequestIds
  readonly timeout: number
  readonly maxResponseBytes: number
  readonly signal: AbortSignal | undefined
}

const TIMED_OUT = Symbol('timeout')

/** The system code under fetch's generic "fetch failed" (ECONNREFUSED, ECONNRESET...), for the message. */
function networkCode(error: unknown): string {
  const cause = (error as { cause?: { code?: unknown } } | null)?.cause
  return typeof cause?.code === 'string' ? cause.code : error instanceof Error ? error.message : 'unknown error'
}

/**
 * Sends one attempt with a fresh request-time and signature over the same body, and reads the
 * exact response bytes, at most `maxResponseBytes` of them (a few KiB of a non-200, read-body.ts).
 * The timeout covers headers and body; the caller's signal aborts too.
 *
 * @throws {@link AlipayTransportError} `ERR_ALIPAY_TIMEOUT` or `ERR_ALIPAY_NETWORK`; the caller's
 *   abort reason when the caller aborted; {@link AlipayApiError} `ERR_ALIPAY_RESPONSE_TOO_LARGE`.
 */
export async function sendOnce(config: ResolvedClientOptions, call: Call): Promise<RawResponse> {
  // An abort between attempts fires no event for the listener below: check first.
  if (call.signal?.aborted) throw call.signal.reason
  const time = String(Date.now())
  const input = { path: call.path, clientId: config.clientId, time, body: call.body }
  const headers = {
    'content-type': call.wire?.contentType ?? 'application/json; charset=UTF-8',
    'client-id': config.clientId,
    'request-time': time,
    signature: await config.crypto.sign(input),
  }
  const controller = new AbortController()
  const timer = setTimeout(() => controller.abort(TIMED_OUT), call.timeout)
  const onAbort = () => controller.abort(call.signal?.reason)
  call.signal?.addEventListener('abort', onAbort, { once: true })
  try {
    // redirect 'manual': a 3xx is answered as an HTTP status error, never followed to another path.
    const response = await config.fetch((call.origin ?? config.baseUrl) + call.path, {
      method: 'POST',
      headers,
      // Our own encoder's bytes, never a SharedArrayBuffer view: the cast satisfies the Web lib (issue 11).
      body: (call.wire?.body ?? call.body) as Uint8Array<ArrayBuffer>,
      redirect: 'manual',
      signal: controller.signal,
    })
    const body = await readBody(response, call.maxResponseBytes, call.path)
    return { status: response.status, headers: response.headers, body }
  } catch (error) {
    if (call.signal?.aborted) throw call.signal.reason
    if (error instanceof AlipayApiError) throw error
    if (controller.signal.reason === TIMED_OUT) {
      const detail = `${call.path} got no complete response within ${call.timeout} ms`
      throw new AlipayTransportError('ERR_ALIPAY_TIMEOUT', detail, { cause: error })
    }
    const detail = `${call.path} failed before a response arrived (${networkCode(error)})`
    throw new AlipayTransportError('ERR_ALIPAY_NETWORK', detail, { cause: error })
  } finally {
    clearTimeout(timer)
    call.signal?.removeEventListener('abort', onAbort)
  }
}

/**
 * Whether resending the same body may help and cannot hurt: transport errors and HTTP 5xx (the
 * request may or may not have been processed, and the `*RequestId` makes a resend idempotent,
 * docs/protocol.md §7). Never a result F, a signature failure, or an HTTP 4xx.
 */
export function isRetryable(error: unknown): boolean {
  if (error instanceof AlipayTransportError) return true
  return error instanceof AlipayApiError && error.code === 'ERR_ALIPAY_HTTP_STATUS' && (error.httpStatus ?? 0) >= 500
}

/** Exponential backoff with full jitter: a random delay in [0, min(max, base * 2^(n-1))]. */
export function backoffDelay(attempt: number, base: number, max: number): number {
  return Math.random() * Math.min(max, base * 2 ** (attempt - 1))
}

/** Waits `ms`, or rejects with the signal's reason as soon as it aborts; leaves no timer behind. */
export function sleep(ms: number, signal: AbortSignal | undefined): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason)
    const onAbort = () => {
      clearTimeout(timer)
      reject(signal?.reason)
    }
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort)
      resolve()
    }, ms)
    signal?.addEventListener('abort', onAbort, { once: true })
  })
}
