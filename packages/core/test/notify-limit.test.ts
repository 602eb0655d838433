import { describe, expect, it } from 'vitest'
import type { Amount, PaymentResultNotification } from '../src/index.js'
import { DEFAULT_NOTIFY_LIMIT } from '../src/index.js'

/*
 * The default body limit is sized from the largest notification the catalogue models, every
 * field filled (issue 9). `Required<...>` makes the compiler insist on every field: a field added
 * to the catalogue must be added here, and the estimate follows it.
 *
 * Lengths: the maximum the Java SDK's models document where they give one (ids 64, codes 64,
 * datetimes 29, cardBin 8, discountName 128, quoteCurrencyPair 16, paymentAttempts 4 entries of
 * 64, extendInfo 2048); 256 for names, messages and descriptions without one (the SDK's documented
 * maximum for result messages and descriptions); 2048 for the merchant's own open data without one
 * (metadata, customizedField1-5); 64 for every other code or short value. Characters are counted
 * as bytes: the 16x margin also covers text in a 3-byte script.
 */
const text = (length: number) => 'x'.repeat(length)
const ID = text(64)
const CODE = text(64)
const MESSAGE = text(256)
const OPEN = text(2048)
const TIME = '2019-11-27T12:01:01.123+08:00'
const FLAG = 'false'
const amount: Amount = { currency: 'USD', value: '9'.repeat(19) }

type Full<K extends keyof PaymentResultNotification> = Required<NonNullable<PaymentResultNotification[K]>>

const quote: Full<'settlementQuote'> = {
  quoteId: ID,
  quoteCurrencyPair: text(16),
  quotePrice: '7.123456789012345',
  quoteStartTime: TIME,
  quoteExpiryTime: TIME,
  guaranteed: FLAG,
  exchangeAmount: amount,
}

const acquirerInfo: Full<'acquirerInfo'> = {
  acquirerName: CODE,
  referenceRequestId: ID,
  acquirerTransactionId: ID,
  acquirerMerchantId: ID,
  acquirerResultCode: CODE,
  acquirerResultMessage: MESSAGE,
  acquirerMerchantName: MESSAGE,
  acquirerReasonDescription: MESSAGE,
  ptspTransactionId: ID,
  acquirerCardToken: ID,
}

const paymentResultInfo: Full<'paymentResultInfo'> = {
  issuerName: MESSAGE,
  refusalCodeRaw: CODE,
  refusalReasonRaw: MESSAGE,
  merchantAdviceCode: CODE,
  acquirerInfo,
  cardNo: CODE,
  cardBrand: CODE,
  cardToken: ID,
  issuingCountry: 'US',
  funding: CODE,
  paymentMethodRegion: CODE,
  threeDSResult: {
    threeDSVersion: CODE,
    eci: CODE,
    cavv: CODE,
    dsTransactionId: ID,
    xid: CODE,
    threeDStransactionStatusReason: CODE,
    challengeCancel: CODE,
    challenged: FLAG,
    exemptionType: CODE,
    threeDSOffered: FLAG,
  },
  avsResultRaw: CODE,
  cvvResultRaw: CODE,
  networkTransactionId: ID,
  creditPayPlan: {
    installmentNum: '36',
    interval: CODE,
    creditPayFeeType: 'PERCENTAGE',
    feePercentage: '100',
    filteredInstallmentPeriods: Array.from({ length: 35 }, (_, i) => String(i + 2)),
    interestRate: text(16),
  },
  cardholderName: CODE,
  cardBin: text(8),
  lastFour: text(4),
  expiryMonth: '12',
  expiryYear: '2099',
  cardCategory: CODE,
  accountNo: ID,
  exemptionRequested: CODE,
  credentialTypeUsed: CODE,
  rrn: ID,
  userAuthorizationStatus: CODE,
  authorizationCode: CODE,
  incrementalAuthorizationAvailable: FLAG,
  extendedAuthorizationAvailable: FLAG,
  refundOnAuthorizationAvailable: FLAG,
}

/** notifyPayment (PAYMENT_RESULT): the catalogue's largest shape, with every field. */
export const largestNotification: Required<PaymentResultNotification> = {
  notifyType: 'PAYMENT_RESULT',
  result: { resultCode: CODE, resultStatus: 'S', resultMessage: MESSAGE },
  paymentRequestId: ID,
  paymentAmount: amount,
  paymentId: ID,
  paymentCreateTime: TIME,
  paymentTime: TIME,
  customsDeclarationAmount: amount,
  grossSettlementAmount: amount,
  settlementQuote: quote,
  paymentQuote: quote,
  pspCustomerInfo: {
    pspName: CODE,
    pspCustomerId: ID,
    displayCustomerId: ID,
    displayCustomerName: MESSAGE,
    customer2088Id: ID,
    extendInfo: OPEN,
  },
  acquirerReferenceNo: ID,
  paymentResultInfo,
  acquirerInfo,
  promotionResult: Array.from({ length: 4 }, () => ({
    promotionType: 'DISCOUNT',
    discount: { discountTag: CODE, discountName: text(128), savingsAmount: amount, estimateSavingsAmount: amount },
  })),
  paymentMethodType: CODE,
  customizedInfo: {
    customizedField1: OPEN,
    customizedField2: OPEN,
    customizedField3: OPEN,
    customizedField4: OPEN,
    customizedField5: OPEN,
  },
  processingAmount: amount,
  actualPaymentAmount: amount,
  metadata: OPEN,
  subscriptionOrderId: ID,
  retryInfo: {
    availableRetries: '4',
    orderId: ID,
    paymentAttempts: Array.from({ length: 4 }, () => ({ attemptAt: TIME, attemptResponse: CODE })),
  },
  updateRequestId: ID,
  authExpiryTime: TIME,
  taxCalculationId: ID,
  subscriptionRequestId: ID,
  subscriptionId: ID,
  periodStartTime: TIME,
  periodEndTime: TIME,
  phaseNo: '9999',
}

describe('DEFAULT_NOTIFY_LIMIT', () => {
  const size = Buffer.byteLength(JSON.stringify(largestNotification, null, 2))

  it('is at least 16 times the largest notification with every field filled (pretty-printed)', () => {
    expect(size).toBeGreaterThan(20_000) // the estimate is a real one, not an empty object
    expect(DEFAULT_NOTIFY_LIMIT).toBeGreaterThanOrEqual(16 * size)
  })

  it('stays well under the old 1 MiB, which let 1000 held connections take 1 GB (issue 9)', () => {
    expect(DEFAULT_NOTIFY_LIMIT).toBeLessThanOrEqual(512 * 1024)
  })
})
