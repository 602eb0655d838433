/**
 * A small HTTP/1.1 load generator for the benchmarks: keep-alive connections, each sending the next
 * pre-serialised request as soon as the previous answer is complete. It does no per-request work
 * beyond one socket write and a scan of the answer, so on a two-core machine it leaves the server
 * the busy one (autocannon rebuilds each request it is handed and saturated a core at about 3,000
 * requests per second here, well before the server did, which hid the server's own costs).
 */
import { connect, type Socket } from 'node:net'

/** One request, ready to write: request line, headers and body. */
export function serialiseRequest(path: string, headers: Record<string, string>, body: string): Buffer {
  const bytes = Buffer.from(body)
  let head = `POST ${path} HTTP/1.1\r\nhost: 127.0.0.1\r\n`
  for (const [name, value] of Object.entries(headers)) head += `${name}: ${value}\r\n`
  head += `content-length: ${bytes.length}\r\n\r\n`
  return Buffer.concat([Buffer.from(head, 'latin1'), bytes])
}

/** What a load run saw. */
export interface LoadResult {
  readonly requests: number
  readonly perSecond: number
  /** Answers whose status was not the expected one (the first few status lines are kept). */
  readonly unexpected: number
  readonly samples: string[]
}

const HEAD_END = Buffer.from('\r\n\r\n')

/**
 * Sends `requests` round-robin over `connections` keep-alive connections for `seconds`, counting
 * answers with `expectStatus`. Each connection keeps one request in flight (no pipelining).
 * `cursor` says where in `requests` to start and is left where this run stopped, so a second run
 * against the same server sends only requests it has not seen.
 */
export async function load(
  port: number,
  requests: readonly Buffer[],
  seconds: number,
  connections: number,
  cursor: { next: number } = { next: 0 },
  expectStatus = 200,
): Promise<LoadResult> {
  let done = 0
  let unexpected = 0
  const samples: string[] = []
  const started = process.hrtime.bigint()
  const deadline = started + BigInt(Math.round(seconds * 1e9))

  const run = (): Promise<void> =>
    new Promise((resolve, reject) => {
      const socket: Socket = connect(port, '127.0.0.1')
      socket.setNoDelay(true)
      let pending: Buffer = Buffer.alloc(0)
      const send = (): void => {
        if (process.hrtime.bigint() >= deadline) {
          socket.end()
          resolve()
          return
        }
        socket.write(requests[cursor.next++ % requests.length] as Buffer)
      }
      socket.on('connect', send)
      socket.on('error', reject)
      socket.on('data', (chunk: Buffer) => {
        pending = pending.length === 0 ? chunk : Buffer.concat([pending, chunk])
        for (;;) {
          const end = pending.indexOf(HEAD_END)
          if (end < 0) return
          const head = pending.subarray(0, end).toString('latin1')
          const length = Number(/\r\ncontent-length: *(\d+)/i.exec(head)?.[1] ?? Number.NaN)
          if (!Number.isFinite(length)) {
            reject(new Error(`load: an answer without content-length:\n${head}`))
            socket.destroy()
            return
          }
          const total = end + HEAD_END.length + length
          if (pending.length < total) return
          const status = Number(head.slice(9, 12))
          if (status !== expectStatus) {
            unexpected++
            if (samples.length < 5) samples.push(head.split('\r\n')[0] as string)
          }
          done++
          pending = pending.subarray(total)
          send()
        }
      })
    })

  await Promise.all(Array.from({ length: connections }, run))
  const elapsed = Number(process.hrtime.bigint() - started) / 1e9
  return { requests: done, perSecond: done / elapsed, unexpected, samples }
}
