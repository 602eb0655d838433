import { AlipayApiError, SIGNATURE_FAILURE_CAUSES } from '../errors.js'
import type { Result } from '../notification/types.js'
import type { ApiResponse } from './models/common.js'
import type { ClientCrypto } from './options.js'
import {
  checkEchoedIds,
  checkResponseTime,
  type RequestIds,
  type ResolvedResponseTimeWindow,
} from './response-binding.js'

/** A response as it came off the wire: status, headers, exact body bytes. */
export interface RawResponse {
  readonly status: number
  readonly headers: { get(name: string): string | null }
  readonly body: Uint8Array
}

/** What a response is checked against: the call it answers. */
export interface ResponseBinding {
  /** The path on the wire, as signed. */
  readonly path: string
  /** The configured client id (docs/protocol.md §1.4). */
  readonly clientId: string
  /** The runtime's response signature check, bound to Alipay's keys. */
  readonly verify: ClientCrypto['verify']
  readonly window: ResolvedResponseTimeWindow
  /** The request's `*RequestId` fields, which an echo in the response must match. */
  readonly requestIds: RequestIds
  /** Epoch ms when the response was read. */
  readonly now: number
}

/** A verified S or U response; F never gets here. */
export interface VerifiedResponse {
  readonly status: 'S' | 'U'
  readonly response: ApiResponse
  readonly inProcess: boolean
}

const decoder = new TextDecoder('utf-8')

/**
 * U codes that mean "accepted and in process" rather than "unknown": resending gives the same
 * answer, so the client returns them at once (a cashier `pay` answers PAYMENT_IN_PROCESS with the
 * redirect URL, docs/protocol.md §4).
 */
function isInProcess(resultCode: string): boolean {
  return resultCode.endsWith('_IN_PROCESS') || resultCode === 'ACCEPT'
}

function untrusted(
  code: 'ERR_ALIPAY_RESPONSE_SIGNATURE_MISSING' | 'ERR_ALIPAY_RESPONSE_SIGNATURE_INVALID',
  what: string,
) {
  return new AlipayApiError(code, `${what}; the response is not trusted (docs/protocol.md §9.6)`, { httpStatus: 200 })
}

/**
 * Verifies the response signature over `POST <signed path>\n<clientId>.<response-time>.<body>`
 * with the configured client id, as Java and .NET do (docs/protocol.md §1.4), over the exact bytes.
 * Fail-closed (§9.6): unlike the Java, Python and PHP SDKs, a missing header is an error. A
 * verified response must also be fresh: its signed response-time within the window.
 */
async function verifyResponse(
  raw: RawResponse,
  { path, clientId, verify, window, now }: ResponseBinding,
): Promise<void> {
  const signature = raw.headers.get('signature')
  const time = raw.headers.get('response-time')
  if (!signature || !time) {
    const absent = !signature ? 'signature' : 'response-time'
    throw untrusted('ERR_ALIPAY_RESPONSE_SIGNATURE_MISSING', `The response has no ${absent} header`)
  }
  // verify() answers false for a malformed header or a signature of the wrong size (§9.3).
  const valid = await verify({ path, clientId, time, body: raw.body }, signature)
  if (!valid) {
    throw untrusted(
      'ERR_ALIPAY_RESPONSE_SIGNATURE_INVALID',
      `The response signature does not verify with Alipay's public key over this path, client id, time and body. ${SIGNATURE_FAILURE_CAUSES}`,
    )
  }
  // After the signature: the time is only worth judging once it is known to be Alipay's.
  checkResponseTime(time, window, now, path)
}

function invalidResponse(detail: string): AlipayApiError {
  return new AlipayApiError('ERR_ALIPAY_RESPONSE_INVALID', `The verified response ${detail}`, { httpStatus: 200 })
}

function readResult(body: object): Result {
  const result = (body as { result?: unknown }).result
  if (result === null || typeof result !== 'object') throw invalidResponse('has no result object')
  const { resultStatus, resultCode } = result as Partial<Record<keyof Result, unknown>>
  if (resultStatus !== 'S' && resultStatus !== 'F' && resultStatus !== 'U') {
    throw invalidResponse('has a result.resultStatus other than S, F or U')
  }
  if (typeof resultCode !== 'string') throw invalidResponse('has no result.resultCode')
  return result as Result
}

/**
 * Turns a raw response into a verified S or U, in this order: HTTP status, signature, response
 * time, JSON, echoed request ids, result. Throws {@link AlipayApiError} for everything else.
 *
 * A non-200 status is refused before its signature is looked at: nothing in such a response is
 * used (not even its `result`), so whether it is signed changes nothing, and the error says only
 * the status. Alipay answers business errors with 200 and a result F. The request ids are matched
 * before the result is read, so not even an F (a definite failure) is taken from a response to
 * another call.
 */
export async function interpretResponse(raw: RawResponse, binding: ResponseBinding): Promise<VerifiedResponse> {
  const { path } = binding
  if (raw.status !== 200) {
    throw new AlipayApiError('ERR_ALIPAY_HTTP_STATUS', `Alipay answered ${path} with HTTP ${raw.status}`, {
      httpStatus: raw.status,
    })
  }
  await verifyResponse(raw, binding)
  let body: unknown
  try {
    body = JSON.parse(decoder.decode(raw.body))
  } catch {
    throw invalidResponse('is not JSON')
  }
  if (body === null || typeof body !== 'object' || Array.isArray(body)) throw invalidResponse('is not a JSON object')
  checkEchoedIds(binding.requestIds, body, path)
  const result = readResult(body)
  if (result.resultStatus === 'F') {
    throw new AlipayApiError(
      'ERR_ALIPAY_API_FAILED',
      `Alipay answered ${path} with result F ${result.resultCode}: ${String(result.resultMessage ?? '')}`,
      {
        resultCode: result.resultCode,
        resultStatus: 'F',
        resultMessage: result.resultMessage,
        httpStatus: 200,
      },
    )
  }
  return {
    status: result.resultStatus,
    response: body as ApiResponse,
    inProcess: result.resultStatus === 'U' && isInProcess(result.resultCode),
  }
}
