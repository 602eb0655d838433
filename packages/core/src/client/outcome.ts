import { AlipayApiError } from '../errors.js'
import type { ApiResponse } from './models/common.js'
import type { AlipayOutcome } from './types.js'

/**
 * The response of a successful (S) outcome; for a U outcome, throws {@link AlipayApiError}
 * `ERR_ALIPAY_RESULT_UNKNOWN`, whose `resultCode` says why. For endpoints where only S is useful
 * (a payment session, an inquiry): a U is then handled with your other "outcome unknown" errors
 * (timeouts), never as a definite failure: resend with the same `*RequestId` or inquire later.
 *
 * @example
 * ```ts
 * const session = requireSuccess(await alipay.createPaymentSession(request))
 * res.json({ paymentSessionData: session.paymentSessionData })
 * ```
 */
export function requireSuccess<T extends ApiResponse>(outcome: AlipayOutcome<T>): T {
  if (outcome.status === 'S') return outcome.response
  const { resultCode, resultMessage } = outcome.response.result
  throw new AlipayApiError(
    'ERR_ALIPAY_RESULT_UNKNOWN',
    `Alipay answered with result U ${resultCode}${outcome.inProcess ? ' (in process)' : ''}: resend with the same request id, inquire, or wait for the notification`,
    { resultCode, resultStatus: 'U', resultMessage, httpStatus: 200 },
  )
}
