import { type ClientRequest, request as httpRequest } from 'node:http'
import { request as httpsRequest } from 'node:https'

const RESPONSE_LIMIT = 64 * 1024

/** What the merchant's endpoint answered, or why nothing came back. */
export interface Reply {
  readonly status: number | undefined
  /** The reply body, at most 64 KiB. */
  readonly body: string | undefined
  readonly error: string | undefined
}

/**
 * POSTs one notification and reads the reply. Never rejects: a network error or a timeout is a
 * reply with `error`. The request sits in `inFlight` while under way so `close()` can abort it.
 * No keep-alive agent: nothing stays open after the reply.
 */
export function postNotification(
  target: string,
  headers: Readonly<Record<string, string>>,
  text: string,
  timeoutMs: number,
  inFlight: Set<ClientRequest>,
): Promise<Reply> {
  return new Promise((resolve) => {
    const url = new URL(target)
    const send = url.protocol === 'https:' ? httpsRequest : httpRequest
    const body = Buffer.from(text, 'utf8')
    const req = send(url, {
      method: 'POST',
      headers: { ...headers, 'content-length': String(body.length) },
      agent: false,
    })
    inFlight.add(req)
    let settled = false
    const done = (reply: Reply) => {
      if (settled) return
      settled = true
      clearTimeout(timer)
      inFlight.delete(req)
      resolve(reply)
    }
    const timer = setTimeout(() => {
      done({ status: undefined, body: undefined, error: `no reply within ${timeoutMs} ms` })
      req.destroy()
    }, timeoutMs)
    req.on('error', (error) => done({ status: undefined, body: undefined, error: error.message }))
    req.on('response', (res) => {
      const chunks: Buffer[] = []
      let size = 0
      res.on('data', (chunk: Buffer) => {
        if (size < RESPONSE_LIMIT) chunks.push(chunk)
        size += chunk.length
      })
      res.on('end', () => {
        const reply = Buffer.concat(chunks).toString('utf8').slice(0, RESPONSE_LIMIT)
        done({ status: res.statusCode, body: reply, error: undefined })
      })
      res.on('error', (error) => done({ status: res.statusCode, body: undefined, error: error.message }))
    })
    req.end(body)
  })
}
