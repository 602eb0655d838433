import { createNotificationHandler, NOTIFICATION_ACK } from '@alipay-kit/core'
import { buildNotification, signNotification, TEST_CLIENT_ID, TEST_KEYS } from '@alipay-kit/testing'
import { beforeEach, describe, expect, it } from 'vitest'

// The two snippets of docs/serverless.md, as written there (markPaid records instead of writing
// an order), run against notifications signed with the test "Alipay" key: the guide stays true.
const paid: Array<[string, boolean]> = []
const markPaid = async (id: string, ok: boolean) => {
  paid.push([id, ok])
}
const env = { ALIPAY_PUBLIC_KEY: TEST_KEYS.alipay.publicKeyPem, ALIPAY_CLIENT_ID: TEST_CLIENT_ID }

// ---- docs/serverless.md, "A Fetch API handler on Node.js"
const handle = createNotificationHandler({
  alipayPublicKey: env.ALIPAY_PUBLIC_KEY, // Alipay's key, not yours
  clientId: env.ALIPAY_CLIENT_ID,
  on: {
    PAYMENT_RESULT: async (n) => markPaid(n.paymentRequestId, n.result?.resultStatus === 'S'),
  },
})

async function POST(request: Request): Promise<Response> {
  const head = { method: request.method, url: request.url, headers: request.headers }
  const refused = handle.precheck(head)
  if (refused) return new Response(refused.body, { status: refused.status, headers: refused.headers })
  const reply = await handle({ ...head, body: new Uint8Array(await request.arrayBuffer()) }, undefined)
  return new Response(reply.body, { status: reply.status, headers: reply.headers })
}

// ---- docs/serverless.md, "Lambda and other event-based functions"
interface HttpEvent {
  rawPath: string
  headers: Record<string, string | undefined>
  body?: string
  isBase64Encoded: boolean
  requestContext: { http: { method: string } }
}

async function handler(event: HttpEvent) {
  const body = event.isBase64Encoded ? Buffer.from(event.body ?? '', 'base64') : (event.body ?? '')
  const reply = await handle(
    { method: event.requestContext.http.method, url: event.rawPath, headers: event.headers, body },
    undefined,
  )
  return { statusCode: reply.status, headers: reply.headers, body: reply.body }
}
// ----

function signed(path: string, paymentRequestId: string) {
  return signNotification({
    notification: buildNotification('PAYMENT_RESULT', { paymentRequestId }),
    path,
    clientId: TEST_CLIENT_ID,
    privateKey: TEST_KEYS.alipay.privateKeyPem,
  })
}

/** The body with one character changed inside a JSON string value: still JSON, no longer signed. */
const tampered = (body: string) => body.replace('order-', 'ordeR-')

beforeEach(() => {
  paid.length = 0
})

describe('docs/serverless.md: a Fetch API handler on Node.js', () => {
  const url = 'https://shop.example/api/alipay/notify'

  it('acknowledges a signed notification after the handler ran', async () => {
    const { headers, body } = signed('/api/alipay/notify', 'order-fetch-1')
    const response = await POST(new Request(url, { method: 'POST', headers, body }))
    expect(response.status).toBe(200)
    expect(await response.text()).toBe(NOTIFICATION_ACK)
    expect(paid).toEqual([['order-fetch-1', true]])
  })

  it('refuses a tampered body with 401 and runs nothing', async () => {
    const { headers, body } = signed('/api/alipay/notify', 'order-fetch-2')
    expect(tampered(body)).not.toBe(body)
    const response = await POST(new Request(url, { method: 'POST', headers, body: tampered(body) }))
    expect(response.status).toBe(401)
    expect(paid).toEqual([])
  })

  it('refuses a request without its Signature header before reading the body', async () => {
    const { headers, body } = signed('/api/alipay/notify', 'order-fetch-3')
    const { signature: _, ...unsigned } = headers
    const response = await POST(new Request(url, { method: 'POST', headers: unsigned, body }))
    expect(response.status).toBe(400)
    expect(paid).toEqual([])
  })
})

describe('docs/serverless.md: an AWS Lambda HTTP API event', () => {
  const event = (body: string, headers: Record<string, string>, isBase64Encoded: boolean): HttpEvent => ({
    rawPath: '/alipay/notify',
    headers,
    body: isBase64Encoded ? Buffer.from(body).toString('base64') : body,
    isBase64Encoded,
    requestContext: { http: { method: 'POST' } },
  })

  for (const isBase64Encoded of [false, true]) {
    it(`acknowledges a signed notification (isBase64Encoded: ${isBase64Encoded})`, async () => {
      // A fresh order each time: the handler's store acknowledges a repeat without running it.
      const id = `order-lambda-${isBase64Encoded ? 'base64' : 'text'}`
      const { headers, body } = signed('/alipay/notify', id)
      const result = await handler(event(body, headers, isBase64Encoded))
      expect(result.statusCode).toBe(200)
      expect(result.body).toBe(NOTIFICATION_ACK)
      expect(paid).toEqual([[id, true]])
    })
  }

  it('refuses a tampered body with 401', async () => {
    const { headers, body } = signed('/alipay/notify', 'order-lambda-2')
    const result = await handler(event(tampered(body), headers, true))
    expect(result.statusCode).toBe(401)
    expect(paid).toEqual([])
  })
})
