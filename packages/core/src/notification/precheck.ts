import { AlipayRequestError, AlipaySignatureError } from '../errors.js'
import { type HeadersLike, readHeader } from '../headers.js'
import { checkRequestTime, type RequestTimeWindow } from '../protocol/request-time.js'
import { type DecodedSignatureHeader, decodeSignatureHeader } from '../protocol/signature-header.js'
import type { KeyRing } from '../runtime/provider.js'

/**
 * What a host knows of a notification before reading its body: the request line and headers.
 * The pre-checks (docs/protocol.md §9.11) need nothing more.
 */
export interface NotificationHead {
  /** The HTTP method; Alipay uses POST. */
  readonly method?: string
  /** The path and query as received, e.g. `req.originalUrl`. An absolute URL is accepted too. */
  readonly url: string
  /** The request headers; looked up case-insensitively. */
  readonly headers: HeadersLike
}

/** The settings the pre-checks use, already validated by the verifier that owns them. */
export interface PrecheckSettings<K> {
  readonly keys: KeyRing<K>
  readonly clientId: string | undefined
  readonly window: Required<RequestTimeWindow> | false
  readonly limit: number
  readonly now: () => number
}

/** The header values a head that passed the pre-checks carries, for the signature check. */
export interface CheckedHead {
  readonly clientId: string
  readonly requestTime: string
  readonly header: DecodedSignatureHeader
}

/** The refusal of a body over the limit; one message whichever layer finds it. */
export function bodyTooLarge(limit: number): AlipayRequestError {
  return new AlipayRequestError('ERR_ALIPAY_BODY_TOO_LARGE', `The notification body is over the ${limit}-byte limit`)
}

function single(headers: HeadersLike, name: string): string {
  const value = readHeader(headers, name)
  if (typeof value !== 'string' || value.length === 0) {
    throw new AlipayRequestError(
      'ERR_ALIPAY_HEADER_MISSING',
      `The ${name} header is ${value === undefined || value === '' ? 'missing' : 'repeated'}`,
    )
  }
  return value
}

/**
 * Builds the checks of a notification's head (docs/protocol.md §9.11): POST, the three headers
 * present and single, the configured client id, a Signature header that parses and carries a
 * signature the size of the key it names, a request-time inside the window, and a declared
 * content-length within the limit. Cheapest and most telling first; the size comes last so that a
 * 413 (logged as an error: it may lose a real notification) only answers a head that passed
 * everything else. The full verifier runs these same checks before it looks at the body, so a
 * head is judged the same way whether or not the host checked it before reading the body.
 */
export function createPrecheck<K>(settings: PrecheckSettings<K>): (head: NotificationHead) => CheckedHead {
  const { keys, clientId: expectedClientId, window, limit, now } = settings
  return (head) => {
    if (head.method !== undefined && head.method.toUpperCase() !== 'POST') {
      throw new AlipayRequestError(
        'ERR_ALIPAY_METHOD_NOT_ALLOWED',
        `Alipay notifications are POSTed, not ${head.method}`,
      )
    }
    const clientId = single(head.headers, 'client-id')
    const requestTime = single(head.headers, 'request-time')
    const signature = single(head.headers, 'signature')
    if (expectedClientId !== undefined && clientId !== expectedClientId) {
      throw new AlipaySignatureError(
        'ERR_ALIPAY_CLIENT_ID_MISMATCH',
        'The client-id header is not the configured client id',
      )
    }
    const header = decodeSignatureHeader(signature)
    const size = keys.sizeOf(keys.select(header.keyVersion))
    if (header.signature.length !== size) {
      // The same refusal checkSignature gives (§9.3), before any body is read.
      throw new AlipayRequestError(
        'ERR_ALIPAY_SIGNATURE_HEADER_MALFORMED',
        `Signature header signature is ${header.signature.length} bytes; the key expects ${size}`,
      )
    }
    if (window !== false) checkRequestTime(requestTime, window, now())
    const declared = readHeader(head.headers, 'content-length')
    if (typeof declared === 'string' && /^\d{1,16}$/.test(declared) && Number(declared) > limit) {
      throw bodyTooLarge(limit)
    }
    return { clientId, requestTime, header }
  }
}
