import { NOTIFICATION_ACK, type NotificationType, notificationType, parseNotification } from '@alipay-kit/core'
import { describe, expect, it } from 'vitest'
import { BUILDABLE_NOTIFICATION_TYPES, buildNotification } from '../src/index.js'
import { NOTIFICATION_VARIANTS } from '../src/notifications/build-notification.js'

/** How core classifies a built body sent as JSON: its dispatch key, and what it hands the handler. */
const parse = (body: object) => {
  const notification = parseNotification(JSON.stringify(body))
  return { type: notificationType(notification), notification }
}

describe('buildNotification', () => {
  it.each(BUILDABLE_NOTIFICATION_TYPES)('builds a %s that core classifies as that type', (type) => {
    const built = buildNotification(type)
    const parsed = parse(built)
    expect(parsed).toEqual({ type, notification: built })
  })

  it('covers every catalogue type but UNKNOWN', () => {
    expect([...BUILDABLE_NOTIFICATION_TYPES].sort()).toEqual(
      [
        'AUTHORIZATION',
        'CAPTURE_RESULT',
        'DISPUTE',
        'OFFLINE_PAYMENT_CODE',
        'PAYMENT_PENDING',
        'PAYMENT_RESULT',
        'REFUND_RESULT',
        'SUBSCRIPTION',
        'SUBSCRIPTION_CANCEL',
        'SUBSCRIPTION_PAYMENT',
        'UPDATE_AMOUNT_RESULT',
        'VAULTING_RESULT',
        'TRANSFER_RESULT',
        'DIRECT_REFUND',
        'CARD_STATUS',
        'CARD_BILL',
        'CREDIT_NOTE',
        'INVOICE',
        'METER_EVENT',
        'BILLING_SUBSCRIPTION',
      ].sort(),
    )
  })

  it('shapes the transfer and card bodies as their pages show them: no notifyType, and a direct refund without result', () => {
    for (const type of ['TRANSFER_RESULT', 'CARD_STATUS', 'CARD_BILL'] as const) {
      expect(buildNotification(type)).not.toHaveProperty('notifyType')
    }
    const refund = buildNotification('DIRECT_REFUND')
    expect(refund.notifyType).toBe('REFUND_RESULT')
    expect(refund).not.toHaveProperty('result')
    expect(refund).not.toHaveProperty('refundAmount')
    expect(buildNotification('TRANSFER_RESULT', {}, 'failed')).not.toHaveProperty('transferToDetail')
    expect(buildNotification('INVOICE', {}, 'voided')).not.toHaveProperty('paymentInfo')
  })

  it('shapes bodies as the docs show them: no notifyType on vaulting and subscription-period payments', () => {
    expect(buildNotification('VAULTING_RESULT')).not.toHaveProperty('notifyType')
    const period = buildNotification('SUBSCRIPTION_PAYMENT')
    expect(period).not.toHaveProperty('notifyType')
    expect(period).not.toHaveProperty('paymentRequestId')
    expect(buildNotification('OFFLINE_PAYMENT_CODE')).not.toHaveProperty('result')
  })

  it.each(NOTIFICATION_VARIANTS)(
    'builds the %s variant %s, which core still classifies as that type',
    (type, variant) => {
      const built = buildNotification(type, {}, variant as never)
      expect(parse(built)).toEqual({ type, notification: built })
      expect(built).not.toEqual(buildNotification(type))
    },
  )

  it('leaves out what the failure variants of issue #14 lack', () => {
    const noSubscription = buildNotification('SUBSCRIPTION', {}, 'creation-failed')
    expect(noSubscription).not.toHaveProperty('subscriptionId')
    expect(noSubscription).not.toHaveProperty('subscriptionEndTime')
    expect(buildNotification('CAPTURE_RESULT', {}, 'failed').result.resultStatus).toBe('F')
    expect(buildNotification('PAYMENT_RESULT', {}, 'no-result-message').result).not.toHaveProperty('resultMessage')
    expect(buildNotification('PAYMENT_RESULT', {}, 'in-store-without-result')).not.toHaveProperty('result')
    const token = buildNotification('AUTHORIZATION', {}, 'token-created')
    expect(token.authorizationNotifyType).toBe('TOKEN_CREATED')
    expect(token).not.toHaveProperty('authCode')
    expect(buildNotification('SUBSCRIPTION_PAYMENT', {}, 'with-notify-type').notifyType).toBe('PAYMENT_RESULT')
  })

  it('covers a variant for each failure the docs describe', () => {
    const names = NOTIFICATION_VARIANTS.map(([type, name]) => `${type}:${name}`)
    for (const expected of [
      'PAYMENT_RESULT:failed',
      'PAYMENT_RESULT:no-result-message',
      'PAYMENT_RESULT:in-store-without-result',
      'SUBSCRIPTION_PAYMENT:failed',
      'CAPTURE_RESULT:failed',
      'REFUND_RESULT:failed',
      'VAULTING_RESULT:failed',
      'AUTHORIZATION:token-created',
      'SUBSCRIPTION:creation-failed',
    ]) {
      expect(names).toContain(expected)
    }
  })

  it('applies overrides on top of the defaults and the variant', () => {
    const failed = buildNotification('PAYMENT_RESULT', {
      paymentRequestId: 'ORDER-42',
      result: { resultCode: 'USER_BALANCE_NOT_ENOUGH', resultStatus: 'F', resultMessage: 'no money' },
    })
    expect(failed.paymentRequestId).toBe('ORDER-42')
    expect(failed.result?.resultStatus).toBe('F')
    expect(failed.paymentAmount).toEqual({ currency: 'USD', value: '30000' })
    const ordered = buildNotification('SUBSCRIPTION', { subscriptionRequestId: 'MINE' }, 'creation-failed')
    expect(ordered.subscriptionRequestId).toBe('MINE')
    expect(ordered).not.toHaveProperty('subscriptionId')
  })

  it('returns a fresh object each call', () => {
    const a = buildNotification('REFUND_RESULT')
    expect(a).not.toBe(buildNotification('REFUND_RESULT'))
    expect(a).toEqual(buildNotification('REFUND_RESULT'))
    expect(buildNotification('SUBSCRIPTION', {}, 'creation-failed')).not.toBe(
      buildNotification('SUBSCRIPTION', {}, 'creation-failed'),
    )
  })

  it('refuses an unknown type or variant with a TypeError naming the choices', () => {
    expect(() => buildNotification('UNKNOWN' as never)).toThrow(TypeError)
    expect(() => buildNotification('toString' as never)).toThrow(TypeError)
    expect(() => buildNotification('PAYMENT_RESULT', {}, 'toString' as never)).toThrow(/use one of failed/)
    expect(() =>
      buildNotification('PAYMENT_PENDING' as NotificationType as 'PAYMENT_PENDING', {}, 'x' as never),
    ).toThrow(/has no variant "x"; it has none/)
  })

  it('acknowledgement constant is the exact body a notify endpoint must return', () => {
    expect(JSON.parse(NOTIFICATION_ACK)).toEqual({
      result: { resultCode: 'SUCCESS', resultStatus: 'S', resultMessage: 'success' },
    })
  })
})
