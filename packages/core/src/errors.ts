/**
 * Every error this library raises for bad data carries a stable `code`. Codes are grouped into a
 * few classes by what the caller does about them (style.md principle 4): fix the configuration,
 * reject the request, treat the signature as forged, or handle an API or transport failure.
 *
 * Misuse of the API itself (a missing argument, a wrong type) throws a plain `TypeError`.
 */

/** Cause and fix for each code; the same text the troubleshooting guide shows. */
export const ERROR_CODES = {
  // configuration: fix your setup, the process should not start like this
  ERR_ALIPAY_CONFIG_MISSING: 'A required option was not given and its environment variable is not set.',
  ERR_ALIPAY_OPTION_INVALID: 'An option has the wrong form; the message names it and the accepted forms.',
  ERR_ALIPAY_KEY_INVALID:
    'The key text or bytes are not a key in any accepted format (PEM, base64 DER, DER, JWK, KeyObject).',
  ERR_ALIPAY_KEY_TYPE_MISMATCH:
    "A private key was given where a public key is due, or the reverse. Alipay's public key verifies; your private key signs.",
  ERR_ALIPAY_KEY_NOT_RSA: 'The key is not an RSA key. Alipay signs with RSA-SHA256 (RSA256) only.',
  ERR_ALIPAY_KEY_TOO_SHORT: 'The RSA key is shorter than 2048 bits; Alipay issues 2048-bit keys.',
  ERR_ALIPAY_KEY_OWN_PUBLIC_KEY:
    "The key given as Alipay's public key is the public half of your own private key; use Alipay's public key from the dashboard.",
  // bad request: the incoming notification is malformed; reply 4xx, nothing was processed
  ERR_ALIPAY_HEADER_MISSING: 'A required header (client-id, request-time or signature) is absent.',
  ERR_ALIPAY_SIGNATURE_HEADER_MALFORMED:
    'The Signature header is not name=value pairs with a base64 RSA256 signature of the right size.',
  ERR_ALIPAY_REQUEST_TIME_INVALID: 'The request-time header is neither epoch milliseconds nor an ISO-8601 time.',
  ERR_ALIPAY_BODY_TOO_LARGE: 'The body is larger than the configured limit.',
  ERR_ALIPAY_BODY_CONSUMED:
    'A body parser read the body before this middleware and kept no raw bytes; mount this middleware first.',
  ERR_ALIPAY_BODY_INVALID: 'The body could not be read completely.',
  ERR_ALIPAY_BODY_NOT_JSON: 'The verified body is not a JSON object.',
  ERR_ALIPAY_NOTIFICATION_INVALID: 'A known notification type lacks a required field or has one of the wrong type.',
  ERR_ALIPAY_METHOD_NOT_ALLOWED: 'Alipay delivers notifications with POST only.',
  ERR_ALIPAY_BODY_TIMEOUT: 'The body did not arrive completely within the body read timeout.',
  // authentication: the notification is not proven to come from Alipay
  ERR_ALIPAY_SIGNATURE_INVALID:
    "The signature does not match the body, path, client id and time with Alipay's public key.",
  ERR_ALIPAY_CLIENT_ID_MISMATCH: 'The client-id header is not the client id this endpoint is configured for.',
  ERR_ALIPAY_REQUEST_TIME_OUT_OF_WINDOW: 'The request-time is older or further ahead than the configured window.',
  // merchant handler
  ERR_ALIPAY_HANDLER_FAILED:
    'Your notification handler threw or rejected; no acknowledgement was sent, so Alipay resends.',
  ERR_ALIPAY_NOTIFICATION_UNHANDLED:
    'No handler is registered for this notification type and unhandled notifications are refused.',
  ERR_ALIPAY_NOTIFICATION_IN_PROGRESS:
    'Another delivery of the same notification is being processed (its claim is alive); not acknowledged, so Alipay resends later.',
  ERR_ALIPAY_STORE_UNAVAILABLE:
    'The notification store could not be reached to claim the notification; nothing ran and Alipay resends.',
  ERR_ALIPAY_CLAIM_LOST:
    "This delivery's claim on the notification expired and another delivery holds it; the transaction must roll back.",
  // outbound API
  ERR_ALIPAY_API_FAILED: 'Alipay answered with result status F; see resultCode and resultMessage.',
  ERR_ALIPAY_RESULT_UNKNOWN: 'Alipay answered with result status U; resend with the same request id or inquire.',
  ERR_ALIPAY_RESPONSE_SIGNATURE_MISSING:
    'The response carries no signature or response-time header; it is not trusted (docs/protocol.md §9.6).',
  ERR_ALIPAY_RESPONSE_SIGNATURE_INVALID: "The response signature does not verify with Alipay's public key.",
  ERR_ALIPAY_RESPONSE_INVALID: 'The response is not a JSON object with a result.',
  ERR_ALIPAY_HTTP_STATUS: 'Alipay answered with an HTTP status other than 200.',
  ERR_ALIPAY_RESPONSE_TOO_LARGE: 'The response body is larger than maxResponseBytes.',
  ERR_ALIPAY_RESPONSE_STALE:
    'The signed response-time is outside the response time window: a replayed or stale response.',
  ERR_ALIPAY_RESPONSE_MISMATCH: 'The signed response echoes another request id than the request carried.',
  ERR_ALIPAY_TIMEOUT: 'The request did not complete within the timeout.',
  ERR_ALIPAY_NETWORK: 'The request failed before a response arrived (DNS, connection, TLS).',
} as const

