import { readFileSync } from 'node:fs'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  AlipayConfigError,
  AlipayError,
  AlipayRequestError,
  AlipaySignatureError,
  ERROR_CODES,
  formatSignatureHeader,
  type HeadersLike,
  importPrivateKey,
  importPublicKey,
  type KeyInput,
  notificationType,
  parseNotification,
  parseSignatureHeader,
  sign,
  verify,
  verifyNotification,
} from '../src/index.js'

/**
 * Arbitrary input gives a result or a coded error, never anything else (issue: property-based
 * tests). Run counts stay modest so the file runs in a few seconds on a shared machine.
 */
const RUNS = { numRuns: 300 }

const { keys, cases } = JSON.parse(readFileSync(new URL('./fixtures/vectors.json', import.meta.url), 'utf8')) as {
  keys: Record<
    'publicKeyPem' | 'publicKeyBase64Der' | 'privateKeyPkcs8Pem' | 'privateKeyPkcs8Base64' | 'privateKeyPkcs1Base64',
    string
  >
  cases: Array<{ signatureBase64: string; signatureUrlEncoded: string }>
}

const CODES = new Set(Object.keys(ERROR_CODES))

/** Runs `fn`; a throw must be an instance of one of `classes` with a known code. */
function resultOrCoded<T>(fn: () => T, classes: Array<abstract new (...args: never[]) => AlipayError>): T | undefined {
  try {
    return fn()
  } catch (error) {
    if (!classes.some((c) => error instanceof c) || !CODES.has((error as AlipayError).code)) {
      throw new Error(`uncoded or unexpected error: ${String(error)}`, { cause: error })
    }
    return undefined
  }
}

const anyText = fc.oneof(fc.string(), fc.string({ unit: 'binary' }), fc.string({ unit: 'binary-ascii' }))
const base64Text = fc.uint8Array({ maxLength: 300 }).map((b) => Buffer.from(b).toString('base64'))
const realSignature = fc.constantFrom(...cases.map((c) => c.signatureBase64))

/** Values that look like signatures: real ones in every encoding, random base64, junk. */
const signatureValue = fc.oneof(
  realSignature.map(encodeURIComponent),
  realSignature.map((s) => encodeURIComponent(s).toLowerCase()),
  realSignature,
  realSignature.map((s) => encodeURIComponent(encodeURIComponent(s))),
  base64Text.map(encodeURIComponent),
  base64Text,
  anyText,
)

/** Header-shaped strings: name=value pairs in any case, order, spacing and repetition. */
const headerText = fc
  .array(
    fc.tuple(
      fc.oneof(
        fc.constantFrom('signature', 'Signature', 'algorithm', 'ALGORITHM', 'keyVersion', 'keyversion'),
        anyText,
      ),
      fc.oneof(signatureValue, fc.constantFrom('RSA256', 'rsa256', 'HS256', '1', '2', '-1', '')),
      fc.constantFrom('=', ' = ', '=='),
    ),
    { maxLength: 5 },
  )
  .chain((pairs) =>
    fc.constantFrom(',', ', ', ' ,').map((sep) => pairs.map(([name, value, eq]) => `${name}${eq}${value}`).join(sep)),
  )

describe('parseSignatureHeader', () => {
  it('returns a header or throws ERR_ALIPAY_SIGNATURE_HEADER_MALFORMED for any string', () => {
    fc.assert(
      fc.property(fc.oneof(headerText, anyText), (value) => {
        const parsed = resultOrCoded(() => parseSignatureHeader(value), [AlipayRequestError])
        if (parsed === undefined) {
          expect(() => parseSignatureHeader(value)).toThrow(
            expect.objectContaining({ code: 'ERR_ALIPAY_SIGNATURE_HEADER_MALFORMED' }),
          )
          return
        }
        // What parses is canonical base64 and survives a format/parse round trip.
        expect(Buffer.from(parsed.signature, 'base64').toString('base64')).toBe(parsed.signature)
        expect(parsed.algorithm === undefined || parsed.algorithm === 'RSA256').toBe(true)
        const again = parseSignatureHeader(formatSignatureHeader({ signature: parsed.signature, keyVersion: 1 }))
        expect(again.signature).toBe(parsed.signature)
      }),
      RUNS,
    )
  })

  it('parses every real signature whatever the field order and spacing', () => {
    fc.assert(
      fc.property(
        realSignature,
        fc.shuffledSubarray(['algorithm=RSA256', 'keyVersion=1'], { minLength: 0 }),
        fc.nat(2),
        fc.constantFrom(',', ', ', ' , '),
        (signature, others, at, sep) => {
          const fields = [...others]
          fields.splice(Math.min(at, fields.length), 0, `signature=${encodeURIComponent(signature)}`)
          expect(parseSignatureHeader(fields.join(sep)).signature).toBe(signature)
        },
      ),
      RUNS,
    )
  })
})

