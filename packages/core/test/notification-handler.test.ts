import { readFileSync } from 'node:fs'
import { afterEach, describe, expect, expectTypeOf, it, vi } from 'vitest'
import {
  type AlipayError,
  AlipayHandlerError,
  createNotificationHandler,
  DEFAULT_NOTIFY_LIMIT,
  DEFAULT_NOTIFY_PATH,
  type IncomingNotification,
  NOTIFICATION_ACK,
  type NotificationHandlerOptions,
  type NotificationReply,
  type PaymentResultNotification,
  sign,
} from '../src/index.js'

const { keys } = JSON.parse(readFileSync(new URL('./fixtures/vectors.json', import.meta.url), 'utf8')) as {
  keys: Record<'publicKeyPem' | 'privateKeyPkcs8Pem' | 'wrongPrivateKeyPkcs8Base64', string>
}

const CLIENT_ID = 'SANDBOX_5YEZ2N2ZWBJ000001'
const NOW = 1_700_000_000_000
const PATH = '/alipay/notify'

const payment = (paymentRequestId = 'pay_1') => ({
  notifyType: 'PAYMENT_RESULT',
  result: { resultCode: 'SUCCESS', resultStatus: 'S', resultMessage: 'success' },
  paymentRequestId,
  paymentAmount: { currency: 'USD', value: '30000' },
})
const refund = {
  notifyType: 'REFUND_RESULT',
  result: { resultCode: 'SUCCESS', resultStatus: 'S', resultMessage: 'success' },
  refundStatus: 'SUCCESS',
  refundRequestId: 'ref_1',
  refundId: 'r_1',
  refundAmount: { currency: 'USD', value: '100' },
}

/** A notification signed with the vector key, as the neutral request a host hands over. */
function notification(payload: unknown, overrides: { key?: string; time?: string } = {}) {
  const body = typeof payload === 'string' ? payload : JSON.stringify(payload)
  const time = overrides.time ?? String(NOW)
  const signature = sign({ path: PATH, clientId: CLIENT_ID, time, body }, overrides.key ?? keys.privateKeyPkcs8Pem)
  return {
    method: 'POST',
    url: PATH,
    headers: { 'client-id': CLIENT_ID, 'request-time': time, signature, 'content-type': 'application/json' },
    body: Buffer.from(body),
  }
}

const base = { alipayPublicKey: keys.publicKeyPem, clientId: CLIENT_ID, now: () => NOW }

/** A handler whose errors are collected instead of logged. */
function handlerWith<Ctx = undefined>(options: Partial<NotificationHandlerOptions<Ctx>> = {}) {
  const errors: AlipayError[] = []
  const handle = createNotificationHandler<Ctx>({ ...base, onError: (error) => errors.push(error), ...options })
  return { handle, errors }
}

const resultOf = (reply: NotificationReply) => (JSON.parse(reply.body) as { result: Record<string, string> }).result

afterEach(() => {
  vi.restoreAllMocks()
})

