import type { KeyInput } from '../keys.js'
import type { PublicKeys } from '../verify.js'
import type { ApiRequest, ApiResponse } from './models/common.js'
import type * as D from './models/disputes-customs.js'
import type * as P from './models/payments.js'
import type * as V from './models/vaulting-subscriptions.js'

/**
 * The Alipay region of your account, mapped to the recommended domain (protocol.md §6):
 * `NA` open-na-global, `SEA` open-sea-global (Asia), `EU` open-de-global.
 */
export type AlipayRegion = 'NA' | 'SEA' | 'EU'

/** A fetch implementation; the global `fetch` by default. */
export type FetchLike = (input: string, init: RequestInit) => Promise<Response>

/** Options of {@link createAlipayClient}. Every option is validated, and keys imported, at creation. */
export interface AlipayClientOptions {
  /** Your client id, e.g. `SANDBOX_5YBZ1N2ZZGKR0...`; sent as `client-id`. */
  readonly clientId: string
  /** Your merchant private key (not Alipay's): PEM, base64 PKCS#8 as the dashboard gives it, JWK, KeyObject. */
  readonly privateKey: KeyInput
  /** Alipay's public key (not yours), or a ring of them by keyVersion; verifies every response. */
  readonly alipayPublicKey: PublicKeys
  /** The region whose domain to call. Give `region` or `baseUrl`, not both. */
  readonly region?: AlipayRegion
  /**
   * The origin to call instead of a region: `https://...`, or `http://` on a loopback host
   * (`127.0.0.1`, `localhost`, `[::1]`) for tests and the local simulator.
   */
  readonly baseUrl?: string
  /**
   * Call `/ams/sandbox/api` instead of `/ams/api` (protocol.md §1.1, §6).
   * @default true when `clientId` starts with `SANDBOX_`
   */
  readonly sandbox?: boolean
  /** The `keyVersion` announced in the request Signature header. @default 1 */
  readonly keyVersion?: number
  /** Milliseconds allowed per attempt, headers and body included. @default 15000 */
  readonly timeout?: number
  /** Resends after the first attempt when that is safe (transport error, HTTP 5xx, result U). @default 2 */
  readonly retries?: number
  /** Base delay of the exponential backoff between attempts, in milliseconds; full jitter. @default 200 */
  readonly retryDelay?: number
  /** The longest delay between two attempts, in milliseconds. @default 5000 */
  readonly maxRetryDelay?: number
  /** The fetch to use. TLS checks are never relaxed by this library (protocol.md §9.9). @default globalThis.fetch */
  readonly fetch?: FetchLike
}

/** Per-call options; `timeout` and `retries` override the client's. */
export interface RequestOptions {
  /** Aborts the call (and any pending retry); the error is the signal's reason. */
  readonly signal?: AbortSignal
  readonly timeout?: number
  readonly retries?: number
}

/** Result status S: the call succeeded. */
export interface AlipaySuccess<T extends ApiResponse> {
  readonly status: 'S'
  /** The verified response; `response.result.resultStatus` is `'S'`. */
  readonly response: T
  /** How many requests were sent (1 when no resend was needed). */
  readonly attempts: number
}

/**
 * Result status U: neither a success nor a failure. Either Alipay accepted the request and it is in
 * process (`PAYMENT_IN_PROCESS`: send the buyer to `response.normalUrl`; `REFUND_IN_PROCESS`: wait
 * for the notification), or the outcome is unknown (`UNKNOWN_EXCEPTION`, still U after the
 * client's resends). Never fulfil or cancel an order on it: wait for the notification, resend with
 * the same `*RequestId`, or inquire (protocol.md §4, §7).
 */
export interface AlipayPending<T extends ApiResponse> {
  readonly status: 'U'
  /** The verified response; `response.result.resultStatus` is `'U'`. Fields may be absent. */
  readonly response: T
  /** True when `resultCode` says the request was accepted and is in process, so resending is pointless. */
  readonly inProcess: boolean
  readonly attempts: number
}

/**
 * What a call resolves with: S or U, told apart by `status`. Result F never resolves: it throws
 * {@link AlipayApiError} `ERR_ALIPAY_API_FAILED`, the only definite failure.
 */
