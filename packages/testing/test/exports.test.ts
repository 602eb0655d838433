import { describe, expect, it } from 'vitest'
import * as testing from '../src/index.js'

describe('@alipay-kit/testing public API', () => {
  it('exports exactly these values', () => {
    expect(Object.keys(testing).sort()).toEqual([
      'ALIPAY_RESEND_SCHEDULE_MS',
      'AlipaySimulator',
      'BUILDABLE_NOTIFICATION_TYPES',
      'RESULT_CODES',
      'TEST_CLIENT_ID',
      'TEST_KEYS',
      'buildNotification',
      'createAlipaySimulator',
      'generateKeyPair',
      'isAcknowledgement',
      'signNotification',
      'startAlipaySimulator',
    ])
  })

  it('documents the resend schedule as 8 attempts: 0 s, 2 min, 10 min, 10 min, 1 h, 2 h, 6 h, 15 h', () => {
    const minute = 60_000
    expect(testing.ALIPAY_RESEND_SCHEDULE_MS).toEqual([0, 2, 10, 10, 60, 120, 360, 900].map((m) => m * minute))
    expect(Object.isFrozen(testing.ALIPAY_RESEND_SCHEDULE_MS)).toBe(true)
  })
})
