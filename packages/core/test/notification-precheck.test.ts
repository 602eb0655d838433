import { generateKeyPairSync } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { describe, expect, it, vi } from 'vitest'
import {
  type AlipayError,
  createNotificationHandler,
  DEFAULT_NOTIFY_LIMIT,
  formatSignatureHeader,
  type IncomingNotification,
  type NotificationHandlerOptions,
  type NotificationReply,
  sign,
} from '../src/index.js'

const { keys } = JSON.parse(readFileSync(new URL('./fixtures/vectors.json', import.meta.url), 'utf8')) as {
  keys: Record<'publicKeyPem' | 'privateKeyPkcs8Pem', string>
}

const CLIENT_ID = 'SANDBOX_5YEZ2N2ZWBJ000001'
const NOW = 1_700_000_000_000
const HOUR = 3600_000
const PATH = '/alipay/notify'
const body = JSON.stringify({
  notifyType: 'PAYMENT_RESULT',
  result: { resultCode: 'SUCCESS', resultStatus: 'S', resultMessage: 'success' },
  paymentRequestId: 'pay_1',
  paymentAmount: { currency: 'USD', value: '30000' },
})

function signedHeaders(time = String(NOW)): Record<string, string> {
  const signature = sign({ path: PATH, clientId: CLIENT_ID, time, body }, keys.privateKeyPkcs8Pem)
  return {
    'client-id': CLIENT_ID,
    'request-time': time,
    signature,
    'content-type': 'application/json',
    'content-length': String(Buffer.byteLength(body)),
  }
}

function handlerWith(options: Partial<NotificationHandlerOptions> = {}) {
  const errors: AlipayError[] = []
  const handle = createNotificationHandler({
    alipayPublicKey: keys.publicKeyPem,
    clientId: CLIENT_ID,
    now: () => NOW,
    onNotification: () => {},
    onError: (error) => errors.push(error),
    ...options,
  })
  return { handle, errors }
}

const codeOf = (reply: NotificationReply | undefined) =>
  reply === undefined ? undefined : (JSON.parse(reply.body) as { result: { resultCode: string } }).result.resultCode

const without = (name: string) => Object.fromEntries(Object.entries(signedHeaders()).filter(([key]) => key !== name))
const withHeader = (name: string, value: string) => ({ ...signedHeaders(), [name]: value })

/** Heads that fail the pre-checks, with the status and code each is refused with. */
const failing: Array<[string, () => Omit<IncomingNotification, 'body'>, number, string]> = [
  ['GET', () => ({ method: 'GET', url: PATH, headers: signedHeaders() }), 405, 'ERR_ALIPAY_METHOD_NOT_ALLOWED'],
  [
    'no client-id',
    () => ({ method: 'POST', url: PATH, headers: without('client-id') }),
    400,
    'ERR_ALIPAY_HEADER_MISSING',
  ],
  [
    'no request-time',
    () => ({ method: 'POST', url: PATH, headers: without('request-time') }),
    400,
    'ERR_ALIPAY_HEADER_MISSING',
  ],
  [
    'no signature',
    () => ({ method: 'POST', url: PATH, headers: without('signature') }),
    400,
    'ERR_ALIPAY_HEADER_MISSING',
  ],
  [
    'another client id',
    () => ({ method: 'POST', url: PATH, headers: withHeader('client-id', 'SANDBOX_OTHER') }),
    401,
    'ERR_ALIPAY_CLIENT_ID_MISMATCH',
  ],
  [
    'a Signature header that does not parse',
    () => ({ method: 'POST', url: PATH, headers: withHeader('signature', 'algorithm=HS256,signature=abcd') }),
    400,
    'ERR_ALIPAY_SIGNATURE_HEADER_MALFORMED',
  ],
  [
    'a signature of another size than the key',
    () => ({
      method: 'POST',
      url: PATH,
      headers: withHeader('signature', formatSignatureHeader({ signature: new Uint8Array(255) })),
    }),
    400,
    'ERR_ALIPAY_SIGNATURE_HEADER_MALFORMED',
  ],
  [
    'a stale request-time',
    () => ({ method: 'POST', url: PATH, headers: signedHeaders(String(NOW - 26 * HOUR)) }),
    401,
    'ERR_ALIPAY_REQUEST_TIME_OUT_OF_WINDOW',
  ],
  [
    'an unparseable request-time',
    () => ({ method: 'POST', url: PATH, headers: signedHeaders('yesterday') }),
    400,
    'ERR_ALIPAY_REQUEST_TIME_INVALID',
  ],
  [
    'a content-length over the limit',
    () => ({ method: 'POST', url: PATH, headers: withHeader('content-length', String(DEFAULT_NOTIFY_LIMIT + 1)) }),
    413,
    'ERR_ALIPAY_BODY_TOO_LARGE',
  ],
]

