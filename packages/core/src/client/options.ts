import { AlipayConfigError } from '../errors.js'
import type { SignInput } from '../protocol/sign-content.js'
import { type ResolvedResponseTimeWindow, resolveResponseTimeWindow } from './response-binding.js'
import type { AlipayClientOptions, AlipayRegion, FetchLike } from './types.js'
import { resolveUploadBaseUrl } from './upload-gateway.js'

/**
 * The recommended domain of each region (protocol.md §6, docs `/ac/ams/api_fund`; the same hosts
 * as J `EndPointConstants`). Sandbox and production share a host; only the path differs.
 *
 * @example
 * ```ts
 * REGION_DOMAINS.NA // 'https://open-na-global.alipay.com'
 * ```
 */
export const REGION_DOMAINS: Readonly<Record<AlipayRegion, string>> = {
  NA: 'https://open-na-global.alipay.com',
  SEA: 'https://open-sea-global.alipay.com',
  EU: 'https://open-de-global.alipay.com',
}

/**
 * The client's crypto, bound to keys imported once by the runtime (issue 11): Node's node:crypto
 * (client/node.ts, synchronous) or the Web package's WebCrypto (asynchronous).
 */
export interface ClientCrypto {
  /** The whole `Signature` header value for a request. */
  readonly sign: (input: SignInput) => string | Promise<string>
  /** Whether a response's `Signature` header verifies over `input` (false for a malformed header). */
  readonly verify: (input: SignInput, signatureHeader: string) => boolean | Promise<boolean>
}

/** The validated options, with keys imported once. */
export interface ResolvedClientOptions {
  readonly clientId: string
  readonly crypto: ClientCrypto
  /** The origin, without a trailing slash. */
  readonly baseUrl: string
  /** The origin of the file gateway for uploads; undefined when none is known (client/upload-gateway.ts). */
  readonly uploadBaseUrl: string | undefined
  readonly sandbox: boolean
  readonly keyVersion: number
  readonly timeout: number
  readonly retries: number
  readonly retryDelay: number
  readonly maxRetryDelay: number
  readonly maxResponseBytes: number
  readonly responseTimeWindow: ResolvedResponseTimeWindow
  readonly fetch: FetchLike
}

/**
 * The default `maxResponseBytes`: 8 MiB. The largest documented response is
 * `downloadDisputeEvidence`, whose `disputeEvidence` is a base64 document of at most 1,000,000
 * characters (docs.antom.com/ac/ams/download), about 1 MB of JSON with its envelope; the others
 * carry ids, amounts and short lists. 8 MiB is 8 times that largest one: room for a serializer
 * that escapes `/` (doubling it at worst) and for the docs raising the field's limit, while one
 * attempt never holds more than 8 MiB however much a server sends.
 */
export const DEFAULT_MAX_RESPONSE_BYTES = 8 * 1024 * 1024
const MAX_RESPONSE_BYTES_CEILING = 1024 * 1024 * 1024

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]'])
// Printable ASCII: the client id travels in a header and in the signed string.
const HEADER_VALUE = /^[\x21-\x7e]+$/
const MAX_TIMER_MS = 2_147_483_647
const MAX_RETRIES = 10

function invalid(name: string, expected: string): AlipayConfigError {
  return new AlipayConfigError('ERR_ALIPAY_OPTION_INVALID', `${name}: expected ${expected}`)
}

function missing(name: string, expected: string): AlipayConfigError {
  return new AlipayConfigError('ERR_ALIPAY_CONFIG_MISSING', `${name} is required: ${expected}`)
}

/** A whole number in [min, max], or the default when absent. */
export function wholeNumber(value: unknown, name: string, fallback: number, min: number, max: number): number {
  if (value === undefined) return fallback
  if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max) {
    throw invalid(name, `a whole number from ${min} to ${max}, got ${typeof value === 'number' ? value : typeof value}`)
  }
  return value
}

/** Milliseconds allowed per attempt. */
export function timeoutOption(value: unknown, name: string, fallback: number): number {
  return wholeNumber(value, name, fallback, 1, MAX_TIMER_MS)
}

/** Resends after the first attempt. */
export function retriesOption(value: unknown, name: string, fallback: number): number {
  return wholeNumber(value, name, fallback, 0, MAX_RETRIES)
}

/** The most response bytes read per attempt. */
export function maxResponseBytesOption(value: unknown, name: string, fallback: number): number {
  return wholeNumber(value, name, fallback, 1, MAX_RESPONSE_BYTES_CEILING)
}

