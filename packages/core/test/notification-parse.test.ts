import { describe, expect, it } from 'vitest'
import {
  type AlipayNotification,
  AlipayRequestError,
  isNotificationType,
  type NotificationType,
  notificationType,
  parseNotification,
} from '../src/index.js'
import { NOTIFICATION_IDENTITY } from '../src/notification/identity.js'
import { parseTypedNotification } from '../src/notification/parse.js'
import { type Body, type KnownType, SAMPLES, success, VARIANTS, without } from './fixtures/notification-samples.js'

function codeOf(fn: () => unknown): string | undefined {
  try {
    fn()
  } catch (error) {
    expect(error).toBeInstanceOf(AlipayRequestError)
    return (error as AlipayRequestError).code
  }
  return undefined
}

const entries = Object.entries(SAMPLES) as Array<[KnownType, Body]>

describe('parseTypedNotification: each documented shape reaches its dispatch key (docs/notifications.md)', () => {
  for (const [type, body] of entries) {
    it(`classifies ${type} from text, bytes and an object, untouched`, () => {
      const text = JSON.stringify(body)
      for (const input of [text, Buffer.from(text), new Uint8Array(Buffer.from(text)), body]) {
        const parsed = parseTypedNotification(input)
        expect(parsed).toEqual({ type, notification: body })
        expect(parsed.reason).toBeUndefined()
        expect(notificationType(parsed.notification)).toBe(type)
      }
    })
  }

  for (const [what, type, body] of VARIANTS) {
    it(`classifies ${what} as ${type}`, () => {
      const parsed = parseTypedNotification(JSON.stringify(body))
      expect(parsed.reason).toBeUndefined()
      expect(parsed.type).toBe(type)
      expect(parsed.notification).toEqual(body)
    })
  }

  it('classifies pretty-printed JSON and keeps unknown fields', () => {
    const n = parseNotification(JSON.stringify({ ...SAMPLES.REFUND_RESULT, newField: { x: 1 } }, null, 2))
    expect(notificationType(n)).toBe('REFUND_RESULT')
    expect((n as Record<string, unknown>).newField).toEqual({ x: 1 })
  })

  it('recognises every documented dispute, authorization and subscription value', () => {
    const disputes = [
      'DISPUTE_CREATED',
      'DISPUTE_JUDGED',
      'DISPUTE_CANCELLED',
      'DEFENSE_SUPPLIED',
      'DEFENSE_DUE_ALERT',
      'DISPUTE_ACCEPTED',
      'RDR_RESOLVED',
    ]
    for (const value of disputes) expect(notificationType({ disputeNotificationType: value })).toBe('DISPUTE')
    for (const value of ['AUTHCODE_CREATED', 'TOKEN_CREATED', 'TOKEN_CANCELED']) {
      expect(notificationType({ authorizationNotifyType: value })).toBe('AUTHORIZATION')
    }
    for (const value of ['CREATE', 'CHANGE', 'CANCEL', 'UPDATE', 'TERMINATE']) {
      expect(notificationType({ ...SAMPLES.SUBSCRIPTION, subscriptionNotificationType: value })).toBe('SUBSCRIPTION')
      expect(notificationType({ subscriptionOrderStatus: value })).toBe('SUBSCRIPTION_CANCEL')
    }
  })

  it('treats a null field as absent, as serialisers that write nulls mean it', () => {
    expect(parseTypedNotification({ ...SAMPLES.PAYMENT_RESULT, result: null, paymentId: null }).type).toBe(
      'PAYMENT_RESULT',
    )
    expect(parseTypedNotification({ ...SAMPLES.VAULTING_RESULT, notifyType: null }).type).toBe('VAULTING_RESULT')
  })
})

