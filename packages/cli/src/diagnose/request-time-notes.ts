import { parseRequestTime } from '@alipay-kit/core'
import type { Finding } from './finding.js'

const HOUR = 3_600_000
// The notification handler's default window (docs/protocol.md §9.5).
const MAX_AGE_MS = 25 * HOUR
const MAX_FUTURE_MS = 5 * 60_000

function span(ms: number): string {
  if (ms < 2 * 60_000) return `${Math.round(ms / 1000)} s`
  if (ms < 2 * HOUR) return `${Math.round(ms / 60_000)} min`
  if (ms < 48 * HOUR) return `${Math.round(ms / HOUR)} h`
  return `${Math.round(ms / (24 * HOUR))} days`
}

/**
 * What the request-time says beyond the signature: it is signed verbatim, so any format verifies,
 * but the notification handler also checks its format and age (docs/protocol.md §1.1, §9.5).
 */
export function requestTimeNotes(time: string, now: number): Finding[] {
  if (/^\d{10}$/.test(time)) {
    return [
      {
        title: 'request-time format: this looks like epoch SECONDS',
        detail: [
          'Alipay and the Java SDK send epoch milliseconds (13 digits), e.g. 1700000000000 (docs/protocol.md §1.1).',
          'Read as milliseconds it is in January 1970, so the notification handler refuses it as out of its time window.',
        ],
      },
    ]
  }
  const at = parseRequestTime(time)
  if (at === undefined) {
    return [
      {
        title: 'request-time format: neither epoch milliseconds nor ISO-8601',
        detail: [
          'It is signed verbatim, so the signature can still match, but the notification handler refuses it',
          'with ERR_ALIPAY_REQUEST_TIME_INVALID while its time window is on (docs/protocol.md §9.5).',
          'Alipay sends epoch milliseconds (1700000000000) or ISO-8601 (2024-01-01T10:00:06+08:00).',
        ],
      },
    ]
  }
  if (at < now - MAX_AGE_MS || at > now + MAX_FUTURE_MS) {
    const when = at < now ? `${span(now - at)} ago` : `${span(at - now)} ahead`
    return [
      {
        title: `request-time is ${when}`,
        detail: [
          'That is outside the default time window of the notification handler (25 h back, 5 min ahead,',
          'docs/protocol.md §9.5): a notify endpoint refuses it with ERR_ALIPAY_REQUEST_TIME_OUT_OF_WINDOW, whatever the signature.',
        ],
      },
    ]
  }
  return []
}
