import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { sign } from '../../src/index.js'
import { keys } from './fake-alipay.js'

/**
 * A server on 127.0.0.1 that answers every request with `size` bytes, streamed in 64 KiB chunks
 * under backpressure, and counts how many bytes the socket took before the client hung up. The
 * answer is signed over nothing useful: the client must refuse it before that matters.
 */
export interface FloodServer {
  readonly baseUrl: string
  /** One entry per request: the bytes written to the socket before it closed or the body ended. */
  readonly written: number[]
  /** Resolves once every request so far has closed or ended. */
  settled(): Promise<void>
  close(): Promise<void>
}

const CHUNK = Buffer.alloc(64 * 1024, 'a')

export interface FloodOptions {
  readonly size: number
  readonly status?: number
  /** Send `content-length: size` (otherwise the body is chunked, its size unannounced). */
  readonly declareLength?: boolean
}

export async function startFloodServer({ size, status = 200, declareLength = false }: FloodOptions) {
  const written: number[] = []
  const pending: Promise<void>[] = []
  const server: Server = createServer((req, res) => {
    const index = written.push(0) - 1
    req.resume()
    const path = req.url ?? '/'
    const time = String(Date.now())
    const headers: Record<string, string | number> = {
      'content-type': 'application/json; charset=UTF-8',
      'response-time': time,
      signature: sign({ path, clientId: String(req.headers['client-id']), time, body: '' }, keys.alipayPrivate),
    }
    if (declareLength) headers['content-length'] = size
    res.writeHead(status, headers)
    pending.push(
      new Promise<void>((resolve) => {
        let sent = 0
        const pump = () => {
          while (sent < size && !res.destroyed) {
            const chunk = CHUNK.subarray(0, Math.min(CHUNK.length, size - sent))
            sent += chunk.length
            written[index] = sent
            if (!res.write(chunk)) return
          }
          if (sent >= size) res.end()
        }
        res.on('drain', pump)
        res.on('close', () => resolve())
        pump()
      }),
    )
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  return {
    baseUrl: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    written,
    settled: () => Promise.all(pending).then(() => undefined),
    close() {
      server.closeAllConnections()
      return new Promise<void>((resolve) => server.close(() => resolve()))
    },
  } satisfies FloodServer
}

/**
 * A fetch that records the size of every body chunk the client pulls, one list per response: the
 * real fetch, with the body passed through a pull-only stream (no read-ahead), so the lists show
 * exactly what the client read, and cancelling it cancels the real body.
 */
export function tappedFetch(): { fetch: typeof fetch; reads: number[][] } {
  const reads: number[][] = []
  const tapped = async (input: string | URL | Request, init?: RequestInit) => {
    const response = await fetch(input, init)
    const chunks: number[] = []
    reads.push(chunks)
    if (response.body === null) return response
    const reader = response.body.getReader()
    const body = new ReadableStream<Uint8Array>(
      {
        async pull(controller) {
          const { done, value } = await reader.read()
          if (done) return controller.close()
          chunks.push(value.byteLength)
          controller.enqueue(value)
        },
        cancel: (reason) => reader.cancel(reason),
      },
      { highWaterMark: 0 },
    )
    return new Response(body, { status: response.status, headers: response.headers })
  }
  return { fetch: tapped as typeof fetch, reads }
}

/** Bytes the client kept: every chunk pulled except the last, which crossed the limit and was dropped. */
export function keptBytes(chunks: readonly number[]): number {
  return chunks.slice(0, -1).reduce((a, b) => a + b, 0)
}
