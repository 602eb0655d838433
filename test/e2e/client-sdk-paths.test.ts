import { createAlipayClient, ENDPOINT_PATHS } from '@alipay-kit/core'
import { type AlipaySimulator, startAlipaySimulator, TEST_CLIENT_ID, TEST_KEYS } from '@alipay-kit/testing'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

// Issue 12: the client sends each endpoint to the path the official SDKs use, also where that is
// outside /ams/api (every SDK sends createExchange to /ams/v1/aba/funds/createExchange, sandbox
// mode included). The real client against the real simulator, signatures checked both ways.

const SANDBOX_ID = 'SANDBOX_5YSDKPATHS0002'

let sim: AlipaySimulator
beforeAll(async () => {
  sim = await startAlipaySimulator({
    merchants: [
      { clientId: TEST_CLIENT_ID, publicKey: TEST_KEYS.merchant.publicKeyPem },
      { clientId: SANDBOX_ID, publicKey: TEST_KEYS.merchant.publicKeyPem },
    ],
    alipayPrivateKey: TEST_KEYS.alipay.privateKeyPem,
  })
})
afterAll(() => sim.close())

const clientFor = (clientId: string) =>
  createAlipayClient({
    clientId,
    privateKey: TEST_KEYS.merchant.privateKeyPem,
    alipayPublicKey: sim.alipayPublicKey,
    baseUrl: sim.url,
    retries: 0,
  })

let n = 0
const exchange = () => ({
  exchangeRequestId: `EXCHANGE_${Date.now()}_${++n}`,
  sellAmount: { currency: 'USD', value: '10000' },
  buyAmount: { currency: 'SGD', value: '' },
})

describe('aba.createExchange goes where the official SDKs send it', () => {
  it('has the whole SDK path in ENDPOINT_PATHS', () => {
    expect(ENDPOINT_PATHS['aba.createExchange']).toBe('/ams/v1/aba/funds/createExchange')
  })

  it.each([
    ['production', TEST_CLIENT_ID],
    ['sandbox', SANDBOX_ID],
  ])('%s client: /ams/v1/aba/funds/createExchange, signed, answered S and verified', async (_mode, clientId) => {
    const client = clientFor(clientId)
    const outcome = await client.aba.createExchange(exchange())
    expect(outcome.status).toBe('S')
    expect(outcome.response.buyAmount).toEqual({ currency: 'SGD', value: '13500' })
    expect(sim.requests.at(-1)).toMatchObject({
      path: '/ams/v1/aba/funds/createExchange',
      clientId,
      result: { resultStatus: 'S' },
    })
  })
})
