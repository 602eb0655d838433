import { buildNotification, signNotification, TEST_CLIENT_ID, TEST_KEYS } from '@alipay-kit/testing'
import { type AlipayFetchHandler, alipayNotify, NOTIFICATION_ACK } from '@alipay-kit/web'
import { beforeEach, describe, expect, it } from 'vitest'

// The @alipay-kit/web snippets of docs/serverless.md, as written there (markPaid records), run
// against notifications signed with the test "Alipay" key: the guide stays true.
const paid: Array<[string, boolean]> = []
const markPaid = async (id: string, ok: boolean) => {
  paid.push([id, ok])
}
const process = { env: { ALIPAY_PUBLIC_KEY: TEST_KEYS.alipay.publicKeyPem, ALIPAY_CLIENT_ID: TEST_CLIENT_ID } }

// ---- docs/serverless.md, "Next.js (App Router)"
const POST = alipayNotify({
  alipayPublicKey: process.env.ALIPAY_PUBLIC_KEY, // Alipay's key, not yours
  clientId: process.env.ALIPAY_CLIENT_ID,
  on: {
    PAYMENT_RESULT: async (n) => markPaid(n.paymentRequestId, n.result?.resultStatus === 'S'),
  },
})

// ---- docs/serverless.md, "Cloudflare Workers"
interface Env {
  ALIPAY_PUBLIC_KEY: string
  ALIPAY_CLIENT_ID: string
}
let notify: AlipayFetchHandler | undefined
const worker = {
  fetch(request: Request, env: Env): Promise<Response> {
    notify ??= alipayNotify({
      alipayPublicKey: env.ALIPAY_PUBLIC_KEY,
      clientId: env.ALIPAY_CLIENT_ID,
      path: '/alipay/notify',
      on: { PAYMENT_RESULT: async (n) => markPaid(n.paymentRequestId, n.result?.resultStatus === 'S') },
    })
    return notify(request)
  },
}

// ---- docs/serverless.md, "AWS Lambda through the fetch handler"
interface HttpEvent {
  rawPath: string
  headers: Record<string, string | undefined>
  body?: string
  isBase64Encoded: boolean
  requestContext: { http: { method: string } }
}
const lambdaNotify = alipayNotify({
  alipayPublicKey: process.env.ALIPAY_PUBLIC_KEY,
  on: { PAYMENT_RESULT: async (n) => markPaid(n.paymentRequestId, true) },
})
async function handler(event: HttpEvent) {
  const body = event.isBase64Encoded ? Buffer.from(event.body ?? '', 'base64') : (event.body ?? '')
  const response = await lambdaNotify(
    new Request(`https://lambda${event.rawPath}`, {
      method: event.requestContext.http.method,
      headers: event.headers as Record<string, string>,
      body,
    }),
  )
  return { statusCode: response.status, headers: Object.fromEntries(response.headers), body: await response.text() }
}
// ----

function signed(id: string, path = '/alipay/notify') {
  return signNotification({
    notification: buildNotification('PAYMENT_RESULT', { paymentRequestId: id }),
    path,
    clientId: TEST_CLIENT_ID,
    privateKey: TEST_KEYS.alipay.privateKeyPem,
  })
}

beforeEach(() => {
  paid.length = 0
})

describe('docs/serverless.md, @alipay-kit/web', () => {
  it('the Next.js route acknowledges a signed notification and refuses a tampered one', async () => {
    const s = signed('next-1')
    const ok = await POST(
      new Request('https://shop.example/alipay/notify', { method: 'POST', headers: s.headers, body: s.body }),
    )
    expect(await ok.text()).toBe(NOTIFICATION_ACK)
    const bad = await POST(
      new Request('https://shop.example/alipay/notify', {
        method: 'POST',
        headers: s.headers,
        body: s.body.replace('next-', 'nexT-'),
      }),
    )
    expect(bad.status).toBe(401)
    expect(paid).toEqual([['next-1', true]])
  })

  it('the Worker serves its path with env, and 404 elsewhere', async () => {
    const env = { ALIPAY_PUBLIC_KEY: TEST_KEYS.alipay.publicKeyPem, ALIPAY_CLIENT_ID: TEST_CLIENT_ID }
    const s = signed('worker-1')
    const ok = await worker.fetch(
      new Request('https://w.example/alipay/notify', { method: 'POST', headers: s.headers, body: s.body }),
      env,
    )
    expect(ok.status).toBe(200)
    expect((await worker.fetch(new Request('https://w.example/other'), env)).status).toBe(404)
    expect(paid).toEqual([['worker-1', true]])
  })

  it('the Lambda handler acknowledges a base64 event body', async () => {
    const s = signed('lambda-1', '/prod/alipay/notify')
    const reply = await handler({
      rawPath: '/prod/alipay/notify',
      headers: s.headers,
      body: Buffer.from(s.body).toString('base64'),
      isBase64Encoded: true,
      requestContext: { http: { method: 'POST' } },
    })
    expect(reply.statusCode).toBe(200)
    expect(reply.body).toBe(NOTIFICATION_ACK)
    expect(paid).toEqual([['lambda-1', true]])
  })
})
