import { AlipayApiError } from '../errors.js'

/**
 * How much of a response other than HTTP 200 is read. Nothing of such a response is used (only
 * its status is reported, response.ts), so a few KiB let a short error page drain, keeping the
 * connection reusable, while a hostile or broken server cannot make the client buffer megabytes,
 * once per retry (issue 9).
 */
export const ERROR_BODY_BYTES = 4096

/** The part of a fetch `Response` the reader needs. */
export interface BodySource {
  readonly status: number
  readonly headers: { get(name: string): string | null }
  readonly body: ReadableStream<Uint8Array> | null
}

function tooLarge(path: string, limit: number, detail: string): AlipayApiError {
  return new AlipayApiError(
    'ERR_ALIPAY_RESPONSE_TOO_LARGE',
    `The response to ${path} ${detail} than maxResponseBytes (${limit} bytes); nothing of it was used`,
  )
}

/** Cancels a stream without waiting on it or letting its rejection go unhandled. */
function discard(stream: ReadableStream<Uint8Array> | null | ReadableStreamDefaultReader<Uint8Array>): void {
  stream?.cancel().catch(() => undefined)
}

/**
 * Reads a response body under a byte limit, holding at most `limit` bytes: a declared
 * `content-length` over the limit is refused before a byte is read, and a streamed body is
 * cancelled (closing the connection) at the first chunk that would cross it. A response other than
 * HTTP 200 is read up to {@link ERROR_BODY_BYTES} only, then cancelled, and never refused for its size.
 *
 * @throws {@link AlipayApiError} `ERR_ALIPAY_RESPONSE_TOO_LARGE` for a 200 over the limit.
 */
export async function readBody(response: BodySource, limit: number, path: string): Promise<Uint8Array> {
  const ok = response.status === 200
  const cap = ok ? limit : Math.min(limit, ERROR_BODY_BYTES)
  const declared = Number(response.headers.get('content-length') ?? Number.NaN)
  if (ok && declared > limit) {
    discard(response.body)
    throw tooLarge(path, limit, `declares ${declared} bytes (content-length), more`)
  }
  if (response.body === null) return new Uint8Array(0)
  const reader = response.body.getReader()
  const chunks: Uint8Array[] = []
  let size = 0
  for (;;) {
    const { done, value } = await reader.read()
    if (done) break
    if (size + value.byteLength > cap) {
      discard(reader)
      if (ok) throw tooLarge(path, limit, 'is larger')
      // A copy, so the rest of the chunk is not kept alive by a view on it.
      chunks.push(value.slice(0, cap - size))
      size = cap
      break
    }
    chunks.push(value)
    size += value.byteLength
  }
  return concat(chunks, size)
}

function concat(chunks: readonly Uint8Array[], size: number): Uint8Array {
  if (chunks.length === 1 && chunks[0] !== undefined) return chunks[0]
  const out = new Uint8Array(size)
  let at = 0
  for (const chunk of chunks) {
    out.set(chunk, at)
    at += chunk.byteLength
  }
  return out
}