export type AlipayOutcome<T extends ApiResponse> = AlipaySuccess<T> | AlipayPending<T>

/** One API method: a typed request in, a verified outcome out. */
export type ApiMethod<Req, Res extends ApiResponse> = (
  body: Req,
  options?: RequestOptions,
) => Promise<AlipayOutcome<Res>>

/**
 * The authenticated API client. Every method signs the request, verifies the response signature
 * fail-closed (protocol.md §9.6), resends only when safe, and resolves with an {@link AlipayOutcome}.
 *
 * Throws: `ERR_ALIPAY_API_FAILED` (result F: a definite failure); `ERR_ALIPAY_HTTP_STATUS`,
 * `ERR_ALIPAY_RESPONSE_*`, `ERR_ALIPAY_TIMEOUT`, `ERR_ALIPAY_NETWORK` (no trusted answer: the
 * outcome is unknown, so inquire or resend with the same `*RequestId`, never assume a failure).
 */
export interface AlipayClient {
  readonly pay: ApiMethod<P.PayRequest, P.PayResponse>
  readonly consult: ApiMethod<P.ConsultRequest, P.ConsultResponse>
  readonly createPaymentSession: ApiMethod<P.CreatePaymentSessionRequest, P.CreatePaymentSessionResponse>
  readonly inquiryPayment: ApiMethod<P.InquiryPaymentRequest, P.InquiryPaymentResponse>
  readonly cancel: ApiMethod<P.CancelRequest, P.CancelResponse>
  readonly capture: ApiMethod<P.CaptureRequest, P.CaptureResponse>
  readonly refund: ApiMethod<P.RefundRequest, P.RefundResponse>
  readonly inquiryRefund: ApiMethod<P.InquiryRefundRequest, P.InquiryRefundResponse>
  readonly createVaultingSession: ApiMethod<V.CreateVaultingSessionRequest, V.CreateVaultingSessionResponse>
  readonly vaultPaymentMethod: ApiMethod<V.VaultPaymentMethodRequest, V.VaultPaymentMethodResponse>
  readonly inquireVaulting: ApiMethod<V.InquireVaultingRequest, V.InquireVaultingResponse>
  readonly createSubscription: ApiMethod<V.CreateSubscriptionRequest, V.CreateSubscriptionResponse>
  readonly changeSubscription: ApiMethod<V.ChangeSubscriptionRequest, V.SubscriptionResponse>
  readonly cancelSubscription: ApiMethod<V.CancelSubscriptionRequest, V.SubscriptionResponse>
  readonly updateSubscription: ApiMethod<V.UpdateSubscriptionRequest, V.SubscriptionResponse>
  readonly acceptDispute: ApiMethod<D.AcceptDisputeRequest, D.DisputeResponse>
  readonly supplyDefenseDocument: ApiMethod<D.SupplyDefenseDocumentRequest, D.DisputeResponse>
  readonly downloadDisputeEvidence: ApiMethod<D.DownloadDisputeEvidenceRequest, D.DownloadDisputeEvidenceResponse>
  readonly declareCustoms: ApiMethod<D.DeclareCustomsRequest, D.DeclareCustomsResponse>
  readonly inquireCustomsDeclaration: ApiMethod<D.InquireCustomsDeclarationRequest, D.InquireCustomsDeclarationResponse>
  /**
   * Any other endpoint. `path` is relative to the API prefix (`/v1/payments/getCardInfo` calls
   * `/ams/api/v1/payments/getCardInfo`); a path that starts with `/ams/` is taken as the full path.
   * Either way the sandbox rewrite applies to it.
   */
  request<TResponse extends ApiResponse = ApiResponse>(
    path: string,
    body: ApiRequest,
    options?: RequestOptions,
  ): Promise<AlipayOutcome<TResponse>>
  /** The resolved settings, for logging; no keys. */
  readonly config: {
    readonly clientId: string
    readonly baseUrl: string
    readonly sandbox: boolean
    readonly keyVersion: number
    readonly timeout: number
    readonly retries: number
  }
}
