import type { Amount } from '@alipay-kit/core'
import { fingerprint, optionalObject, requiredAmount, requiredString } from '../fields.js'
import { alipayTime } from '../ids.js'
import { fail, resultOf } from '../result-codes.js'
import type { ApiAnswer, Endpoint } from './context.js'

interface Declaration {
  readonly clientId: string
  readonly declarationRequestId: string
  readonly paymentId: string
  readonly declarationAmount: Amount
  readonly customsCode: string
  readonly customsPaymentId: string
  readonly declarationTime: string
}

/**
 * Customs declarations (`/v1/customs/...`), simply: a declaration of a paid payment, up to its
 * amount, is accepted at once and found by inquiryDeclarationRequests.
 */
export function createCustomsEndpoints(): { readonly [path: string]: Endpoint } {
  const declarations = new Map<string, Declaration>()
  const keyOf = (clientId: string, id: string) => `${clientId}\n${id}`

  const record = (d: Declaration) => ({
    declarationRequestId: d.declarationRequestId,
    paymentId: d.paymentId,
    declarationAmount: d.declarationAmount,
    customsPaymentId: d.customsPaymentId,
    customsCode: d.customsCode,
    declarationRequestStatus: 'SUCCESS',
    lastModifiedTime: d.declarationTime,
    customsDeclarationResultCode: 'SUCCESS',
  })
  const answer = (d: Declaration): ApiAnswer => ({
    result: resultOf('SUCCESS'),
    customsPaymentId: d.customsPaymentId,
    customsOrderId: d.declarationRequestId,
    identityCheckResult: 'CHECK_PASSED',
    clearingChannel: 'ALIPAY',
    clearingTransactionId: `CLEARING_${d.customsPaymentId}`,
  })

  const declare: Endpoint = (deps, call) => {
    const declarationRequestId = requiredString(call.body, 'declarationRequestId')
    const print = fingerprint(call.body)
    if (deps.requestIds.isReplay('customs/declare', call.clientId, declarationRequestId, print)) {
      return answer(declarations.get(keyOf(call.clientId, declarationRequestId)) as Declaration)
    }
    const paymentId = requiredString(call.body, 'paymentId')
    const declarationAmount = requiredAmount(call.body, 'declarationAmount')
    const customs = optionalObject(call.body, 'customs') ?? fail('PARAM_ILLEGAL', 'customs is required.')
    const customsCode = requiredString(customs, 'customsCode')
    requiredString(customs, 'region')
    const payment = deps.ledger.findPayment(call.clientId, { paymentId })
    if (payment.status !== 'SUCCESS') fail('ORDER_STATUS_INVALID', `Payment ${paymentId} is ${payment.status}.`)
    if (
      declarationAmount.currency !== payment.paymentAmount.currency ||
      BigInt(declarationAmount.value) > BigInt(payment.paymentAmount.value)
    ) {
      fail('PARAM_ILLEGAL', 'declarationAmount must be in the payment currency and at most the payment amount.')
    }
    const d: Declaration = {
      clientId: call.clientId,
      declarationRequestId,
      paymentId,
      declarationAmount,
      customsCode,
      customsPaymentId: deps.newId('declaration'),
      declarationTime: alipayTime(deps.now()),
    }
    declarations.set(keyOf(call.clientId, declarationRequestId), d)
    deps.requestIds.remember('customs/declare', call.clientId, declarationRequestId, print)
    return answer(d)
  }

  const inquire: Endpoint = (_deps, call) => {
    const ids = call.body.declarationRequestIds
    if (!Array.isArray(ids) || ids.length === 0 || !ids.every((id) => typeof id === 'string')) {
      fail('PARAM_ILLEGAL', 'declarationRequestIds must be a non-empty array of strings.')
    }
    const found = ids.map((id: string) => declarations.get(keyOf(call.clientId, id)))
    return {
      result: resultOf('SUCCESS'),
      declarationRequestsNotFound: ids.filter((_id: string, i: number) => found[i] === undefined),
      declarationRecords: found.filter((d) => d !== undefined).map(record),
    }
  }

  return {
    '/v1/customs/declare': declare,
    '/v1/customs/inquiryDeclarationRequests': inquire,
  }
}
