import type { IncomingMessage } from 'node:http'
import { AlipayRequestError } from '@alipay-kit/core'
import getRawBody from 'raw-body'

/**
 * What a body parser that ran first may have left: `express.raw()` a Buffer in `req.body`,
 * `express.text()` a string, and the `verify` hook convention (or Google Cloud Functions) the
 * bytes in `req.rawBody`. Read structurally: other libraries declare `rawBody` with other types.
 */
type ParsedRequest = IncomingMessage & { readonly body?: unknown }

const MOUNT_HINT =
  'Mount alipayNotify() before express.json(), or keep the bytes: ' +
  'express.json({ verify: (req, _res, buf) => Object.assign(req, { rawBody: buf }) })'

function tooLarge(limit: number): AlipayRequestError {
  return new AlipayRequestError('ERR_ALIPAY_BODY_TOO_LARGE', `The notification body is over the ${limit}-byte limit`)
}

function timedOut(timeout: number): AlipayRequestError {
  return new AlipayRequestError('ERR_ALIPAY_BODY_TIMEOUT', `The notification body did not arrive within ${timeout} ms`)
}

function keptBytes(req: ParsedRequest): Uint8Array | string | undefined {
  if (Buffer.isBuffer(req.body) || typeof req.body === 'string') return req.body
  const { rawBody } = req as { readonly rawBody?: unknown }
  if (Buffer.isBuffer(rawBody) || typeof rawBody === 'string') return rawBody
  return undefined
}

/**
 * The exact bytes of the request body, at most `limit` of them, within `timeout` milliseconds
 * (docs/protocol.md §9.4: verify what was received, never a re-serialised object; §9.11: bounded in
 * size and time). Express and Koa each keep a copy of this small file rather than share one
 * through core, which stays free of raw-body and of Node streams.
 *
 * @throws {@link AlipayRequestError} `ERR_ALIPAY_BODY_CONSUMED` at once when a parser drained the
 *   stream and kept no bytes (never waits on a drained stream), `ERR_ALIPAY_BODY_TOO_LARGE`,
 *   `ERR_ALIPAY_BODY_TIMEOUT` (the last byte not in within `timeout`: the stream is left paused,
 *   for the caller to answer and close), `ERR_ALIPAY_BODY_INVALID` (aborted, or shorter than its
 *   content-length).
 */
export async function readBody(req: ParsedRequest, limit: number, timeout: number): Promise<Uint8Array | string> {
  const kept = keptBytes(req)
  if (kept !== undefined) {
    if ((typeof kept === 'string' ? Buffer.byteLength(kept) : kept.byteLength) > limit) throw tooLarge(limit)
    return kept
  }
  // A drained stream never emits 'end' again: waiting on it would hang until Alipay gives up.
  if (req.readableEnded) {
    throw new AlipayRequestError('ERR_ALIPAY_BODY_CONSUMED', `A body parser read the notification first. ${MOUNT_HINT}`)
  }
  const reading = getRawBody(req, { limit, length: req.headers['content-length'] })
  // raw-body has no time limit and Node's own (requestTimeout, 300 s) is far too long: a client
  // dribbling a byte a second would hold the connection for minutes (issue 9). A total, not idle, limit.
  let timer: NodeJS.Timeout | undefined
  const expired = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => reject(timedOut(timeout)), timeout)
  })
  try {
    return await Promise.race([reading, expired])
  } catch (error) {
    if (error instanceof AlipayRequestError) {
      // raw-body still listens: stop the flow, and let its failure when the socket closes go unheard.
      req.pause()
      reading.catch(() => {})
      throw error
    }
    if ((error as { type?: unknown }).type === 'entity.too.large') throw tooLarge(limit)
    throw new AlipayRequestError('ERR_ALIPAY_BODY_INVALID', 'The notification body could not be read completely', {
      cause: error,
    })
  } finally {
    clearTimeout(timer)
  }
}