describe('createNotificationHandler acknowledges what it processed', () => {
  it('answers 200 with exactly the acknowledgement of docs/protocol.md §3.2', async () => {
    const { handle, errors } = handlerWith({ onNotification: () => {} })
    const reply = await handle(notification(payment()), undefined)
    expect(reply.status).toBe(200)
    expect(reply.body).toBe(NOTIFICATION_ACK)
    expect(reply.body).toBe('{"result":{"resultCode":"SUCCESS","resultStatus":"S","resultMessage":"success"}}')
    expect(reply.headers['content-type']).toMatch(/^application\/json/)
    expect(errors).toEqual([])
  })

  it('hands the per-type handler the typed notification and the context', async () => {
    const seen: Array<[PaymentResultNotification, { requestId: string }]> = []
    const { handle } = handlerWith<{ requestId: string }>({
      on: {
        PAYMENT_RESULT: (n, context) => {
          expectTypeOf(n).toEqualTypeOf<PaymentResultNotification>()
          expectTypeOf(context).toEqualTypeOf<{ requestId: string }>()
          seen.push([n, context])
        },
      },
    })
    const reply = await handle(notification(payment('pay_42')), { requestId: 'req-1' })
    expect(reply.status).toBe(200)
    expect(seen).toHaveLength(1)
    expect(seen[0]?.[0]).toEqual(payment('pay_42'))
    expect(seen[0]?.[0].paymentAmount.value).toBe('30000')
    expect(seen[0]?.[1]).toEqual({ requestId: 'req-1' })
  })

  it('falls back to onNotification for types without their own handler, UNKNOWN included', async () => {
    const byType: string[] = []
    const fallback: string[] = []
    const { handle } = handlerWith({
      on: { PAYMENT_RESULT: () => void byType.push('PAYMENT_RESULT') },
      onNotification: (n) => void fallback.push(String((n as { notifyType?: unknown }).notifyType)),
    })
    for (const payload of [payment(), refund, { notifyType: 'CARD_STATUS' }]) {
      expect((await handle(notification(payload), undefined)).body).toBe(NOTIFICATION_ACK)
    }
    expect(byType).toEqual(['PAYMENT_RESULT'])
    expect(fallback).toEqual(['REFUND_RESULT', 'CARD_STATUS'])
  })

  it('acknowledges an unhandled type by default (docs/protocol.md §9.7)', async () => {
    const { handle } = handlerWith({ on: { REFUND_RESULT: () => {} } })
    const reply = await handle(notification(payment()), undefined)
    expect(reply.status).toBe(200)
    expect(reply.body).toBe(NOTIFICATION_ACK)
  })

  it('never acknowledges when no handler was given at all, even with acknowledgeUnhandled', async () => {
    const { handle, errors } = handlerWith({ acknowledgeUnhandled: true })
    const reply = await handle(notification(payment()), undefined)
    expect(reply.status).toBe(500)
    expect(reply.body).not.toBe(NOTIFICATION_ACK)
    expect(errors.map((e) => e.code)).toEqual(['ERR_ALIPAY_NOTIFICATION_UNHANDLED'])
  })

  it('refuses an unhandled type with 500 when acknowledgeUnhandled is false', async () => {
    const { handle, errors } = handlerWith({ on: { REFUND_RESULT: () => {} }, acknowledgeUnhandled: false })
    const reply = await handle(notification(payment()), undefined)
    expect(reply.status).toBe(500)
    expect(reply.body).not.toBe(NOTIFICATION_ACK)
    expect(resultOf(reply)).toMatchObject({ resultCode: 'ERR_ALIPAY_NOTIFICATION_UNHANDLED', resultStatus: 'F' })
    expect(errors.map((e) => e.code)).toEqual(['ERR_ALIPAY_NOTIFICATION_UNHANDLED'])
  })

  it('exposes its resolved settings', () => {
    const plain = createNotificationHandler(base)
    expect(plain.path).toBe(DEFAULT_NOTIFY_PATH)
    expect(plain.limit).toBe(DEFAULT_NOTIFY_LIMIT)
    expect(plain.hasHandlers).toBe(false)
    const custom = createNotificationHandler({ ...base, path: '/hooks/alipay', limit: 2048, on: { DISPUTE: () => {} } })
    expect([custom.path, custom.limit, custom.hasHandlers]).toEqual(['/hooks/alipay', 2048, true])
  })
})

describe('a failing handler is never acknowledged (docs/protocol.md §9.7)', () => {
  const failures: Array<[string, () => unknown]> = [
    [
      'throws',
      () => {
        throw new Error('database down')
      },
    ],
    [
      'rejects',
      async () => {
        throw new Error('database down')
      },
    ],
    ['rejects with a non-Error', () => Promise.reject('nope')],
  ]
  for (const [what, callback] of failures) {
    it(`answers 500, resultStatus F, when the handler ${what}`, async () => {
      const { handle, errors } = handlerWith({ on: { PAYMENT_RESULT: callback } })
      const reply = await handle(notification(payment()), undefined)
      expect(reply.status).toBe(500)
      expect(reply.body).not.toBe(NOTIFICATION_ACK)
      expect(reply.body).not.toContain('SUCCESS')
      expect(resultOf(reply)).toMatchObject({ resultCode: 'ERR_ALIPAY_HANDLER_FAILED', resultStatus: 'F' })
      expect(reply.body).not.toContain('database down')
      expect(errors).toHaveLength(1)
      expect(errors[0]).toBeInstanceOf(AlipayHandlerError)
      expect(errors[0]?.code).toBe('ERR_ALIPAY_HANDLER_FAILED')
      expect(errors[0]?.cause).toBeDefined()
    })
  }

  it('acknowledges only after an async handler resolved', async () => {
    const events: string[] = []
    let release: () => void = () => {}
    const gate = new Promise<void>((resolve) => {
      release = resolve
    })
    const { handle } = handlerWith({
      on: {
        PAYMENT_RESULT: async () => {
          events.push('handler started')
          await gate
          events.push('handler finished')
        },
      },
    })
    const pending = handle(notification(payment()), undefined).then((reply) => {
      events.push('replied')
      return reply
    })
    // However long verification and the claim take, the reply waits for the gate.
    await expect.poll(() => events, { timeout: 10_000 }).toEqual(['handler started'])
    release()
    const reply = await pending
    expect(events).toEqual(['handler started', 'handler finished', 'replied'])
    expect(reply.body).toBe(NOTIFICATION_ACK)
  })

  it('keeps replying when onError itself throws', async () => {
    const handle = createNotificationHandler({
      ...base,
      on: { PAYMENT_RESULT: () => Promise.reject(new Error('x')) },
      onError: () => {
        throw new Error('logger broken')
      },
    })
    expect((await handle(notification(payment()), undefined)).status).toBe(500)
    expect((await handle({ ...notification(payment()), headers: {} }, undefined)).status).toBe(400)
  })

  it('logs 500s with console.error by default, and not 4xx', async () => {
    const log = vi.spyOn(console, 'error').mockImplementation(() => {})
    const handle = createNotificationHandler({ ...base, on: { PAYMENT_RESULT: () => Promise.reject(new Error('x')) } })
    await handle({ ...notification(payment()), headers: {} }, undefined)
    expect(log).not.toHaveBeenCalled()
    await handle(notification(payment()), undefined)
    expect(log).toHaveBeenCalledTimes(1)
    expect(String(log.mock.calls[0]?.[0])).toContain('ERR_ALIPAY_HANDLER_FAILED')
  })
})

