import type { Result } from '@alipay-kit/core'

/**
 * The result codes the simulator answers with, each with its `resultStatus` and message.
 *
 * Most are modelled on the Antom docs' "Result/Error codes" tables (common codes and those of
 * pay, inquiryPayment, cancel, capture, refund and inquiryRefund); the resultStatus of each follows
 * the docs. Codes marked *simulator* are plausible names for cases whose docs table was not at hand:
 * do not build production logic on their exact spelling.
 */
export const RESULT_CODES = {
  SUCCESS: ['S', 'success'],
  // Common codes (docs: api_fund / every API's table).
  ACCESS_DENIED: ['F', 'Access is denied.'],
  INVALID_SIGNATURE: [
    'F',
    'The signature is not validated. The private key used to sign a request does not match the public key of Antom Dashboard.',
  ],
  KEY_NOT_FOUND: ['F', 'The private key or public key of Antom or the merchant is not found.'],
  NO_INTERFACE_DEF: ['F', 'API is not defined.'],
  PARAM_ILLEGAL: ['F', 'The required parameters are not passed, or illegal parameters exist.'],
  METHOD_NOT_SUPPORTED: ['F', 'The server does not implement the requested HTTP method.'],
  PROCESS_FAIL: ['F', 'A general business failure occurred. Do not retry.'],
  REPEAT_REQ_INCONSISTENT: ['F', 'The request is repeated with the same request id but different content.'],
  UNKNOWN_EXCEPTION: ['U', 'An API call has failed, which is caused by unknown reasons.'],
  // pay / inquiryPayment / cancel
  PAYMENT_IN_PROCESS: ['U', 'The payment is being processed.'],
  ORDER_NOT_EXIST: ['F', 'The order does not exist.'],
  ORDER_STATUS_INVALID: ['F', 'The order status is invalid.'],
  ORDER_IS_CLOSED: ['F', 'The order is closed.'],
  USER_BALANCE_NOT_ENOUGH: ['F', 'The payment cannot be completed because the user balance is not enough.'],
  CURRENCY_NOT_SUPPORT: ['F', 'The currency is not supported.'],
  // capture
  CAPTURE_AMOUNT_EXCEED_AUTH_LIMIT: ['F', 'The capture amount exceeds the authorized amount.'],
  // refund / inquiryRefund
  REFUND_AMOUNT_EXCEED: ['F', 'The total refund amount exceeds the payment amount.'],
  REFUND_NOT_EXIST: ['F', 'The refund does not exist.'],
  // simulator: vaulting, subscriptions, disputes
  VAULTING_NOT_EXIST: ['F', 'The vaulting request does not exist.'],
  SUBSCRIPTION_NOT_EXIST: ['F', 'The subscription does not exist.'],
  SUBSCRIPTION_STATUS_INVALID: ['F', 'The subscription status is invalid.'],
  DISPUTE_NOT_EXIST: ['F', 'The dispute does not exist.'],
  DISPUTE_STATUS_INVALID: ['F', 'The dispute status is invalid.'],
  INVALID_ACCESS_TOKEN: ['F', 'The access token is invalid.'],
  // simulator: the endpoint families of issue 12 (marketplace, ABA, billing, meters, tax, risk)
  MERCHANT_BALANCE_NOT_ENOUGH: ['F', 'The balance of the account is not enough.'],
  MERCHANT_NOT_EXIST: ['F', 'The merchant does not exist.'],
  MERCHANT_ALREADY_REGISTERED: ['F', 'The merchant is already registered.'],
  TOKEN_NOT_EXIST: ['F', 'The token does not exist.'],
  CARD_NOT_EXIST: ['F', 'The card does not exist.'],
  CARD_STATUS_INVALID: ['F', 'The card status does not allow this operation.'],
  RECORD_NOT_EXIST: ['F', 'The record does not exist.'],
  STATUS_INVALID: ['F', 'The status of the object does not allow this operation.'],
  METER_NOT_FOUND: ['F', 'The meter does not exist.'],
  REFUND_WINDOW_EXCEED: ['F', 'The refund window is exceeded.'],
} as const satisfies Record<string, readonly ['S' | 'F' | 'U', string]>

/** A result code the simulator answers with. */
export type SimulatorResultCode = keyof typeof RESULT_CODES

/**
 * The `result` block for `code`, with `detail` appended to the docs' message when given (the
 * simulator says which field or state caused a failure, which real Alipay often does not).
 */
export function resultOf(code: SimulatorResultCode, detail?: string): Result {
  const [resultStatus, message] = RESULT_CODES[code]
  return { resultCode: code, resultStatus, resultMessage: detail === undefined ? message : `${message} ${detail}` }
}

/** A failed (or unknown) outcome that an endpoint answers with instead of a success. */
export class SimulatedFailure extends Error {
  readonly result: Result

  constructor(code: SimulatorResultCode, detail?: string) {
    super(`${code}${detail === undefined ? '' : `: ${detail}`}`)
    this.result = resultOf(code, detail)
  }
}

/** Throws a {@link SimulatedFailure}; endpoints use it to bail out with a coded result. */
export function fail(code: SimulatorResultCode, detail?: string): never {
  throw new SimulatedFailure(code, detail)
}

/** The docs' message for a known code, or undefined for a code the table lacks. */
export function messageOf(code: string): string | undefined {
  return Object.hasOwn(RESULT_CODES, code) ? RESULT_CODES[code as SimulatorResultCode][1] : undefined
}
