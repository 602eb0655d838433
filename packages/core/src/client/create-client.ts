import { AlipayConfigError } from '../errors.js'
import type { AlipayApi } from './api/alipay-api.js'
import { API_PATHS } from './api-paths.js'
import { callPath, FLAT_METHODS, type FlatMethodName } from './endpoints.js'
import { prepareProductImage } from './file-upload.js'
import type { ProductUploadImageRequest, ProductUploadImageResponse } from './models/billing-product-images.js'
import type { ApiRequest, ApiResponse } from './models/common.js'
import { maxResponseBytesOption, type ResolvedClientOptions, retriesOption, timeoutOption } from './options.js'
import { interpretResponse, type VerifiedResponse } from './response.js'
import { type RequestIds, requestIdsOf } from './response-binding.js'
import { backoffDelay, type Call, isRetryable, sendOnce, sleep } from './transport.js'
import type { AlipayClient, AlipayOutcome, ApiMethod, RequestOptions } from './types.js'
import { uploadGatewayMissing } from './upload-gateway.js'

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
type Special = { readonly [name: string]: ApiMethod<never, ApiResponse> }

/**
 * The method groups ({@link AlipayApi}) built from {@link API_PATHS}: `'billing.invoices.create'`
 * becomes `api.billing.invoices.create`, a method that calls its path (or the `special` method of
 * that name: a file upload). Each group is frozen.
 */
function groupedMethods(request: Send, special: Special): AlipayApi {
  const root: MethodTree = {}
  for (const [name, path] of Object.entries(API_PATHS)) {
    const parts = name.split('.')
    let node = root
    for (const part of parts.slice(0, -1)) {
      node[part] ??= {}
      node = node[part] as MethodTree
    }
    node[parts[parts.length - 1] as string] = Object.hasOwn(special, name)
      ? (special[name] as ApiMethod<ApiRequest, ApiResponse>)
      : (body, options) => request(path, body, options)
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
  /** Sends signed bytes to a wire path, with the per-call limits; `extra` for a file upload. */
  function send<T extends ApiResponse>(
    path: string,
    body: Uint8Array,
    requestIds: RequestIds,
    callOptions: RequestOptions,
    extra: Pick<Call, 'wire' | 'origin'> = {},
  ): Promise<AlipayOutcome<T>> {
    const call: Call = {
      path,
      body,
      ...extra,
      requestIds,
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
  }

  function sandboxOption(callOptions: RequestOptions): boolean | undefined {
    const { sandbox } = callOptions
    if (sandbox !== undefined && typeof sandbox !== 'boolean') {
      throw new AlipayConfigError('ERR_ALIPAY_OPTION_INVALID', 'options.sandbox: expected true or false')
    }
    return sandbox
  }

  function request<T extends ApiResponse = ApiResponse>(
    path: string,
    body: ApiRequest,
    callOptions: RequestOptions = {},
  ): Promise<AlipayOutcome<T>> {
    try {
      const wirePath = callPath(path, body, config.sandbox, sandboxOption(callOptions))
      return send<T>(wirePath, serialise(wirePath, body), requestIdsOf(body), callOptions)
    } catch (error) {
      return Promise.reject(error)
    }
  }

  /**
   * The product image upload (docs/protocol.md §4.1): the JSON of `productId` and the file's
   * SHA-256 is signed, the multipart form is sent, to the file gateway; the response is verified
   * as any other. Resends send the same bytes, as JSON calls do.
   */
  async function uploadProductImage(
    body: ProductUploadImageRequest,
    callOptions: RequestOptions = {},
  ): Promise<AlipayOutcome<ProductUploadImageResponse>> {
    const sandbox = sandboxOption(callOptions)
    if (config.uploadBaseUrl === undefined) throw uploadGatewayMissing(config.baseUrl)
    const prepared = await prepareProductImage(body)
    const wirePath = callPath(API_PATHS['billing.products.uploadImage'], {}, config.sandbox, sandbox)
    return send(wirePath, prepared.signed, prepared.requestIds, callOptions, {
      wire: prepared.wire,
      origin: config.uploadBaseUrl,
    })
  }

  const api = groupedMethods(request, { 'billing.products.uploadImage': uploadProductImage })
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
