import { fingerprint, optionalObject, optionalUrl, requiredString } from '../fields.js'
import { alipayTime } from '../ids.js'
import { fail, resultOf } from '../result-codes.js'
import type { ApiAnswer, Endpoint, EndpointDeps } from './context.js'
import { VaultTokens } from './vault-tokens.js'

interface Vaulting {
  readonly vaultingRequestId: string
  readonly paymentMethodType: string
  status: 'PROCESSING' | 'SUCCESS'
  paymentMethodDetail: { readonly [field: string]: unknown } | undefined
  vaultingCreateTime: string | undefined
}

/**
 * Vaulting (`/v1/vaults/...`), simply: a session registers the request, vaultPaymentMethod
 * stores the card and returns a token (and sends VAULTING_RESULT), inquireVaulting reports it, and
 * the token endpoints read, change and delete the token.
 */
export function createVaultingEndpoints(): { readonly [path: string]: Endpoint } {
  const vaultings = new Map<string, Vaulting>()
  const tokens = new VaultTokens()
  const keyOf = (clientId: string, id: string) => `${clientId}\n${id}`

  const createVaultingSession: Endpoint = (deps, call) => {
    const vaultingRequestId = requiredString(call.body, 'vaultingRequestId')
    const paymentMethodType = requiredString(call.body, 'paymentMethodType')
    optionalUrl(call.body, 'vaultingNotificationUrl')
    optionalUrl(call.body, 'redirectUrl')
    const key = keyOf(call.clientId, vaultingRequestId)
    if (!vaultings.has(key)) {
      vaultings.set(key, {
        vaultingRequestId,
        paymentMethodType,
        status: 'PROCESSING',
        paymentMethodDetail: undefined,
        vaultingCreateTime: undefined,
      })
    }
    return {
      result: resultOf('SUCCESS'),
      vaultingSessionId: `VAULT_SESSION_${vaultingRequestId}`,
      vaultingSessionData: Buffer.from(JSON.stringify({ vaultingRequestId })).toString('base64'),
      vaultingSessionExpiryTime: alipayTime(deps.now() + 60 * 60 * 1000),
    }
  }

  const answer = (v: Vaulting): ApiAnswer => ({
    result: resultOf('SUCCESS'),
    vaultingRequestId: v.vaultingRequestId,
    paymentMethodDetail: v.paymentMethodDetail,
  })

  const vaultPaymentMethod: Endpoint = (deps: EndpointDeps, call) => {
    const vaultingRequestId = requiredString(call.body, 'vaultingRequestId')
    const print = fingerprint(call.body)
    if (deps.requestIds.isReplay('vaultPaymentMethod', call.clientId, vaultingRequestId, print)) {
      return answer(vaultings.get(keyOf(call.clientId, vaultingRequestId)) as Vaulting)
    }
    const notifyUrl = optionalUrl(call.body, 'vaultingNotificationUrl')
    const detail =
      optionalObject(call.body, 'paymentMethodDetail') ?? fail('PARAM_ILLEGAL', 'paymentMethodDetail is required.')
    const paymentMethodType = requiredString(detail, 'paymentMethodType')
    const card = optionalObject(detail, 'card')
    const digits = typeof card?.cardNo === 'string' ? card.cardNo.replace(/\D/g, '') : ''
    const cardToken = `ALIPAY_TOKEN_${deps.newId('vaulting')}`
    const vaulting: Vaulting = {
      vaultingRequestId,
      paymentMethodType,
      status: 'SUCCESS',
      vaultingCreateTime: alipayTime(deps.now()),
      // The card number never comes back: a token and the last four digits do.
      paymentMethodDetail: {
        paymentMethodType,
        ...(paymentMethodType === 'CARD'
          ? {
              card: {
                cardToken,
                maskedCardNo: `************${digits.slice(-4)}`,
              },
            }
          : {}),
      },
    }
    vaultings.set(keyOf(call.clientId, vaultingRequestId), vaulting)
    if (paymentMethodType === 'CARD') tokens.add(call.clientId, cardToken, card, deps.now())
    deps.requestIds.remember('vaultPaymentMethod', call.clientId, vaultingRequestId, print)
    deps.notify('vaulting', notifyUrl, call, {
      notifyType: 'VAULTING_RESULT',
      result: resultOf('SUCCESS'),
      vaultingRequestId,
      paymentMethodDetail: vaulting.paymentMethodDetail,
      vaultingCreateTime: vaulting.vaultingCreateTime,
    })
    return answer(vaulting)
  }

  const inquireVaulting: Endpoint = (_deps, call) => {
    const vaultingRequestId = requiredString(call.body, 'vaultingRequestId')
    const v = vaultings.get(keyOf(call.clientId, vaultingRequestId)) ?? fail('VAULTING_NOT_EXIST')
    return {
      result: resultOf('SUCCESS'),
      vaultingRequestId,
      vaultingStatus: v.status,
      ...(v.paymentMethodDetail === undefined ? {} : { paymentMethodDetail: v.paymentMethodDetail }),
    }
  }

  return {
    '/v1/vaults/createVaultingSession': createVaultingSession,
    '/v1/vaults/vaultPaymentMethod': vaultPaymentMethod,
    '/v1/vaults/inquireVaulting': inquireVaulting,
    ...tokens.endpoints,
  }
}
