import { AlipayRequestError, AlipaySignatureError } from '../errors.js'

/**
 * The Request-Time window of docs/protocol.md §9.5. Alipay resends a notification for 24 hours and
 * does not say whether a resend is re-signed, so the default must accept a genuine resend.
 */
export interface RequestTimeWindow {
  /** Oldest accepted request-time, in milliseconds before now. @default 90_000_000 (25 hours) */
  readonly maxAgeMs?: number
  /** Furthest accepted request-time ahead of now (clock skew), in milliseconds. @default 300_000 (5 minutes) */
  readonly maxFutureMs?: number
}

export const DEFAULT_MAX_AGE_MS = 25 * 60 * 60 * 1000
export const DEFAULT_MAX_FUTURE_MS = 5 * 60 * 1000

const ISO_8601 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:?\d{2})$/i

/**
 * Milliseconds since the epoch for a request-time in any format the SDKs send (§1.1): epoch
 * milliseconds (Java, Go), ISO-8601 with `+00:00` (Python), `+0000` (PHP) or `Z` (.NET).
 */
export function parseRequestTime(text: string): number | undefined {
  if (/^\d{1,16}$/.test(text)) return Number(text)
  if (!ISO_8601.test(text)) return undefined
  // PHP's DATE_ISO8601 writes +0000; Date.parse wants +00:00.
  const normalised = text.replace(/([+-]\d{2})(\d{2})$/, '$1:$2')
  const ms = Date.parse(normalised)
  return Number.isNaN(ms) ? undefined : ms
}

/** Throws unless `text` lies within the window around `now`. */
export function checkRequestTime(text: string, window: Required<RequestTimeWindow>, now: number): void {
  const at = parseRequestTime(text)
  if (at === undefined) {
    throw new AlipayRequestError(
      'ERR_ALIPAY_REQUEST_TIME_INVALID',
      'request-time is neither epoch milliseconds nor ISO-8601 (set requestTimeWindow: false to skip this check)',
    )
  }
  if (at < now - window.maxAgeMs || at > now + window.maxFutureMs) {
    throw new AlipaySignatureError(
      'ERR_ALIPAY_REQUEST_TIME_OUT_OF_WINDOW',
      `request-time is outside the accepted window (${window.maxAgeMs} ms old to ${window.maxFutureMs} ms ahead)`,
    )
  }
}