describe('verify', () => {
  const signInput = fc.record({
    method: fc.option(fc.constantFrom('POST', 'GET', 'post'), { nil: undefined }),
    path: anyText,
    clientId: anyText,
    time: anyText,
    body: fc.oneof(anyText, fc.uint8Array({ maxLength: 200 })),
  })

  it('returns a boolean for any input and header, never throws', () => {
    fc.assert(
      fc.property(signInput, fc.oneof(headerText, anyText), (input, header) => {
        expect(typeof verify(input, header, keys.publicKeyPem)).toBe('boolean')
      }),
      RUNS,
    )
  })

  it('returns false for a non-string header of any kind', () => {
    fc.assert(
      fc.property(signInput, fc.anything(), (input, header) => {
        fc.pre(typeof header !== 'string')
        expect(verify(input, header as string, keys.publicKeyBase64Der)).toBe(false)
      }),
      { numRuns: 100 },
    )
  })

  it('round-trips sign then verify for any unicode body, path and client id', () => {
    fc.assert(
      fc.property(signInput, fc.nat(1_000_000), (input, keyVersion) => {
        const header = sign(input, keys.privateKeyPkcs8Pem, { keyVersion })
        expect(verify(input, header, keys.publicKeyPem)).toBe(true)
        const bytes = typeof input.body === 'string' ? Buffer.from(input.body, 'utf8') : input.body
        expect(verify({ ...input, body: bytes }, header, keys.publicKeyBase64Der)).toBe(true)
        expect(verify({ ...input, time: `${input.time}0` }, header, keys.publicKeyPem)).toBe(false)
      }),
      { numRuns: 200 },
    )
  })
})

describe('importPublicKey and importPrivateKey', () => {
  const jwkLike = fc.record(
    {
      kty: fc.oneof(fc.constantFrom('RSA', 'EC', 'OKP', 'oct'), anyText),
      n: fc.oneof(base64Text, anyText),
      e: fc.constantFrom('AQAB', 'AAEAAQ', '', 'x'),
      d: fc.oneof(base64Text, fc.constant(5)),
      crv: fc.constantFrom('P-256', 'Ed25519'),
      x: base64Text,
    },
    { requiredKeys: [] },
  )
  const pemLike = fc
    .tuple(
      fc.constantFrom('PUBLIC KEY', 'PRIVATE KEY', 'RSA PRIVATE KEY', 'RSA PUBLIC KEY', 'CERTIFICATE', 'EC PARAMETERS'),
      fc.oneof(base64Text, fc.constant(keys.publicKeyBase64Der), fc.constant(keys.privateKeyPkcs8Base64)),
      fc.nat(40),
    )
    .map(([label, b64, cut]) => `-----BEGIN ${label}-----\n${b64.slice(cut)}\n-----END ${label}-----`)
  // Real keys with bytes cut off or flipped: the closest misses.
  const damagedDer = fc
    .tuple(
      fc.constantFrom(keys.publicKeyBase64Der, keys.privateKeyPkcs8Base64, keys.privateKeyPkcs1Base64),
      fc.nat(1300),
      fc.integer({ min: 1, max: 255 }),
    )
    .map(([b64, at, flip]) => {
      const der = Buffer.from(b64, 'base64')
      const i = at % der.length
      der[i] = (der[i] as number) ^ flip
      return at % 2 === 0 ? der : der.subarray(0, i)
    })
  const keyInput: fc.Arbitrary<unknown> = fc.oneof(
    anyText,
    base64Text,
    pemLike,
    fc.uint8Array({ maxLength: 400 }),
    damagedDer,
    damagedDer.map((der) => der.toString('base64')),
    jwkLike,
    jwkLike.map((jwk) => JSON.stringify(jwk)),
    fc.anything(),
  )

  it('return a KeyObject or throw AlipayConfigError, for any input', () => {
    fc.assert(
      fc.property(keyInput, (input) => {
        const publicKey = resultOrCoded(() => importPublicKey(input as KeyInput), [AlipayConfigError])
        if (publicKey !== undefined) expect(publicKey.type).toBe('public')
        const privateKey = resultOrCoded(() => importPrivateKey(input as KeyInput), [AlipayConfigError])
        if (privateKey !== undefined) expect(privateKey.type).toBe('private')
      }),
      RUNS,
    )
  })
})