describe('a body that looks like a known type but does not fit it: UNKNOWN with the reason', () => {
  const misfits: Array<[string, Body, string]> = [
    [
      'PAYMENT_RESULT without paymentRequestId',
      without(SAMPLES.PAYMENT_RESULT, 'paymentRequestId'),
      'PAYMENT_RESULT: paymentRequestId is missing',
    ],
    [
      'PAYMENT_RESULT with a numeric paymentRequestId',
      { ...SAMPLES.PAYMENT_RESULT, paymentRequestId: 424242 },
      'PAYMENT_RESULT: paymentRequestId is not a string',
    ],
    [
      'a string amount',
      { ...SAMPLES.PAYMENT_RESULT, paymentAmount: '30000' },
      'PAYMENT_RESULT: paymentAmount is not an object',
    ],
    [
      'an array amount',
      { ...SAMPLES.PAYMENT_RESULT, paymentAmount: [] },
      'PAYMENT_RESULT: paymentAmount is not an object',
    ],
    [
      'an amount without currency',
      { ...SAMPLES.PAYMENT_RESULT, paymentAmount: { value: '1' } },
      'PAYMENT_RESULT: paymentAmount.currency is not a string',
    ],
    [
      'a numeric amount value',
      { ...SAMPLES.PAYMENT_RESULT, paymentAmount: { currency: 'USD', value: 1 } },
      'PAYMENT_RESULT: paymentAmount.value is not a string',
    ],
    [
      'a result without resultCode',
      { ...SAMPLES.PAYMENT_RESULT, result: { resultStatus: 'S' } },
      'PAYMENT_RESULT: result.resultCode is not a string',
    ],
    [
      'a resultStatus outside S/F/U',
      { ...SAMPLES.PAYMENT_RESULT, result: { ...success, resultStatus: 'X' } },
      'PAYMENT_RESULT: result.resultStatus is not S, F or U',
    ],
    ['a string result', { ...SAMPLES.PAYMENT_RESULT, result: 'S' }, 'PAYMENT_RESULT: result is not an object'],
    [
      'PAYMENT_PENDING without result',
      without(SAMPLES.PAYMENT_PENDING, 'result'),
      'PAYMENT_PENDING: result is missing',
    ],
    [
      'OFFLINE_PAYMENT_CODE without paymentAmount',
      without(SAMPLES.OFFLINE_PAYMENT_CODE, 'paymentAmount'),
      'OFFLINE_PAYMENT_CODE: paymentAmount is missing',
    ],
    [
      'UPDATE_AMOUNT_RESULT without updateRequestId',
      without(SAMPLES.UPDATE_AMOUNT_RESULT, 'updateRequestId'),
      'UPDATE_AMOUNT_RESULT: updateRequestId is missing',
    ],
    [
      'a subscription-period payment without paymentId and result',
      without(SAMPLES.SUBSCRIPTION_PAYMENT, 'paymentId', 'result'),
      'SUBSCRIPTION_PAYMENT: result is missing; paymentId is missing',
    ],
    [
      'CAPTURE_RESULT without captureId',
      without(SAMPLES.CAPTURE_RESULT, 'captureId'),
      'CAPTURE_RESULT: captureId is missing',
    ],
    [
      'REFUND_RESULT with a numeric refundStatus',
      { ...SAMPLES.REFUND_RESULT, refundStatus: 1 },
      'REFUND_RESULT: refundStatus is not a string',
    ],
    [
      'a vaulting result without result',
      without(SAMPLES.VAULTING_RESULT, 'result'),
      'VAULTING_RESULT: result is missing',
    ],
    [
      'a numeric disputeNotificationType',
      { disputeNotificationType: 7, disputeId: 'd' },
      'DISPUTE: disputeNotificationType is not a string',
    ],
    [
      'a dispute whose optional result is malformed',
      { ...SAMPLES.DISPUTE, result: { resultCode: 'X', resultStatus: 'maybe' } },
      'DISPUTE: result.resultStatus is not S, F or U',
    ],
    [
      'SUBSCRIPTION without subscriptionRequestId',
      without(SAMPLES.SUBSCRIPTION, 'subscriptionRequestId'),
      'SUBSCRIPTION: subscriptionRequestId is missing',
    ],
    [
      'a string periodRule',
      { ...SAMPLES.SUBSCRIPTION, periodRule: 'MONTH' },
      'SUBSCRIPTION: periodRule is not an object',
    ],
    [
      'a transfer without transferId, its result malformed',
      { ...without(SAMPLES.TRANSFER_RESULT, 'transferId'), transferResult: { resultCode: 'SUCCESS' } },
      'TRANSFER_RESULT: transferId is missing; transferResult.resultStatus is not S, F or U',
    ],
    [
      'a direct refund without refundStatus',
      without(SAMPLES.DIRECT_REFUND, 'refundStatus'),
      'DIRECT_REFUND: refundStatus is missing',
    ],
    ['a card status without assetId', without(SAMPLES.CARD_STATUS, 'assetId'), 'CARD_STATUS: assetId is missing'],
    [
      'a card bill with a numeric tradeAmount',
      { ...SAMPLES.CARD_BILL, tradeAmount: 100 },
      'CARD_BILL: tradeAmount is not an object',
    ],
    [
      'meter events as an object',
      { ...SAMPLES.METER_EVENT, errorEvents: { errorCode: 'X' } },
      'METER_EVENT: errorEvents is not an array',
    ],
    [
      'a billing subscription without status',
      without(SAMPLES.BILLING_SUBSCRIPTION, 'status'),
      'BILLING_SUBSCRIPTION: status is missing',
    ],
  ]
  for (const [what, body, reason] of misfits) {
    it(what, () => {
      const parsed = parseTypedNotification(JSON.stringify(body))
      expect(parsed).toEqual({ type: 'UNKNOWN', notification: body, reason })
      expect(notificationType(parsed.notification)).toBe('UNKNOWN')
    })
  }

  it('names the field, never echoes its value', () => {
    const parsed = parseTypedNotification({ ...SAMPLES.PAYMENT_RESULT, paymentRequestId: 424242, paymentAmount: 'x9x' })
    expect(parsed.reason).toContain('paymentRequestId')
    expect(parsed.reason).not.toContain('424242')
    expect(parsed.reason).not.toContain('x9x')
  })

  it('never throws ERR_ALIPAY_NOTIFICATION_INVALID: shape is never a reason to refuse (docs/protocol.md §9.13)', () => {
    for (const [, body] of misfits) expect(codeOf(() => parseNotification(body))).toBeUndefined()
  })
})

