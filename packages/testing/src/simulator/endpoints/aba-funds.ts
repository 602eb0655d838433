import type {
  Amount,
  CreateDirectPaymentResponse,
  CreateDirectRefundResponse,
  CreateExchangeResponse,
  CreateQuoteResponse,
  InquireDirectPaymentResponse,
  InquireDirectRefundResponse,
  InquireExchangeResponse,
  InquiryRateResponse,
  Quote,
} from '@alipay-kit/core'
import { type Body, optionalObject, optionalString, optionalUrl, requiredString } from '../fields.js'
import { alipayTime } from '../ids.js'
import { fail, resultOf } from '../result-codes.js'
import type { AbaState } from './aba-state.js'
import type { ApiCall, Endpoint, EndpointDeps } from './context.js'
import { amountOf, answer, idempotent, Records } from './kit.js'
import { convert, rateOf } from './rates.js'

interface DirectPayment {
  readonly paymentId: string
  readonly paymentRequestId: string
  readonly payToMethod: { readonly [field: string]: unknown } | undefined
  readonly payFromAmount: Amount
  readonly payToAmount: Amount
  readonly paymentTime: string
  refunded: bigint
}

interface DirectRefund {
  readonly refundId: string
  readonly refundRequestId: string
  readonly paymentId: string
  readonly refundFromMethod: { readonly [field: string]: unknown } | undefined
  readonly refundFromAmount: Amount
  readonly refundTime: string
}

interface Exchange {
  readonly exchangeRequestId: string
  readonly exchangeId: string
  readonly exchangeTradeType: string | undefined
  readonly exchangeMode: string | undefined
  readonly quote: Quote
  readonly sellAmount: Amount
  readonly buyAmount: Amount
  readonly time: string
}

/** The two sides of an exchange from whichever amount the request fixes (buy or sell). */
function sides(deps: EndpointDeps, body: Body): { quote: Quote; sellAmount: Amount; buyAmount: Amount } {
  const buy = optionalObject(body, 'buyAmount')
  const sell = optionalObject(body, 'sellAmount')
  if (buy === undefined || sell === undefined)
    fail('PARAM_ILLEGAL', 'buyAmount and sellAmount (one with a value) are required.')
  const buyCurrency = requiredString(buy, 'currency', 3)
  const sellCurrency = requiredString(sell, 'currency', 3)
  const sellAmount =
    typeof sell.value === 'string' && sell.value !== ''
      ? amountOf(body, 'sellAmount')
      : { currency: sellCurrency, value: convert(amountOf(body, 'buyAmount').value, buyCurrency, sellCurrency) }
  const buyAmount = { currency: buyCurrency, value: convert(sellAmount.value, sellCurrency, buyCurrency) }
  const now = deps.now()
  const quote: Quote = {
    quoteId: `QUOTE_${deps.newId('exchange')}`,
    quoteCurrencyPair: `${sellCurrency}/${buyCurrency}`,
    quotePrice: rateOf(sellCurrency, buyCurrency),
    quoteStartTime: alipayTime(now),
    quoteExpiryTime: alipayTime(now + 10 * 60 * 1000),
    guaranteed: true,
  }
  return { quote, sellAmount, buyAmount }
}

/**
 * ABA funds (`/v1/aba/funds/...`): a direct payment leaves the account at once; a direct refund
 * returns (part of) one and sends DIRECT_REFUND to `refundNotifyUrl`; an exchange sells one
 * currency of the account for another at the simulator's fixed rates (rates.ts).
 */
