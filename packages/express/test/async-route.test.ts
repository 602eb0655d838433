import { type AddressInfo, createServer } from 'node:net'
import { isAlipayError } from '@alipay-kit/core'
import { alipayClient, getAlipay } from '@alipay-kit/express'
import { TEST_CLIENT_ID, TEST_KEYS } from '@alipay-kit/testing'
import express, { type ErrorRequestHandler, type Express, type RequestHandler } from 'express'
import express4 from 'express4'
import { afterEach, describe, expect, it } from 'vitest'

// The /checkout route of README.md, examples/express and getAlipay's TSDoc (issue 10). Express 4
// ignores the promise an async route returns: without the try/catch, a failed API call is an
// unhandled rejection, which ends a Node process by default, and the request never gets an answer.
// Express 5 forwards a rejection itself; the pattern is safe on both.
const checkout: RequestHandler = async (req, res, next) => {
  try {
    const outcome = await getAlipay(req).pay({
      productCode: 'CASHIER_PAYMENT',
      paymentRequestId: 'order-1001',
      paymentAmount: { currency: 'USD', value: '1000' },
      paymentMethod: { paymentMethodType: 'ALIPAY_CN' },
    })
    res.json({ status: outcome.status, redirectTo: outcome.response.normalUrl })
  } catch (error) {
    next(error) // Express 4 does not catch a rejected promise; Express 5 would
  }
}

/** The app's error handler: Alipay's coded errors as 502 with the code, the rest as 500. */
const onError: ErrorRequestHandler = (error, _req, res, _next) => {
  if (isAlipayError(error)) res.status(502).json({ code: error.code })
  else res.status(500).json({ code: 'INTERNAL' })
}

/** A port nothing listens on: every API call fails with a transport error. */
async function closedPort(): Promise<number> {
  const server = createServer()
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  await new Promise((resolve) => server.close(resolve))
  return port
}

const servers: Array<{ close(): void; closeAllConnections(): void }> = []
afterEach(() => {
  for (const server of servers.splice(0)) {
    server.closeAllConnections()
    server.close()
  }
})

async function shop(app: Express): Promise<string> {
  app.use(
    alipayClient({
      clientId: TEST_CLIENT_ID,
      privateKey: TEST_KEYS.merchant.privateKeyPem,
      alipayPublicKey: TEST_KEYS.alipay.publicKeyPem,
      baseUrl: `http://127.0.0.1:${await closedPort()}`,
      retries: 0,
    }),
  )
  app.post('/checkout', checkout)
  app.use(onError)
  const server = app.listen(0, '127.0.0.1')
  servers.push(server)
  await new Promise((resolve) => server.once('listening', resolve))
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`
}

describe.each([
  ['Express 4', express4],
  ['Express 5', express],
])('the async /checkout route on %s', (_name, createApp) => {
  it("hands a failed API call to the app's error handler: an answer, no unhandled rejection", async () => {
    const url = await shop(createApp())
    const response = await fetch(`${url}/checkout`, { method: 'POST', signal: AbortSignal.timeout(10_000) })
    expect(response.status).toBe(502)
    expect(await response.json()).toEqual({ code: 'ERR_ALIPAY_NETWORK' })
  })
})
