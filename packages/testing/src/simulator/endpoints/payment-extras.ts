import type {
  FetchNonceResponse,
  GetCardInfoResponse,
  InquireExchangeRateResponse,
  InquireInstallmentResponse,
  RetrievePaymentSessionResponse,
  UpdateAmountResponse,
  VerifyAndCompletePaymentResponse,
} from '@alipay-kit/core'
import { type Body, optionalObject, optionalString, requiredAmount, requiredString } from '../fields.js'
import { alipayTime } from '../ids.js'
import { fail, resultOf } from '../result-codes.js'
import type { ApiAnswer, ApiCall, Endpoint, EndpointDeps } from './context.js'
import { answer, idempotent } from './kit.js'
import { rateOf } from './rates.js'

/*
 * The payment endpoints beyond pay, cancel, capture and refund. Those that name a payment act on
 * the ledger's; the card and rate helpers answer from fixed tables.
 */

/** The brand of a card number or BIN by its first digits (the common ranges). */
export function brandOf(digits: string): string {
  if (/^4/.test(digits)) return 'VISA'
  if (/^(5[1-5]|2[2-7])/.test(digits)) return 'MASTERCARD'
  if (/^3[47]/.test(digits)) return 'AMEX'
  if (/^35/.test(digits)) return 'JCB'
  if (/^62/.test(digits)) return 'UNIONPAY'
  if (/^6/.test(digits)) return 'DISCOVER'
  return 'UNKNOWN'
}

const payment = (deps: EndpointDeps, call: ApiCall) =>
  deps.ledger.findPayment(call.clientId, {
    paymentId: optionalString(call.body, 'paymentId', 64),
    paymentRequestId: optionalString(call.body, 'paymentRequestId', 64),
  })

const getCardInfo: Endpoint = (_deps, call) => {
  const digits = (optionalString(call.body, 'cardNo') ?? optionalString(call.body, 'cardBin') ?? '').replace(/\D/g, '')
  if (digits.length < 6) fail('PARAM_ILLEGAL', 'cardNo or cardBin (at least 6 digits) is required.')
  return answer<GetCardInfoResponse>({
    result: resultOf('SUCCESS'),
    cardBrand: brandOf(digits),
    issuingRegion: optionalString(call.body, 'paymentMethodRegion') ?? 'US',
    funding: 'CREDIT',
    cardCategory: 'CONSUMER',
    supportInstallment: false,
  })
}

/** A one-time card token for card details, as payments/fetchNonce and vaults/fetchNonce give. */
export const fetchNonce: Endpoint = (deps, call) => {
  const card = optionalObject(call.body, 'card') ?? fail('PARAM_ILLEGAL', 'card is required.')
  if (typeof card.cardNo !== 'string' && typeof card.cardToken !== 'string') {
    fail('PARAM_ILLEGAL', 'card.cardNo is required.')
  }
  return answer<FetchNonceResponse>({ result: resultOf('SUCCESS'), cardToken: `ALIPAY_NONCE_${deps.newId('token')}` })
}

const inquireInstallment: Endpoint = () =>
  answer<InquireInstallmentResponse>({
    result: resultOf('SUCCESS'),
    installmentBanks: {
      bankName: 'Simulated Bank',
      bankShortName: 'SIMBANK',
      bins: ['411111', '555555'],
      plans: ['3', '6', '12'].map((installmentNum) => ({
        installmentNum,
        interval: 'MONTH',
        interestRate: '0',
        enabled: true,
      })),
    },
  })

function pairs(body: Body): Array<{ sellCurrency: string; buyCurrency: string }> {
  const listed = Array.isArray(body.currencyPairs) ? body.currencyPairs : []
  const out = listed.map((p) => {
    const pair = (p ?? {}) as Body
    return {
      sellCurrency: requiredString(pair, 'sellCurrency', 3),
      buyCurrency: requiredString(pair, 'buyCurrency', 3),
    }
  })
  const sell = optionalString(body, 'sellCurrency')
  const buy = optionalString(body, 'buyCurrency') ?? optionalString(body, 'paymentCurrency')
  if (sell !== undefined && buy !== undefined) out.push({ sellCurrency: sell, buyCurrency: buy })
  if (out.length === 0) fail('PARAM_ILLEGAL', 'currencyPairs, or sellCurrency and buyCurrency, are required.')
  return out
}

const inquireExchangeRate: Endpoint = (deps, call) => {
  const now = deps.now()
  const quotes = pairs(call.body).map(({ sellCurrency, buyCurrency }) => ({
    quoteId: `QUOTE_${deps.newId('exchange')}`,
    quoteCurrencyPair: `${sellCurrency}/${buyCurrency}`,
    quotePrice: rateOf(sellCurrency, buyCurrency),
    quoteStartTime: alipayTime(now),
    quoteExpiryTime: alipayTime(now + 60 * 60 * 1000),
    guaranteed: false,
  }))
  return answer<InquireExchangeRateResponse>({ result: resultOf('SUCCESS'), quotes })
}

