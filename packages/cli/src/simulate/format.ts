import { ALIPAY_RESEND_SCHEDULE_MS, type ApiRequestRecord, type DeliveryAttempt } from '@alipay-kit/testing'
import type { Printer } from '../io.js'

/** A duration the way people say it: 120 ms, 2 min, 1 h 30 min. */
export function duration(ms: number): string {
  if (ms < 1000) return `${Math.round(ms)} ms`
  if (ms < 60_000) return `${Math.round(ms / 100) / 10} s`
  if (ms < 3_600_000) return `${Math.round(ms / 6000) / 10} min`
  const hours = Math.floor(ms / 3_600_000)
  const minutes = Math.round((ms % 3_600_000) / 60_000)
  return minutes === 0 ? `${hours} h` : `${hours} h ${minutes} min`
}

/** HH:MM:SS.mmm in local time. */
export function clock(at: number): string {
  const d = new Date(at)
  const pad = (n: number, width = 2) => String(n).padStart(width, '0')
  return `${pad(d.getHours())}:${pad(d.getMinutes())}:${pad(d.getSeconds())}.${pad(d.getMilliseconds(), 3)}`
}

/**
 * One line per delivery attempt: time, type, URL, attempt n/max, HTTP status, acknowledged or
 * not, and when the next resend comes, in Alipay's time and, when scaled, in real time.
 */
export function deliveryLine(out: Printer, d: DeliveryAttempt, timeScale: number): string {
  const status = d.status === undefined ? out.red(`no reply (${d.error ?? 'unknown'})`) : `HTTP ${d.status}`
  const verdict = d.acknowledged ? out.green('acknowledged') : out.red('not acknowledged')
  let next = ''
  if (d.nextAttemptAt !== undefined) {
    // The wait in Alipay's time comes from the schedule itself: timers drift by a millisecond or two.
    const wait = ALIPAY_RESEND_SCHEDULE_MS[d.attempt] ?? Math.max(0, d.nextAttemptAt - d.finishedAt) / timeScale
    const scaled = timeScale === 1 ? '' : ` (${duration(wait * timeScale)} real time)`
    next = `, next resend in ${duration(wait)}${scaled}`
  } else if (!d.acknowledged) {
    next = d.attempt >= d.maxAttempts ? ', no more resends' : ''
  }
  return `${out.dim(clock(d.finishedAt))}  ${out.bold(d.type)}  ${d.url}  attempt ${d.attempt}/${d.maxAttempts}  ${status}  ${verdict}${next}`
}

/** One line per API call the simulator answered. */
export function requestLine(out: Printer, r: ApiRequestRecord): string {
  const result = `${r.result.resultStatus} ${r.result.resultCode}`
  const paint = r.result.resultStatus === 'S' ? out.green : r.result.resultStatus === 'U' ? out.yellow : out.red
  return `${out.dim(clock(r.at))}  ${out.cyan('API')}  ${r.path}  ${r.clientId ?? '(no client-id)'}  ${paint(result)}`
}