/** Every stable error code. `switch (error.code)` narrows on it. */
export type AlipayErrorCode = keyof typeof ERROR_CODES

/** The codes of {@link AlipayConfigError}: a missing option, a malformed option or an unusable key. */
export type ConfigErrorCode = Extract<AlipayErrorCode, `ERR_ALIPAY_${'CONFIG' | 'OPTION' | 'KEY'}_${string}`>
/** The codes of {@link AlipayRequestError}: a malformed notification, refused before anything was processed. */
export type RequestErrorCode = Extract<
  AlipayErrorCode,
  | 'ERR_ALIPAY_HEADER_MISSING'
  | 'ERR_ALIPAY_SIGNATURE_HEADER_MALFORMED'
  | 'ERR_ALIPAY_REQUEST_TIME_INVALID'
  | 'ERR_ALIPAY_BODY_TOO_LARGE'
  | 'ERR_ALIPAY_BODY_CONSUMED'
  | 'ERR_ALIPAY_BODY_INVALID'
  | 'ERR_ALIPAY_BODY_NOT_JSON'
  | 'ERR_ALIPAY_NOTIFICATION_INVALID'
  | 'ERR_ALIPAY_METHOD_NOT_ALLOWED'
  | 'ERR_ALIPAY_BODY_TIMEOUT'
>
/** The codes of {@link AlipaySignatureError}: a notification not proven to come from Alipay (HTTP 401). */
export type SignatureErrorCode = Extract<
  AlipayErrorCode,
  'ERR_ALIPAY_SIGNATURE_INVALID' | 'ERR_ALIPAY_CLIENT_ID_MISMATCH' | 'ERR_ALIPAY_REQUEST_TIME_OUT_OF_WINDOW'
>
/** The codes of {@link AlipayHandlerError}: the merchant's handler failed or none exists (HTTP 500). */
export type HandlerErrorCode = Extract<
  AlipayErrorCode,
  | 'ERR_ALIPAY_HANDLER_FAILED'
  | 'ERR_ALIPAY_NOTIFICATION_UNHANDLED'
  | 'ERR_ALIPAY_NOTIFICATION_IN_PROGRESS'
  | 'ERR_ALIPAY_STORE_UNAVAILABLE'
  | 'ERR_ALIPAY_CLAIM_LOST'
