import { DEFAULT_NOTIFY_PATH, type KeyInput, sign } from '@alipay-kit/core'

interface SignNotificationBase {
  /**
   * The path of the notify URL Alipay calls, with no host (docs/protocol.md §1.1): it is part of what
   * is signed, so it must be the path the app serves.
   * @default '/alipay/notify'
   */
  readonly path?: string
  /** The merchant's client id, sent as `client-id` and signed. */
  readonly clientId: string
  /**
   * The key that stands in for Alipay's private key; the app under test verifies with its public
   * key. In tests, `TEST_KEYS.alipay.privateKeyPem`.
   */
  readonly privateKey: KeyInput
  /**
   * The `request-time` header: epoch milliseconds (a number or its string), an ISO-8601 string or
   * a `Date`. Signed verbatim.
   * @default Date.now()
   */
  readonly requestTime?: string | number | Date
  /** The keyVersion announced in the Signature header. @default 1 */
  readonly keyVersion?: number
}

/** Options of {@link signNotification}: the notification as an object, or its exact body text. */
export type SignNotificationOptions = SignNotificationBase &
  (
    | {
        /** The notification; serialised with `JSON.stringify`. */
        readonly notification: object
        /** Not with `notification`: give one of the two. */
        readonly body?: never
      }
    | {
        /** The exact body to send, signed byte for byte. */
        readonly body: string
        /** Not with `body`: give one of the two. */
        readonly notification?: never
      }
  )

/**
 * The headers of a signed notification, as Alipay sends them (docs/protocol.md §1.4). A type alias, not
 * an interface, so it passes wherever a plain header record is expected (`HeadersLike`, supertest).
 */
export type SignedNotificationHeaders = {
  /** The client id, signed. */
  readonly 'client-id': string
  /** The request time, signed verbatim. */
  readonly 'request-time': string
  /** `algorithm=RSA256,keyVersion=<n>,signature=<URL-encoded base64>`. */
  readonly signature: string
  /** `application/json; charset=UTF-8`. */
  readonly 'content-type': string
}

/** A signed notification, ready to POST to the app under test. */
export interface SignedNotification {
  /** The headers to send with `body`. */
  readonly headers: SignedNotificationHeaders
  /** The exact body that was signed. */
  readonly body: string
  /** The path that was signed. */
  readonly path: string
}

function timeText(time: string | number | Date | undefined): string {
  if (time === undefined) return String(Date.now())
  if (time instanceof Date) return String(time.getTime())
  if (typeof time === 'number') return String(time)
  if (typeof time === 'string' && time.length > 0) return time
  throw new TypeError('signNotification: requestTime must be epoch milliseconds, a non-empty string or a Date')
}

/**
 * Signs a notification as Alipay does (docs/protocol.md §1, §3), for tests of a notify endpoint, much as
 * Stripe's `generateTestHeaderString` does for webhooks. Headers are `client-id`, `request-time`,
 * `signature` and `content-type`; the signature covers `POST <path>\n<clientId>.<time>.<body>`.
 *
 * @throws `TypeError` when neither or both of `notification` and `body` are given;
 *   `AlipayConfigError` when the key is not an RSA private key.
 * @example
 * ```ts
 * const { headers, body } = signNotification({
 *   notification: buildNotification('PAYMENT_RESULT'),
 *   path: '/alipay/notify',
 *   clientId: TEST_CLIENT_ID,
 *   privateKey: TEST_KEYS.alipay.privateKeyPem,
 * })
 * await request(app).post('/alipay/notify').set(headers).send(body).expect(200)
 * ```
 */
export function signNotification(options: SignNotificationOptions): SignedNotification {
  if (options === null || typeof options !== 'object') throw new TypeError('signNotification: options are required')
  const { notification, body: text } = options as { notification?: unknown; body?: unknown }
  if ((notification === undefined) === (text === undefined)) {
    throw new TypeError('signNotification: give exactly one of notification (an object) or body (a string)')
  }
  let body: string
  if (text !== undefined) {
    if (typeof text !== 'string') throw new TypeError('signNotification: body must be a string')
    body = text
  } else {
    if (notification === null || typeof notification !== 'object') {
      throw new TypeError('signNotification: notification must be an object')
    }
    body = JSON.stringify(notification)
  }
  if (typeof options.clientId !== 'string' || options.clientId.length === 0) {
    throw new TypeError('signNotification: clientId must be a non-empty string')
  }
  const path = options.path ?? DEFAULT_NOTIFY_PATH
  if (typeof path !== 'string' || !path.startsWith('/')) {
    throw new TypeError('signNotification: path must start with "/" (the notify path, with no host)')
  }
  const time = timeText(options.requestTime)
  const signature = sign({ path, clientId: options.clientId, time, body }, options.privateKey, {
    keyVersion: options.keyVersion ?? 1,
  })
  return {
    headers: {
      'client-id': options.clientId,
      'request-time': time,
      signature,
      'content-type': 'application/json; charset=UTF-8',
    },
    body,
    path,
  }
}
