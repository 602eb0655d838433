import { AlipayApiError, AlipayConfigError } from '../errors.js'
import { parseRequestTime } from '../protocol/request-time.js'
import type { ApiRequest } from './models/common.js'

/** The response-time window after validation; `false` when the check is off. */
export type ResolvedResponseTimeWindow = { readonly maxAgeMs: number; readonly maxFutureMs: number } | false

/**
 * The default oldest `response-time`, in ms before now. Alipay signs a response when it answers,
 * and the client reads it within its timeout (15 s by default), so the age is that transfer time
 * plus the clock difference between Alipay and this server: 5 minutes tolerates a badly kept
 * clock, while a replayed response from yesterday (or 30 days ago, issue 9) is refused.
 */
export const DEFAULT_RESPONSE_MAX_AGE_MS = 5 * 60 * 1000
/** The default furthest `response-time` ahead of now (clock skew), in ms. */
export const DEFAULT_RESPONSE_MAX_FUTURE_MS = 5 * 60 * 1000

const MAX_WINDOW_MS = 366 * 24 * 60 * 60 * 1000

function invalid(expected: string): AlipayConfigError {
  return new AlipayConfigError('ERR_ALIPAY_OPTION_INVALID', `responseTimeWindow: expected ${expected}`)
}

function bound(value: unknown, name: string, fallback: number): number {
  if (value === undefined) return fallback
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 0 || value > MAX_WINDOW_MS) {
    throw invalid(`${name} as a whole number of milliseconds from 0 to ${MAX_WINDOW_MS}`)
  }
  return value
}

/** Validates the `responseTimeWindow` option once, at creation. */
export function resolveResponseTimeWindow(value: unknown): ResolvedResponseTimeWindow {
  if (value === false) return false
  if (value === undefined) {
    return Object.freeze({ maxAgeMs: DEFAULT_RESPONSE_MAX_AGE_MS, maxFutureMs: DEFAULT_RESPONSE_MAX_FUTURE_MS })
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    throw invalid('{ maxAgeMs, maxFutureMs } in milliseconds, or false to turn the check off')
  }
  const { maxAgeMs, maxFutureMs } = value as { maxAgeMs?: unknown; maxFutureMs?: unknown }
  return Object.freeze({
    maxAgeMs: bound(maxAgeMs, 'maxAgeMs', DEFAULT_RESPONSE_MAX_AGE_MS),
    maxFutureMs: bound(maxFutureMs, 'maxFutureMs', DEFAULT_RESPONSE_MAX_FUTURE_MS),
  })
}

function stale(path: string, detail: string): AlipayApiError {
  return new AlipayApiError(
    'ERR_ALIPAY_RESPONSE_STALE',
    `The signed response to ${path} ${detail}; it is not trusted (docs/protocol.md §9.6)`,
    { httpStatus: 200 },
  )
}

/**
 * Throws unless the signed `response-time` lies within the window around `now` (protocol.md
 * §9.6). Parsed as a notification's request-time is (epoch ms or ISO-8601, §1.1): a time that
 * cannot be read cannot be shown fresh, so it is refused too while the window is on.
 *
 * @throws {@link AlipayApiError} `ERR_ALIPAY_RESPONSE_STALE`.
 */
export function checkResponseTime(time: string, window: ResolvedResponseTimeWindow, now: number, path: string): void {
  if (window === false) return
  const at = parseRequestTime(time)
  if (at === undefined) throw stale(path, 'has a response-time that is neither epoch milliseconds nor ISO-8601')
  if (at < now - window.maxAgeMs || at > now + window.maxFutureMs) {
    const age = Math.round((now - at) / 1000)
    throw stale(
      path,
      `was signed ${Math.abs(age)} s ${age >= 0 ? 'ago' : 'ahead'}, outside the response time window (${window.maxAgeMs} ms old to ${window.maxFutureMs} ms ahead)`,
    )
  }
}

/** The `*RequestId` fields of a request: the top-level string fields whose name ends so. */
export type RequestIds = ReadonlyArray<readonly [field: string, value: string]>

/**
 * The idempotency keys a request carries (`paymentRequestId`, `refundRequestId`,
 * `captureRequestId`, `vaultingRequestId`, `subscriptionRequestId`, `declarationRequestId`...,
 * docs/protocol.md §7), by name rather than by endpoint so new endpoints are covered. Top-level only:
 * that is where the request models put them and where the response models echo them.
 */
export function requestIdsOf(body: ApiRequest): RequestIds {
  const ids: Array<readonly [string, string]> = []
  for (const [field, value] of Object.entries(body)) {
    if (field.endsWith('RequestId') && typeof value === 'string') ids.push([field, value])
  }
  return ids
}

/**
 * Throws when the verified response echoes one of the request's `*RequestId` fields with another
 * value: a validly signed response to another call (another order's payment, say) spliced into
 * this one (docs/protocol.md §9.6, issue 9). A response that does not echo the field is not judged.
 *
 * @throws {@link AlipayApiError} `ERR_ALIPAY_RESPONSE_MISMATCH`.
 */
export function checkEchoedIds(ids: RequestIds, response: object, path: string): void {
  for (const [field, sent] of ids) {
    const echoed = (response as Record<string, unknown>)[field]
    if (echoed === undefined || echoed === null || echoed === sent) continue
    throw new AlipayApiError(
      'ERR_ALIPAY_RESPONSE_MISMATCH',
      `The signed response to ${path} echoes another ${field} than the request carried; it answers another call and is not trusted (docs/protocol.md §9.6)`,
      { httpStatus: 200 },
    )
  }
}