function resolveBaseUrl(options: AlipayClientOptions): string {
  const { region, baseUrl } = options
  const regions = Object.keys(REGION_DOMAINS).map((r) => `'${r}'`)
  if (region !== undefined && baseUrl !== undefined) {
    throw invalid('region, baseUrl', 'one of the two, not both')
  }
  if (region !== undefined) {
    if (typeof region !== 'string' || !Object.hasOwn(REGION_DOMAINS, region)) {
      throw invalid('region', `one of ${regions.join(', ')}, got ${JSON.stringify(String(region))}`)
    }
    return REGION_DOMAINS[region]
  }
  if (baseUrl === undefined) {
    throw missing('region or baseUrl', `a region (${regions.join(', ')}) or a baseUrl such as ${REGION_DOMAINS.NA}`)
  }
  const shape = "an origin such as 'https://open-na-global.alipay.com', or 'http://127.0.0.1:<port>' for a local server"
  let url: URL
  try {
    url = new URL(String(baseUrl))
  } catch {
    throw invalid('baseUrl', shape)
  }
  const secure = url.protocol === 'https:' || (url.protocol === 'http:' && LOOPBACK.has(url.hostname))
  if (!secure || typeof baseUrl !== 'string') {
    throw invalid('baseUrl', `https (plain http only on 127.0.0.1, localhost or [::1]): ${shape}`)
  }
  if (url.username !== '' || url.password !== '' || url.pathname !== '/' || url.search !== '' || url.hash !== '') {
    throw invalid('baseUrl', `${shape}, with no path, query or credentials (the client adds /ams/api/...)`)
  }
  return url.origin
}

/**
 * Validates every option once, when the client is created (style.md principle 3), and has the
 * runtime import the keys there (`importKeys`), so no request parses a PEM.
 *
 * @throws {@link AlipayConfigError} `ERR_ALIPAY_CONFIG_MISSING`, `ERR_ALIPAY_OPTION_INVALID` or a
 *   key code (`ERR_ALIPAY_KEY_*`); each message names the option and the accepted forms.
 */
export function resolveClientSettings<O extends AlipayClientOptions>(
  options: O,
  importKeys: (options: O) => ClientCrypto,
): ResolvedClientOptions {
  if (options === null || typeof options !== 'object') {
    throw new TypeError('createAlipayClient: expected an options object')
  }
  const { clientId } = options
  if (clientId === undefined || clientId === '') throw missing('clientId', 'the client id shown in the Antom dashboard')
  if (typeof clientId !== 'string' || !HEADER_VALUE.test(clientId)) {
    throw invalid('clientId', 'a string of printable ASCII without spaces, as the Antom dashboard shows it')
  }
  if (options.privateKey === undefined || options.privateKey === null) {
    throw missing('privateKey', 'your merchant RSA private key (PEM or the base64 PKCS#8 the dashboard gives)')
  }
  if (options.alipayPublicKey === undefined || options.alipayPublicKey === null) {
    throw missing(
      'alipayPublicKey',
      "Alipay's RSA public key from the dashboard (PEM or base64), or a ring by keyVersion",
    )
  }
  const crypto = importKeys(options)
  const baseUrl = resolveBaseUrl(options)
  const sandbox = options.sandbox ?? clientId.startsWith('SANDBOX_')
  if (typeof sandbox !== 'boolean') throw invalid('sandbox', 'true or false')
  const fetchImpl = options.fetch ?? (globalThis.fetch as FetchLike | undefined)
  if (typeof fetchImpl !== 'function') {
    throw invalid('fetch', 'a fetch function (Node 20 has one built in: globalThis.fetch)')
  }
  return {
    clientId,
    crypto,
    baseUrl,
    uploadBaseUrl: resolveUploadBaseUrl(options.uploadBaseUrl, baseUrl),
    sandbox,
    keyVersion: wholeNumber(options.keyVersion, 'keyVersion', 1, 0, 999_999_999),
    timeout: timeoutOption(options.timeout, 'timeout', 15_000),
    retries: retriesOption(options.retries, 'retries', 2),
    retryDelay: wholeNumber(options.retryDelay, 'retryDelay', 200, 0, MAX_TIMER_MS),
    maxRetryDelay: wholeNumber(options.maxRetryDelay, 'maxRetryDelay', 5_000, 0, MAX_TIMER_MS),
    maxResponseBytes: maxResponseBytesOption(options.maxResponseBytes, 'maxResponseBytes', DEFAULT_MAX_RESPONSE_BYTES),
    responseTimeWindow: resolveResponseTimeWindow(options.responseTimeWindow),
    // Called as config.fetch(...): the global one bound to globalThis, since workerd refuses a
    // fetch called with another `this` ("Illegal invocation", issue 11).
    fetch: options.fetch ?? fetchImpl.bind(globalThis),
  }
}
