import { describe, expect, expectTypeOf, it } from 'vitest'
import {
  type AlipayNotification,
  AlipayRequestError,
  isNotificationType,
  type NotificationType,
  notificationType,
  type PaymentResultNotification,
  parseNotification,
  type RefundResultNotification,
} from '../src/index.js'

const result = { resultCode: 'SUCCESS', resultStatus: 'S', resultMessage: 'success' }
const amount = { currency: 'USD', value: '30000' }

/** One realistic body per catalogue entry of protocol.md §5. */
const samples: Record<Exclude<NotificationType, 'UNKNOWN'>, Record<string, unknown>> & {
  SUBSCRIPTION_PAYMENT: Record<string, unknown>
} = {
  PAYMENT_RESULT: {
    notifyType: 'PAYMENT_RESULT',
    result,
    paymentRequestId: 'pay_20240101_000001',
    paymentId: '20240101114010800100188000000000001',
    paymentAmount: amount,
    paymentCreateTime: '2024-01-01T00:00:00+08:00',
    paymentTime: '2024-01-01T00:00:05+08:00',
  },
  PAYMENT_PENDING: {
    notifyType: 'PAYMENT_PENDING',
    result: { resultCode: 'PAYMENT_PENDING', resultStatus: 'S', resultMessage: 'pending' },
    paymentRequestId: 'pay_2',
    paymentAmount: amount,
  },
  CAPTURE_RESULT: {
    notifyType: 'CAPTURE_RESULT',
    result,
    captureRequestId: 'cap_1',
    paymentId: 'p_1',
    captureId: 'c_1',
    captureAmount: amount,
    captureTime: '2024-01-01T00:00:05+08:00',
  },
  REFUND_RESULT: {
    notifyType: 'REFUND_RESULT',
    result,
    refundStatus: 'SUCCESS',
    refundRequestId: 'ref_1',
    refundId: 'r_1',
    refundAmount: { currency: 'USD', value: '100' },
    refundTime: '2024-01-02T00:00:00+08:00',
  },
  VAULTING_RESULT: {
    notifyType: 'VAULTING_RESULT',
    result,
    vaultingRequestId: 'vault_1',
    paymentMethodDetail: { paymentMethodType: 'CARD' },
  },
  DISPUTE: {
    disputeNotificationType: 'DISPUTE_CREATED',
    paymentRequestId: 'pay_1',
    disputeId: 'd_1',
    paymentId: 'p_1',
    disputeAmount: amount,
    defendable: true,
  },
  AUTHORIZATION: {
    authorizationNotifyType: 'AUTHCODE_CREATED',
    authClientId: 'auth_client',
    authCode: 'code_1',
    authState: 'state',
  },
  SUBSCRIPTION: {
    subscriptionNotificationType: 'CREATE',
    subscriptionRequestId: 'sub_req_1',
    subscriptionId: 'sub_1',
    subscriptionStatus: 'ACTIVE',
    subscriptionStartTime: '2024-01-01T00:00:00+08:00',
    subscriptionEndTime: '2025-01-01T00:00:00+08:00',
    periodRule: { periodType: 'MONTH', periodCount: 1 },
  },
  SUBSCRIPTION_CANCEL: {
    subscriptionOrderStatus: 'CANCEL',
    subscriptionId: 'sub_1',
    subscriptionTransId: 't_1',
  },
  // AlipaySubscriptionPayNotify: the payment fields plus the period; dispatched as a payment.
  SUBSCRIPTION_PAYMENT: {
    notifyType: 'PAYMENT_RESULT',
    result,
    paymentRequestId: 'pay_sub_1',
    paymentAmount: amount,
    subscriptionId: 'sub_1',
    periodStartTime: '2024-02-01T00:00:00+08:00',
    periodEndTime: '2024-03-01T00:00:00+08:00',
    phaseNo: '2',
  },
}

const expectedType = (name: keyof typeof samples): NotificationType =>
  name === 'SUBSCRIPTION_PAYMENT' ? 'PAYMENT_RESULT' : name

function codeOf(fn: () => unknown): string | undefined {
  try {
    fn()
  } catch (error) {
    expect(error).toBeInstanceOf(AlipayRequestError)
    return (error as AlipayRequestError).code
  }
  return undefined
}