describe('parseNotification', () => {
  const result = fc.record(
    {
      resultCode: fc.oneof(fc.constant('SUCCESS'), anyText, fc.integer()),
      resultStatus: fc.oneof(fc.constantFrom('S', 'F', 'U'), anyText),
      resultMessage: anyText,
    },
    { requiredKeys: [] },
  )
  const amount = fc.oneof(
    fc.record({ currency: fc.constantFrom('USD', 'CNY'), value: fc.nat().map(String) }),
    fc.jsonValue(),
  )
  const value = fc.oneof(anyText, amount, result, fc.jsonValue())
  /** Objects built from the catalogue's own field names and discriminant values (docs/protocol.md §5). */
  const catalogueObject = fc.record(
    {
      notifyType: fc.oneof(
        fc.constantFrom('PAYMENT_RESULT', 'PAYMENT_PENDING', 'CAPTURE_RESULT', 'REFUND_RESULT', 'VAULTING_RESULT'),
        anyText,
      ),
      disputeNotificationType: fc.oneof(fc.constantFrom('DISPUTE_CREATED', 'RDR_RESOLVED'), anyText),
      authorizationNotifyType: fc.constantFrom('AUTHCODE_CREATED', 'TOKEN_CANCELED', 'OTHER'),
      subscriptionNotificationType: fc.constantFrom('CREATE', 'CANCEL', 'PAUSE'),
      subscriptionOrderStatus: fc.constantFrom('CANCEL', 'TERMINATE', 'X'),
      result,
      paymentRequestId: value,
      paymentAmount: amount,
      captureRequestId: value,
      paymentId: value,
      captureId: value,
      captureAmount: amount,
      refundStatus: fc.oneof(fc.constantFrom('SUCCESS', 'FAIL'), anyText),
      refundRequestId: value,
      refundId: value,
      refundAmount: amount,
      vaultingRequestId: value,
      subscriptionRequestId: value,
      subscriptionId: value,
      subscriptionStatus: fc.constantFrom('ACTIVE', 'CANCELLED', 'TERMINATED', 'PAUSED'),
      subscriptionStartTime: value,
      subscriptionEndTime: value,
      periodRule: fc.oneof(fc.dictionary(fc.string(), fc.jsonValue()), fc.jsonValue()),
    },
    { requiredKeys: [] },
  )
  const body = fc.oneof(
    fc.jsonValue().map((v) => JSON.stringify(v)),
    fc.jsonValue(),
    anyText,
    fc.uint8Array({ maxLength: 200 }),
    catalogueObject,
    catalogueObject.map((o) => JSON.stringify(o)),
    catalogueObject.map((o) => Buffer.from(JSON.stringify(o))),
  )

  it('returns a notification or throws AlipayRequestError, for any body', () => {
    fc.assert(
      fc.property(body, (input) => {
        const n = resultOrCoded(() => parseNotification(input as string), [AlipayRequestError])
        if (n !== undefined) expect(typeof notificationType(n)).toBe('string')
      }),
      { numRuns: 500 },
    )
  })
})

