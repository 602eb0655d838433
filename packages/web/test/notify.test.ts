import { type AlipayError, alipayNotify, memoryNotificationStore, NOTIFICATION_ACK } from '@alipay-kit/web'
import { describe, expect, it } from 'vitest'
import { CLIENT_ID, keys, paymentResult, signNotification } from '../../../test/contract/notification.js'

const base = { alipayPublicKey: keys.publicKeyPem, clientId: CLIENT_ID, logger: silent() }

function silent() {
  return { warn: () => {}, error: () => {} }
}

function post(path: string, signed: { headers: Record<string, string>; body: string | Uint8Array }, url = path) {
  return new Request(`https://shop.example${url}`, { method: 'POST', headers: signed.headers, body: signed.body })
}

async function resultCode(response: Response): Promise<unknown> {
  return ((await response.json()) as { result?: { resultCode?: unknown } }).result?.resultCode
}

describe('alipayNotify, the fetch handler (issue 11)', () => {
  it('acknowledges a valid notification only after its typed handler resolved', async () => {
    const order: string[] = []
    const notify = alipayNotify({
      ...base,
      on: {
        PAYMENT_RESULT: async (n, request) => {
          await new Promise((resolve) => setTimeout(resolve, 20))
          order.push(`handled ${n.paymentRequestId} ${n.paymentAmount.value} ${request instanceof Request}`)
        },
      },
    })
    const response = await notify(post('/alipay/notify', signNotification(paymentResult('order-1'))))
    order.push('answered')
    expect(response.status).toBe(200)
    expect(await response.text()).toBe(NOTIFICATION_ACK)
    expect(order).toEqual(['handled order-1 30000 true', 'answered'])
  })

  it('refuses one changed byte with 401 and never calls the handler', async () => {
    const seen: unknown[] = []
    const notify = alipayNotify({ ...base, on: { PAYMENT_RESULT: (n) => void seen.push(n) } })
    const signed = signNotification(paymentResult('order-1'))
    const response = await notify(post('/alipay/notify', { ...signed, body: signed.body.replace('30000', '90000') }))
    expect(response.status).toBe(401)
    expect(await resultCode(response)).toBe('ERR_ALIPAY_SIGNATURE_INVALID')
    expect(seen).toHaveLength(0)
  })

  it('answers a handler failure with 500, and the resend reaches the handler again', async () => {
    let calls = 0
    const notify = alipayNotify({
      ...base,
      onError: () => {},
      on: {
        PAYMENT_RESULT: () => {
          calls++
          if (calls === 1) throw new Error('database down')
        },
      },
    })
    const signed = signNotification(paymentResult('order-2'))
    const first = await notify(post('/alipay/notify', signed))
    expect(first.status).toBe(500)
    expect(await resultCode(first)).toBe('ERR_ALIPAY_HANDLER_FAILED')
    const resend = await notify(post('/alipay/notify', signed))
    expect(await resend.text()).toBe(NOTIFICATION_ACK)
    // Done now: a third delivery is acknowledged without the handler (exactly once, §9.10).
    expect(await (await notify(post('/alipay/notify', signed))).text()).toBe(NOTIFICATION_ACK)
    expect(calls).toBe(2)
  })

  it('claims in the given dedupe store, and runs every delivery with dedupe: false', async () => {
    const store = memoryNotificationStore()
    let withStore = 0
    let without = 0
    const a = alipayNotify({ ...base, dedupe: store, on: { PAYMENT_RESULT: () => void withStore++ } })
    const b = alipayNotify({ ...base, dedupe: store, on: { PAYMENT_RESULT: () => void withStore++ } })
    const c = alipayNotify({ ...base, dedupe: false, on: { PAYMENT_RESULT: () => void without++ } })
    const signed = signNotification(paymentResult('order-3'))
    for (const notify of [a, b, a]) expect((await notify(post('/alipay/notify', signed))).status).toBe(200)
    for (let i = 0; i < 2; i++) expect((await c(post('/alipay/notify', signed))).status).toBe(200)
    expect(withStore).toBe(1)
    expect(without).toBe(2)
  })

  it('applies the body limit, before reading when declared and while reading when not', async () => {
    const errors: string[] = []
    const notify = alipayNotify({
      ...base,
      limit: 100,
      onError: (e: AlipayError) => void errors.push(e.code),
      on: { PAYMENT_RESULT: () => {} },
    })
    const signed = signNotification(paymentResult('order-4', { pad: 'x'.repeat(200) }))
    const declared = await notify(post('/alipay/notify', signed))
    expect(declared.status).toBe(413)
    expect(declared.headers.get('connection')).toBe('close')
    const stream = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(new TextEncoder().encode(signed.body))
        controller.close()
      },
    })
    const streamed = await notify(
      new Request('https://shop.example/alipay/notify', {
        method: 'POST',
        headers: signed.headers,
        body: stream,
        duplex: 'half',
      } as RequestInit),
    )
    expect(streamed.status).toBe(413)
    expect(errors).toEqual(['ERR_ALIPAY_BODY_TOO_LARGE', 'ERR_ALIPAY_BODY_TOO_LARGE'])
  })

  it('answers a body that never finishes with 408 after bodyTimeout', async () => {
    const signed = signNotification(paymentResult('order-5'))
    const notify = alipayNotify({ ...base, bodyTimeout: 50, onError: () => {}, on: { PAYMENT_RESULT: () => {} } })
    const never = new ReadableStream<Uint8Array>({ start: (c) => c.enqueue(new Uint8Array([123])) })
    const response = await notify(
      new Request('https://shop.example/alipay/notify', {
        method: 'POST',
        headers: signed.headers,
        body: never,
        duplex: 'half',
      } as RequestInit),
    )
    expect(response.status).toBe(408)
    expect(await resultCode(response)).toBe('ERR_ALIPAY_BODY_TIMEOUT')
  })

  it('checks the request-time window, and publicPath when a proxy rewrote the path', async () => {
    const on = { PAYMENT_RESULT: () => {} }
    const stale = signNotification(paymentResult('order-6'), { time: String(Date.now() - 26 * 3600_000) })
    const windowed = await alipayNotify({ ...base, onError: () => {}, on })(post('/alipay/notify', stale))
    expect(await resultCode(windowed)).toBe('ERR_ALIPAY_REQUEST_TIME_OUT_OF_WINDOW')
    const open = await alipayNotify({ ...base, requestTimeWindow: false, on })(post('/alipay/notify', stale))
    expect(open.status).toBe(200)
    const signedForPublic = signNotification(paymentResult('order-7'), { path: '/public/notify' })
    const rewritten = post('/internal/notify', signedForPublic)
    expect((await alipayNotify({ ...base, onError: () => {}, on })(rewritten.clone())).status).toBe(401)
    expect((await alipayNotify({ ...base, publicPath: '/public/notify', on })(rewritten)).status).toBe(200)
  })

  it('refuses another method with 405, answers 404 off its path, and a body read first with ERR_ALIPAY_BODY_CONSUMED', async () => {
    const notify = alipayNotify({
      ...base,
      path: '/alipay/notify',
      onError: () => {},
      on: { PAYMENT_RESULT: () => {} },
    })
    const signed = signNotification(paymentResult('order-8'))
    const get = await notify(new Request('https://shop.example/alipay/notify', { headers: signed.headers }))
    expect(get.status).toBe(405)
    expect((await notify(post('/elsewhere', signed))).status).toBe(404)
    const read = post('/alipay/notify', signed)
    await read.text()
    const consumed = await notify(read)
    expect(await resultCode(consumed)).toBe('ERR_ALIPAY_BODY_CONSUMED')
  })

  it('checks options at creation, and a bad key rejects ready and answers 500 coded', async () => {
    expect(() => alipayNotify({ ...base })).toThrow(expect.objectContaining({ code: 'ERR_ALIPAY_OPTION_INVALID' }))
    expect(() => alipayNotify({ ...base, publicPath: 'x', on: {} })).toThrow(
      expect.objectContaining({ code: 'ERR_ALIPAY_OPTION_INVALID' }),
    )
    const notify = alipayNotify({
      ...base,
      alipayPublicKey: keys.privateKeyPkcs8Pem,
      onError: () => {},
      on: { PAYMENT_RESULT: () => {} },
    })
    await expect(notify.ready).rejects.toMatchObject({ code: 'ERR_ALIPAY_KEY_TYPE_MISMATCH' })
    const response = await notify(post('/alipay/notify', signNotification(paymentResult('order-9'))))
    expect(response.status).toBe(500)
    expect(await resultCode(response)).toBe('ERR_ALIPAY_KEY_TYPE_MISMATCH')
  })
})

