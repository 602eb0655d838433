import { type AlipayErrorCode, isAlipayError } from './errors.js'

/**
 * The one table from error code to the HTTP status a notification endpoint answers with
 * (issue #2 §3). Adapters never choose a status themselves. Anything not listed is a 500, which
 * makes Alipay resend: the safe default when we cannot tell whether the work was done.
 */
const STATUS_BY_CODE: Partial<Record<AlipayErrorCode, number>> = {
  ERR_ALIPAY_HEADER_MISSING: 400,
  ERR_ALIPAY_SIGNATURE_HEADER_MALFORMED: 400,
  ERR_ALIPAY_REQUEST_TIME_INVALID: 400,
  ERR_ALIPAY_BODY_INVALID: 400,
  ERR_ALIPAY_BODY_NOT_JSON: 400,
  ERR_ALIPAY_NOTIFICATION_INVALID: 400,
  ERR_ALIPAY_METHOD_NOT_ALLOWED: 405,
  ERR_ALIPAY_BODY_TOO_LARGE: 413,
  ERR_ALIPAY_BODY_TIMEOUT: 408,
  ERR_ALIPAY_SIGNATURE_INVALID: 401,
  ERR_ALIPAY_CLIENT_ID_MISMATCH: 401,
  ERR_ALIPAY_REQUEST_TIME_OUT_OF_WINDOW: 401,
  // A parser ran first: the app is mis-mounted. 500 so Alipay resends once it is fixed.
  ERR_ALIPAY_BODY_CONSUMED: 500,
  ERR_ALIPAY_HANDLER_FAILED: 500,
  ERR_ALIPAY_NOTIFICATION_UNHANDLED: 500,
  // Another delivery holds the claim: a conflict, not a failure; Alipay resends later (§9.10).
  ERR_ALIPAY_NOTIFICATION_IN_PROGRESS: 409,
  ERR_ALIPAY_STORE_UNAVAILABLE: 503,
}

/**
 * The HTTP status a notification endpoint replies with for `error`.
 *
 * @example
 * ```ts
 * res.status(httpStatusOf(err)) // 401 for ERR_ALIPAY_SIGNATURE_INVALID
 * ```
 */
export function httpStatusOf(error: unknown): number {
  if (isAlipayError(error)) return STATUS_BY_CODE[error.code] ?? 500
  return 500
}