export function createAbaFundEndpoints(state: AbaState): { readonly [path: string]: Endpoint } {
  const payments = new Records<DirectPayment>('ORDER_NOT_EXIST')
  const refunds = new Records<DirectRefund>('REFUND_NOT_EXIST')
  const exchanges = new Records<Exchange>('RECORD_NOT_EXIST')
  const byRequest = new Map<string, string>()
  const lookup = <T>(records: Records<T>, call: ApiCall, idField: string, requestField: string): T => {
    const id = optionalString(call.body, idField)
    const requestId = optionalString(call.body, requestField)
    if (id === undefined && requestId === undefined) fail('PARAM_ILLEGAL', `${idField} or ${requestField} is required.`)
    return records.get(call.clientId, id ?? byRequest.get(`${call.clientId}\n${requestField}\n${requestId}`))
  }
  const paymentAnswer = (p: DirectPayment) => ({
    paymentId: p.paymentId,
    paymentRequestId: p.paymentRequestId,
    payToMethod: p.payToMethod as CreateDirectPaymentResponse['payToMethod'],
    payToAmount: p.payToAmount,
    paymentTime: p.paymentTime,
  })
  const refundAnswer = (r: DirectRefund) => ({
    paymentId: r.paymentId,
    refundId: r.refundId,
    refundRequestId: r.refundRequestId,
    refundTime: r.refundTime,
    refundFromMethod: r.refundFromMethod,
    refundFromAmount: r.refundFromAmount,
    refundToAmount: r.refundFromAmount,
  })

  const createDirectPayment = idempotent(
    'aba/createDirectPayment',
    'paymentRequestId',
    (deps, call, paymentRequestId) => {
      const to = call.body.payToAmount !== undefined ? amountOf(call.body, 'payToAmount') : undefined
      const from =
        call.body.payFromAmount !== undefined
          ? amountOf(call.body, 'payFromAmount')
          : (to ?? fail('PARAM_ILLEGAL', 'payToAmount or payFromAmount is required.'))
      const p: DirectPayment = {
        paymentId: deps.newId('payment'),
        paymentRequestId,
        payToMethod: optionalObject(call.body, 'payToMethod'),
        payFromAmount: from,
        payToAmount: to ?? from,
        paymentTime: alipayTime(deps.now()),
        refunded: 0n,
      }
      state.move(deps, call.clientId, 'DIRECT_PAYMENT', from, true, p.paymentId)
      payments.put(call.clientId, p.paymentId, p)
      byRequest.set(`${call.clientId}\npaymentRequestId\n${paymentRequestId}`, p.paymentId)
      return answer<CreateDirectPaymentResponse>({
        result: resultOf('SUCCESS'),
        ...paymentAnswer(p),
        payFromAmount: from,
      })
    },
  )

  const createDirectRefund = idempotent('aba/createDirectRefund', 'refundRequestId', (deps, call, refundRequestId) => {
    const p = payments.get(call.clientId, requiredString(call.body, 'paymentId'))
    const amount = call.body.refundFromAmount !== undefined ? amountOf(call.body, 'refundFromAmount') : p.payFromAmount
    if (amount.currency !== p.payFromAmount.currency)
      fail('CURRENCY_NOT_SUPPORT', `Refund in ${p.payFromAmount.currency}.`)
    if (p.refunded + BigInt(amount.value) > BigInt(p.payFromAmount.value)) fail('REFUND_AMOUNT_EXCEED')
    p.refunded += BigInt(amount.value)
    const r: DirectRefund = {
      refundId: deps.newId('refund'),
      refundRequestId,
      paymentId: p.paymentId,
      refundFromMethod: optionalObject(call.body, 'refundFromMethod'),
      refundFromAmount: amount,
      refundTime: alipayTime(deps.now()),
    }
    state.move(deps, call.clientId, 'DIRECT_REFUND', amount, false, r.refundId)
    refunds.put(call.clientId, r.refundId, r)
    byRequest.set(`${call.clientId}\nrefundRequestId\n${refundRequestId}`, r.refundId)
    deps.notify('refund', optionalUrl(call.body, 'refundNotifyUrl'), call, {
      notifyType: 'REFUND_RESULT',
      refundStatus: 'SUCCESS',
      ...refundAnswer(r),
    })
    return answer<CreateDirectRefundResponse>({ result: resultOf('SUCCESS'), ...refundAnswer(r) })
  })

  const exchangeAnswer = (e: Exchange) => ({
    exchangeRequestId: e.exchangeRequestId,
    exchangeTradeType: e.exchangeTradeType,
    exchangeMode: e.exchangeMode,
    quote: e.quote,
    sellAmount: e.sellAmount,
    buyAmount: e.buyAmount,
    exchangeStartTime: e.time,
    exchangeEndTime: e.time,
  })

  const createExchange = idempotent('aba/createExchange', 'exchangeRequestId', (deps, call, exchangeRequestId) => {
    const { quote, sellAmount, buyAmount } = sides(deps, call.body)
    const e: Exchange = {
      exchangeRequestId,
      exchangeId: deps.newId('exchange'),
      exchangeTradeType: optionalString(call.body, 'exchangeTradeType'),
      exchangeMode: optionalString(call.body, 'exchangeMode'),
      quote,
      sellAmount,
      buyAmount,
      time: alipayTime(deps.now()),
    }
    state.move(deps, call.clientId, 'EXCHANGE', sellAmount, true, e.exchangeId)
    state.move(deps, call.clientId, 'EXCHANGE', buyAmount, false, e.exchangeId)
    exchanges.put(call.clientId, exchangeRequestId, e)
    return answer<CreateExchangeResponse>({ result: resultOf('SUCCESS'), ...exchangeAnswer(e) })
  })

  return {
    '/v1/aba/funds/createDirectPayment': createDirectPayment,
    '/v1/aba/funds/inquireDirectPayment': (_deps, call) => {
      const p = lookup(payments, call, 'paymentId', 'paymentRequestId')
      return answer<InquireDirectPaymentResponse>({
        result: resultOf('SUCCESS'),
        paymentStatus: 'SUCCESS',
        ...paymentAnswer(p),
        paymentAmount: p.payFromAmount,
      })
    },
    '/v1/aba/funds/createDirectRefund': createDirectRefund,
    '/v1/aba/funds/inquireDirectRefund': (_deps, call) =>
      answer<InquireDirectRefundResponse>({
        result: resultOf('SUCCESS'),
        refundStatus: 'SUCCESS',
        ...refundAnswer(lookup(refunds, call, 'refundId', 'refundRequestId')),
      }),
    '/v1/aba/funds/createQuote': (deps, call) => {
      const { quote, sellAmount, buyAmount } = sides(deps, call.body)
      return answer<CreateQuoteResponse>({
        result: resultOf('SUCCESS'),
        exchangeTradeType: optionalString(call.body, 'exchangeTradeType'),
        quote,
        sellAmount,
        buyAmount,
      })
    },
    '/v1/aba/funds/createExchange': createExchange,
    '/v1/aba/funds/inquireExchange': (_deps, call) => {
      const e = exchanges.get(call.clientId, requiredString(call.body, 'exchangeRequestId'))
      return answer<InquireExchangeResponse>({
        result: resultOf('SUCCESS'),
        exchangeResult: resultOf('SUCCESS'),
        exchangeId: e.exchangeId,
        ...exchangeAnswer(e),
      })
    },
    '/v1/aba/funds/inquireRate': (_deps, call) => {
      const conditions = Array.isArray(call.body.rateConditionList) ? (call.body.rateConditionList as Body[]) : []
      if (conditions.length === 0) fail('PARAM_ILLEGAL', 'rateConditionList is required.')
      const rateResultList = conditions.map((c) => {
        const buyCurrency = requiredString(c ?? {}, 'buyCurrency', 3)
        const sellCurrency = requiredString(c, 'sellCurrency', 3)
        return { buyCurrency, sellCurrency, exchangeRate: rateOf(sellCurrency, buyCurrency) }
      })
      return answer<InquiryRateResponse>({ result: resultOf('SUCCESS'), rateResultList })
    },
  }
}
