import { sign, verify } from '@alipay-kit/core'
import { afterEach, describe, expect, it } from 'vitest'
import { type AlipaySimulator, TEST_CLIENT_ID, TEST_KEYS } from '../src/index.js'
import { payBody, startTestSimulator } from './helpers.js'
import { type RawResponse, rawRequest } from './raw-http.js'

const simulators: AlipaySimulator[] = []
afterEach(async () => {
  for (const sim of simulators.splice(0)) await sim.close()
})

async function simulator(tls: boolean): Promise<AlipaySimulator> {
  const sim = await startTestSimulator({ tls })
  simulators.push(sim)
  return sim
}

interface Sent {
  /** The request target on the request line. */
  readonly target: string
  /** The path the signature covers. */
  readonly signedPath: string
  readonly body?: string
}

/** A request as the Python SDK writes it: ISO request-time, its header names and order. */
function pythonStyle(sim: AlipaySimulator, { target, signedPath, body = JSON.stringify(payBody()) }: Sent) {
  const time = new Date().toISOString().replace(/\.\d{3}Z$/, '+00:00')
  const signature = sign({ path: signedPath, clientId: TEST_CLIENT_ID, time, body }, TEST_KEYS.merchant.privateKeyPem)
  const head = [
    `POST ${target} HTTP/1.1`,
    'Host: 127.0.0.1',
    'Content-type: application/json; charset=UTF-8',
    `Request-Time: ${time}`,
    `client-id: ${TEST_CLIENT_ID}`,
    `Signature: ${signature}`,
  ].join('\r\n')
  return rawRequest(sim.url, head, body, sim.ca)
}

function result(res: RawResponse): unknown {
  return (JSON.parse(res.body) as { result: unknown }).result
}

/** The simulator's response signature, checked over `path` as the Python SDK checks it. */
function responseVerifies(sim: AlipaySimulator, res: RawResponse, path: string): boolean {
  const header = (name: string) => res.headers.get(name) ?? ''
  return verify(
    { path, clientId: header('client-id'), time: header('response-time'), body: res.body },
    header('signature'),
    sim.alipayPublicKey,
  )
}

const PAY = '/ams/api/v1/payments/pay'

describe('absolute-form request targets (RFC 7230 §5.3.2, issue 12)', () => {
  it('routes POST https://127.0.0.1/ams/api/v1/payments/pay over TLS and verifies the signature over its path, as the Python SDK sends it', async () => {
    const sim = await simulator(true)
    const res = await pythonStyle(sim, { target: `https://127.0.0.1${PAY}`, signedPath: PAY })
    expect(res.status).toBe(200)
    expect(result(res)).toMatchObject({ resultStatus: 'U', resultCode: 'PAYMENT_IN_PROCESS' })
    expect(responseVerifies(sim, res, PAY)).toBe(true)
    expect(sim.requests.map((r) => [r.path, r.api, r.sandbox])).toEqual([[PAY, '/v1/payments/pay', false]])
  })

  it('refuses a signature made over the whole absolute URI: the path is what is signed', async () => {
    const sim = await simulator(false)
    const target = `http://127.0.0.1${PAY}`
    const res = await pythonStyle(sim, { target, signedPath: target })
    expect(res.status).toBe(200)
    expect(result(res)).toMatchObject({ resultStatus: 'F', resultCode: 'INVALID_SIGNATURE' })
    expect(sim.payments).toHaveLength(0)
  })

  it('keeps the sandbox path, a port in the authority and a query as sent', async () => {
    const sim = await simulator(false)
    const path = '/ams/sandbox/api/v1/payments/inquiryPayment?trace=1'
    const body = JSON.stringify({ paymentRequestId: 'NO_SUCH_PAYMENT' })
    const res = await pythonStyle(sim, { target: `HTTP://localhost:443${path}`, signedPath: path, body })
    expect(result(res)).toMatchObject({ resultStatus: 'F', resultCode: 'ORDER_NOT_EXIST' })
    expect(responseVerifies(sim, res, path)).toBe(true)
    expect(sim.requests.map((r) => [r.path, r.api, r.sandbox])).toEqual([[path, '/v1/payments/inquiryPayment', true]])
  })

  it('answers 404 to an absolute URI outside the API and to a path starting //', async () => {
    const sim = await simulator(false)
    for (const target of ['https://127.0.0.1/ams/other', `//127.0.0.1${PAY}`, 'https://127.0.0.1']) {
      const res = await pythonStyle(sim, { target, signedPath: PAY })
      expect([target, res.status]).toEqual([target, 404])
    }
    expect(sim.requests).toHaveLength(0)
  })
})
