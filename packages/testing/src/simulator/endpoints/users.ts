import { createHash } from 'node:crypto'
import type { UserQueryInfoResponse, VerifyAuthenticationResponse } from '@alipay-kit/core'
import { optionalString, requiredString } from '../fields.js'
import { fail, resultOf } from '../result-codes.js'
import type { Endpoint } from './context.js'
import { answer, idempotent, Records } from './kit.js'

/**
 * The code every simulated user "receives" by OTP: `users.verifyAuthentication` passes with it and
 * fails with anything else.
 */
export const SIMULATED_OTP = '123456'

/** An access token the authorization endpoints issued, as the user endpoints read it. */
export interface IssuedToken {
  readonly clientId: string
  readonly userLoginId: string
}

/**
 * User authentication (`/v1/users/...`): initAuthentication starts one (the OTP is
 * {@link SIMULATED_OTP}), verifyAuthentication checks the value entered, inquiryUserInfo names the
 * user behind an access token from `authorizations.applyToken`.
 */
export function createUserEndpoints(tokenOf: (clientId: string, accessToken: string) => IssuedToken | undefined): {
  readonly [path: string]: Endpoint
} {
  const authentications = new Records<{ verified: boolean }>('RECORD_NOT_EXIST')

  const init = idempotent('users/initAuthentication', 'authenticationRequestId', (_deps, call, id) => {
    requiredString(call.body, 'authenticationType')
    requiredString(call.body, 'userIdentityValue', 256)
    authentications.put(call.clientId, id, { verified: false })
    return { result: resultOf('SUCCESS'), authenticationRequestId: id }
  })

  const verify: Endpoint = (_deps, call) => {
    const id = requiredString(call.body, 'authenticationRequestId')
    const auth = authentications.get(call.clientId, id)
    const isPassed = optionalString(call.body, 'authenticationValue') === SIMULATED_OTP
    if (isPassed) auth.verified = true
    return answer<VerifyAuthenticationResponse>({ result: resultOf('SUCCESS'), isPassed })
  }

  const userInfo: Endpoint = (_deps, call) => {
    const accessToken = requiredString(call.body, 'accessToken', 256)
    const token = tokenOf(call.clientId, accessToken) ?? fail('INVALID_ACCESS_TOKEN')
    const userId = `2088${createHash('sha256').update(token.userLoginId).digest('hex').replace(/\D/g, '').slice(0, 12)}`
    return answer<UserQueryInfoResponse>({
      result: resultOf('SUCCESS'),
      userId,
      userLoginId: token.userLoginId,
      hashUserLoginId: createHash('sha256').update(token.userLoginId).digest('hex'),
    })
  }

  return {
    '/v1/users/initAuthentication': init,
    '/v1/users/verifyAuthentication': verify,
    '/v1/users/inquiryUserInfo': userInfo,
  }
}