describe('the shared scratch trap on the async path (issue 11)', () => {
  it('accepts no forged notification among many concurrent valid and forged ones', async () => {
    const accepted: string[] = []
    const notify = alipayNotify({
      ...base,
      dedupe: false,
      onError: () => {},
      on: { PAYMENT_RESULT: (n) => void accepted.push(n.paymentRequestId) },
    })
    // The query string makes each verification try two signed paths (protocol.md §9.4), so it awaits
    // WebCrypto between its own checks: what it checks must not change while it waits.
    const url = '/alipay/notify?delivery=1'
    const requests: Array<{ forged: boolean; request: Request }> = []
    for (let i = 0; i < 400; i++) {
      const signed = signNotification(paymentResult(`valid-${i}`))
      if (i % 2 === 0) {
        requests.push({ forged: false, request: post('/alipay/notify', signed, url) })
      } else {
        // Forged: another body under a valid signature, and a well-formed signature of the right
        // size over nothing Alipay signed. Either passes only if it borrows a concurrent request's bytes.
        const body = signed.body.replace(`valid-${i}`, `forged-${i}`)
        const header = i % 4 === 1 ? signed.headers.signature : signNotification('{}').headers.signature
        requests.push({
          forged: true,
          request: post('/alipay/notify', { headers: { ...signed.headers, signature: header as string }, body }, url),
        })
      }
    }
    const responses = await Promise.all(requests.map(({ request }) => notify(request)))
    const forgedAccepted = requests.filter(({ forged }, i) => forged && responses[i]?.status === 200)
    const validRefused = requests.filter(({ forged }, i) => !forged && responses[i]?.status !== 200)
    expect(forgedAccepted).toHaveLength(0)
    expect(validRefused).toHaveLength(0)
    expect(accepted.filter((id) => id.startsWith('forged'))).toEqual([])
    expect(accepted).toHaveLength(200)
  })
})