describe('types the catalogue does not know: UNKNOWN without a reason, fields untouched', () => {
  const unknowns: Array<[string, Body]> = [
    ['a notifyType no source documents, with no field the catalogue reads', { notifyType: 'CARD_STATUS', cardId: 'x' }],
    ['a transfer-like body without transferResult', { notifyType: 'ABA_TRANSFER_RESULT', result: 'not an object' }],
    ['a refund with a notifyType no source documents', { notifyType: 'DIRECT_REFUND', refundFromAmount: {} }],
    ['an assetId alone', { assetId: 'asset_1', operateType: 'FREEZE' }],
    ['an empty object', {}],
    ['a numeric notifyType', { notifyType: 7 }],
    ['a lower-case known name', { notifyType: 'payment_result', paymentRequestId: 'p' }],
    [
      'payment fields with no notifyType and no subscription field',
      { paymentId: 'p', paymentAmount: { currency: 'USD', value: '1' } },
    ],
  ]
  for (const [what, body] of unknowns) {
    it(what, () => {
      const parsed = parseTypedNotification(JSON.stringify(body))
      expect(parsed).toEqual({ type: 'UNKNOWN', notification: body })
      expect(isNotificationType(parsed.notification, 'UNKNOWN')).toBe(true)
    })
  }
})