const syncArrear: Endpoint = (deps, call) => {
  const p = payment(deps, call)
  if (p.status === 'SUCCESS' || p.status === 'CANCELLED') {
    fail('ORDER_STATUS_INVALID', `Payment ${p.paymentId} is ${p.status}; it is not in arrears.`)
  }
  return { result: resultOf('SUCCESS') }
}

const createDeviceCertificate: Endpoint = (deps, call) => {
  const devicePublicKey = requiredString(call.body, 'devicePublicKey', 4096)
  const deviceCertificate = Buffer.from(
    JSON.stringify({ issuer: 'alipay-kit simulator', subject: devicePublicKey.slice(0, 32), issuedAt: deps.now() }),
  ).toString('base64')
  return { result: resultOf('SUCCESS'), deviceCertificate }
}

const retrievePaymentSession: Endpoint = (deps, call) => {
  const p = payment(deps, call)
  return answer<RetrievePaymentSessionResponse>({
    result: resultOf('SUCCESS'),
    order: { orderAmount: p.paymentAmount },
    promotionResults: [],
  })
}

/**
 * updateAmount: a MANUAL payment, authorised and not captured, gets a new amount in its currency;
 * the result also comes as notifyPayment with `notifyType: 'UPDATE_AMOUNT_RESULT'`.
 */
const updateAmount = () =>
  idempotent('updateAmount', 'updateRequestId', (deps, call, updateRequestId): ApiAnswer => {
    const p = deps.ledger.findPayment(call.clientId, { paymentId: requiredString(call.body, 'paymentId') })
    const amount = requiredAmount(call.body, 'amount')
    deps.ledger.updateAmount(p, amount)
    deps.notify('payment', p.paymentNotifyUrl, p, {
      notifyType: 'UPDATE_AMOUNT_RESULT',
      result: resultOf('SUCCESS'),
      updateRequestId,
      paymentRequestId: p.paymentRequestId,
      paymentId: p.paymentId,
      paymentAmount: p.paymentAmount,
    })
    return answer<UpdateAmountResponse>({
      result: resultOf('SUCCESS'),
      updateRequestId,
      paymentId: p.paymentId,
      amount,
    })
  })

/** verifyAndCompletePayment: the buyer's verification passed, so a waiting payment succeeds. */
const verifyAndCompletePayment: Endpoint = (deps, call) => {
  const p = deps.ledger.findPayment(call.clientId, { paymentId: requiredString(call.body, 'paymentId') })
  if (p.status === 'PROCESSING' || p.status === 'PENDING') deps.ledger.settlePayment(p, { status: 'SUCCESS' })
  if (p.status !== 'SUCCESS') fail('ORDER_STATUS_INVALID', `Payment ${p.paymentId} is ${p.status}.`)
  return answer<VerifyAndCompletePaymentResponse>({
    result: resultOf('SUCCESS'),
    paymentRequestId: p.paymentRequestId,
    verifyRequestId: optionalString(call.body, 'verifyRequestId'),
    paymentId: p.paymentId,
    paymentAmount: p.paymentAmount,
    paymentCreateTime: p.createTime,
  })
}

const uploadInvoiceShippingFile: Endpoint = (deps, call) => {
  payment(deps, call)
  if (
    optionalString(call.body, 'fileId') === undefined &&
    optionalString(call.body, 'uploadFile', 10 * 1024 * 1024) === undefined
  ) {
    fail('PARAM_ILLEGAL', 'fileId or uploadFile is required.')
  }
  return { result: resultOf('SUCCESS') }
}

/** The payment endpoints issue 12 added, by path after `/ams/api`. */
export function createPaymentExtraEndpoints(): { readonly [path: string]: Endpoint } {
  return {
    '/v1/payments/getCardInfo': getCardInfo,
    '/v1/payments/fetchNonce': fetchNonce,
    '/v1/payments/inquireInstallment': inquireInstallment,
    '/v1/payments/inquireExchangeRate': inquireExchangeRate,
    '/v1/payments/syncArrear': syncArrear,
    '/v1/payments/createDeviceCertificate': createDeviceCertificate,
    '/v1/payments/retrievePaymentSession': retrievePaymentSession,
    // The Java SDK signs this path with a double slash (AntomPathConstants.RETRIEVE_PATH).
    '//v1/payments/retrievePaymentSession': retrievePaymentSession,
    '/v1/payments/updateAmount': updateAmount(),
    '/v1/payments/verifyAndCompletePayment': verifyAndCompletePayment,
    '/v1/payments/uploadInvoiceShippingFile': uploadInvoiceShippingFile,
  }
}
