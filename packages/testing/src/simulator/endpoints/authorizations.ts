import { optionalString, optionalUrl, requiredString } from '../fields.js'
import { alipayTime } from '../ids.js'
import { fail, resultOf } from '../result-codes.js'
import type { Endpoint } from './context.js'
import { createUserEndpoints } from './users.js'

interface Token {
  readonly clientId: string
  readonly refreshToken: string
  readonly userLoginId: string
  readonly accessTokenExpiryTime: string
  readonly refreshTokenExpiryTime: string
}

/**
 * Authorizations (`/v1/authorizations/...`) for agreement payments, simply: consult returns an
 * authorisation page URL, applyToken turns any auth code (or a known refresh token) into an
 * access token, query reports one, revoke ends one. Tokens are what AGREEMENT_PAYMENT sends as
 * paymentMethodId; the user endpoints read them too.
 */
export function createAuthorizationEndpoints(): { readonly [path: string]: Endpoint } {
  const tokens = new Map<string, Token>()
  const DAY = 24 * 60 * 60 * 1000

  const consult: Endpoint = (_deps, call) => {
    const authRedirectUrl =
      optionalUrl(call.body, 'authRedirectUrl') ?? fail('PARAM_ILLEGAL', 'authRedirectUrl is required.')
    const authState = requiredString(call.body, 'authState', 256)
    requiredString(call.body, 'customerBelongsTo')
    const query = new URLSearchParams({ authState, authRedirectUrl })
    const authUrl = `${call.baseUrl}/authorize?${query}`
    return { result: resultOf('SUCCESS'), authUrl, normalUrl: authUrl }
  }

  const applyToken: Endpoint = (deps, call) => {
    const grantType = requiredString(call.body, 'grantType')
    if (grantType === 'AUTHORIZATION_CODE') {
      requiredString(call.body, 'authCode', 256)
    } else if (grantType === 'REFRESH_TOKEN') {
      const refreshToken = requiredString(call.body, 'refreshToken', 256)
      const valid = [...tokens.values()].some((t) => t.clientId === call.clientId && t.refreshToken === refreshToken)
      if (!valid) fail('INVALID_ACCESS_TOKEN', 'The refresh token is unknown or revoked.')
    } else {
      fail('PARAM_ILLEGAL', 'grantType must be AUTHORIZATION_CODE or REFRESH_TOKEN.')
    }
    const accessToken = `ACCESS_TOKEN_${deps.newId('session')}`
    const now = deps.now()
    const token: Token = {
      clientId: call.clientId,
      refreshToken: `REFRESH_TOKEN_${deps.newId('session')}`,
      userLoginId: optionalString(call.body, 'userLoginId') ?? 'user@example.com',
      accessTokenExpiryTime: alipayTime(now + 365 * DAY),
      refreshTokenExpiryTime: alipayTime(now + 2 * 365 * DAY),
    }
    tokens.set(accessToken, token)
    const { clientId: _owner, ...fields } = token
    return { result: resultOf('SUCCESS'), accessToken, ...fields }
  }

  const known = (clientId: string, accessToken: string) => {
    const token = tokens.get(accessToken)
    return token !== undefined && token.clientId === clientId ? token : undefined
  }

  const queryToken: Endpoint = (_deps, call) => {
    const accessToken = requiredString(call.body, 'accessToken', 256)
    const token = known(call.clientId, accessToken) ?? fail('INVALID_ACCESS_TOKEN')
    return {
      result: resultOf('SUCCESS'),
      accessToken,
      accessTokenExpiryTime: token.accessTokenExpiryTime,
      refreshToken: token.refreshToken,
      refreshTokenExpiryTime: token.refreshTokenExpiryTime,
      tokenStatusType: 'VALID',
    }
  }

  const revoke: Endpoint = (_deps, call) => {
    const accessToken = requiredString(call.body, 'accessToken', 256)
    const token = tokens.get(accessToken)
    if (token === undefined || token.clientId !== call.clientId) fail('INVALID_ACCESS_TOKEN')
    tokens.delete(accessToken)
    return { result: resultOf('SUCCESS') }
  }

  return {
    '/v1/authorizations/consult': consult,
    '/v1/authorizations/applyToken': applyToken,
    '/v1/authorizations/revoke': revoke,
    '/v1/authorizations/query': queryToken,
    ...createUserEndpoints(known),
  }
}
