import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import {
  AlipayConfigError,
  AlipayError,
  AlipayRequestError,
  AlipaySignatureError,
  formatSignatureHeader,
  type IncomingNotification,
  sign,
  type VerifyNotificationOptions,
  verifyNotification,
} from '../src/index.js'

const { keys } = JSON.parse(readFileSync(new URL('./fixtures/vectors.json', import.meta.url), 'utf8')) as {
  keys: Record<
    | 'publicKeyPem'
    | 'publicKeyBase64Der'
    | 'privateKeyPkcs8Pem'
    | 'wrongPublicKeyBase64Der'
    | 'wrongPrivateKeyPkcs8Base64',
    string
  >
}

const CLIENT_ID = 'SANDBOX_5YEZ2N2ZWBJ000001'
const NOW = 1_700_000_000_000
const HOUR = 60 * 60 * 1000
const body = JSON.stringify({
  notifyType: 'PAYMENT_RESULT',
  result: { resultCode: 'SUCCESS', resultStatus: 'S', resultMessage: 'success' },
  paymentRequestId: 'pay_1',
  paymentAmount: { currency: 'USD', value: '30000' },
})

/** A notification as Alipay would send it, signed with the vector private key. */
function signed(
  options: { path?: string; url?: string; time?: string; clientId?: string; body?: string; key?: string } = {},
) {
  const path = options.path ?? '/alipay/notify'
  const time = options.time ?? String(NOW)
  const clientId = options.clientId ?? CLIENT_ID
  const text = options.body ?? body
  const signature = sign({ path, clientId, time, body: text }, options.key ?? keys.privateKeyPkcs8Pem)
  return {
    method: 'POST',
    url: options.url ?? path,
    headers: { 'content-type': 'application/json', 'client-id': clientId, 'request-time': time, signature },
    body: Buffer.from(text),
  }
}

const baseOptions: VerifyNotificationOptions = {
  alipayPublicKey: keys.publicKeyPem,
  clientId: CLIENT_ID,
  now: () => NOW,
}

function codeOf(fn: () => unknown): string | undefined {
  try {
    fn()
  } catch (error) {
    expect(error).toBeInstanceOf(AlipayError)
    return (error as AlipayError).code
  }
  return undefined
}

const verifyCode = (incoming: IncomingNotification, options: Partial<VerifyNotificationOptions> = {}) =>
  codeOf(() => verifyNotification(incoming, { ...baseOptions, ...options }))

describe('verifyNotification accepts a genuine notification', () => {
  it('returns the parsed, typed notification', () => {
    const n = verifyNotification(signed(), baseOptions)
    expect(n).toEqual(JSON.parse(body))
  })

  it('reads Node headers (lower case)', () => {
    expect(() => verifyNotification(signed(), baseOptions)).not.toThrow()
  })

  it('reads a Fetch Headers object', () => {
    const incoming = signed()
    expect(() => verifyNotification({ ...incoming, headers: new Headers(incoming.headers) }, baseOptions)).not.toThrow()
  })

  it('reads a mixed-case record', () => {
    const { headers, ...rest } = signed()
    const mixed = {
      'Client-Id': headers['client-id'],
      'REQUEST-TIME': headers['request-time'],
      Signature: headers.signature,
    }
    expect(() => verifyNotification({ ...rest, headers: mixed }, baseOptions)).not.toThrow()
  })

  it('reads single-element array values', () => {
    const { headers, ...rest } = signed()
    const arrays = {
      'client-id': [headers['client-id']],
      'request-time': [headers['request-time']],
      signature: [headers.signature],
    }
    expect(() => verifyNotification({ ...rest, headers: arrays }, baseOptions)).not.toThrow()
  })

  it('verifies a string body and a Buffer slice with a non-zero byteOffset', () => {
    const incoming = signed()
    expect(() => verifyNotification({ ...incoming, body }, baseOptions)).not.toThrow()
    const pool = Buffer.from(`xx${body}yy`)
    const slice = pool.subarray(2, 2 + body.length)
    expect(() => verifyNotification({ ...incoming, body: slice }, baseOptions)).not.toThrow()
  })

  it('accepts any client id when none is configured', () => {
    const incoming = signed({ clientId: 'SOMEONE_ELSE' })
    expect(() => verifyNotification(incoming, { alipayPublicKey: keys.publicKeyPem, now: () => NOW })).not.toThrow()
  })

  it('accepts post in any case, and no method at all', () => {
    const incoming = signed()
    expect(() => verifyNotification({ ...incoming, method: 'post' }, baseOptions)).not.toThrow()
    const { method: _, ...noMethod } = incoming
    expect(() => verifyNotification(noMethod, baseOptions)).not.toThrow()
  })
})