describe('handle.precheck: what the head alone shows (docs/protocol.md §9.11)', () => {
  it('passes a genuine head, with or without a content-length, and reports nothing', () => {
    const { handle, errors } = handlerWith()
    expect(handle.precheck({ method: 'POST', url: PATH, headers: signedHeaders() })).toBeUndefined()
    expect(handle.precheck({ method: 'POST', url: PATH, headers: without('content-length') })).toBeUndefined()
    expect(handle.precheck({ url: PATH, headers: new Headers(signedHeaders()) })).toBeUndefined()
    expect(errors).toEqual([])
  })

  for (const [what, head, status, code] of failing) {
    it(`${what}: ${status} ${code}, reported once, and the full verifier agrees`, () => {
      const { handle, errors } = handlerWith()
      const reply = handle.precheck(head())
      expect(reply?.status).toBe(status)
      expect(codeOf(reply)).toBe(code)
      expect(errors.map((e) => e.code)).toEqual([code])
      // The same head with its body: the verifier runs the same checks first.
      expect(() => handle.verify({ ...head(), body })).toThrow(expect.objectContaining({ code }))
    })
  }

  it('checks the size last: a 413 only answers a head that passed everything else', () => {
    const { handle } = handlerWith({ limit: 100 })
    const headers = { ...without('signature'), 'content-length': '5000' }
    expect(codeOf(handle.precheck({ method: 'POST', url: PATH, headers }))).toBe('ERR_ALIPAY_HEADER_MISSING')
    const authentic = { ...signedHeaders(), 'content-length': '5000' }
    expect(codeOf(handle.precheck({ method: 'POST', url: PATH, headers: authentic }))).toBe('ERR_ALIPAY_BODY_TOO_LARGE')
  })

  it('skips the time when the window is off', () => {
    const { handle } = handlerWith({ requestTimeWindow: false })
    expect(handle.precheck({ method: 'POST', url: PATH, headers: signedHeaders(String(NOW - 1000 * HOUR)) })).toBe(
      undefined,
    )
  })

  it('sizes the signature by the key its keyVersion selects in a ring', () => {
    const larger = generateKeyPairSync('rsa', { modulusLength: 3072 }).publicKey
    const { handle } = handlerWith({ alipayPublicKey: { 1: keys.publicKeyPem, 2: larger } })
    const head = (keyVersion: number, size: number) => ({
      method: 'POST',
      url: PATH,
      headers: withHeader('signature', formatSignatureHeader({ signature: new Uint8Array(size), keyVersion })),
    })
    expect(handle.precheck(head(2, 384))).toBeUndefined()
    expect(codeOf(handle.precheck(head(2, 256)))).toBe('ERR_ALIPAY_SIGNATURE_HEADER_MALFORMED')
    expect(handle.precheck(head(1, 256))).toBeUndefined()
    expect(codeOf(handle.precheck(head(1, 384)))).toBe('ERR_ALIPAY_SIGNATURE_HEADER_MALFORMED')
  })
})

describe('the default onError (issue 9)', () => {
  it('logs a 413 as an error, since it may lose a real notification, and not other 4xx', () => {
    const logger = { warn: vi.fn(), error: vi.fn() }
    const handle = createNotificationHandler({
      alipayPublicKey: keys.publicKeyPem,
      clientId: CLIENT_ID,
      now: () => NOW,
      onNotification: () => {},
      logger,
      limit: 100,
    })
    expect(handle.precheck({ method: 'POST', url: PATH, headers: without('signature') })?.status).toBe(400)
    expect(handle.precheck({ method: 'POST', url: PATH, headers: withHeader('client-id', 'X') })?.status).toBe(401)
    expect(logger.error).not.toHaveBeenCalled()
    expect(handle.precheck({ method: 'POST', url: PATH, headers: withHeader('content-length', '101') })?.status).toBe(
      413,
    )
    expect(logger.error).toHaveBeenCalledTimes(1)
    expect(String(logger.error.mock.calls[0]?.[0])).toContain('ERR_ALIPAY_BODY_TOO_LARGE')
  })
})

describe('limit and bodyTimeout', () => {
  it('default to 512 KiB and 10 s, and take whole positive numbers', () => {
    const { handle } = handlerWith()
    expect(handle.limit).toBe(DEFAULT_NOTIFY_LIMIT)
    expect(DEFAULT_NOTIFY_LIMIT).toBe(512 * 1024)
    expect(handle.bodyTimeout).toBe(10_000)
    expect(handlerWith({ bodyTimeout: 250 }).handle.bodyTimeout).toBe(250)
  })

  it('refuses a bodyTimeout that is not a positive whole number of milliseconds at creation', () => {
    for (const bodyTimeout of [0, -1, 1.5, Number.NaN, '10s' as unknown as number]) {
      expect(() => handlerWith({ bodyTimeout })).toThrow(
        expect.objectContaining({ code: 'ERR_ALIPAY_OPTION_INVALID', message: expect.stringContaining('bodyTimeout') }),
      )
    }
  })
})