describe('parseNotification: the catalogue of protocol.md §5', () => {
  for (const [name, body] of Object.entries(samples) as Array<[keyof typeof samples, Record<string, unknown>]>) {
    it(`parses ${name} from text, bytes and an object`, () => {
      const text = JSON.stringify(body)
      for (const input of [text, Buffer.from(text), new Uint8Array(Buffer.from(text)), body]) {
        const n = parseNotification(input)
        expect(n).toEqual(body)
        expect(notificationType(n)).toBe(expectedType(name))
      }
    })
  }

  it('parses pretty-printed JSON and keeps unknown fields', () => {
    const n = parseNotification(JSON.stringify({ ...samples.REFUND_RESULT, newField: { x: 1 } }, null, 2))
    expect(notificationType(n)).toBe('REFUND_RESULT')
    expect((n as Record<string, unknown>).newField).toEqual({ x: 1 })
  })

  it('recognises every dispute, authorization and subscription value', () => {
    for (const value of [
      'DISPUTE_CREATED',
      'DISPUTE_JUDGED',
      'DISPUTE_CANCELLED',
      'DEFENSE_SUPPLIED',
      'DEFENSE_DUE_ALERT',
      'DISPUTE_ACCEPTED',
      'RDR_RESOLVED',
    ]) {
      expect(notificationType(parseNotification({ disputeNotificationType: value }))).toBe('DISPUTE')
    }
    for (const value of ['AUTHCODE_CREATED', 'TOKEN_CANCELED']) {
      expect(notificationType(parseNotification({ authorizationNotifyType: value }))).toBe('AUTHORIZATION')
    }
    for (const value of ['CREATE', 'CHANGE', 'CANCEL', 'UPDATE', 'TERMINATE']) {
      const n = parseNotification({ ...samples.SUBSCRIPTION, subscriptionNotificationType: value })
      expect(notificationType(n)).toBe('SUBSCRIPTION')
    }
  })
})

describe('required fields: ERR_ALIPAY_NOTIFICATION_INVALID', () => {
  const without = (body: Record<string, unknown>, field: string) => {
    const copy = { ...body }
    delete copy[field]
    return copy
  }
  const missing: Array<[keyof typeof samples, string]> = [
    ['PAYMENT_RESULT', 'result'],
    ['PAYMENT_RESULT', 'paymentRequestId'],
    ['PAYMENT_RESULT', 'paymentAmount'],
    ['PAYMENT_PENDING', 'paymentAmount'],
    ['SUBSCRIPTION_PAYMENT', 'paymentRequestId'],
    ['CAPTURE_RESULT', 'captureRequestId'],
    ['CAPTURE_RESULT', 'paymentId'],
    ['CAPTURE_RESULT', 'captureId'],
    ['CAPTURE_RESULT', 'captureAmount'],
    ['CAPTURE_RESULT', 'result'],
    ['REFUND_RESULT', 'refundStatus'],
    ['REFUND_RESULT', 'refundRequestId'],
    ['REFUND_RESULT', 'refundId'],
    ['REFUND_RESULT', 'refundAmount'],
    ['VAULTING_RESULT', 'vaultingRequestId'],
    ['VAULTING_RESULT', 'result'],
    ['SUBSCRIPTION', 'subscriptionRequestId'],
    ['SUBSCRIPTION', 'subscriptionId'],
    ['SUBSCRIPTION', 'subscriptionStatus'],
    ['SUBSCRIPTION', 'subscriptionStartTime'],
    ['SUBSCRIPTION', 'subscriptionEndTime'],
    ['SUBSCRIPTION', 'periodRule'],
  ]
  for (const [name, field] of missing) {
    it(`${name} without ${field}`, () => {
      expect(codeOf(() => parseNotification(JSON.stringify(without(samples[name], field))))).toBe(
        'ERR_ALIPAY_NOTIFICATION_INVALID',
      )
    })
  }

  const illTyped: Array<[string, keyof typeof samples, Record<string, unknown>]> = [
    ['a numeric paymentRequestId', 'PAYMENT_RESULT', { paymentRequestId: 123 }],
    ['a string amount', 'PAYMENT_RESULT', { paymentAmount: '30000' }],
    ['an amount without currency', 'PAYMENT_RESULT', { paymentAmount: { value: '1' } }],
    ['a numeric amount value', 'PAYMENT_RESULT', { paymentAmount: { currency: 'USD', value: 1 } }],
    ['an array amount', 'PAYMENT_RESULT', { paymentAmount: [] }],
    ['a null result', 'PAYMENT_RESULT', { result: null }],
    ['a result without resultCode', 'PAYMENT_RESULT', { result: { resultStatus: 'S' } }],
    ['a result without resultMessage', 'PAYMENT_RESULT', { result: { resultCode: 'SUCCESS', resultStatus: 'S' } }],
    ['a resultStatus outside S/F/U', 'PAYMENT_RESULT', { result: { ...result, resultStatus: 'X' } }],
    ['a refundStatus outside SUCCESS/FAIL', 'REFUND_RESULT', { refundStatus: 'PENDING' }],
    ['a numeric captureId', 'CAPTURE_RESULT', { captureId: 1 }],
    ['a subscriptionStatus outside the enum', 'SUBSCRIPTION', { subscriptionStatus: 'PAUSED' }],
    ['a string periodRule', 'SUBSCRIPTION', { periodRule: 'MONTH' }],
  ]
  for (const [what, name, patch] of illTyped) {
    it(`${name} with ${what}`, () => {
      expect(codeOf(() => parseNotification({ ...samples[name], ...patch }))).toBe('ERR_ALIPAY_NOTIFICATION_INVALID')
    })
  }

  it('names the field, never echoes its value', () => {
    try {
      parseNotification({ ...samples.PAYMENT_RESULT, paymentRequestId: 424242 })
      expect.unreachable()
    } catch (error) {
      expect((error as Error).message).toContain('paymentRequestId')
      expect((error as Error).message).not.toContain('424242')
    }
  })
})