describe('refusals answer from the status table', () => {
  const good = notification(payment())
  const cases: Array<[string, () => IncomingNotification, number, string]> = [
    [
      'a missing signature header',
      () => ({ ...good, headers: { ...good.headers, signature: '' } }),
      400,
      'ERR_ALIPAY_HEADER_MISSING',
    ],
    [
      'a malformed signature header',
      () => ({ ...good, headers: { ...good.headers, signature: 'signature=%%%' } }),
      400,
      'ERR_ALIPAY_SIGNATURE_HEADER_MALFORMED',
    ],
    ['a signed body that is not JSON', () => notification('not json'), 400, 'ERR_ALIPAY_BODY_NOT_JSON'],
    [
      'an unparseable request-time',
      () => notification(payment(), { time: 'yesterday' }),
      400,
      'ERR_ALIPAY_REQUEST_TIME_INVALID',
    ],
    ['one flipped byte', () => ({ ...good, body: Buffer.from(`${good.body} `) }), 401, 'ERR_ALIPAY_SIGNATURE_INVALID'],
    [
      'another key',
      () => notification(payment(), { key: keys.wrongPrivateKeyPkcs8Base64 }),
      401,
      'ERR_ALIPAY_SIGNATURE_INVALID',
    ],
    [
      'another client id',
      () => ({ ...good, headers: { ...good.headers, 'client-id': 'SANDBOX_OTHER' } }),
      401,
      'ERR_ALIPAY_CLIENT_ID_MISMATCH',
    ],
    [
      'a stale request-time',
      () => notification(payment(), { time: String(NOW - 48 * 3600_000) }),
      401,
      'ERR_ALIPAY_REQUEST_TIME_OUT_OF_WINDOW',
    ],
    ['GET', () => ({ ...good, method: 'GET' }), 405, 'ERR_ALIPAY_METHOD_NOT_ALLOWED'],
  ]
  for (const [what, incoming, status, code] of cases) {
    it(`${what}: ${status} ${code}, handler not called`, async () => {
      const called = vi.fn()
      const { handle, errors } = handlerWith({ onNotification: called })
      const reply = await handle(incoming(), undefined)
      expect(reply.status).toBe(status)
      expect(resultOf(reply)).toMatchObject({ resultCode: code, resultStatus: 'F' })
      expect(errors.map((e) => e.code)).toEqual([code])
      expect(called).not.toHaveBeenCalled()
    })
  }

  it('a known type missing its fields is never refused for its shape (§9.13): the fallback gets it with the reason, and without one it is not acknowledged', async () => {
    const seen: Array<string | undefined> = []
    const { handle } = handlerWith({ onNotification: (_n, _c, d) => void seen.push(d.reason) })
    expect((await handle(notification({ notifyType: 'REFUND_RESULT' }), undefined)).status).toBe(200)
    expect(seen).toEqual([
      'REFUND_RESULT: result is missing; refundStatus is missing; refundRequestId is missing; refundId is missing; refundAmount is missing',
    ])
    const typedOnly = handlerWith({ on: { REFUND_RESULT: () => {} } })
    const reply = await typedOnly.handle(notification({ notifyType: 'REFUND_RESULT' }), undefined)
    expect(reply.status).toBe(500)
    expect(typedOnly.errors.map((e) => e.code)).toEqual(['ERR_ALIPAY_NOTIFICATION_UNHANDLED'])
  })

  it('a body over the limit: 413 before any verification', async () => {
    const called = vi.fn()
    const { handle, errors } = handlerWith({ limit: 100, onNotification: called })
    const big = notification({ ...payment(), padding: 'x'.repeat(200) })
    const reply = await handle(big, undefined)
    expect(reply.status).toBe(413)
    expect(resultOf(reply).resultCode).toBe('ERR_ALIPAY_BODY_TOO_LARGE')
    expect(errors.map((e) => e.code)).toEqual(['ERR_ALIPAY_BODY_TOO_LARGE'])
    expect(called).not.toHaveBeenCalled()
  })

  it('counts the limit in bytes, not characters', async () => {
    const text = JSON.stringify({ notifyType: 'CARD_STATUS', note: '支付'.repeat(20) })
    const exact = Buffer.byteLength(text)
    expect(exact).toBeGreaterThan(text.length)
    const fits = handlerWith({ limit: exact, onNotification: () => {} }).handle
    const tooSmall = handlerWith({ limit: text.length, onNotification: () => {} }).handle
    const incoming = { ...notification(text), body: text }
    expect((await fits(incoming, undefined)).status).toBe(200)
    expect((await tooSmall(incoming, undefined)).status).toBe(413)
  })

  it('validates options once, at creation', () => {
    const bad: Array<Partial<NotificationHandlerOptions<undefined>>> = [
      { limit: 0 },
      { limit: 1.5 },
      { path: 'alipay/notify' },
      { on: { PAYMENT_RESULT: 'not a function' as unknown as () => void } },
      { onNotification: 42 as unknown as () => void },
    ]
    for (const options of bad) {
      expect(() => createNotificationHandler({ ...base, ...options })).toThrow(
        expect.objectContaining({ code: 'ERR_ALIPAY_OPTION_INVALID' }),
      )
    }
    expect(() => createNotificationHandler({} as NotificationHandlerOptions)).toThrow(
      expect.objectContaining({ code: 'ERR_ALIPAY_CONFIG_MISSING' }),
    )
  })
})

