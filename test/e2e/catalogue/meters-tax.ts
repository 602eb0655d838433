import { expect } from 'vitest'
import { id, type Row, usd } from './env.js'

/** Usage meters with their credit grants, and tax. */
export const METER_TAX_ROWS: readonly Row[] = [
  {
    method: 'meters.create',
    body: () => ({ meterName: 'API calls', eventName: 'api_call', aggregationMethod: 'SUM' }),
    check: (r, env) => {
      env.ctx.meterId = String((r.meter as { meterId: string }).meterId)
    },
  },
  {
    method: 'meters.update',
    body: (env) => ({ meterId: env.ctx.meterId, meterName: 'API requests' }),
    check: (r) => expect(r.meter).toMatchObject({ meterName: 'API requests', status: 'ACTIVE' }),
  },
  {
    method: 'meters.inquireDetails',
    body: (env) => ({ meterId: env.ctx.meterId }),
    check: (r) => expect(r.meter).toMatchObject({ eventName: 'api_call' }),
  },
  {
    method: 'meters.inquireList',
    body: () => ({ eventName: 'api_call', pageNum: '1', pageSize: '10' }),
    check: (r) => expect(r.totalCount).toBe('1'),
  },
  {
    method: 'meters.createSession',
    body: () => ({ requestId: id('METER_SESSION') }),
    check: (r) => expect(typeof r.sessionId).toBe('string'),
  },
  {
    method: 'meters.uploadEvent',
    body: () => ({
      meters: [
        {
          eventName: 'api_call',
          events: [
            { idempotencyKey: id('EVENT'), eventTimestamp: '1893456000000', payload: { value: '3', customerId: 'C1' } },
          ],
        },
        {
          eventName: 'no_such_meter',
          events: [{ idempotencyKey: 'LOST_1', eventTimestamp: '1893456000000', payload: { value: '1' } }],
        },
      ],
    }),
    check: (r) =>
      expect(r.errors).toEqual([
        expect.objectContaining({ groupIndex: '1', idempotencyKey: 'LOST_1', errorCode: 'METER_NOT_FOUND' }),
      ]),
  },
  {
    method: 'meters.creditGrants.create',
    body: () => ({ customerId: 'C1', creditGrantName: 'Welcome credit', amount: usd('5000'), category: 'PROMOTIONAL' }),
    check: (r, env) => {
      env.ctx.creditGrantId = String((r.creditGrant as { creditGrantId: string }).creditGrantId)
    },
  },
  {
    method: 'meters.creditGrants.updateExpiry',
    body: (env) => ({
      creditGrantId: env.ctx.creditGrantId,
      expiryMode: 'FIXED',
      expiryDateTime: '2031-01-01T00:00:00+08:00',
    }),
    check: (r) => expect(r.creditGrant).toMatchObject({ expiryDateTime: '2031-01-01T00:00:00+08:00' }),
  },
  {
    method: 'meters.creditGrants.inquireDetails',
    body: (env) => ({ creditGrantId: env.ctx.creditGrantId }),
    check: (r) => expect(r.creditGrant).toMatchObject({ availableAmount: usd('5000') }),
  },
  {
    method: 'meters.creditGrants.inquireList',
    body: () => ({ customerId: 'C1', pageNum: '1', pageSize: '10' }),
    check: (r) => expect(r.creditGrants).toHaveLength(1),
  },
  {
    method: 'meters.creditGrants.void',
    body: (env) => ({ creditGrantId: env.ctx.creditGrantId, voidReason: 'test' }),
    check: (r) => expect(r.creditGrant).toMatchObject({ status: 'VOIDED' }),
  },
  {
    method: 'tax.initializeSettings',
    body: () => ({ settingsRequestId: id('TAX_SETTINGS'), defaultTaxCode: 'GENERAL', defaultTaxBehavior: 'EXCLUSIVE' }),
    check: (r) => expect(r.status).toBe('ACTIVE'),
  },
  {
    method: 'tax.updateSettings',
    body: () => ({ settingsUpdateRequestId: id('TAX_SETTINGS'), defaultTaxBehavior: 'INCLUSIVE' }),
    check: (r) => expect(r).toMatchObject({ defaultTaxCode: 'GENERAL', defaultTaxBehavior: 'INCLUSIVE' }),
  },
  {
    method: 'tax.inquireSettings',
    body: () => ({}),
    check: (r) => expect(r.defaultTaxBehavior).toBe('INCLUSIVE'),
  },
  {
    method: 'tax.calculate',
    body: (env) => {
      env.ctx.taxCalculationRequestId = id('TAX')
      return {
        taxCalculationRequestId: env.ctx.taxCalculationRequestId,
        currency: 'USD',
        lineItems: [
          { goodsReferenceId: 'A', unitAmount: '1000', quantity: '2', taxBehavior: 'EXCLUSIVE' },
          { goodsReferenceId: 'B', unitAmount: '1100', quantity: '1', taxBehavior: 'INCLUSIVE' },
        ],
      }
    },
    check: (r, env) => {
      expect(r).toMatchObject({ exclusiveTaxAmount: '200', inclusiveTaxAmount: '100', totalAmount: '3300' })
      env.ctx.taxCalculationId = String(r.taxCalculationId)
    },
  },
  {
    method: 'tax.inquireCalculation',
    body: (env) => ({ taxCalculationRequestId: env.ctx.taxCalculationRequestId }),
    check: (r, env) => expect(r.taxCalculationId).toBe(env.ctx.taxCalculationId),
  },
  {
    method: 'tax.inquireTransactionList',
    body: (env) => ({ taxCalculationId: env.ctx.taxCalculationId }),
    check: (r) => expect(r.transactions).toMatchObject([{ taxAmount: '300', status: 'PENDING' }]),
  },
  {
    method: 'tax.register',
    body: () => ({
      registrationRequestId: id('TAX_REG'),
      taxType: 'GST',
      jurisdiction: { country: 'SG' },
      taxId: 'M90000000X',
    }),
    check: (r, env) => {
      env.ctx.taxRegistrationId = String(r.taxRegistrationId)
    },
  },
  {
    method: 'tax.updateRegistrationPeriod',
    body: (env) => ({
      registrationUpdatePeriodRequestId: id('TAX_PERIOD'),
      taxRegistrationId: env.ctx.taxRegistrationId,
      expireAt: '2031-01-01T00:00:00+08:00',
    }),
    check: (r) => expect(r.expireAt).toBe('2031-01-01T00:00:00+08:00'),
  },
  {
    method: 'tax.inquireRegistrationList',
    body: () => ({ status: 'ACTIVE' }),
    check: (r) => expect(r.registrations).toHaveLength(1),
  },
  {
    method: 'tax.cancelRegistration',
    body: (env) => ({ registrationCancelRequestId: id('TAX_CANCEL'), taxRegistrationId: env.ctx.taxRegistrationId }),
    check: (r) => expect(r.status).toBe('CANCELLED'),
  },
]
