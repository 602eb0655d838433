import type { ApiMethodName } from './api/alipay-api.js'
import { API_PATHS } from './api-paths.js'
import type { ApiRequest } from './models/common.js'

/**
 * The flat methods the client had before it grouped them (issue 12), each the same function as
 * its grouped name: `alipay.pay` is `alipay.payments.pay`. They stay, so no integration breaks.
 */
export const FLAT_METHODS = {
  pay: 'payments.pay',
  consult: 'payments.consult',
  createPaymentSession: 'payments.createPaymentSession',
  inquiryPayment: 'payments.inquiryPayment',
  cancel: 'payments.cancel',
  capture: 'payments.capture',
  refund: 'payments.refund',
  inquiryRefund: 'payments.inquiryRefund',
  createVaultingSession: 'vaults.createVaultingSession',
  vaultPaymentMethod: 'vaults.vaultPaymentMethod',
  inquireVaulting: 'vaults.inquireVaulting',
  createSubscription: 'subscriptions.create',
  changeSubscription: 'subscriptions.change',
  cancelSubscription: 'subscriptions.cancel',
  updateSubscription: 'subscriptions.update',
  acceptDispute: 'disputes.acceptDispute',
  supplyDefenseDocument: 'disputes.supplyDefenseDocument',
  downloadDisputeEvidence: 'disputes.downloadDisputeEvidence',
  declareCustoms: 'customs.declare',
  inquireCustomsDeclaration: 'customs.inquiryDeclarationRequests',
} as const satisfies { readonly [name: string]: ApiMethodName }

/** The name of a flat method: `'pay'`, `'refund'`, ... */
export type FlatMethodName = keyof typeof FLAT_METHODS

/**
 * The name of every typed method of `AlipayClient`: a flat name (`'refund'`) or a grouped one
 * (`'payments.refund'`, `'vaults.inquireToken'`, `'billing.invoices.create'`).
 */
export type EndpointName = FlatMethodName | ApiMethodName

function flatPaths(): { readonly [K in FlatMethodName]: (typeof API_PATHS)[(typeof FLAT_METHODS)[K]] } {
  const paths: Record<string, string> = {}
  for (const [flat, grouped] of Object.entries(FLAT_METHODS)) paths[flat] = API_PATHS[grouped]
  return paths as { readonly [K in FlatMethodName]: (typeof API_PATHS)[(typeof FLAT_METHODS)[K]] }
}

/**
 * The path of each typed method, relative to the API prefix (docs/protocol.md §4, from J
 * `AntomPathConstants` and the request classes): every grouped name, and the flat names kept from
 * before. The prefix `/ams/api` (or `/ams/sandbox/api`) is added by {@link apiPath}. A path the
 * official SDKs send outside `/ams/api` is whole: `'aba.createExchange'` is
 * `'/ams/v1/aba/funds/createExchange'`.
 *
 * @example
 * ```ts
 * ENDPOINT_PATHS.refund // '/v1/payments/refund'
 * ENDPOINT_PATHS['vaults.inquireToken'] // '/v1/vaults/inquireToken'
 * apiPath(ENDPOINT_PATHS['aba.createExchange'], true) // '/ams/v1/aba/funds/createExchange'
 * ```
 */
export const ENDPOINT_PATHS: typeof API_PATHS & ReturnType<typeof flatPaths> = Object.freeze({
  ...flatPaths(),
  ...API_PATHS,
})

const API_PREFIX = '/ams/api'
const SANDBOX_PREFIX = '/ams/sandbox/api'
// Printable ASCII without '#' (a fragment never reaches the server, so it could not be signed).
const PATH_SHAPE = /^\/[\x21-\x22\x24-\x7e]*$/

/**
 * Endpoints the Java SDK keeps on `/ams/api` in sandbox mode: its four risk requests override
 * `usingSandboxUrl()` to return false (J `request/ams/risk/*Request.java`, J being the reference,
 * docs/protocol.md, Sources). The Python and Go SDKs rewrite every path.
 */
const PRODUCTION_PATHS_IN_SANDBOX: ReadonlySet<string> = new Set([
  '/ams/api/v1/risk/payments/decide',
  '/ams/api/v1/risk/payments/reportRisk',
  '/ams/api/v1/risk/payments/sendPaymentResult',
  '/ams/api/v1/risk/payments/sendRefundResult',
])

function fullPath(path: string): string {
  if (typeof path !== 'string' || !PATH_SHAPE.test(path) || /\/\.\.?(?:\/|\?|$)/.test(path)) {
    throw new TypeError(
      `request: path must look like '/v1/payments/pay' or '/ams/api/v1/payments/pay' (printable ASCII, no '#' or dot segments), got ${JSON.stringify(String(path).slice(0, 80))}`,
    )
  }
  return path.startsWith('/ams/') ? path : API_PREFIX + path
}

/**
 * The path that goes on the wire and is signed (docs/protocol.md §1.1). A path starting with `/ams/` is
 * taken as the full path; any other is relative to `/ams/api`. In sandbox mode the first
 * `/ams/api` becomes `/ams/sandbox/api`, as every SDK does (J `adjustSandboxUrl`).
 *
 * @throws TypeError when `path` does not start with `/`, holds a dot segment, a `#`, a space or a
 *   non-ASCII character: `fetch` would change such a path after it was signed.
 */
export function apiPath(path: string, sandbox: boolean): string {
  const full = fullPath(path)
  return sandbox ? full.replace(API_PREFIX, SANDBOX_PREFIX) : full
}

/**
 * The path of one call: {@link apiPath} with the sandbox choice made for this call. In sandbox
 * mode, in-store payments stay on `/ams/api`: the Antom API overview gives the sandbox request URL
 * as `/ams/sandbox/api/<endpoint>` for online payments but `/ams/api/<endpoint>` for in-store
 * payments (docs.antom.com/ac/ams/api, "Call an API"; issue 13). A call is in-store when its body
 * says `productCode: 'IN_STORE_PAYMENT'`; the follow-up calls of an in-store payment (inquiry,
 * cancel, refund) carry no product code, so they take `{ sandbox: false }` per call. The Java
 * SDK's risk endpoints stay on `/ams/api` too. `override` (the per-call `sandbox` option) wins.
 *
 * @example
 * ```ts
 * callPath('/v1/payments/pay', { productCode: 'IN_STORE_PAYMENT' }, true, undefined) // '/ams/api/v1/payments/pay'
 * callPath('/v1/payments/pay', { productCode: 'CASHIER_PAYMENT' }, true, undefined) // '/ams/sandbox/api/v1/payments/pay'
 * ```
 */
export function callPath(path: string, body: ApiRequest, sandbox: boolean, override: boolean | undefined): string {
  const full = fullPath(path)
  if (override !== undefined) return apiPath(full, override)
  if (!sandbox) return full
  const inStore = (body as { productCode?: unknown } | null)?.productCode === 'IN_STORE_PAYMENT'
  return apiPath(full, !inStore && !PRODUCTION_PATHS_IN_SANDBOX.has(full))
}
