import { NOTIFICATION_ACK } from '@alipay-kit/core'
import { isAcknowledgement } from '@alipay-kit/testing'

/** The key a notification was signed with, as the user knows it. */
export interface SigningKey {
  /** `--key`, or the keys directory's file as the user would type its path. */
  readonly label: string
  /** The Alipay test key that `simulate` made, whose public half it prints as ALIPAY_PUBLIC_KEY. */
  readonly local: boolean
}

/** What the endpoint answered, judged as the simulator judges it (docs/protocol.md §3.2, §9.12). */
export interface ReplyVerdict {
  /** HTTP 200 and JSON whose `result.resultStatus` is `S` and `result.resultCode` is `SUCCESS`. */
  readonly acknowledged: boolean
  /** Whether the body is the documented acknowledgement byte for byte (`NOTIFICATION_ACK`). */
  readonly exact: boolean
  /**
   * When not acknowledged: why, and what usually causes that status. When acknowledged by meaning
   * only: how the body differs from the documented bytes.
   */
  readonly reasons: readonly string[]
}

const STATUS_HINTS: { readonly [status: number]: string } = {
  400: 'A 400 means the app found the notification malformed: a header missing or the body not JSON.',
  404: 'A 404 means nothing is mounted at that path: check the path of --to against the app.',
  405: 'A 405 means the route does not take POST.',
  413: "A 413 means the body is over the app's limit.",
  500: "A 500 means the app's handler failed (or the middleware is mounted after a body parser); see the app's log.",
}

/** The `result` of a JSON body, or undefined when the body is not a JSON object with one. */
function resultOf(body: string): { readonly [field: string]: unknown } | undefined {
  try {
    const reply: unknown = JSON.parse(body)
    const result: unknown = (reply as { result?: unknown } | null)?.result
    return result !== null && typeof result === 'object' ? (result as { [field: string]: unknown }) : undefined
  } catch {
    return undefined
  }
}

/** Why a body is not an acknowledgement: the result it carries, or that it carries none. */
function bodyReason(body: string): string {
  const result = resultOf(body)
  const expected =
    'Alipay expects JSON whose result.resultStatus is "S" and result.resultCode is "SUCCESS", ' +
    `such as ${NOTIFICATION_ACK}`
  if (result === undefined) return `The body is not JSON with a result object. ${expected}`
  const shown = (value: unknown) => (value === undefined ? 'missing' : JSON.stringify(value)?.slice(0, 80))
  return (
    `The body's result is resultStatus ${shown(result.resultStatus)}, resultCode ${shown(result.resultCode)}: ` +
    `a refusal, so Alipay resends. ${expected}`
  )
}

/** How an accepted body differs from the documented bytes, and why it still counts. */
function notExactReason(body: string): string {
  const compact = JSON.stringify(JSON.parse(body))
  const what =
    compact === NOTIFICATION_ACK
      ? 'only its spacing differs'
      : compact === body
        ? 'its key order or its fields differ'
        : 'its spacing and its key order or fields differ'
  return (
    `Accepted by meaning, not the exact bytes: ${what} from ${NOTIFICATION_ACK}.\n` +
    "The simulator accepts such a reply, as the Java SDK's own example sends one (docs/protocol.md §3.2);\n" +
    'Alipay does not document whether it parses, so the alipay-kit adapters send the exact bytes.'
  )
}

/**
 * A 401 is the app refusing the signature. The key that signed stands in for Alipay's private key,
 * so the app must hold its public half as Alipay's public key (the usual slip is the merchant's own
 * public key there).
 */
function unauthorisedHint(key: SigningKey): string {
  const publicHalf = key.local
    ? 'the ALIPAY_PUBLIC_KEY that "alipay-kit simulate" prints (and writes to app.env)'
    : 'the public half of --key'
  return (
    `A 401 means the app refused the signature. ${key.label} stands in for Alipay's private key, so the app's\n` +
    `alipayPublicKey (ALIPAY_PUBLIC_KEY) must be ${publicHalf}, not your own merchant public key;\n` +
    'its clientId must be the client-id sent, and its notify path the path of --to.'
  )
}

/**
 * Judges the endpoint's reply by the rule the simulator applies, {@link isAcknowledgement} of
 * @alipay-kit/testing (one rule, so `trigger` and the simulator never disagree): HTTP 200 and a
 * JSON result of S / SUCCESS, whatever the key order or spacing (docs/protocol.md §3.2, §9.12).
 * A reply accepted by meaning but not the documented bytes says so in `reasons`.
 */
export function judgeReply(status: number, body: string, key: SigningKey): ReplyVerdict {
  if (isAcknowledgement(status, body)) {
    const exact = body === NOTIFICATION_ACK
    return { acknowledged: true, exact, reasons: exact ? [] : [notExactReason(body)] }
  }
  const reasons: string[] = []
  if (status !== 200) {
    reasons.push(`HTTP ${status}, not 200.`)
    const hint = status === 401 ? unauthorisedHint(key) : STATUS_HINTS[status]
    if (hint !== undefined) reasons.push(hint)
  }
  // A non-200 with an error page says enough through its status; a body is judged when it could
  // have been the acknowledgement.
  if (status === 200 || resultOf(body) !== undefined) reasons.push(bodyReason(body))
  return { acknowledged: false, exact: false, reasons }
}
