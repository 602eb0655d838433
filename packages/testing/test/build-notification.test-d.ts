import type { SubscriptionNotification, SubscriptionPaymentNotification } from '@alipay-kit/core'
import { describe, expectTypeOf, it } from 'vitest'
import { buildNotification } from '../src/index.js'

describe('buildNotification types', () => {
  it('returns the catalogue type and offers only the variants of that type', () => {
    expectTypeOf(buildNotification('SUBSCRIPTION', {}, 'creation-failed')).toEqualTypeOf<SubscriptionNotification>()
    expectTypeOf(buildNotification('SUBSCRIPTION_PAYMENT')).toEqualTypeOf<SubscriptionPaymentNotification>()
    // @ts-expect-error 'token-created' is a variant of AUTHORIZATION, not of SUBSCRIPTION
    buildNotification('SUBSCRIPTION', {}, 'token-created')
    // @ts-expect-error PAYMENT_PENDING has no variants
    buildNotification('PAYMENT_PENDING', {}, 'failed')
  })
})
