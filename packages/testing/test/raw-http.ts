import { connect as tcpConnect } from 'node:net'
import { connect as tlsConnect } from 'node:tls'

/** An HTTP/1.1 response as read off a socket. */
export interface RawResponse {
  readonly status: number
  /** Header names in lower case. */
  readonly headers: ReadonlyMap<string, string>
  readonly body: string
}

/** Undoes `Transfer-Encoding: chunked`. */
function dechunk(data: Buffer): Buffer {
  const parts: Buffer[] = []
  let at = 0
  for (;;) {
    const lineEnd = data.indexOf('\r\n', at)
    const size = Number.parseInt(data.subarray(at, lineEnd).toString('latin1'), 16)
    if (!(size > 0)) return Buffer.concat(parts)
    parts.push(data.subarray(lineEnd + 2, lineEnd + 2 + size))
    at = lineEnd + 2 + size + 2
  }
}

function parse(raw: Buffer): RawResponse {
  const headEnd = raw.indexOf('\r\n\r\n')
  const [statusLine = '', ...lines] = raw.subarray(0, headEnd).toString('latin1').split('\r\n')
  const headers = new Map<string, string>()
  for (const line of lines) {
    const colon = line.indexOf(':')
    headers.set(line.slice(0, colon).trim().toLowerCase(), line.slice(colon + 1).trim())
  }
  const rest = raw.subarray(headEnd + 4)
  const body = headers.get('transfer-encoding') === 'chunked' ? dechunk(rest) : rest
  return { status: Number(statusLine.split(' ')[1]), headers, body: body.toString('utf8') }
}

/**
 * Writes `head` (the request line and headers, CRLF-separated, without the blank line) and `body`
 * on a fresh socket to `baseUrl` (TLS trusting `ca` for https), with `Connection: close`, and
 * parses what comes back until the server closes: the request goes out exactly as written.
 */
export function rawRequest(baseUrl: string, head: string, body: string, ca?: string): Promise<RawResponse> {
  const { protocol, hostname, port } = new URL(baseUrl)
  const bytes = Buffer.from(body, 'utf8')
  return new Promise((resolve, reject) => {
    const options = { host: hostname, port: Number(port) }
    const socket = protocol === 'https:' ? tlsConnect({ ...options, ca, servername: 'localhost' }) : tcpConnect(options)
    const chunks: Buffer[] = []
    socket.on('data', (chunk: Buffer) => chunks.push(chunk))
    socket.on('end', () => resolve(parse(Buffer.concat(chunks))))
    socket.on('error', reject)
    socket.write(`${head}\r\ncontent-length: ${bytes.length}\r\nconnection: close\r\n\r\n`)
    socket.write(bytes)
  })
}
