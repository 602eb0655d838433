import { AlipayRequestError } from '@alipay-kit/core/web'

function tooLarge(limit: number): AlipayRequestError {
  return new AlipayRequestError('ERR_ALIPAY_BODY_TOO_LARGE', `The notification body is over the ${limit}-byte limit`)
}

/**
 * Reads a Fetch request's body as bytes, at most `limit` of them and within `timeoutMs` (a total,
 * not an idle timer: a client dribbling a byte a second would reset one for ever, issue 9).
 *
 * @throws {@link AlipayRequestError} `ERR_ALIPAY_BODY_CONSUMED` (something read the body first),
 *   `ERR_ALIPAY_BODY_TOO_LARGE`, `ERR_ALIPAY_BODY_TIMEOUT` or `ERR_ALIPAY_BODY_INVALID`.
 */
export async function readRequestBody(request: Request, limit: number, timeoutMs: number): Promise<Uint8Array> {
  if (request.bodyUsed) {
    throw new AlipayRequestError(
      'ERR_ALIPAY_BODY_CONSUMED',
      'The request body was already read before alipayNotify(): give it the untouched Request (call request.clone() before reading it elsewhere)',
    )
  }
  const stream = request.body
  if (stream === null) return new Uint8Array(0)
  const reader = stream.getReader()
  const chunks: Uint8Array[] = []
  let size = 0
  let timer: ReturnType<typeof setTimeout> | undefined
  const timedOut = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () =>
        reject(
          new AlipayRequestError(
            'ERR_ALIPAY_BODY_TIMEOUT',
            `The notification body did not arrive within ${timeoutMs} ms`,
          ),
        ),
      timeoutMs,
    )
  })
  timedOut.catch(() => {})
  try {
    for (;;) {
      let step: Awaited<ReturnType<typeof reader.read>>
      try {
        step = await Promise.race([reader.read(), timedOut])
      } catch (error) {
        if (error instanceof AlipayRequestError) throw error
        throw new AlipayRequestError('ERR_ALIPAY_BODY_INVALID', 'The notification body could not be read', {
          cause: error,
        })
      }
      if (step.done) break
      size += step.value.byteLength
      if (size > limit) throw tooLarge(limit)
      chunks.push(step.value)
    }
  } catch (error) {
    reader.cancel().catch(() => {})
    throw error
  } finally {
    clearTimeout(timer)
  }
  if (chunks.length === 1) return chunks[0] as Uint8Array
  const body = new Uint8Array(size)
  let at = 0
  for (const chunk of chunks) {
    body.set(chunk, at)
    at += chunk.byteLength
  }
  return body
}
