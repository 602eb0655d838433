import type { Readable } from 'node:stream'
import { AlipayRequestError } from '@alipay-kit/core'

/** A payload stream as Fastify hands it to a parser: the request, or what a preParsing hook returned. */
type Payload = Readable & { readonly receivedEncodedLength?: number }

const READ_FAILURES = new WeakSet<AlipayRequestError>()

function failure(error: AlipayRequestError): AlipayRequestError {
  READ_FAILURES.add(error)
  return error
}

/** Whether `error` is a refusal {@link readBody} made (not one thrown by the app's own route). */
export function isReadFailure(error: unknown): error is AlipayRequestError {
  return error instanceof AlipayRequestError && READ_FAILURES.has(error)
}

/**
 * Reads the notify route's body as raw bytes, at most `limit` of them and within `timeout`
 * milliseconds from the first read to the last byte (docs/protocol.md §9.11). Fastify's own buffer
 * parser has no time limit, and its server `requestTimeout` is 0 by default: a client dribbling a
 * byte a second held the connection for ever (issue 9). A total, not idle, limit. On failure the
 * stream is left paused for the caller to answer and close the connection.
 *
 * @throws (rejects with) {@link AlipayRequestError} `ERR_ALIPAY_BODY_TOO_LARGE`,
 *   `ERR_ALIPAY_BODY_TIMEOUT`, `ERR_ALIPAY_BODY_INVALID` (aborted, or not its content-length).
 */
export function readBody(payload: Payload, declared: number, limit: number, timeout: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    let received = 0
    const settle = (error: AlipayRequestError | undefined): void => {
      clearTimeout(timer)
      payload.off('data', onData)
      payload.off('end', onEnd)
      payload.off('error', onError)
      payload.off('close', onClose)
      if (error === undefined) {
        resolve(Buffer.concat(chunks, received))
        return
      }
      payload.pause()
      reject(failure(error))
    }
    const invalid = (cause?: unknown) =>
      new AlipayRequestError('ERR_ALIPAY_BODY_INVALID', 'The notification body could not be read completely', {
        cause,
      })
    const onData = (chunk: Buffer | string): void => {
      const bytes = typeof chunk === 'string' ? Buffer.from(chunk) : chunk
      received += bytes.length
      if (received > limit || (payload.receivedEncodedLength ?? 0) > limit) {
        settle(
          new AlipayRequestError('ERR_ALIPAY_BODY_TOO_LARGE', `The notification body is over the ${limit}-byte limit`),
        )
        return
      }
      chunks.push(bytes)
    }
    const onEnd = (): void => {
      const length = payload.receivedEncodedLength || received
      settle(Number.isNaN(declared) || length === declared ? undefined : invalid())
    }
    const onError = (error: unknown): void => settle(invalid(error))
    // A client that hangs up mid-body: 'close' without 'end'.
    const onClose = (): void => settle(invalid())
    const timer = setTimeout(() => {
      settle(
        new AlipayRequestError('ERR_ALIPAY_BODY_TIMEOUT', `The notification body did not arrive within ${timeout} ms`),
      )
    }, timeout)
    payload.on('data', onData)
    payload.on('end', onEnd)
    payload.on('error', onError)
    payload.on('close', onClose)
    payload.resume()
  })
}