describe('unknown types pass through as UNKNOWN, never rejected', () => {
  const unknowns: Array<[string, Record<string, unknown>]> = [
    ['notifyType CARD_STATUS', { notifyType: 'CARD_STATUS', cardId: 'x' }],
    ['an ABA transfer', { notifyType: 'ABA_TRANSFER_RESULT', result: 'not even an object' }],
    ['an unknown disputeNotificationType', { disputeNotificationType: 'DISPUTE_ESCALATED', disputeId: 'd' }],
    ['an unknown authorizationNotifyType', { authorizationNotifyType: 'TOKEN_REFRESHED' }],
    ['an unknown subscriptionNotificationType', { subscriptionNotificationType: 'PAUSE' }],
    ['an empty object', {}],
    ['a numeric notifyType', { notifyType: 7 }],
    ['a lower-case known name', { notifyType: 'payment_result' }],
  ]
  for (const [what, body] of unknowns) {
    it(what, () => {
      const n = parseNotification(JSON.stringify(body))
      expect(n).toEqual(body)
      expect(notificationType(n)).toBe('UNKNOWN')
      expect(isNotificationType(n, 'UNKNOWN')).toBe(true)
    })
  }
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
    ['an array object', [samples.PAYMENT_RESULT]],
    ['null', null],
  ]
  for (const [what, body] of bodies) {
    it(what, () => {
      expect(codeOf(() => parseNotification(body as string))).toBe('ERR_ALIPAY_BODY_NOT_JSON')
    })
  }
})

describe('isNotificationType', () => {
  it('narrows to the typed notification', () => {
    const n: AlipayNotification = parseNotification(JSON.stringify(samples.PAYMENT_RESULT))
    if (isNotificationType(n, 'PAYMENT_RESULT')) {
      expectTypeOf(n).toEqualTypeOf<PaymentResultNotification>()
      expect(n.paymentAmount.value).toBe('30000')
    } else {
      expect.unreachable('a PAYMENT_RESULT body must narrow to PAYMENT_RESULT')
    }
    const r = parseNotification(samples.REFUND_RESULT)
    expect(isNotificationType(r, 'REFUND_RESULT')).toBe(true)
    if (isNotificationType(r, 'REFUND_RESULT')) {
      expectTypeOf(r).toEqualTypeOf<RefundResultNotification>()
      expect(r.refundStatus).toBe('SUCCESS')
    }
  })

  it('is false for every other type', () => {
    const n = parseNotification(samples.CAPTURE_RESULT)
    for (const type of ['PAYMENT_RESULT', 'PAYMENT_PENDING', 'REFUND_RESULT', 'DISPUTE', 'UNKNOWN'] as const) {
      expect(isNotificationType(n, type)).toBe(false)
    }
    expect(isNotificationType(n, 'CAPTURE_RESULT')).toBe(true)
  })
})
