import { AlipayRequestError } from '@alipay-kit/core'
import type { Context } from 'koa'
import getRawBody from 'raw-body'

const MOUNT_HINT =
  'Mount alipayNotify() before the body parser, or use @koa/bodyparser, which keeps the text in ctx.request.rawBody'

function tooLarge(limit: number): AlipayRequestError {
  return new AlipayRequestError('ERR_ALIPAY_BODY_TOO_LARGE', `The notification body is over the ${limit}-byte limit`)
}

function timedOut(timeout: number): AlipayRequestError {
  return new AlipayRequestError('ERR_ALIPAY_BODY_TIMEOUT', `The notification body did not arrive within ${timeout} ms`)
}

/**
 * The text or bytes a body parser that ran first kept: `ctx.request.rawBody` (@koa/bodyparser,
 * koa-bodyparser), or `ctx.req.rawBody` with `patchNode`. Read structurally: each parser declares
 * `rawBody` its own way.
 */
function keptBytes(ctx: Context): Uint8Array | string | undefined {
  const kept =
    (ctx.request as { readonly rawBody?: unknown }).rawBody ?? (ctx.req as { readonly rawBody?: unknown }).rawBody
  return typeof kept === 'string' || Buffer.isBuffer(kept) ? kept : undefined
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
export async function readBody(ctx: Context, limit: number, timeout: number): Promise<Uint8Array | string> {
  const kept = keptBytes(ctx)
  if (kept !== undefined) {
    if ((typeof kept === 'string' ? Buffer.byteLength(kept) : kept.byteLength) > limit) throw tooLarge(limit)
    return kept
  }
  // A drained stream never emits 'end' again: waiting on it would hang until Alipay gives up.
  if (ctx.req.readableEnded) {
    throw new AlipayRequestError('ERR_ALIPAY_BODY_CONSUMED', `A body parser read the notification first. ${MOUNT_HINT}`)
  }
  const reading = getRawBody(ctx.req, { limit, length: ctx.req.headers['content-length'] })
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
      ctx.req.pause()
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
