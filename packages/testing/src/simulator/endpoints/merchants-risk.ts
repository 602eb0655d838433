import type {
  MerchantRegistrationInfoQueryResponse,
  MerchantRegistrationStatusQueryResponse,
  RiskDecideResponse,
} from '@alipay-kit/core'
import { optionalObject, optionalString, requiredString } from '../fields.js'
import { fail, resultOf } from '../result-codes.js'
import type { Endpoint } from './context.js'
import { answer, idempotent, Records } from './kit.js'

/** The wallets a simulated merchant registration reaches, each approving it at once. */
const PSPS = ['ALIPAY_CN', 'GCASH', 'KAKAOPAY']

interface Registration {
  readonly registrationRequestId: string
  readonly merchantInfo: { readonly [field: string]: unknown }
  readonly productCodes: readonly string[]
}

/**
 * Merchant registration with the wallets (`/v1/merchants/registration`, `inquiryRegistrationStatus`,
 * `inquiryRegistrationInfo`): a registration succeeds at once with every simulated wallet.
 */
export function createMerchantEndpoints(): { readonly [path: string]: Endpoint } {
  const byMerchant = new Records<Registration>('MERCHANT_NOT_EXIST')
  const byRequest = new Records<Registration>('MERCHANT_NOT_EXIST')

  const registration = idempotent('merchants/registration', 'registrationRequestId', (_deps, call, id) => {
    const merchantInfo = optionalObject(call.body, 'merchantInfo') ?? fail('PARAM_ILLEGAL', 'merchantInfo is required.')
    const referenceMerchantId = requiredString(merchantInfo, 'referenceMerchantId')
    const codes = Array.isArray(call.body.productCodes)
      ? call.body.productCodes.filter((c) => typeof c === 'string')
      : []
    const r: Registration = { registrationRequestId: id, merchantInfo, productCodes: codes }
    byMerchant.put(call.clientId, referenceMerchantId, r)
    byRequest.put(call.clientId, id, r)
    return { result: resultOf('SUCCESS'), passThroughInfo: optionalString(call.body, 'passThroughInfo') }
  })

  const status: Endpoint = (_deps, call) => {
    const id = optionalString(call.body, 'registrationRequestId')
    // The registration must exist; every simulated wallet approves it at once.
    if (id !== undefined) byRequest.get(call.clientId, id)
    else byMerchant.get(call.clientId, requiredString(call.body, 'referenceMerchantId'))
    const approved = { registrationStatus: 'SUCCESS' }
    return answer<MerchantRegistrationStatusQueryResponse>({
      result: resultOf('SUCCESS'),
      registrationResult: approved,
      pspRegistrationResultList: PSPS.map((pspName) => ({ pspName, registrationResult: approved })),
    })
  }

  const info: Endpoint = (_deps, call) => {
    const r = byMerchant.get(call.clientId, requiredString(call.body, 'referenceMerchantId'))
    return answer<MerchantRegistrationInfoQueryResponse>({
      result: resultOf('SUCCESS'),
      merchantInfo: r.merchantInfo,
      productCodes: r.productCodes,
    })
  }

  return {
    '/v1/merchants/registration': registration,
    '/v1/merchants/inquiryRegistrationStatus': status,
    '/v1/merchants/inquiryRegistrationInfo': info,
  }
}

/**
 * Risk decisions (`/v1/risk/payments/...`): decide accepts a transaction and remembers it; the
 * reports after it must name a decided `referenceTransactionId`.
 */
export function createRiskEndpoints(): { readonly [path: string]: Endpoint } {
  const decided = new Records<{ readonly decision: string }>('ORDER_NOT_EXIST')
  const report: Endpoint = (_deps, call) => {
    decided.get(call.clientId, requiredString(call.body, 'referenceTransactionId'))
    return { result: resultOf('SUCCESS') }
  }
  return {
    '/v1/risk/payments/decide': (_deps, call) => {
      const id = requiredString(call.body, 'referenceTransactionId')
      const { decision } = decided.put(call.clientId, id, { decision: 'ACCEPT' })
      return answer<RiskDecideResponse>({
        result: resultOf('SUCCESS'),
        decision,
        authenticationDecision: 'NO_AUTHENTICATION',
      })
    },
    '/v1/risk/payments/reportRisk': report,
    '/v1/risk/payments/sendPaymentResult': report,
    '/v1/risk/payments/sendRefundResult': report,
  }
}
