/** Which API a request path calls, and whether through the sandbox paths. */
export interface ApiRoute {
  /** The API, e.g. `/v1/payments/pay`: the key of the simulator's endpoint table. */
  readonly api: string
  /** Whether it came through `/ams/sandbox/api`. */
  readonly sandbox: boolean
}

const API_PREFIX = /^\/ams\/(sandbox\/)?api(\/.*)$/

/**
 * Paths the official SDKs send outside `/ams/api`, each served as the SDKs spell it (issue 12):
 * every SDK's createExchange request sets `/ams/v1/aba/funds/createExchange`, with no `/api`
 * (J `request/ams/aba/AlipayCreateExchangeRequest.java`, P `request/aba/alipay_create_exchange_request.py`,
 * G and N alike). Their sandbox rewrite replaces `/ams/api`, which this path lacks, so sandbox
 * clients send it unchanged too. The docs' `/ams/api/v1/aba/funds/createExchange` is answered as well.
 */
const SDK_PATHS: ReadonlyMap<string, ApiRoute> = new Map([
  ['/ams/v1/aba/funds/createExchange', { api: '/v1/aba/funds/createExchange', sandbox: false }],
])

/**
 * The API a request path calls: `/ams/api/<api>`, `/ams/sandbox/api/<api>`, or one of the exact
 * paths the SDKs send elsewhere ({@link SDK_PATHS}). Undefined for any other path.
 */
export function apiRoute(pathname: string): ApiRoute | undefined {
  const prefixed = API_PREFIX.exec(pathname)
  if (prefixed !== null) return { api: prefixed[2] ?? '', sandbox: prefixed[1] !== undefined }
  return SDK_PATHS.get(pathname)
}
