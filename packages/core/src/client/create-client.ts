import { AlipayConfigError } from '../errors.js'
import type { AlipayApi } from './api/alipay-api.js'
import { API_PATHS } from './api-paths.js'
import { callPath, FLAT_METHODS, type FlatMethodName } from './endpoints.js'
import type { ApiRequest, ApiResponse } from './models/common.js'
import { maxResponseBytesOption, type ResolvedClientOptions, retriesOption, timeoutOption } from './options.js'
import { interpretResponse, type VerifiedResponse } from './response.js'
import { requestIdsOf } from './response-binding.js'
import { backoffDelay, type Call, isRetryable, sendOnce, sleep } from './transport.js'
import type { AlipayClient, AlipayOutcome, ApiMethod, RequestOptions } from './types.js'

const encoder = new TextEncoder()

function serialise(path: string, body: ApiRequest): Uint8Array {
  if (body === null || typeof body !== 'object' || Array.isArray(body)) {
    throw new TypeError(`${path}: the request body must be a plain object`)
  }
  return encoder.encode(JSON.stringify(body))
}

function toOutcome<T extends ApiResponse>(verified: VerifiedResponse, attempts: number): AlipayOutcome<T> {
  const response = verified.response as T
  return verified.status === 'S'
    ? { status: 'S', response, attempts }
    : { status: 'U', response, inProcess: verified.inProcess, attempts }
}

/**
 * Sends a call, resending the same bytes (same `*RequestId`) with a fresh request-time and
 * signature only when safe (docs/protocol.md §7): after a transport error, an HTTP 5xx, or a U that is
 * not "in process". The last error, or the last U, is what the caller gets. A response that is too
 * large, stale or bound to another request is an {@link AlipayApiError} other than a 5xx, so it
 * ends the call at once: never resent into a success.
 */
async function execute<T extends ApiResponse>(
  config: ResolvedClientOptions,
  call: Call,
  retries: number,
): Promise<AlipayOutcome<T>> {
  for (let attempt = 1; ; attempt++) {
    let verified: VerifiedResponse
    try {
      const raw = await sendOnce(config, call)
      verified = await interpretResponse(raw, {
        path: call.path,
        clientId: config.clientId,
        verify: config.crypto.verify,
        window: config.responseTimeWindow,
        requestIds: call.requestIds,
        now: Date.now(),
      })
    } catch (error) {
      if (attempt > retries || !isRetryable(error)) throw error
      await sleep(backoffDelay(attempt, config.retryDelay, config.maxRetryDelay), call.signal)
      continue
    }
    if (verified.status === 'S' || verified.inProcess || attempt > retries) return toOutcome<T>(verified, attempt)
    await sleep(backoffDelay(attempt, config.retryDelay, config.maxRetryDelay), call.signal)
  }
}

type Send = <T extends ApiResponse>(
  path: string,
  body: ApiRequest,
  options?: RequestOptions,
) => Promise<AlipayOutcome<T>>
type MethodTree = { [name: string]: MethodTree | ApiMethod<ApiRequest, ApiResponse> }

/**
 * The method groups ({@link AlipayApi}) built from {@link API_PATHS}: `'billing.invoices.create'`
 * becomes `api.billing.invoices.create`, a method that calls its path. Each group is frozen.
 */
function groupedMethods(request: Send): AlipayApi {
  const root: MethodTree = {}
  for (const [name, path] of Object.entries(API_PATHS)) {
    const parts = name.split('.')
    let node = root
    for (const part of parts.slice(0, -1)) {
      node[part] ??= {}
      node = node[part] as MethodTree
    }
    node[parts[parts.length - 1] as string] = (body, options) => request(path, body, options)
  }
  const freeze = (node: MethodTree): MethodTree => {
    for (const value of Object.values(node)) if (typeof value === 'object') freeze(value)
    return Object.freeze(node)
  }
  return freeze(root) as unknown as AlipayApi
}

/** The method at a dotted name of the groups: `'payments.pay'` is `api.payments.pay`. */
function methodAt(api: AlipayApi, dotted: string): ApiMethod<ApiRequest, ApiResponse> {
  let node: unknown = api
  for (const part of dotted.split('.')) node = (node as Record<string, unknown>)[part]
  return node as ApiMethod<ApiRequest, ApiResponse>
}

/**
 * The client on resolved options, whatever runtime imported the keys (issue 11): Node's
 * `createAlipayClient` (client/node.ts) and the Web package's both return this, so the API, the
 * signing, the response checks and the resend rules are the same code.
 */
export function buildAlipayClient(config: ResolvedClientOptions): AlipayClient {
  function request<T extends ApiResponse = ApiResponse>(
    path: string,
    body: ApiRequest,
    callOptions: RequestOptions = {},
  ): Promise<AlipayOutcome<T>> {
    try {
      const { sandbox } = callOptions
      if (sandbox !== undefined && typeof sandbox !== 'boolean') {
        throw new AlipayConfigError('ERR_ALIPAY_OPTION_INVALID', 'options.sandbox: expected true or false')
      }
      const wirePath = callPath(path, body, config.sandbox, sandbox)
      const call: Call = {
        path: wirePath,
        body: serialise(wirePath, body),
        requestIds: requestIdsOf(body),
        timeout: timeoutOption(callOptions.timeout, 'options.timeout', config.timeout),
        maxResponseBytes: maxResponseBytesOption(
          callOptions.maxResponseBytes,
          'options.maxResponseBytes',
          config.maxResponseBytes,
        ),
        signal: callOptions.signal,
      }
      if (call.signal?.aborted) return Promise.reject(call.signal.reason)
      return execute<T>(config, call, retriesOption(callOptions.retries, 'options.retries', config.retries))
    } catch (error) {
      return Promise.reject(error)
    }
  }

  const api = groupedMethods(request)
  const flat = Object.fromEntries(
    (Object.entries(FLAT_METHODS) as Array<[FlatMethodName, string]>).map(([name, grouped]) => [
      name,
      methodAt(api, grouped),
    ]),
  ) as unknown as Pick<AlipayClient, FlatMethodName>

  return {
    ...api,
    ...flat,
    request,
    config: Object.freeze({
      clientId: config.clientId,
      baseUrl: config.baseUrl,
      sandbox: config.sandbox,
      keyVersion: config.keyVersion,
      timeout: config.timeout,
      retries: config.retries,
      maxResponseBytes: config.maxResponseBytes,
      responseTimeWindow: config.responseTimeWindow,
    }),
  }
}
