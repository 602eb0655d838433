import type { IncomingHttpHeaders, OutgoingHttpHeaders } from 'node:http'

/*
 * The simulator's HTTP layer reads requests and writes responses through these two shapes, which
 * node:http's IncomingMessage and ServerResponse and node:http2's compatibility Http2ServerRequest
 * and Http2ServerResponse all have: in TLS mode one port answers HTTP/1.1 and HTTP/2 (the Java
 * and Python SDKs send meter/uploadEvent over HTTP/2 only, docs/protocol.md §4.2).
 */

/** A request, over HTTP/1.1 or HTTP/2. */
export interface SimulatorRequest {
  /** The request target: the path (or an absolute URI) of HTTP/1.1, the `:path` of HTTP/2. */
  readonly url?: string
  readonly method?: string
  readonly headers: IncomingHttpHeaders
  /** 1 or 2. */
  readonly httpVersionMajor: number
  on(event: 'data', listener: (chunk: Buffer) => void): unknown
  on(event: 'end', listener: () => void): unknown
  on(event: 'error', listener: (error: Error) => void): unknown
  destroy(): unknown
}

/** A response, over HTTP/1.1 or HTTP/2. */
export interface SimulatorResponse {
  readonly headersSent: boolean
  /** HTTP/1.1: whether the connection is gone. */
  readonly destroyed?: boolean
  /** HTTP/2: the stream, gone when the client reset it or the session closed. */
  readonly stream?: { readonly destroyed: boolean }
  writeHead(status: number, headers?: OutgoingHttpHeaders): SimulatorResponse
  end(): unknown
  end(body: string): unknown
  once(event: 'close', listener: () => void): unknown
  off(event: 'close', listener: () => void): unknown
  destroy(): unknown
}

/** Whether the client can no longer get an answer (it left, or the simulator is closing). */
export function isGone(res: SimulatorResponse): boolean {
  return res.destroyed === true || res.stream?.destroyed === true
}
