import { type Json, type KnownType, present } from './classify.js'

type Kind = 'string' | 'amount' | 'object' | 'result' | 'array'
type Rules = ReadonlyArray<readonly [field: string, kind: Kind]>

const PAYMENT: Rules = [
  ['paymentRequestId', 'string'],
  ['paymentAmount', 'amount'],
]

/**
 * The fields each type requires, as `types.ts` declares them (docs/notifications.md gives each
 * choice and its source). Optional fields are not checked, except `result` when present, since it
 * carries the outcome a handler acts on.
 */
const REQUIRED: { readonly [T in KnownType]: Rules } = {
  PAYMENT_RESULT: PAYMENT,
  PAYMENT_PENDING: [['result', 'result'], ...PAYMENT],
  OFFLINE_PAYMENT_CODE: PAYMENT,
  UPDATE_AMOUNT_RESULT: [
    ['result', 'result'],
    ['updateRequestId', 'string'],
  ],
  SUBSCRIPTION_PAYMENT: [
    ['result', 'result'],
    ['paymentId', 'string'],
    ['paymentAmount', 'amount'],
    ['subscriptionRequestId', 'string'],
    ['subscriptionId', 'string'],
  ],
  CAPTURE_RESULT: [
    ['result', 'result'],
    ['captureRequestId', 'string'],
    ['paymentId', 'string'],
    ['captureId', 'string'],
    ['captureAmount', 'amount'],
  ],
  REFUND_RESULT: [
    ['result', 'result'],
    ['refundStatus', 'string'],
    ['refundRequestId', 'string'],
    ['refundId', 'string'],
    ['refundAmount', 'amount'],
  ],
  VAULTING_RESULT: [
    ['result', 'result'],
    ['vaultingRequestId', 'string'],
  ],
  DISPUTE: [['disputeNotificationType', 'string']],
  AUTHORIZATION: [['authorizationNotifyType', 'string']],
  SUBSCRIPTION: [
    ['subscriptionNotificationType', 'string'],
    ['subscriptionRequestId', 'string'],
    ['subscriptionStatus', 'string'],
    ['subscriptionStartTime', 'string'],
    ['periodRule', 'object'],
  ],
  SUBSCRIPTION_CANCEL: [['subscriptionOrderStatus', 'string']],
  TRANSFER_RESULT: [
    ['transferRequestId', 'string'],
    ['transferId', 'string'],
    ['transferResult', 'result'],
  ],
  DIRECT_REFUND: [['refundStatus', 'string']],
  CARD_STATUS: [
    ['cardStatus', 'string'],
    ['assetId', 'string'],
  ],
  CARD_BILL: [
    ['billNo', 'string'],
    ['billStatus', 'string'],
    ['tradeAmount', 'amount'],
  ],
  CREDIT_NOTE: [['creditNoteNotificationType', 'string']],
  INVOICE: [['invoiceStatus', 'string']],
  METER_EVENT: [['errorEvents', 'array']],
  BILLING_SUBSCRIPTION: [['status', 'string']],
}

function isObject(value: unknown): value is Json {
  return value !== null && typeof value === 'object' && !Array.isArray(value)
}

const RESULT_STATUSES: ReadonlySet<unknown> = new Set(['S', 'F', 'U'])

/** What is wrong with one present value, naming the field and never echoing the value. */
function problemOf(field: string, kind: Kind, value: unknown): string | undefined {
  if (kind === 'string') return typeof value === 'string' ? undefined : `${field} is not a string`
  if (kind === 'array') return Array.isArray(value) ? undefined : `${field} is not an array`
  if (!isObject(value)) return `${field} is not an object`
  if (kind === 'amount') {
    if (typeof value.currency !== 'string') return `${field}.currency is not a string`
    if (typeof value.value !== 'string') return `${field}.value is not a string`
  } else if (kind === 'result') {
    if (typeof value.resultCode !== 'string') return `${field}.resultCode is not a string`
    if (!RESULT_STATUSES.has(value.resultStatus)) return `${field}.resultStatus is not S, F or U`
  }
  return undefined
}

/**
 * Why a body does not fit the type its discriminating fields point to: one entry per field at
 * fault (`paymentRequestId is missing`), empty when it fits.
 */
export function misfitsOf(type: KnownType, n: Json): string[] {
  const problems: string[] = []
  const rules = REQUIRED[type]
  for (const [field, kind] of rules) {
    const problem = present(n[field]) ? problemOf(field, kind, n[field]) : `${field} is missing`
    if (problem !== undefined) problems.push(problem)
  }
  if (present(n.result) && !rules.some(([field]) => field === 'result')) {
    const problem = problemOf('result', 'result', n.result)
    if (problem !== undefined) problems.push(problem)
  }
  return problems
}