>
/** The codes of {@link AlipayApiError}: the API answered, but not with a trusted success. */
export type ApiErrorCode = Extract<
  AlipayErrorCode,
  | 'ERR_ALIPAY_API_FAILED'
  | 'ERR_ALIPAY_RESULT_UNKNOWN'
  | 'ERR_ALIPAY_RESPONSE_SIGNATURE_MISSING'
  | 'ERR_ALIPAY_RESPONSE_SIGNATURE_INVALID'
  | 'ERR_ALIPAY_RESPONSE_INVALID'
  | 'ERR_ALIPAY_HTTP_STATUS'
  | 'ERR_ALIPAY_RESPONSE_TOO_LARGE'
  | 'ERR_ALIPAY_RESPONSE_STALE'
  | 'ERR_ALIPAY_RESPONSE_MISMATCH'
>
/** The codes of {@link AlipayTransportError}: no response arrived (timeout, network). */
export type TransportErrorCode = Extract<AlipayErrorCode, 'ERR_ALIPAY_TIMEOUT' | 'ERR_ALIPAY_NETWORK'>

/** Base class of every coded error this library throws. */
export class AlipayError<C extends AlipayErrorCode = AlipayErrorCode> extends Error {
  /** The stable error code, e.g. `ERR_ALIPAY_SIGNATURE_INVALID`. */
  readonly code: C

  constructor(code: C, message: string, options?: { cause?: unknown }) {
    super(message, options)
    this.code = code
    this.name = new.target.name
  }
}

/** The configuration is wrong: a missing option, a bad key. Fix it; retrying will not help. */
export class AlipayConfigError extends AlipayError<ConfigErrorCode> {}

/** An incoming notification is malformed (HTTP 400/405/413). Nothing was processed. */
export class AlipayRequestError extends AlipayError<RequestErrorCode> {}

/** An incoming notification is not authentic (HTTP 401). Nothing was processed. */
export class AlipaySignatureError extends AlipayError<SignatureErrorCode> {}

/** The notification was not processed here (handler failed, none exists, claimed elsewhere, store down): no acknowledgement, Alipay resends. */
export class AlipayHandlerError extends AlipayError<HandlerErrorCode> {}

/** The Alipay API answered, but not with a trusted success. */
export class AlipayApiError extends AlipayError<ApiErrorCode> {
  /** `result.resultCode` from Alipay, when the response carried one. */
  readonly resultCode: string | undefined
  /** `result.resultStatus` from Alipay (`F` or `U`), when the response carried one. */
  readonly resultStatus: string | undefined
  /** `result.resultMessage` from Alipay, when the response carried one. */
  readonly resultMessage: string | undefined
  /** The HTTP status of the response. */
  readonly httpStatus: number | undefined

  constructor(
    code: ApiErrorCode,
    message: string,
    details: {
      resultCode?: string
      resultStatus?: string
      resultMessage?: string
      httpStatus?: number
      cause?: unknown
    } = {},
  ) {
    super(code, message, { cause: details.cause })
    this.resultCode = details.resultCode
    this.resultStatus = details.resultStatus
    this.resultMessage = details.resultMessage
    this.httpStatus = details.httpStatus
  }
}

/** The request to Alipay did not get a response (timeout, network). Safe to retry with the same request id. */
export class AlipayTransportError extends AlipayError<TransportErrorCode> {}

/** True when `value` is an error raised by this library (any class). */
export function isAlipayError(value: unknown): value is AlipayError {
  return value instanceof AlipayError
}

/** The likely causes of a signature that does not verify, named in every such error (issue #10). */
export const SIGNATURE_FAILURE_CAUSES =
  "Likely causes: the wrong key (Alipay's public key of the other environment: sandbox and production differ), " +
  "your own public key configured as Alipay's, or a body re-serialised before verification (a JSON parser ran first). " +
  'Run `npx @alipay-kit/cli verify` on a captured request to find out which.'
