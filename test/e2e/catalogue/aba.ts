import { expect } from 'vitest'
import { id, type Row, usd } from './env.js'

const sgd = (value: string) => ({ currency: 'SGD', value })

/** The Antom Business Account: funds first (they write statement lines), then statements and cards. */
export const ABA_ROWS: readonly Row[] = [
  {
    method: 'aba.inquiryBalance',
    body: () => ({ currencyList: ['USD'] }),
    check: (r) => expect(r.accountBalances).toMatchObject([{ currency: 'USD', availableBalance: usd('100000000') }]),
  },
  {
    method: 'aba.inquireAvailableQuota',
    body: () => ({ currency: 'USD' }),
    check: (r) => expect(r.availableQuota).toMatchObject({ currency: 'USD' }),
  },
  {
    method: 'aba.createDirectPayment',
    body: (env) => {
      env.ctx.directPaymentRequestId = id('DIRECT')
      return {
        paymentRequestId: env.ctx.directPaymentRequestId,
        payToMethod: { paymentMethodType: 'BANK_ACCOUNT', customerId: 'SUPPLIER_1' },
        payToAmount: usd('25000'),
        memo: 'Invoice 42',
      }
    },
    check: (r, env) => {
      env.ctx.directPaymentId = String(r.paymentId)
    },
  },
  {
    method: 'aba.inquireDirectPayment',
    body: (env) => ({ paymentRequestId: env.ctx.directPaymentRequestId }),
    check: (r) => expect(r.paymentStatus).toBe('SUCCESS'),
  },
  {
    method: 'aba.createDirectRefund',
    body: (env) => {
      env.ctx.directRefundRequestId = id('DIRECT_REFUND')
      return {
        paymentId: env.ctx.directPaymentId,
        refundRequestId: env.ctx.directRefundRequestId,
        refundFromMethod: { refundFromMethodType: 'BANK_ACCOUNT' },
        refundFromAmount: usd('5000'),
        refundNotifyUrl: env.notifyUrl,
      }
    },
    check: (r) => expect(r.refundToAmount).toEqual(usd('5000')),
  },
  {
    method: 'aba.inquireDirectRefund',
    body: (env) => ({ refundRequestId: env.ctx.directRefundRequestId }),
    check: (r) => expect(r.refundStatus).toBe('SUCCESS'),
  },
  {
    method: 'aba.createQuote',
    body: () => ({ sellAmount: usd('10000'), buyAmount: { currency: 'SGD' }, exchangeTradeType: 'SPOT' }),
    check: (r) => expect(r.buyAmount).toEqual(sgd('13500')),
  },
  {
    method: 'aba.createExchange',
    body: (env) => {
      env.ctx.exchangeRequestId = id('EXCHANGE')
      return { exchangeRequestId: env.ctx.exchangeRequestId, sellAmount: usd('10000'), buyAmount: { currency: 'SGD' } }
    },
    check: (r) => expect(r.buyAmount).toEqual(sgd('13500')),
  },
  {
    method: 'aba.inquireExchange',
    body: (env) => ({ exchangeRequestId: env.ctx.exchangeRequestId }),
    check: (r) => expect(r.exchangeResult).toMatchObject({ resultStatus: 'S' }),
  },
  {
    method: 'aba.inquireRate',
    body: () => ({ rateConditionList: [{ sellCurrency: 'SGD', buyCurrency: 'USD' }] }),
    check: (r) =>
      expect(r.rateResultList).toEqual([{ buyCurrency: 'USD', sellCurrency: 'SGD', exchangeRate: '0.740741' }]),
  },
  {
    method: 'aba.inquiryStatement',
    body: () => ({ currencyList: ['USD'], pageNumber: '1', pageSize: '10' }),
    check: (r, env) => {
      const lines = r.statementList as Array<{ statementId: string; transactionType: string }>
      expect(lines.map((l) => l.transactionType)).toEqual(['DIRECT_PAYMENT', 'DIRECT_REFUND', 'EXCHANGE'])
      env.ctx.statementId = String(lines[0]?.statementId)
    },
  },
  {
    method: 'aba.inquiryStatementList',
    body: () => ({ transactionTypeList: ['EXCHANGE'], pageNumber: '1', pageSize: '10' }),
    check: (r) => expect(r.statementList).toHaveLength(2),
  },
  {
    method: 'aba.inquiryStatementDetail',
    body: (env) => ({ statementId: env.ctx.statementId }),
    check: (r) => expect(r.statement).toMatchObject({ transactionAmount: usd('-25000') }),
  },
  {
    method: 'aba.applyCard',
    body: () => ({ requestId: id('CARD'), cardNickName: 'Travel', purpose: 'AIRLINE' }),
    check: (r, env) => {
      env.ctx.assetId = String(r.assetId)
      env.ctx.cardNo = String(r.cardNo)
    },
  },
  {
    method: 'aba.updateCard',
    body: (env) => ({ assetId: env.ctx.assetId, requestId: id('CARD_UPDATE'), cardNickName: 'Hotels' }),
    check: (r) => expect(r.status).toBe('SUCCESS'),
  },
  {
    method: 'aba.updateCardStatus',
    body: (env) => ({
      assetId: env.ctx.assetId,
      requestId: id('CARD_STATUS'),
      operateType: 'FREEZE',
      notifyUrl: env.notifyUrl,
    }),
    check: (r) => expect(r.status).toBe('SUCCESS'),
  },
  {
    method: 'aba.inquireCardDetail',
    body: (env) => ({ assetId: env.ctx.assetId }),
    check: (r) => expect(r).toMatchObject({ cardNickName: 'Hotels', cardStatus: 'FROZEN', cardBrand: 'MASTERCARD' }),
  },
  {
    method: 'aba.inquireCard',
    body: () => ({ cardStatus: 'FROZEN', pageNumber: '1', pageSize: '20' }),
    check: (r, env) => expect(r.cardList).toContainEqual(expect.objectContaining({ assetId: env.ctx.assetId })),
  },
  {
    method: 'aba.inquireCardSensitiveInfo',
    body: (env) => ({ assetId: env.ctx.assetId }),
    check: (r, env) => expect(r.cardNo).toBe(env.ctx.cardNo),
  },
  {
    method: 'aba.inquireCardTransactionEvent',
    body: (env) => ({ assetIdList: [env.ctx.assetId], pageSize: '10', pageNumber: '1' }),
    check: (r) => expect(r.events).toEqual([]),
  },
  {
    method: 'aba.inquireCardTransactionLifecycle',
    body: (env) => ({ assetIdList: [env.ctx.assetId], pageSize: '10', pageNumber: '1' }),
    check: (r) => expect(r.lifecycles).toEqual([]),
  },
  {
    method: 'aba.inquireCardTransactionLifecycleDetail',
    body: () => ({ lifecycleId: 'LIFECYCLE_NONE' }),
    check: (r) => expect(r).not.toHaveProperty('lifecycle'),
  },
]
