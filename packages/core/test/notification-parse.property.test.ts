import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { notificationType } from '../src/index.js'
import { parseTypedNotification } from '../src/notification/parse.js'
import { type Body, type KnownType, SAMPLES, VARIANTS } from './fixtures/notification-samples.js'

/*
 * Issue #14's property at the parse level: for every catalogue type, a documented body with any
 * subset of its fields removed, or any enum value replaced, never makes the parse throw, and
 * comes out as its own type or as UNKNOWN with a reason. The handler-level property (never a 4xx,
 * never acknowledged unseen) is in notification-never-lost.property.test.ts.
 */

const RUNS = 300

/** Every documented body, with the type it must reach. */
const BODIES: ReadonlyArray<readonly [KnownType, Body]> = [
  ...(Object.entries(SAMPLES) as Array<[KnownType, Body]>),
  ...VARIANTS.map(([, type, body]) => [type, body] as const),
]

/**
 * The requirements of docs/notifications.md, written out again here as the oracle: a body parsed
 * as a type must have these fields, of these kinds.
 */
const REQUIRED: Record<
  KnownType,
  ReadonlyArray<readonly [string, 'string' | 'amount' | 'object' | 'result' | 'array']>
> = {
  PAYMENT_RESULT: [
    ['paymentRequestId', 'string'],
    ['paymentAmount', 'amount'],
  ],
  PAYMENT_PENDING: [
    ['result', 'result'],
    ['paymentRequestId', 'string'],
    ['paymentAmount', 'amount'],
  ],
  OFFLINE_PAYMENT_CODE: [
    ['paymentRequestId', 'string'],
    ['paymentAmount', 'amount'],
  ],
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

/** The fields the classification reads: removing one may rightly change the type a body reaches. */
const CLASSIFYING = new Set([
  'notifyType',
  'disputeNotificationType',
  'authorizationNotifyType',
  'subscriptionNotificationType',
  'subscriptionOrderStatus',
  'paymentRequestId',
  'vaultingRequestId',
  'phaseNo',
  'periodStartTime',
  'periodEndTime',
  'subscriptionId',
  'subscriptionRequestId',
  'paymentId',
  'paymentAmount',
  'creditNoteNotificationType',
  'transferResult',
  'billNo',
  'cardStatus',
  'invoiceStatus',
  'errorEvents',
  'status',
  'previousStatus',
  'merchantRequestId',
  'subscriptionStatus',
  'refundFromMethod',
  'refundFromAmount',
  'refundToAmount',
  'refundResultCode',
  'refundResultMessage',
])

/** Value sets the catalogue leaves open: any string keeps the type. */
const OPEN_ENUMS = [
  'refundStatus',
  'subscriptionStatus',
  'subscriptionNotificationType',
  'subscriptionOrderStatus',
  'disputeNotificationType',
  'authorizationNotifyType',
  'disputeJudgedResult',
  'disputeAcceptReason',
  'vaultingStatus',
  'creditNoteNotificationType',
  'invoiceStatus',
  'reasonDescription',
  'cardStatus',
  'operateType',
  'billStatus',
  'billType',
  'status',
  'previousStatus',
]

const isObject = (v: unknown): v is Body => v !== null && typeof v === 'object' && !Array.isArray(v)

function fits(kind: string, value: unknown): boolean {
  if (kind === 'string') return typeof value === 'string'
  if (kind === 'array') return Array.isArray(value)
  if (!isObject(value)) return false
  if (kind === 'amount') return typeof value.currency === 'string' && typeof value.value === 'string'
  if (kind === 'result')
    return typeof value.resultCode === 'string' && ['S', 'F', 'U'].includes(value.resultStatus as string)
  return true
}

/** The oracle: what a parse of `body` may answer, and what it must. */
function checkParse(body: Body, { expected, classifyingKept }: { expected: KnownType; classifyingKept: boolean }) {
  const parsed = parseTypedNotification(JSON.stringify(body))
  expect(notificationType(parsed.notification)).toBe(parsed.type)
  if (parsed.type !== 'UNKNOWN') {
    expect(parsed.reason).toBeUndefined()
    for (const [field, kind] of REQUIRED[parsed.type]) {
      expect(fits(kind, body[field]), `${parsed.type} parsed without a valid ${field}`).toBe(true)
    }
    if (body.result !== undefined && body.result !== null) expect(fits('result', body.result)).toBe(true)
  } else if (parsed.reason !== undefined) {
    expect(parsed.reason).toMatch(
      /^[A-Z_]+: [a-zA-Z.]+ (is missing|is not [^;]+)(; [a-zA-Z.]+ (is missing|is not [^;]+))*$/,
    )
  }
  if (classifyingKept) {
    expect([expected, 'UNKNOWN']).toContain(parsed.type)
    if (parsed.type === 'UNKNOWN') expect(parsed.reason?.startsWith(`${expected}: `)).toBe(true)
  }
  return parsed
}

const bodyArb = fc.constantFrom(...BODIES)

describe('parse: a documented body, damaged, is its own type or UNKNOWN with a reason (issue #14)', () => {
  it('with any subset of its fields removed', () => {
    fc.assert(
      fc.property(
        bodyArb.chain(([type, body]) => fc.tuple(fc.constant(type), fc.constant(body), fc.subarray(Object.keys(body)))),
        ([type, body, removed]) => {
          const damaged = { ...body }
          for (const field of removed) delete damaged[field]
          const parsed = checkParse(damaged, {
            expected: type,
            classifyingKept: !removed.some((f) => CLASSIFYING.has(f)),
          })
          // A removal that leaves every classifying field can only lose the type for a reason.
          if (parsed.type === 'UNKNOWN' && parsed.reason === undefined) {
            expect(removed.some((f) => CLASSIFYING.has(f))).toBe(true)
          }
        },
      ),
      { numRuns: RUNS },
    )
  })

  it('with any enum value replaced: open sets keep the type, a resultStatus outside S/F/U does not', () => {
    const replacement = fc.oneof(fc.constantFrom('S', 'F', 'U', 'SUCCESS', 'FAIL', 'true', 'false', ''), fc.string())
    fc.assert(
      fc.property(
        bodyArb,
        fc.dictionary(fc.constantFrom(...OPEN_ENUMS, 'result.resultStatus'), replacement),
        ([type, body], patch) => {
          const damaged: Body = { ...body }
          for (const [field, value] of Object.entries(patch)) {
            if (field === 'result.resultStatus') {
              if (isObject(damaged.result)) damaged.result = { ...damaged.result, resultStatus: value }
            } else if (field in damaged) {
              damaged[field] = value
            }
          }
          const parsed = checkParse(damaged, { expected: type, classifyingKept: true })
          const status = isObject(damaged.result) ? damaged.result.resultStatus : 'S'
          expect(parsed.type).toBe(['S', 'F', 'U'].includes(status as string) ? type : 'UNKNOWN')
          if (parsed.type === 'UNKNOWN') expect(parsed.reason).toContain('result.resultStatus is not S, F or U')
        },
      ),
      { numRuns: RUNS },
    )
  })

  it('with any field replaced by any JSON value: never throws, and what is typed fits its type', () => {
    fc.assert(
      fc.property(
        bodyArb.chain(([type, body]) =>
          fc.tuple(
            fc.constant(type),
            fc.constant(body),
            fc.dictionary(fc.constantFrom(...Object.keys(body)), fc.jsonValue()),
          ),
        ),
        ([type, body, patch]) => {
          const damaged = { ...body, ...patch }
          checkParse(damaged, {
            expected: type,
            classifyingKept: !Object.keys(patch).some((f) => CLASSIFYING.has(f)),
          })
        },
      ),
      { numRuns: RUNS },
    )
  })

  it('reads a replaced boolean as a boolean when Alipay spelled it as one', () => {
    const spelled = fc.oneof(fc.boolean(), fc.constantFrom('true', 'false', 'TRUE', 'False'), fc.string())
    fc.assert(
      fc.property(
        fc.constantFrom(['DISPUTE', 'defendable'], ['SUBSCRIPTION', 'allowAccumulate']),
        spelled,
        ([type, field], value) => {
          const parsed = parseTypedNotification({ ...SAMPLES[type as KnownType], [field]: value })
          expect(parsed.type).toBe(type)
          const read = (parsed.notification as Body)[field]
          const lower = typeof value === 'string' ? value.toLowerCase() : undefined
          expect(read).toBe(lower === 'true' ? true : lower === 'false' ? false : value)
        },
      ),
      { numRuns: 100 },
    )
  })
})
