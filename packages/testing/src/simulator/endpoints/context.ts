import type { Result } from '@alipay-kit/core'
import type { Body } from '../fields.js'
import type { RequestIds } from '../idempotency.js'
import type { IdKind } from '../ids.js'
import type { Ledger } from '../ledger.js'
import type { MeterSessions } from '../meter-sessions.js'
import type { UploadedFile } from '../multipart.js'

/**
 * A notify-URL kind, for the dashboard-configured fallbacks of {@link NotifyUrls}: `authorization`
 * for notifyAuthorization, `transfer` for
 * marketplace transfers and payouts, `card` for ABA card status and bills, `billing` for invoices,
 * credit notes, billing subscriptions and meter events (no request names a URL for meter events).
 */
export type NotifyUrlKind =
  | 'payment'
  | 'authorization'
  | 'refund'
  | 'vaulting'
  | 'subscription'
  | 'dispute'
  | 'transfer'
  | 'card'
  | 'billing'

/**
 * Notify URLs as configured in the Antom dashboard: used when a request carries none (the URL in
 * the request wins, as the docs say).
 */
export type NotifyUrls = { readonly [K in NotifyUrlKind]?: string }

/** One API call, authenticated and parsed. */
export interface ApiCall {
  readonly clientId: string
  /** Whether it came through `/ams/sandbox/api`. */
  readonly sandbox: boolean
  readonly body: Body
  /** The simulator's base URL, for the checkout links it hands out. */
  readonly baseUrl: string
  /** The file parts of a multipart upload (docs/protocol.md §4.1); absent for a JSON call. */
  readonly files?: readonly UploadedFile[]
}

/** What an endpoint answers: a `result` and the API's own fields. */
export type ApiAnswer = { readonly result: Result } & { readonly [field: string]: unknown }

/** What endpoints share. */
export interface EndpointDeps {
  readonly ledger: Ledger
  /** Sessions of meter/createSession, which authenticate meter/uploadEvent sent as the SDKs send it. */
  readonly meterSessions: MeterSessions
  readonly requestIds: RequestIds
  readonly newId: (kind: IdKind) => string
  readonly now: () => number
  /** Decides whether pay settles at once (see `SimulatorOptions.autoComplete`). */
  readonly autoComplete: (pay: Body) => 'SUCCESS' | 'FAIL' | undefined
  /** Whether refunds settle at once (true) or wait for `completeRefund`. */
  readonly instantRefunds: boolean
  /** The notify URLs "configured in the dashboard" (the simulator's `notifyUrls` option). */
  readonly notifyUrls: NotifyUrls
  /** Sends a notification to `url`, or to the dashboard URL of `kind` when `url` is absent. */
  readonly notify: (
    kind: NotifyUrlKind,
    url: string | undefined,
    call: { clientId: string; sandbox: boolean },
    body: { readonly [field: string]: unknown },
  ) => void
}

/** An endpoint. Refusals are thrown as `SimulatedFailure`s. */
export type Endpoint = (deps: EndpointDeps, call: ApiCall) => ApiAnswer