describe('headers', () => {
  for (const name of ['client-id', 'request-time', 'signature'] as const) {
    it(`a missing ${name} gives ERR_ALIPAY_HEADER_MISSING`, () => {
      const incoming = signed()
      const headers: Record<string, string> = { ...incoming.headers }
      delete headers[name]
      expect(verifyCode({ ...incoming, headers })).toBe('ERR_ALIPAY_HEADER_MISSING')
      expect(verifyCode({ ...incoming, headers: new Headers(headers) })).toBe('ERR_ALIPAY_HEADER_MISSING')
      expect(verifyCode({ ...incoming, headers: { ...headers, [name]: '' } })).toBe('ERR_ALIPAY_HEADER_MISSING')
    })
  }

  it('refuses a repeated signature header rather than pick one', () => {
    const incoming = signed()
    const twice = { ...incoming.headers, signature: [incoming.headers.signature, incoming.headers.signature] }
    expect(verifyCode({ ...incoming, headers: twice })).toBe('ERR_ALIPAY_HEADER_MISSING')
    // Fetch joins repeats with ", ": the parser then sees signature twice.
    const fetchHeaders = new Headers(incoming.headers)
    fetchHeaders.append('signature', incoming.headers.signature)
    expect(verifyCode({ ...incoming, headers: fetchHeaders })).toBe('ERR_ALIPAY_SIGNATURE_HEADER_MALFORMED')
  })

  it('a malformed Signature header gives ERR_ALIPAY_SIGNATURE_HEADER_MALFORMED', () => {
    const incoming = signed()
    for (const signature of [
      'garbage',
      'algorithm=HS256,signature=abcd',
      formatSignatureHeader({ signature: 'AAAA' }),
    ]) {
      expect(verifyCode({ ...incoming, headers: { ...incoming.headers, signature } })).toBe(
        'ERR_ALIPAY_SIGNATURE_HEADER_MALFORMED',
      )
    }
  })
})

describe('authenticity', () => {
  it('another client id gives ERR_ALIPAY_CLIENT_ID_MISMATCH', () => {
    expect(verifyCode(signed({ clientId: 'SANDBOX_OTHER' }))).toBe('ERR_ALIPAY_CLIENT_ID_MISMATCH')
  })

  it('a tampered body gives ERR_ALIPAY_SIGNATURE_INVALID', () => {
    const incoming = signed()
    const tampered = Buffer.from(incoming.body)
    tampered[tampered.indexOf('30000')] = '9'.charCodeAt(0)
    expect(verifyCode({ ...incoming, body: tampered })).toBe('ERR_ALIPAY_SIGNATURE_INVALID')
    expect(verifyCode({ ...incoming, body: `${body}\n` })).toBe('ERR_ALIPAY_SIGNATURE_INVALID')
  })

  it('a tampered time or client id gives ERR_ALIPAY_SIGNATURE_INVALID', () => {
    const incoming = signed()
    const laterTime = { ...incoming.headers, 'request-time': String(NOW + 1) }
    expect(verifyCode({ ...incoming, headers: laterTime })).toBe('ERR_ALIPAY_SIGNATURE_INVALID')
    expect(
      verifyCode({ ...incoming, headers: { ...incoming.headers, 'client-id': 'X' } }, { clientId: undefined }),
    ).toBe('ERR_ALIPAY_SIGNATURE_INVALID')
  })

  it('a signature by another key gives ERR_ALIPAY_SIGNATURE_INVALID', () => {
    expect(verifyCode(signed({ key: keys.wrongPrivateKeyPkcs8Base64 }))).toBe('ERR_ALIPAY_SIGNATURE_INVALID')
    expect(verifyCode(signed(), { alipayPublicKey: keys.wrongPublicKeyBase64Der })).toBe('ERR_ALIPAY_SIGNATURE_INVALID')
  })

  it('throws the right classes', () => {
    expect(() =>
      verifyNotification(signed({ body: `${body} ` }), {
        ...baseOptions,
        alipayPublicKey: keys.wrongPublicKeyBase64Der,
      }),
    ).toThrow(AlipaySignatureError)
    expect(() => verifyNotification({ ...signed(), headers: {} }, baseOptions)).toThrow(AlipayRequestError)
  })

  it('checks the body only after the signature: a signed non-JSON body is a coded 400, a shape never is', () => {
    expect(verifyCode(signed({ body: 'not json' }))).toBe('ERR_ALIPAY_BODY_NOT_JSON')
    // A signed body that does not fit its type is still authentic: never refused for its shape (§9.13).
    expect(verifyCode(signed({ body: '{"notifyType":"PAYMENT_RESULT"}' }))).toBeUndefined()
    // Unsigned junk never reaches the parser.
    const incoming = signed()
    expect(verifyCode({ ...incoming, body: 'not json' })).toBe('ERR_ALIPAY_SIGNATURE_INVALID')
  })
})

