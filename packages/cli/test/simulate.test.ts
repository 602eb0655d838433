import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { createAlipayClient, NOTIFICATION_ACK } from '@alipay-kit/core'
import { TEST_KEYS } from '@alipay-kit/testing'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startCli, tempDir } from './run-cli.js'
import { watch } from './watch-output.js'

const CLIENT_ID = 'TEST_5YSIMULATE0001'

let tmp: Awaited<ReturnType<typeof tempDir>>
beforeAll(async () => {
  tmp = await tempDir({ 'merchant-public.pem': TEST_KEYS.merchant.publicKeyPem })
})
afterAll(() => tmp.remove())

describe('alipay-kit simulate', () => {
  it('prints its URL and Alipay key, logs each delivery attempt, and stops cleanly on SIGTERM', async () => {
    // A notify endpoint that fails the first delivery and acknowledges the resend.
    let calls = 0
    const app: Server = createServer((req, res) => {
      req.resume()
      calls += 1
      if (calls === 1) res.writeHead(500).end('not yet')
      else res.writeHead(200, { 'content-type': 'application/json' }).end(NOTIFICATION_ACK)
    })
    await new Promise<void>((resolve) => app.listen(0, '127.0.0.1', resolve))
    const notifyUrl = `http://127.0.0.1:${(app.address() as AddressInfo).port}/alipay/notify`

    const child = startCli(
      [
        'simulate',
        '--client-id',
        CLIENT_ID,
        '--merchant-public-key',
        tmp.path('merchant-public.pem'),
        '--port',
        '0',
        '--time-scale',
        '0.0001',
      ],
      { cwd: tmp.dir },
    )
    const out = watch(child.stdout)
    const exited = new Promise((resolve) => child.on('exit', (code, signal) => resolve({ code, signal })))
    try {
      const [, url] = await out.waitFor(/listening on (http:\/\/127\.0\.0\.1:\d+)/)
      const [, alipayPublicKey] = await out.waitFor(/ALIPAY_PUBLIC_KEY=(\S+)/)
      // The merchant gave its own public key: its private key is its own, never printed.
      await out.waitFor(/ALIPAY_PRIVATE_KEY: your own, the private half of --merchant-public-key/)
      expect(out.text()).not.toMatch(/ALIPAY_PRIVATE_KEY=/)
      const client = createAlipayClient({
        clientId: CLIENT_ID,
        privateKey: TEST_KEYS.merchant.privateKeyPem,
        alipayPublicKey: alipayPublicKey as string,
        baseUrl: url as string,
      })
      // An agreement payment settles at once, so the simulator notifies straight away.
      const paid = await client.pay({
        productCode: 'AGREEMENT_PAYMENT',
        paymentRequestId: 'CLI_SIM_0001',
        paymentAmount: { currency: 'USD', value: '1000' },
        order: {
          referenceOrderId: 'ORDER_1',
          orderDescription: 'CLI test',
          orderAmount: { currency: 'USD', value: '1000' },
        },
        paymentMethod: { paymentMethodType: 'ALIPAY_CN', paymentMethodId: 'TOKEN_1' },
        paymentNotifyUrl: notifyUrl,
        env: { terminalType: 'WEB' },
      } as Parameters<typeof client.pay>[0])
      expect(paid.status).toBe('S')
      await out.waitFor(/API {2}\/ams\/api\/v1\/payments\/pay {2}TEST_5YSIMULATE0001 {2}S SUCCESS/)
      await out.waitFor(
        /PAYMENT_RESULT {2}http:\/\/127\.0\.0\.1:\d+\/alipay\/notify {2}attempt 1\/8 {2}HTTP 500 {2}not acknowledged, next resend in 2 min \(12 ms real time\)/,
      )
      await out.waitFor(/PAYMENT_RESULT {2}\S+ {2}attempt 2\/8 {2}HTTP 200 {2}acknowledged\n/)
    } finally {
      child.kill('SIGTERM')
      await new Promise<void>((resolve) => app.close(() => resolve()))
    }
    expect(await exited).toEqual({ code: 0, signal: null })
    expect(out.text()).toMatch(/stopped: 2 delivery attempts\n$/)
  })
})