describe('booleans Alipay sends as strings', () => {
  it('reads "true" and "false" as booleans without changing the caller’s object', () => {
    const dispute = { ...SAMPLES.DISPUTE, defendable: 'false' }
    const parsed = parseTypedNotification(dispute)
    expect(parsed.type).toBe('DISPUTE')
    expect(parsed.notification).toEqual({ ...SAMPLES.DISPUTE, defendable: false })
    expect(dispute.defendable).toBe('false')
    const subscription = parseTypedNotification(JSON.stringify({ ...SAMPLES.SUBSCRIPTION, allowAccumulate: 'TRUE' }))
    expect(subscription.notification).toEqual({ ...SAMPLES.SUBSCRIPTION, allowAccumulate: true })
  })

  it('returns the same object when there is nothing to read, and leaves other values as sent', () => {
    expect(parseNotification(SAMPLES.DISPUTE)).toBe(SAMPLES.DISPUTE)
    const odd = { ...SAMPLES.DISPUTE, defendable: 'maybe' }
    expect(parseTypedNotification(odd)).toEqual({ type: 'DISPUTE', notification: odd })
  })
})

describe('bodies that are not a JSON object: ERR_ALIPAY_BODY_NOT_JSON', () => {
  const bodies: Array<[string, unknown]> = [
    ['non-JSON text', 'notifyType=PAYMENT_RESULT'],
    ['an empty body', ''],
    ['truncated JSON', '{"notifyType":"PAYMENT_RESULT"'],
    ['a JSON array', '[{"notifyType":"PAYMENT_RESULT"}]'],
    ['JSON null', 'null'],
    ['a JSON string', '"PAYMENT_RESULT"'],
    ['a JSON number', '42'],
    ['invalid bytes', new Uint8Array([0xff, 0xfe, 0x00])],
    ['an array object', [SAMPLES.PAYMENT_RESULT]],
    ['null', null],
  ]
  for (const [what, body] of bodies) {
    it(what, () => {
      expect(codeOf(() => parseNotification(body as string))).toBe('ERR_ALIPAY_BODY_NOT_JSON')
    })
  }
})

describe('isNotificationType and notificationType', () => {
  it('agree with the parse, including a misfit that carries a known notifyType', () => {
    const misfit: AlipayNotification = without(SAMPLES.PAYMENT_RESULT, 'paymentRequestId')
    expect(isNotificationType(misfit, 'PAYMENT_RESULT')).toBe(false)
    expect(isNotificationType(misfit, 'UNKNOWN')).toBe(true)
    const capture = parseNotification(SAMPLES.CAPTURE_RESULT)
    for (const type of Object.keys(SAMPLES) as NotificationType[]) {
      expect(isNotificationType(capture, type)).toBe(type === 'CAPTURE_RESULT')
    }
  })

  it('call anything that is not an object UNKNOWN', () => {
    expect(notificationType(null as unknown as AlipayNotification)).toBe('UNKNOWN')
  })
})

