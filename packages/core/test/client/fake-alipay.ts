import { readFileSync } from 'node:fs'
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { type AlipayClientOptions, createAlipayClient, sign, verify } from '../../src/index.js'

/**
 * A hand-written stand-in for Alipay on 127.0.0.1: it verifies each request's signature with the
 * merchant's public key and signs its answers with "Alipay's" key, which is the vectors' wrong*
 * pair so the two sides hold different keys.
 */
const vectors = JSON.parse(readFileSync(new URL('../fixtures/vectors.json', import.meta.url), 'utf8')) as {
  keys: Record<string, string>
}
export const keys = {
  merchantPrivate: vectors.keys.privateKeyPkcs8Pem as string,
  merchantPublic: vectors.keys.publicKeyPem as string,
  alipayPrivate: vectors.keys.wrongPrivateKeyPkcs8Base64 as string,
  alipayPublic: vectors.keys.wrongPublicKeyBase64Der as string,
}

export const CLIENT_ID = 'TEST_5YBZ1N2ZZGKR01234'

/** A request as the fake received it. */
export interface Received {
  readonly path: string
  readonly headers: IncomingMessage['headers']
  readonly body: string
  /** Whether the request signature verified with the merchant's public key. */
  readonly signatureValid: boolean
}

/** What the fake answers; by default a signed 200 with a result S. */
export interface Reply {
  readonly status?: number
  readonly body?: string | object
  /** `false` sends no signature; 'merchant-key' signs with the wrong (merchant's) key. */
  readonly sign?: boolean | 'merchant-key'
  readonly responseTime?: string | false
  /** Signs with this time while sending `responseTime` (a header altered after signing). */
  readonly signedTime?: string
  /** Changes the bytes after signing. */
  readonly tamper?: (body: string) => string
  /** Drops the connection without answering. */
  readonly destroy?: boolean
  /** Never answers. */
  readonly hang?: boolean
}

export const S = { result: { resultCode: 'SUCCESS', resultStatus: 'S', resultMessage: 'success' } }

export interface FakeAlipay {
  readonly baseUrl: string
  readonly received: Received[]
  /** Replies in order; the last one repeats. */
  reply(...replies: Array<Reply | ((req: Received) => Reply)>): void
  client(options?: Partial<AlipayClientOptions>): ReturnType<typeof createAlipayClient>
  close(): Promise<void>
}

function answer(res: ServerResponse, req: Received, reply: Reply): void {
  const text = typeof reply.body === 'string' ? reply.body : JSON.stringify(reply.body ?? S)
  // Now by default: the client refuses a response-time outside its window (docs/protocol.md §9.6).
  const time = reply.responseTime ?? String(Date.now())
  const headers: Record<string, string> = { 'content-type': 'application/json; charset=UTF-8', 'client-id': CLIENT_ID }
  if (time !== false) headers['response-time'] = time
  if (reply.sign !== false) {
    const key = reply.sign === 'merchant-key' ? keys.merchantPrivate : keys.alipayPrivate
    const clientId = String(req.headers['client-id'])
    headers.signature = sign({ path: req.path, clientId, time: reply.signedTime ?? (time || ''), body: text }, key)
  }
  res.writeHead(reply.status ?? 200, headers).end(reply.tamper ? reply.tamper(text) : text)
}

/** Starts the fake on 127.0.0.1 with an ephemeral port. */
export async function startFakeAlipay(): Promise<FakeAlipay> {
  const received: Received[] = []
  let replies: Array<Reply | ((req: Received) => Reply)> = [{}]
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = []
    req.on('data', (chunk: Buffer) => chunks.push(chunk))
    req.on('end', () => {
      const body = Buffer.concat(chunks).toString('utf8')
      const headers = req.headers
      const path = req.url ?? ''
      const input = { path, clientId: String(headers['client-id']), time: String(headers['request-time']), body }
      const signatureValid = verify(input, String(headers.signature), keys.merchantPublic)
      const record: Received = { path, headers, body, signatureValid }
      received.push(record)
      const next = (replies.length > 1 ? replies.shift() : replies[0]) as Reply | ((r: Received) => Reply)
      const reply = typeof next === 'function' ? next(record) : next
      if (reply.destroy) req.socket.destroy()
      else if (!reply.hang) answer(res, record, reply)
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  return {
    baseUrl,
    received,
    reply(...next) {
      replies = next
    },
    client(options = {}) {
      return createAlipayClient({
        clientId: CLIENT_ID,
        privateKey: keys.merchantPrivate,
        alipayPublicKey: keys.alipayPublic,
        baseUrl,
        retryDelay: 1,
        ...options,
      })
    },
    close() {
      server.closeAllConnections()
      return new Promise((resolve) => server.close(() => resolve()))
    },
  }
}