describe('request-time window (docs/protocol.md §9.5)', () => {
  const at = (ms: number) => signed({ time: String(ms) })

  it('accepts a resend signed 24 hours ago by default', () => {
    expect(verifyCode(at(NOW - 24 * HOUR))).toBeUndefined()
  })

  it('rejects a time 26 hours old with ERR_ALIPAY_REQUEST_TIME_OUT_OF_WINDOW', () => {
    expect(verifyCode(at(NOW - 26 * HOUR))).toBe('ERR_ALIPAY_REQUEST_TIME_OUT_OF_WINDOW')
  })

  it('accepts small clock skew but rejects 10 minutes ahead', () => {
    expect(verifyCode(at(NOW + 4 * 60_000))).toBeUndefined()
    expect(verifyCode(at(NOW + 10 * 60_000))).toBe('ERR_ALIPAY_REQUEST_TIME_OUT_OF_WINDOW')
  })

  it('honours a custom window', () => {
    const window = { requestTimeWindow: { maxAgeMs: 60_000, maxFutureMs: 0 } }
    expect(verifyCode(at(NOW - 59_000), window)).toBeUndefined()
    expect(verifyCode(at(NOW - 61_000), window)).toBe('ERR_ALIPAY_REQUEST_TIME_OUT_OF_WINDOW')
    expect(verifyCode(at(NOW + 1), window)).toBe('ERR_ALIPAY_REQUEST_TIME_OUT_OF_WINDOW')
  })

  it('turns off with false', () => {
    expect(verifyCode(at(NOW - 1000 * HOUR), { requestTimeWindow: false })).toBeUndefined()
    expect(verifyCode(at(NOW + 1000 * HOUR), { requestTimeWindow: false })).toBeUndefined()
  })

  it('reads ISO-8601 times as the Python, PHP and .NET SDKs send them (§1.1)', () => {
    const iso = new Date(NOW - HOUR).toISOString() // 2023-11-14T20:13:20.000Z
    for (const time of [
      iso,
      iso.replace('.000Z', '+00:00'), // Python
      iso.replace('.000Z', '+0000'), // PHP DATE_ISO8601
      iso.replace('.000Z', '.0000000Z'), // .NET "o"
      '2023-11-15T06:13:20+08:00', // the same instant in Beijing time
    ]) {
      expect(verifyCode(signed({ time }))).toBeUndefined()
    }
    expect(verifyCode(signed({ time: new Date(NOW - 26 * HOUR).toISOString().replace('Z', '+0000') }))).toBe(
      'ERR_ALIPAY_REQUEST_TIME_OUT_OF_WINDOW',
    )
  })

  it('refuses an unparseable time with ERR_ALIPAY_REQUEST_TIME_INVALID only while the window is on', () => {
    for (const time of ['yesterday', '2023-11-14', '2023-11-14T20:13:20', '17e11', '-1700000000000', 'NaN']) {
      expect(verifyCode(signed({ time }))).toBe('ERR_ALIPAY_REQUEST_TIME_INVALID')
      expect(verifyCode(signed({ time }), { requestTimeWindow: false })).toBeUndefined()
    }
  })

  it('checks the time with the head, before the body and its signature (docs/protocol.md §9.11)', () => {
    const incoming = signed()
    const junk = { ...incoming, body: 'not the signed body' }
    expect(verifyCode({ ...junk, headers: { ...incoming.headers, 'request-time': 'yesterday' } })).toBe(
      'ERR_ALIPAY_REQUEST_TIME_INVALID',
    )
    const stale = String(NOW - 26 * HOUR)
    expect(verifyCode({ ...junk, headers: { ...incoming.headers, 'request-time': stale } })).toBe(
      'ERR_ALIPAY_REQUEST_TIME_OUT_OF_WINDOW',
    )
  })
})

