import { expect } from 'vitest'
import { type Env, id, type Row, usd } from './env.js'
import { paid } from './payments.js'

const balanceOf = (r: Record<string, unknown>, currency: string) =>
  (r.accountBalances as Array<{ currency: string; availableBalance: { value: string } }>).find(
    (b) => b.currency === currency,
  )?.availableBalance.value

/** Marketplace, merchant registration and risk decisions. */
export const PLATFORM_ROWS: readonly Row[] = [
  {
    method: 'marketplace.register',
    body: (env) => {
      env.ctx.seller = id('SELLER')
      return {
        registrationRequestId: id('REGISTER'),
        merchantInfo: {
          referenceMerchantId: env.ctx.seller,
          legalEntityType: 'COMPANY',
          company: { legalName: 'Seller Ltd' },
        },
        settlementInfos: [
          { settlementCurrency: 'USD', settlementBankAccount: { bankAccountNo: '0001', accountHolderName: 'Seller' } },
        ],
      }
    },
    check: (r) => expect(r.registrationStatus).toBe('SUCCESS'),
  },
  {
    method: 'marketplace.updateSettlementInfo',
    body: (env) => ({
      updateRequestId: id('SETTLEMENT_INFO'),
      referenceMerchantId: env.ctx.seller,
      settlementCurrency: 'USD',
      settlementBankAccount: { bankAccountNo: '0002', accountHolderName: 'Seller', swiftCode: 'SIMBSGSG' },
    }),
    check: (r) => expect(r.updateStatus).toBe('SUCCESS'),
  },
  {
    method: 'marketplace.settle',
    body: async (env: Env) => ({
      settlementRequestId: id('SETTLE'),
      paymentId: (await paid(env)).paymentId,
      settlementDetails: [
        { settleTo: 'SELLER', settlementAmount: usd('9000') },
        { settleTo: 'MARKETPLACE', settlementAmount: usd('1000') },
      ],
    }),
    check: (r) => expect(typeof r.settlementId).toBe('string'),
  },
  {
    method: 'marketplace.inquireBalance',
    body: (env) => ({ referenceMerchantId: env.ctx.seller }),
    check: (r) => expect(balanceOf(r, 'USD')).toBe('9000'),
  },
  {
    method: 'marketplace.createPayout',
    body: (env) => ({
      transferRequestId: id('PAYOUT'),
      transferFromDetail: {
        transferFromMethod: { paymentMethodType: 'BALANCE_ACCOUNT', customerId: env.ctx.seller },
        transferFromAmount: usd('4000'),
      },
      transferToDetail: {
        transferToMethod: { paymentMethodType: 'BANK_ACCOUNT' },
        transferToCurrency: 'USD',
        transferNotifyUrl: env.notifyUrl,
      },
    }),
    check: (r) => expect(typeof r.transferId).toBe('string'),
  },
  {
    method: 'marketplace.createTransfer',
    body: (env) => ({
      transferRequestId: id('TRANSFER'),
      transferFromDetail: {
        transferFromMethod: { paymentMethodType: 'BALANCE_ACCOUNT' },
        transferFromAmount: usd('500'),
      },
      transferToDetail: {
        transferToMethod: { paymentMethodType: 'BALANCE_ACCOUNT', customerId: env.ctx.seller },
        transferToCurrency: 'USD',
        transferNotifyUrl: env.notifyUrl,
      },
    }),
    check: (r) => expect(r.transferToDetail).toMatchObject({ actualTransferToAmount: usd('500') }),
  },
  {
    method: 'marketplace.submitAttachment',
    body: () => ({
      submitAttachmentRequestId: id('ATTACH'),
      attachmentType: 'ARTICLES_OF_ASSOCIATION',
      fileSha256: 'a'.repeat(64),
    }),
    check: (r) => expect(String(r.attachmentKey)).toMatch(/^ATTACHMENT_/),
  },
  {
    method: 'merchants.registration',
    body: (env) => {
      env.ctx.registrationRequestId = id('PSP_REGISTER')
      env.ctx.subMerchant = id('SUBMERCHANT')
      return {
        registrationRequestId: env.ctx.registrationRequestId,
        productCodes: ['CASHIER_PAYMENT'],
        merchantInfo: {
          referenceMerchantId: env.ctx.subMerchant,
          merchantDisplayName: 'Sub shop',
          merchantMCC: '5411',
        },
        passThroughInfo: 'opaque',
      }
    },
    check: (r) => expect(r.passThroughInfo).toBe('opaque'),
  },
  {
    method: 'merchants.inquiryRegistrationStatus',
    body: (env) => ({ registrationRequestId: env.ctx.registrationRequestId }),
    check: (r) => expect(r.registrationResult).toEqual({ registrationStatus: 'SUCCESS' }),
  },
  {
    method: 'merchants.inquiryRegistrationInfo',
    body: (env) => ({ referenceMerchantId: env.ctx.subMerchant }),
    check: (r) => expect(r.productCodes).toEqual(['CASHIER_PAYMENT']),
  },
  {
    method: 'risk.decide',
    body: (env) => {
      env.ctx.riskTransaction = id('RISK')
      return {
        referenceTransactionId: env.ctx.riskTransaction,
        authorizationPhase: 'PRE_AUTHORIZATION',
        actualPaymentAmount: usd('100'),
      }
    },
    check: (r) => expect(r.decision).toBe('ACCEPT'),
  },
  {
    method: 'risk.reportRisk',
    body: (env) => ({ referenceTransactionId: env.ctx.riskTransaction, reportReason: 'FRAUD', riskType: 'FRAUD' }),
  },
  {
    method: 'risk.sendPaymentResult',
    body: (env) => ({ referenceTransactionId: env.ctx.riskTransaction, paymentStatus: 'SUCCESS' }),
  },
  {
    method: 'risk.sendRefundResult',
    body: (env) => ({
      referenceTransactionId: env.ctx.riskTransaction,
      referenceRefundId: id('REFUND'),
      actualRefundAmount: usd('50'),
    }),
  },
]