describe('verifyNotification', () => {
  const NOW = 1_700_000_000_000
  const options = { alipayPublicKey: keys.publicKeyPem, clientId: 'SANDBOX_1', now: () => NOW }
  const headerName = fc.oneof(
    fc.constantFrom('client-id', 'Client-Id', 'request-time', 'REQUEST-TIME', 'signature', 'Signature'),
    fc.string(),
  )
  const headerValue = fc.oneof(
    fc.constantFrom('SANDBOX_1', String(NOW), `${NOW - 1000}`, '2023-11-14T22:13:20+0000'),
    headerText,
    anyText,
    fc.array(anyText, { maxLength: 3 }),
    fc.integer(),
    fc.constant(undefined),
  )
  const headers = fc.dictionary(headerName, headerValue, { maxKeys: 8 }) as fc.Arbitrary<HeadersLike>
  const url = fc.oneof(
    fc.constantFrom('/alipay/notify', '/alipay/notify?x=1'),
    fc.webUrl(),
    fc.webPath(),
    anyText,
    // Absolute-form targets, many of which do not parse as URLs.
    anyText.map((rest) => `http://${rest}`),
  )
  const body = fc.oneof(
    anyText,
    fc.uint8Array({ maxLength: 200 }),
    fc.jsonValue().map((v) => JSON.stringify(v)),
  )
  const method = fc.option(fc.constantFrom('POST', 'GET', 'post', ''), { nil: undefined })

  it('gives a notification or a coded AlipayError for arbitrary headers, URLs and bodies', () => {
    fc.assert(
      fc.property(method, url, headers, body, (m, u, h, b) => {
        resultOrCoded(
          () => verifyNotification({ method: m, url: u, headers: h, body: b }, options),
          [AlipayRequestError, AlipaySignatureError],
        )
      }),
      RUNS,
    )
  })

  it('gives a coded error when one part of a genuine notification is changed', () => {
    const text = '{"notifyType":"CARD_STATUS","cardId":"c1"}'
    const signature = sign(
      { path: '/alipay/notify', clientId: 'SANDBOX_1', time: String(NOW), body: text },
      keys.privateKeyPkcs8Pem,
    )
    const genuine = { 'client-id': 'SANDBOX_1', 'request-time': String(NOW), signature }
    fc.assert(
      fc.property(
        fc.constantFrom('client-id', 'request-time', 'signature', 'body', 'url'),
        fc.oneof(
          anyText,
          anyText.map((rest) => `https://${rest}`),
          fc.webUrl({ withQueryParameters: true, withFragments: true }),
        ),
        (part, junk) => {
          const incoming =
            part === 'body'
              ? { url: '/alipay/notify', headers: genuine, body: junk }
              : part === 'url'
                ? { url: junk, headers: genuine, body: text }
                : { url: '/alipay/notify', headers: { ...genuine, [part]: junk }, body: text }
          const changed =
            part === 'body'
              ? junk !== text
              : part === 'url'
                ? junk !== '/alipay/notify'
                : junk !== genuine[part as keyof typeof genuine]
          fc.pre(changed)
          try {
            verifyNotification(incoming, options)
          } catch (error) {
            expect(error).toBeInstanceOf(AlipayError)
            expect(CODES.has((error as AlipayError).code)).toBe(true)
            return
          }
          // Only a URL that still names the signed path (with a query added, say) may verify.
          expect(part).toBe('url')
          const absolute = /^https?:\/\//i.test(junk) && URL.canParse(junk)
          expect(absolute ? new URL(junk).pathname : junk.split('?')[0]).toBe('/alipay/notify')
        },
      ),
      RUNS,
    )
  })

  it('round-trips for any unicode body, client id and web path', () => {
    fc.assert(
      fc.property(fc.webPath(), anyText, anyText, (path, clientId, note) => {
        fc.pre(clientId.length > 0)
        const text = JSON.stringify({ notifyType: 'CUSTOM', note })
        const time = String(NOW)
        const signature = sign({ path, clientId, time, body: text }, keys.privateKeyPkcs8Base64)
        const n = verifyNotification(
          {
            method: 'POST',
            url: path,
            headers: { 'client-id': clientId, 'request-time': time, signature },
            body: Buffer.from(text),
          },
          { alipayPublicKey: keys.publicKeyBase64Der, now: () => NOW },
        )
        expect(n).toEqual({ notifyType: 'CUSTOM', note: JSON.parse(text).note })
      }),
      { numRuns: 200 },
    )
  })
})