describe('NOTIFICATION_IDENTITY (docs/protocol.md §9.10)', () => {
  const valueAt = (n: object, path: string): unknown =>
    path
      .split('.')
      .reduce<unknown>((v, part) => (v !== null && typeof v === 'object' ? (v as Body)[part] : undefined), n)

  // A body with none of its ids is identified by its SHA-256 instead: right, but only as a last resort.
  // METER_EVENT carries no id of its own (only its error events have keys, in an array): its body's
  // SHA-256 identifies it, on purpose (docs/notifications.md).
  const hashed = (type: KnownType) => type === 'METER_EVENT'

  it('lists every dispatch key, and every documented body carries one of its ids', () => {
    expect(Object.keys(NOTIFICATION_IDENTITY).sort()).toEqual(
      (Object.keys(SAMPLES) as KnownType[]).filter((type) => !hashed(type)).sort(),
    )
    const bodies: Array<[KnownType, Body]> = [
      ...entries,
      ...VARIANTS.filter(([what]) => what !== 'a dispute with only its type').map(
        ([, type, body]) => [type, body] as [KnownType, Body],
      ),
    ].filter(([type]) => !hashed(type))
    for (const [type, body] of bodies) {
      const ids = NOTIFICATION_IDENTITY[type]?.ids ?? []
      expect(
        ids.some((path) => typeof valueAt(body, path) === 'string'),
        `${type} ${JSON.stringify(body)}`,
      ).toBe(true)
    }
  })

  it('tells apart what the docs say are different notifications of one object', () => {
    const key = (type: KnownType, body: Body) => {
      const { ids, state } = NOTIFICATION_IDENTITY[type] ?? { ids: [], state: [] }
      return JSON.stringify([...ids, ...state].map((path) => valueAt(body, path) ?? null))
    }
    const pairs: Array<[KnownType, Body, Body]> = [
      [
        'AUTHORIZATION',
        { authorizationNotifyType: 'TOKEN_CREATED', accessToken: 't' },
        { authorizationNotifyType: 'TOKEN_CANCELED', accessToken: 't' },
      ],
      [
        'DISPUTE',
        { ...SAMPLES.DISPUTE, disputeNotificationType: 'DEFENSE_DUE_ALERT', defenseDueTime: '1' },
        { ...SAMPLES.DISPUTE, disputeNotificationType: 'DEFENSE_DUE_ALERT', defenseDueTime: '2' },
      ],
      [
        'SUBSCRIPTION_PAYMENT',
        SAMPLES.SUBSCRIPTION_PAYMENT,
        { ...SAMPLES.SUBSCRIPTION_PAYMENT, result: { resultCode: 'USER_BALANCE_NOT_ENOUGH', resultStatus: 'F' } },
      ],
      [
        'SUBSCRIPTION',
        SAMPLES.SUBSCRIPTION,
        {
          ...SAMPLES.SUBSCRIPTION,
          subscriptionNotificationType: 'CHANGE',
          periodRule: { periodType: 'YEAR', periodCount: '1' },
        },
      ],
      [
        'UPDATE_AMOUNT_RESULT',
        SAMPLES.UPDATE_AMOUNT_RESULT,
        { ...SAMPLES.UPDATE_AMOUNT_RESULT, updateRequestId: 'upd_2' },
      ],
      [
        'TRANSFER_RESULT',
        { ...SAMPLES.TRANSFER_RESULT, transferResult: { resultCode: 'UNKNOWN_EXCEPTION', resultStatus: 'U' } },
        SAMPLES.TRANSFER_RESULT,
      ],
      [
        'CARD_STATUS',
        SAMPLES.CARD_STATUS,
        { ...SAMPLES.CARD_STATUS, requestId: 'card_req_2', operateType: 'UNFREEZE', cardStatus: 'ACTIVE' },
      ],
      ['CARD_BILL', SAMPLES.CARD_BILL, { ...SAMPLES.CARD_BILL, billStatus: 'CLEARED' }],
      [
        'CREDIT_NOTE',
        SAMPLES.CREDIT_NOTE,
        { ...SAMPLES.CREDIT_NOTE, notifyId: 'notify_cn_2', creditNoteNotificationType: 'REFUND_SUCCEEDED' },
      ],
      [
        'INVOICE',
        { ...SAMPLES.INVOICE, invoiceStatus: 'UNPAID', paymentInfo: { paymentId: 'p_inv_0' } },
        SAMPLES.INVOICE,
      ],
      [
        'BILLING_SUBSCRIPTION',
        SAMPLES.BILLING_SUBSCRIPTION,
        { ...SAMPLES.BILLING_SUBSCRIPTION, status: 'PAST_DUE', previousStatus: 'ACTIVE' },
      ],
    ]
    for (const [type, a, b] of pairs) expect(key(type, a), type).not.toBe(key(type, b))
  })
})
