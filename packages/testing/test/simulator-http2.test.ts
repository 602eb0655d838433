import { type ClientHttp2Session, connect, constants } from 'node:http2'
import { request as httpsRequest } from 'node:https'
import { sign, verify } from '@alipay-kit/core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type AlipaySimulator, TEST_CLIENT_ID, TEST_KEYS } from '../src/index.js'
import { payBody, requestId, startTestSimulator } from './helpers.js'

// Issue 12: the Java and Python SDKs send meter/uploadEvent over HTTP/2 only (J Http2JsonTransport
// forces HTTP/2; P requires its http2 extra), unsigned, with the X-Session-Id of a
// meter/createSession, and every other call over HTTP/1.1. The simulator's TLS mode answers both
// on one port (ALPN). The client here is node:http2, trusting the simulator's CA.

interface H2Answer {
  readonly status: number
  readonly headers: Record<string, string>
  readonly text: string
}

let sim: AlipaySimulator
let session: ClientHttp2Session
beforeAll(async () => {
  sim = await startTestSimulator({ tls: true })
  session = connect(sim.url, { ca: sim.ca })
  await new Promise<void>((resolve, reject) => {
    session.once('connect', () => resolve())
    session.once('error', reject)
  })
})
afterAll(async () => {
  session.close()
  await sim.close()
})

/** One POST over the HTTP/2 session. */
function h2Post(path: string, headers: Record<string, string>, body: string): Promise<H2Answer> {
  return new Promise((resolve, reject) => {
    const stream = session.request({
      [constants.HTTP2_HEADER_METHOD]: 'POST',
      [constants.HTTP2_HEADER_PATH]: path,
      'content-type': 'application/json; charset=UTF-8',
      accept: 'application/json',
      ...headers,
    })
    let status = 0
    let responseHeaders: Record<string, string> = {}
    stream.on('response', (h) => {
      status = Number(h[constants.HTTP2_HEADER_STATUS])
      responseHeaders = h as Record<string, string>
    })
    const chunks: Buffer[] = []
    stream.on('data', (chunk: Buffer) => chunks.push(chunk))
    stream.on('end', () => resolve({ status, headers: responseHeaders, text: Buffer.concat(chunks).toString('utf8') }))
    stream.on('error', reject)
    stream.end(body)
  })
}

/** A call signed as every SDK signs it, sent over HTTP/2. */
function signedH2(api: string, body: object): Promise<H2Answer> {
  const path = `/ams/api${api}`
  const text = JSON.stringify(body)
  const time = String(Date.now())
  const signature = sign({ path, clientId: TEST_CLIENT_ID, time, body: text }, TEST_KEYS.merchant.privateKeyPem)
  return h2Post(path, { 'client-id': TEST_CLIENT_ID, 'request-time': time, signature }, text)
}

const json = (answer: H2Answer) => JSON.parse(answer.text) as { result: { resultCode: string; resultStatus: string } }

/** An uploadEvent as the SDKs send it over HTTP/2: the session id, no signature, no client-id. */
function sdkUploadEvent(sessionId: string, eventName: string): Promise<H2Answer> {
  const body = {
    meters: [
      {
        eventName,
        events: [{ idempotencyKey: requestId('EVENT'), eventTimestamp: '1893456000000', payload: { value: '3' } }],
      },
    ],
  }
  return h2Post('/ams/api/v1/meter/uploadEvent', { 'x-session-id': sessionId }, JSON.stringify(body))
}

describe('HTTP/2 in TLS mode (issue 12)', () => {
  it('negotiates h2 by ALPN and answers a signed call with a signed response', async () => {
    expect(session.alpnProtocol).toBe('h2')
    const answer = await signedH2('/v1/payments/pay', payBody())
    expect(answer.status).toBe(200)
    expect(json(answer).result.resultStatus).toBe('U')
    const valid = verify(
      {
        path: '/ams/api/v1/payments/pay',
        clientId: answer.headers['client-id'] ?? '',
        time: answer.headers['response-time'] ?? '',
        body: answer.text,
      },
      answer.headers.signature ?? '',
      sim.alipayPublicKey,
    )
    expect(valid).toBe(true)
    expect(sim.requests.at(-1)).toMatchObject({ path: '/ams/api/v1/payments/pay', clientId: TEST_CLIENT_ID })
  })

  it('takes meter/uploadEvent as the SDKs send it: unsigned, with the X-Session-Id of meter/createSession', async () => {
    const meter = await signedH2('/v1/meter/create', { meterName: 'API calls', eventName: 'h2_call' })
    expect(json(meter).result.resultStatus).toBe('S')
    const opened = await signedH2('/v1/meter/createSession', { requestId: requestId('SESSION') })
    const { sessionId } = JSON.parse(opened.text) as { sessionId: string }
    const answer = await sdkUploadEvent(sessionId, 'h2_call')
    expect(answer.status).toBe(200)
    expect(JSON.parse(answer.text)).toEqual({
      result: { resultCode: 'SUCCESS', resultStatus: 'S', resultMessage: 'success' },
      errors: [],
    })
    expect(sim.requests.at(-1)).toMatchObject({ api: '/v1/meter/uploadEvent', clientId: TEST_CLIENT_ID })
  })

  it('refuses an unknown session (ACCESS_DENIED) and an unsigned call to any other API (INVALID_SIGNATURE)', async () => {
    const unknown = await sdkUploadEvent('METER_SESSION_NOPE', 'h2_call')
    expect(json(unknown).result).toMatchObject({ resultCode: 'ACCESS_DENIED', resultStatus: 'F' })
    const opened = await signedH2('/v1/meter/createSession', { requestId: requestId('SESSION') })
    const { sessionId } = JSON.parse(opened.text) as { sessionId: string }
    const elsewhere = await h2Post(
      '/ams/api/v1/meter/inquireList',
      { 'client-id': TEST_CLIENT_ID, 'x-session-id': sessionId, 'request-time': String(Date.now()) },
      '{}',
    )
    expect(json(elsewhere).result).toMatchObject({ resultCode: 'INVALID_SIGNATURE', resultStatus: 'F' })
  })

  it('still answers HTTP/1.1 on the same port', async () => {
    const version = await new Promise<string>((resolve, reject) => {
      const req = httpsRequest(`${sim.url}/checkout/NO_SUCH_PAYMENT`, { ca: sim.ca, agent: false }, (res) => {
        res.resume()
        res.on('end', () => resolve(`${res.httpVersion} ${res.statusCode}`))
      })
      req.on('error', reject)
      req.end()
    })
    expect(version).toBe('1.1 404')
  })

  it('close() ends open HTTP/2 sessions instead of waiting for them', async () => {
    const own = await startTestSimulator({ tls: true })
    const client = connect(own.url, { ca: own.ca })
    await new Promise<void>((resolve) => client.once('connect', () => resolve()))
    const ended = new Promise<void>((resolve) => client.once('close', () => resolve()))
    client.on('error', () => {})
    await own.close()
    await ended
    expect(client.closed || client.destroyed).toBe(true)
  })
})