describe('the signed path (docs/protocol.md §9.4)', () => {
  it('verifies a notification signed over path and query', () => {
    expect(verifyCode(signed({ path: '/alipay/notify?shop=7', url: '/alipay/notify?shop=7' }))).toBeUndefined()
  })

  it('verifies a notification signed over the path alone while the URL has a query', () => {
    expect(verifyCode(signed({ path: '/alipay/notify', url: '/alipay/notify?shop=7' }))).toBeUndefined()
  })

  it('refuses one signed over another query or another path', () => {
    expect(verifyCode(signed({ path: '/alipay/notify?shop=8', url: '/alipay/notify?shop=7' }))).toBe(
      'ERR_ALIPAY_SIGNATURE_INVALID',
    )
    expect(verifyCode(signed({ path: '/other/notify', url: '/alipay/notify' }))).toBe('ERR_ALIPAY_SIGNATURE_INVALID')
    expect(verifyCode(signed({ path: '/alipay/notify', url: '/alipay/notify/' }))).toBe('ERR_ALIPAY_SIGNATURE_INVALID')
  })

  it('uses publicPath when a proxy rewrote the path', () => {
    const incoming = signed({ path: '/public/notify', url: '/internal/notify' })
    expect(verifyCode(incoming)).toBe('ERR_ALIPAY_SIGNATURE_INVALID')
    expect(verifyCode(incoming, { publicPath: '/public/notify' })).toBeUndefined()
    const withQuery = signed({ path: '/public/notify?a=1', url: '/internal/notify?a=1' })
    expect(verifyCode(withQuery, { publicPath: '/public/notify' })).toBeUndefined()
  })

  it('accepts an absolute URL', () => {
    expect(
      verifyCode(signed({ path: '/alipay/notify', url: 'https://shop.example.com/alipay/notify' })),
    ).toBeUndefined()
    expect(
      verifyCode(signed({ path: '/alipay/notify?x=1', url: 'http://127.0.0.1:8080/alipay/notify?x=1' })),
    ).toBeUndefined()
  })

  it('gives a coded refusal, not a TypeError, for an absolute URL that does not parse', () => {
    for (const url of ['http://', 'https://[::1/alipay/notify', 'http://exa mple.com/alipay/notify']) {
      expect(verifyCode(signed({ url }))).toBe('ERR_ALIPAY_SIGNATURE_INVALID')
    }
  })
})

describe('method and options', () => {
  it('refuses a method other than POST with ERR_ALIPAY_METHOD_NOT_ALLOWED', () => {
    for (const method of ['GET', 'PUT', 'HEAD']) {
      expect(verifyCode({ ...signed(), method })).toBe('ERR_ALIPAY_METHOD_NOT_ALLOWED')
    }
  })

  it('refuses a missing key with ERR_ALIPAY_CONFIG_MISSING', () => {
    for (const alipayPublicKey of [undefined, null]) {
      expect(
        codeOf(() => verifyNotification(signed(), { alipayPublicKey } as unknown as VerifyNotificationOptions)),
      ).toBe('ERR_ALIPAY_CONFIG_MISSING')
    }
  })

  it('refuses invalid options with ERR_ALIPAY_OPTION_INVALID', () => {
    const bad: Array<Partial<VerifyNotificationOptions>> = [
      { requestTimeWindow: { maxAgeMs: -1 } },
      { requestTimeWindow: { maxFutureMs: Number.NaN } },
      { requestTimeWindow: { maxAgeMs: '1h' as unknown as number } },
      { publicPath: 'alipay/notify' },
      { requestTimeWindow: true as unknown as false },
      { requestTimeWindow: 'x' as unknown as false },
      { clientId: 12345 as unknown as string },
      { clientId: '' },
      { clientId: ` ${CLIENT_ID}` },
    ]
    for (const options of bad) {
      const error = (() => {
        try {
          verifyNotification(signed(), { ...baseOptions, ...options })
        } catch (e) {
          return e
        }
      })()
      expect(error).toBeInstanceOf(AlipayConfigError)
      expect((error as AlipayConfigError).code).toBe('ERR_ALIPAY_OPTION_INVALID')
    }
  })

  it('refuses a private key as alipayPublicKey', () => {
    expect(verifyCode(signed(), { alipayPublicKey: keys.privateKeyPkcs8Pem })).toBe('ERR_ALIPAY_KEY_TYPE_MISMATCH')
  })

  it('never echoes the signature in an error message', () => {
    const incoming = signed({ key: keys.wrongPrivateKeyPkcs8Base64 })
    const encoded = incoming.headers.signature.slice('algorithm=RSA256,keyVersion=1,signature='.length)
    try {
      verifyNotification(incoming, baseOptions)
      expect.unreachable()
    } catch (error) {
      expect((error as Error).message).not.toContain(encoded.slice(0, 24))
      expect((error as Error).message).not.toContain(decodeURIComponent(encoded).slice(0, 24))
    }
  })
})
