import { sign, verify } from '@alipay-kit/core'
import { afterEach, describe, expect, it } from 'vitest'
import { type AlipaySimulator, TEST_CLIENT_ID, TEST_KEYS } from '../src/index.js'
import { requestId, startTestSimulator } from './helpers.js'
import { type RawResponse, rawRequest } from './raw-http.js'

// Issue 12: the official SDKs send some requests outside /ams/api. Every SDK (Java
// AlipayCreateExchangeRequest, Python, Go, .NET) sends createExchange to
// /ams/v1/aba/funds/createExchange; their sandbox rewrite of /ams/api leaves it as it is. The
// simulator serves each such path as spelled, verifies the signature over it and signs its answer
// over it, so an unmodified SDK completes the call.
const SDK_PATHS = ['/ams/v1/aba/funds/createExchange'] as const

const simulators: AlipaySimulator[] = []
afterEach(async () => {
  for (const sim of simulators.splice(0)) await sim.close()
})

async function simulator(tls: boolean, clientId = TEST_CLIENT_ID): Promise<AlipaySimulator> {
  const sim = await startTestSimulator({ tls, clientId })
  simulators.push(sim)
  return sim
}

const exchange = () => ({
  exchangeRequestId: requestId('EXCHANGE'),
  sellAmount: { currency: 'USD', value: '10000' },
  buyAmount: { currency: 'SGD' },
  exchangeTradeType: 'SPOT',
  exchangeMode: 'APPOINTED',
})

/** A request as the Java SDK writes it: millisecond request-time, its header names, the path signed. */
function javaStyle(sim: AlipaySimulator, path: string, clientId: string, signedPath = path) {
  const body = JSON.stringify(exchange())
  const time = String(Date.now())
  const signature = sign({ path: signedPath, clientId, time, body }, TEST_KEYS.merchant.privateKeyPem)
  const head = [
    `POST ${path} HTTP/1.1`,
    'Host: localhost',
    'Content-Type: application/json; charset=UTF-8',
    `Request-Time: ${time}`,
    `client-id: ${clientId}`,
    `Signature: algorithm=RSA256,keyVersion=1,signature=${signature.split('signature=')[1]}`,
  ].join('\r\n')
  return rawRequest(sim.url, head, body, sim.ca)
}

/** The simulator's response signature over `path`, as the SDK checks it. */
function signedOver(sim: AlipaySimulator, res: RawResponse, path: string): boolean {
  const header = (name: string) => res.headers.get(name) ?? ''
  return verify(
    { path, clientId: header('client-id'), time: header('response-time'), body: res.body },
    header('signature'),
    sim.alipayPublicKey,
  )
}

describe('paths the official SDKs send outside /ams/api (issue 12)', () => {
  it.each(SDK_PATHS)('answers a signed request to %s over TLS with a signed success', async (path) => {
    const sim = await simulator(true)
    const res = await javaStyle(sim, path, TEST_CLIENT_ID)
    expect(res.status).toBe(200)
    const answer = JSON.parse(res.body) as { result: { resultStatus: string }; buyAmount: unknown }
    expect(answer.result.resultStatus).toBe('S')
    expect(answer.buyAmount).toEqual({ currency: 'SGD', value: '13500' })
    expect(signedOver(sim, res, path)).toBe(true)
    expect(sim.requests.at(-1)).toMatchObject({ path, api: '/v1/aba/funds/createExchange', sandbox: false })
  })

  it.each(SDK_PATHS)(
    'answers %s unchanged for a SANDBOX_ client id, as the SDKs send it in sandbox mode',
    async (path) => {
      const sandboxId = 'SANDBOX_5YSDKPATHS0001'
      const sim = await simulator(false, sandboxId)
      const res = await javaStyle(sim, path, sandboxId)
      expect(JSON.parse(res.body)).toMatchObject({ result: { resultStatus: 'S' } })
      expect(signedOver(sim, res, path)).toBe(true)
    },
  )

  it.each(SDK_PATHS)('refuses a signature over another path than %s (INVALID_SIGNATURE)', async (path) => {
    const sim = await simulator(false)
    const res = await javaStyle(sim, path, TEST_CLIENT_ID, '/ams/api/v1/aba/funds/createExchange')
    expect(JSON.parse(res.body)).toMatchObject({ result: { resultStatus: 'F', resultCode: 'INVALID_SIGNATURE' } })
    expect(signedOver(sim, res, path)).toBe(true)
  })

  it("still answers the docs' /ams/api/v1/aba/funds/createExchange, and nothing else outside /ams/api", async () => {
    const sim = await simulator(false)
    const docs = await javaStyle(sim, '/ams/api/v1/aba/funds/createExchange', TEST_CLIENT_ID)
    expect(JSON.parse(docs.body)).toMatchObject({ result: { resultStatus: 'S' } })
    const other = await javaStyle(sim, '/ams/v1/aba/funds/inquireExchange', TEST_CLIENT_ID)
    expect(other.status).toBe(404)
  })
})
