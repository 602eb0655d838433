import { createServer, type RequestListener, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { type AlipayNotification, createNotificationHandler, NOTIFICATION_ACK } from '@alipay-kit/core'
import { TEST_KEYS } from '@alipay-kit/testing'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { runCli, tempDir } from './run-cli.js'

const CLIENT_ID = 'SANDBOX_5YTRIGGER0001'

let tmp: Awaited<ReturnType<typeof tempDir>>
let server: Server | undefined
beforeAll(async () => {
  tmp = await tempDir({ 'alipay-private.pem': TEST_KEYS.alipay.privateKeyPem })
})
afterAll(() => tmp.remove())
afterEach(async () => {
  await new Promise<void>((resolve) => {
    if (server === undefined) return resolve()
    server.closeAllConnections()
    server.close(() => resolve())
  })
  server = undefined
})

async function listen(listener: RequestListener): Promise<string> {
  server = createServer(listener)
  const s = server
  await new Promise<void>((resolve) => s.listen(0, '127.0.0.1', resolve))
  return `http://127.0.0.1:${(s.address() as AddressInfo).port}`
}

/** A bare node:http notify endpoint that verifies with core, as an app would, and records what it got. */
async function notifyEndpoint(received: AlipayNotification[]): Promise<string> {
  const handle = createNotificationHandler({
    alipayPublicKey: TEST_KEYS.alipay.publicKeyPem,
    clientId: CLIENT_ID,
    onNotification: (notification) => {
      received.push(notification)
    },
  })
  return listen(async (req, res) => {
    const chunks: Buffer[] = []
    for await (const chunk of req) chunks.push(chunk as Buffer)
    const reply = await handle(
      {
        method: req.method ?? 'GET',
        url: req.url ?? '/',
        headers: req.headers,
        body: Buffer.concat(chunks),
      },
      undefined,
    )
    res.writeHead(reply.status, reply.headers).end(reply.body)
  })
}

function trigger(type: string, to: string, ...extra: string[]) {
  return runCli([
    'trigger',
    type,
    '--to',
    to,
    '--key',
    tmp.path('alipay-private.pem'),
    '--client-id',
    CLIENT_ID,
    ...extra,
  ])
}

describe('alipay-kit trigger', () => {
  it('delivers a signed notification that a verifying endpoint acknowledges: exit 0', async () => {
    const received: AlipayNotification[] = []
    const base = await notifyEndpoint(received)
    const { code, stdout } = await trigger(
      'payment_result',
      `${base}/alipay/notify`,
      '--set',
      'paymentRequestId=ORDER_42',
      '--set',
      'paymentAmount.value=500',
    )
    expect(code).toBe(0)
    expect(stdout).toContain('HTTP 200 OK')
    expect(stdout).toContain(NOTIFICATION_ACK)
    expect(stdout).toContain('acknowledged: the reply is the exact acknowledgement')
    expect(received).toHaveLength(1)
    expect(received[0]).toMatchObject({
      notifyType: 'PAYMENT_RESULT',
      paymentRequestId: 'ORDER_42',
      paymentAmount: { currency: 'USD', value: '500' },
    })
  })

  it('an endpoint that answers 500: not acknowledged, exit 1', async () => {
    const base = await listen((_req, res) => {
      res.statusCode = 500
      res.end('boom')
    })
    const { code, stdout } = await trigger('REFUND_RESULT', `${base}/alipay/notify`)
    expect(code).toBe(1)
    expect(stdout).toContain('HTTP 500')
    expect(stdout).toContain('not acknowledged')
  })

  // The same rule as the simulator's (docs/protocol.md §3.2, §9.12): any JSON whose result is S /
  // SUCCESS acknowledges, and trigger says when it is not the documented bytes.
  const ACCEPTED_BY_MEANING = [
    // The Java SDK's listener example: fastjson orders the keys alphabetically.
    ['keys reordered', '{"result":{"resultCode":"SUCCESS","resultMessage":"success","resultStatus":"S"}}'],
    // A Python merchant's json.dumps: a space after each colon and comma.
    ['Python-style spaces', '{"result": {"resultCode": "SUCCESS", "resultStatus": "S", "resultMessage": "success"}}'],
    ['pretty-printed', JSON.stringify(JSON.parse(NOTIFICATION_ACK), null, 1)],
  ] as const

  it.each(ACCEPTED_BY_MEANING)(
    'a 200 with the acknowledgement JSON, %s: acknowledged by meaning, exit 0, and says it is not the exact bytes',
    async (_name, reply) => {
      const base = await listen((req, res) => {
        req.resume()
        res.writeHead(200, { 'content-type': 'application/json' }).end(reply)
      })
      const { code, stdout } = await trigger('dispute', `${base}/notify`)
      expect(code).toBe(0)
      expect(stdout).toContain('acknowledged by meaning: HTTP 200 and a result of S / SUCCESS')
      expect(stdout).toContain('Accepted by meaning, not the exact bytes')
      expect(stdout).not.toContain('not acknowledged')
    },
  )

  it('says which difference it found: only the spacing, or the key order', async () => {
    const base = await listen((req, res) => {
      req.resume()
      res.end(req.url === '/pretty' ? ACCEPTED_BY_MEANING[2][1] : ACCEPTED_BY_MEANING[0][1])
    })
    const pretty = await trigger('refund_result', `${base}/pretty`)
    expect(pretty.code).toBe(0)
    expect(pretty.stdout).toContain('only its spacing differs')
    const reordered = await trigger('refund_result', `${base}/reordered`)
    expect(reordered.code).toBe(0)
    expect(reordered.stdout).toContain('its key order or its fields differ')
  })

  it.each([
    [
      'resultStatus F',
      '{"result":{"resultCode":"PROCESS_FAIL","resultStatus":"F","resultMessage":"retry"}}',
      'resultStatus "F", resultCode "PROCESS_FAIL"',
    ],
    [
      'resultCode other than SUCCESS',
      '{"result":{"resultCode":"OK","resultStatus":"S"}}',
      'resultStatus "S", resultCode "OK"',
    ],
    ['not JSON', 'success', 'The body is not JSON with a result object'],
    [
      'JSON without a result',
      '{"resultStatus":"S","resultCode":"SUCCESS"}',
      'The body is not JSON with a result object',
    ],
  ])('a 200 whose body is %s: not acknowledged, exit 1, with the reason', async (_name, reply, reason) => {
    const base = await listen((req, res) => {
      req.resume()
      res.end(reply)
    })
    const { code, stdout } = await trigger('dispute', `${base}/notify`)
    expect(code).toBe(1)
    expect(stdout).toContain('not acknowledged')
    expect(stdout).toContain(reason)
  })

  it('the exact acknowledgement bytes with HTTP 500: not acknowledged, exit 1', async () => {
    const base = await listen((req, res) => {
      req.resume()
      res.writeHead(500).end(NOTIFICATION_ACK)
    })
    const { code, stdout } = await trigger('dispute', `${base}/notify`)
    expect(code).toBe(1)
    expect(stdout).toContain('HTTP 500, not 200.')
  })

  it('a reply cut off mid-body is a network failure (exit 3) with its reason, not an "unexpected failure"', async () => {
    const base = await listen((req, res) => {
      req.resume()
      res.writeHead(200, { 'content-length': '200' })
      res.write('{"result":')
      setTimeout(() => res.socket?.destroy(), 20)
    })
    const { code, stderr } = await trigger('payment_result', `${base}/alipay/notify`)
    expect(code).toBe(3)
    expect(stderr).toContain(`error: the reply from ${base}/alipay/notify (HTTP 200) broke off`)
    expect(stderr).not.toContain('unexpected failure')
  })

  it('refuses a URL off this machine (exit 2) and an unknown type (exit 2), sending nothing', async () => {
    const remote = await trigger('payment_result', 'https://example.com/alipay/notify')
    expect(remote.code).toBe(2)
    expect(remote.stderr).toContain('example.com is not this machine')
    const unknown = await trigger('PAYMENT_TELEPORTED', 'http://127.0.0.1:9/alipay/notify')
    expect(unknown.code).toBe(2)
    expect(unknown.stderr).toContain('unknown notification type "PAYMENT_TELEPORTED"')
  })
})
