import type { AlipayError, AlipayErrorCode } from '../errors.js'
import { httpStatusOf } from '../http-status.js'

/**
 * Where notification warnings and refusals are written: `console`, pino, winston and the like all
 * fit. Messages are plain strings; `error` may get the underlying cause as a second argument.
 */
export interface NotificationLogger {
  /** A refusal answered 4xx (but 413), or a notification acknowledged with no handler for it. */
  warn(message: string): void
  /** A refusal answered 5xx or 413; `details` holds the underlying cause when there is one. */
  error(message: string, ...details: unknown[]): void
}

/** How many refusals of one code are written per window before the rest are only counted. */
const PER_CODE = 10
const WINDOW_MS = 60_000

/**
 * The default `onError` of the notification handler (issue #10): every refusal is logged, a
 * warning for 4xx and an error for 5xx and for 413 (a body over the limit may be a real
 * notification lost), at most {@link PER_CODE} lines per code a minute so a flood cannot fill the
 * disk; the next line written for that code says how many were left out. Messages name what was
 * received where that is safe (they never carry keys or signatures: error messages never do).
 */
export function createRefusalLog(
  logger: NotificationLogger,
  now: () => number = Date.now,
): (error: AlipayError) => void {
  const windows = new Map<AlipayErrorCode, { start: number; written: number; left: number }>()
  return (error) => {
    const at = now()
    let window = windows.get(error.code)
    if (window === undefined || at - window.start >= WINDOW_MS) {
      window = { start: at, written: 0, left: window?.left ?? 0 }
      windows.set(error.code, window)
    }
    if (window.written >= PER_CODE) {
      window.left++
      return
    }
    window.written++
    const status = httpStatusOf(error)
    const left = window.left > 0 ? ` (${window.left} more ${error.code} refusals were not logged)` : ''
    window.left = 0
    const line = `[alipay-kit] notification refused ${status} ${error.code}: ${error.message}${left}`
    if (status >= 500 || status === 413) {
      if (error.cause === undefined) logger.error(line)
      else logger.error(line, error.cause)
    } else {
      logger.warn(line)
    }
  }
}
