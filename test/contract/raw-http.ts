import { connect } from 'node:net'

/** What came back over a raw connection the server closed. */
export interface RawResponse {
  readonly status: number
  /** Header names in lower case. */
  readonly headers: Record<string, string>
  readonly body: string
}

export interface RawRequest {
  readonly method?: string
  readonly path: string
  readonly headers: Record<string, string>
  /** Sent at once after the head. */
  readonly body?: string
  /** Sent one byte every `every` milliseconds after `body`, until the server answers. */
  readonly dribble?: { readonly bytes: string; readonly every: number }
}

/** Longer than any answer takes; only there so a server that never answers fails the test with a reason. */
const GIVE_UP_MS = 10_000

function parse(raw: string): RawResponse {
  const end = raw.indexOf('\r\n\r\n')
  const [statusLine = '', ...lines] = raw.slice(0, end === -1 ? raw.length : end).split('\r\n')
  const headers: Record<string, string> = {}
  for (const line of lines) {
    const colon = line.indexOf(':')
    headers[line.slice(0, colon).trim().toLowerCase()] = line.slice(colon + 1).trim()
  }
  return { status: Number(statusLine.split(' ')[1]), headers, body: end === -1 ? '' : raw.slice(end + 4) }
}

/**
 * Sends a request over a plain TCP socket, so a test controls what the client holds back: a head
 * whose content-length promises a body never sent, or a body dribbled a byte at a time. Resolves
 * once the server has answered and closed the connection; rejects if it has not after 10 s (it
 * then kept waiting for the body, or kept the connection open).
 */
export function rawRequest(port: number, request: RawRequest): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1')
    let received = ''
    let dribbling: NodeJS.Timeout | undefined
    const giveUp = setTimeout(() => {
      socket.destroy()
      reject(new Error(`no answer and close within ${GIVE_UP_MS} ms; received: ${JSON.stringify(received)}`))
    }, GIVE_UP_MS)
    socket.setEncoding('utf8')
    socket.on('data', (chunk: string) => {
      received += chunk
      clearInterval(dribbling)
    })
    socket.on('error', () => {}) // a reset after the server's answer still leaves the answer to check
    socket.on('close', () => {
      clearTimeout(giveUp)
      clearInterval(dribbling)
      if (received === '') reject(new Error('the server closed the connection without an answer'))
      else resolve(parse(received))
    })
    const head = Object.entries({ host: `127.0.0.1:${port}`, ...request.headers })
      .map(([name, value]) => `${name}: ${value}\r\n`)
      .join('')
    socket.write(`${request.method ?? 'POST'} ${request.path} HTTP/1.1\r\n${head}\r\n${request.body ?? ''}`)
    const { dribble } = request
    if (dribble !== undefined) {
      let at = 0
      dribbling = setInterval(() => {
        if (at < dribble.bytes.length && received === '' && !socket.destroyed) socket.write(dribble.bytes[at++] ?? '')
      }, dribble.every)
    }
  })
}
