/**
 * What a 50 MB answer costs the API client (issue 9): the bytes it pulls off the socket and the
 * memory it holds, against a hand-written `await response.arrayBuffer()`, which is what the client
 * did before `maxResponseBytes`. Figures, not timings.
 *
 *   node --import tsx bench/client-response.ts
 */
import { generateKeyPairSync } from 'node:crypto'
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { createAlipayClient } from '@alipay-kit/core'

const SIZE = 50_000_000
const CHUNK = Buffer.alloc(64 * 1024, 'a')

/** Streams SIZE bytes under backpressure; resolves each request's written byte count on close. */
const written: number[] = []
const server = createServer((req, res) => {
  req.resume()
  const index = written.push(0) - 1
  res.writeHead(Number(req.headers['x-status'] ?? 200), { 'content-type': 'application/json' })
  let sent = 0
  const pump = () => {
    while (sent < SIZE && !res.destroyed) {
      sent += CHUNK.length
      written[index] = sent
      if (!res.write(CHUNK)) return
    }
    if (sent >= SIZE) res.end()
  }
  res.on('drain', pump)
  pump()
})
await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
const baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`

/**
 * The real fetch, counting the body bytes its caller pulls and sampling `arrayBuffers` at each
 * pull (a peak that includes garbage not yet collected: an upper bound, run with --expose-gc).
 */
function counting(status: number): { fetch: typeof fetch; pulled: () => number; peak: () => number } {
  let pulled = 0
  let peak = 0
  const tapped = async (input: string | URL | Request, init?: RequestInit) => {
    const response = await fetch(input, { ...init, headers: { ...init?.headers, 'x-status': String(status) } })
    const reader = (response.body as ReadableStream<Uint8Array>).getReader()
    const body = new ReadableStream<Uint8Array>(
      {
        async pull(controller) {
          const { done, value } = await reader.read()
          if (done) return controller.close()
          pulled += value.byteLength
          peak = Math.max(peak, process.memoryUsage().arrayBuffers)
          controller.enqueue(value)
        },
        cancel: (reason) => reader.cancel(reason),
      },
      { highWaterMark: 0 },
    )
    return new Response(body, { status: response.status, headers: response.headers })
  }
  return { fetch: tapped as typeof fetch, pulled: () => pulled, peak: () => peak }
}

const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 })
const mb = (bytes: number) => `${(bytes / 1e6).toFixed(1)} MB`

async function run(label: string, status: number, call: (f: typeof fetch) => Promise<unknown>) {
  globalThis.gc?.()
  const before = process.memoryUsage()
  const tap = counting(status)
  const outcome = await call(tap.fetch).then(
    () => 'resolved',
    (e: { code?: string }) => e.code ?? String(e),
  )
  const peak = Math.max(0, tap.peak() - before.arrayBuffers)
  console.log(
    `${label.padEnd(44)} ${outcome.padEnd(30)} pulled ${mb(tap.pulled()).padStart(8)}` +
      `  peak arrayBuffers +${mb(peak).padStart(8)}`,
  )
}

const client = (f: typeof fetch) =>
  createAlipayClient({
    clientId: 'BENCH',
    privateKey,
    alipayPublicKey: publicKey,
    baseUrl,
    fetch: f,
    retries: 2,
    retryDelay: 1,
  })
const body = { paymentRequestId: 'bench-1' }

console.log(`a ${mb(SIZE)} response body`)
await run('baseline: response.arrayBuffer()', 200, async (f) =>
  (await f(`${baseUrl}/x`, { method: 'POST' })).arrayBuffer(),
)
await run('client, HTTP 200 (maxResponseBytes 8 MiB)', 200, (f) => client(f).request('/v1/payments/pay', body))
await run('client, HTTP 503, 3 attempts', 503, (f) => client(f).request('/v1/payments/pay', body))
console.log(`bytes the server got to write, per request: ${written.map(mb).join(', ')}`)
server.closeAllConnections()
server.close()
