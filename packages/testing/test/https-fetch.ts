import type { IncomingHttpHeaders } from 'node:http'
import { request } from 'node:https'

type Fetch = (input: string, init: RequestInit) => Promise<Response>

function headersOf(incoming: IncomingHttpHeaders): Headers {
  const headers = new Headers()
  for (const [name, value] of Object.entries(incoming)) {
    for (const one of Array.isArray(value) ? value : [value ?? '']) headers.append(name, one)
  }
  return headers
}

/**
 * A fetch for the core client that trusts only `ca` (Node's built-in fetch takes no CA without
 * undici's Agent): one node:https request per call, no keep-alive, the abort signal honoured.
 */
export function fetchTrusting(ca: string): Fetch {
  return (input, init) =>
    new Promise((resolve, reject) => {
      const req = request(input, {
        method: init.method ?? 'GET',
        headers: init.headers as Record<string, string>,
        ca,
        agent: false,
        ...(init.signal ? { signal: init.signal } : {}),
      })
      req.on('error', reject)
      req.on('response', (res) => {
        const chunks: Buffer[] = []
        res.on('data', (chunk: Buffer) => chunks.push(chunk))
        res.on('error', reject)
        res.on('end', () =>
          resolve(
            new Response(Buffer.concat(chunks), { status: res.statusCode ?? 0, headers: headersOf(res.headers) }),
          ),
        )
      })
      const body = init.body
      req.end(typeof body === 'string' || body instanceof Uint8Array ? body : undefined)
    })
}