describe('under concurrency', () => {
  it('gives each of 50 parallel notifications its own correct reply', async () => {
    const handled: string[] = []
    const { handle } = handlerWith({
      on: {
        PAYMENT_RESULT: async (n) => {
          await new Promise((resolve) => setTimeout(resolve, (n.paymentRequestId.length * 7) % 5))
          if (n.paymentRequestId.endsWith('3')) throw new Error('fails for ids ending in 3')
          handled.push(n.paymentRequestId)
        },
      },
    })
    const inputs = Array.from({ length: 50 }, (_, i) => {
      const incoming = notification(payment(`pay_${i}`))
      // Every fifth one is tampered with.
      return i % 5 === 4 ? { ...incoming, body: Buffer.from(`${incoming.body}\n`) } : incoming
    })
    const replies = await Promise.all(inputs.map((incoming) => handle(incoming, undefined)))
    replies.forEach((reply, i) => {
      const expected = i % 5 === 4 ? 401 : i % 10 === 3 ? 500 : 200
      expect(reply.status, `notification ${i}`).toBe(expected)
      expect(reply.body === NOTIFICATION_ACK, `notification ${i}`).toBe(expected === 200)
    })
    const expectedHandled = inputs.map((_, i) => i).filter((i) => i % 5 !== 4 && i % 10 !== 3)
    expect([...handled].sort()).toEqual(expectedHandled.map((i) => `pay_${i}`).sort())
  })
})

describe('replies never echo the signature', () => {
  it('in any reply, success or failure', async () => {
    const { handle } = handlerWith({ on: { PAYMENT_RESULT: () => Promise.reject(new Error('x')) } })
    const good = notification(payment())
    const signature = good.headers.signature
    const encoded = signature.slice(signature.indexOf('signature=') + 'signature='.length)
    const variants: IncomingNotification[] = [
      good,
      notification(refund),
      { ...good, body: Buffer.from('{}') },
      { ...good, headers: { ...good.headers, signature: `${signature},signature=${encoded}` } },
      { ...good, method: 'GET' },
    ]
    for (const incoming of variants) {
      const reply = await handle(incoming, undefined)
      const text = reply.body + JSON.stringify(reply.headers)
      expect(text).not.toContain(encoded.slice(0, 16))
      expect(text).not.toContain(decodeURIComponent(encoded).slice(0, 16))
    }
  })
})
