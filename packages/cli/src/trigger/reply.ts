import { NOTIFICATION_ACK } from '@alipay-kit/core'

/** The key a notification was signed with, as the user knows it. */
export interface SigningKey {
  /** `--key`, or the keys directory's file as the user would type its path. */
  readonly label: string
  /** The Alipay test key that `simulate` made, whose public half it prints as ALIPAY_PUBLIC_KEY. */
  readonly local: boolean
}

/** What the endpoint answered, judged as Alipay judges it (docs/protocol.md §3.2). */
export interface ReplyVerdict {
  readonly acknowledged: boolean
  /** Why it is not an acknowledgement, and what usually causes that status. */
  readonly reasons: readonly string[]
}

const STATUS_HINTS: { readonly [status: number]: string } = {
  400: 'A 400 means the app found the notification malformed: a header missing or the body not JSON.',
  404: 'A 404 means nothing is mounted at that path: check the path of --to against the app.',
  405: 'A 405 means the route does not take POST.',
  413: "A 413 means the body is over the app's limit.",
  500: "A 500 means the app's handler failed (or the middleware is mounted after a body parser); see the app's log.",
}

function sameJson(a: string, b: string): boolean {
  try {
    return JSON.stringify(JSON.parse(a)) === JSON.stringify(JSON.parse(b))
  } catch {
    return false
  }
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

/** Alipay counts a notification received only on HTTP 200 with the fixed acknowledgement body. */
export function judgeReply(status: number, body: string, key: SigningKey): ReplyVerdict {
  const reasons: string[] = []
  if (status !== 200) {
    reasons.push(`HTTP ${status}, not 200.`)
    const hint = status === 401 ? unauthorisedHint(key) : STATUS_HINTS[status]
    if (hint !== undefined) reasons.push(hint)
  }
  if (body !== NOTIFICATION_ACK) {
    if (sameJson(body, NOTIFICATION_ACK)) {
      reasons.push('The body is the acknowledgement JSON with other spacing; send it byte for byte.')
    } else if (status === 200) {
      reasons.push(`The body is not the acknowledgement; Alipay expects exactly ${NOTIFICATION_ACK}`)
    }
  }
  return { acknowledged: reasons.length === 0, reasons }
}
