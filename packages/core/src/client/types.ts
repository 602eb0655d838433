import type { KeyInput, PublicKeys } from '../key-input.js'
import type { AlipayApi } from './api/alipay-api.js'
import type { ApiRequest, ApiResponse } from './models/common.js'
import type * as D from './models/disputes-customs.js'
import type * as P from './models/payments.js'
import type * as V from './models/vaulting-subscriptions.js'

/**
 * The Alipay region of your account, mapped to the recommended domain (docs/protocol.md §6):
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
   * The origin of the file gateway that `billing.products.uploadImage` sends to (docs/protocol.md §4.1):
   * `https://...`, or `http://` on a loopback host.
   * @default the gateway the Java SDK maps the API domain to (open-na-global and open-na to
   *   `https://open-big-na.alipay.com`, open-sea-global and open-sea to `https://open-big-sea.alipay.com`,
   *   open-de-global to `https://open-big-de-global.alipay.com`); `baseUrl` itself when that is a loopback
   *   origin (the local simulator); for any other domain an upload fails with `ERR_ALIPAY_CONFIG_MISSING`
   */
  readonly uploadBaseUrl?: string
  /**
   * Call `/ams/sandbox/api` instead of `/ams/api` (docs/protocol.md §1.1, §6). In sandbox mode,
   * in-store payments (`productCode: 'IN_STORE_PAYMENT'`) still call `/ams/api`, as the Antom
   * docs say; the per-call `sandbox` option overrides both.
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
  /**
   * The most bytes of a response body read per attempt; a larger response fails with
   * `ERR_ALIPAY_RESPONSE_TOO_LARGE`, checked on `content-length` first, then while streaming, so
   * no more than this is ever held. 8 MiB is 8 times the largest documented response
   * (`downloadDisputeEvidence`: a base64 document of up to 1,000,000 characters). A response other
   * than HTTP 200 is read up to 4 KiB only, whatever this says.
   * @default 8388608 (8 MiB)
   */
  readonly maxResponseBytes?: number
  /**
   * How far the signed `response-time` of a response may lie from this server's clock
   * (docs/protocol.md §9.6), in milliseconds; outside it, `ERR_ALIPAY_RESPONSE_STALE`, never resent.
   * Alipay signs a response as it answers, so only transfer time and clock skew separate the two;
   * a replayed response is older. `false` turns the check off.
   * @default { maxAgeMs: 300000, maxFutureMs: 300000 } (5 minutes either way)
   */
  readonly responseTimeWindow?:
    | {
        /** Oldest accepted response-time, in milliseconds before now. @default 300000 (5 minutes) */
        readonly maxAgeMs?: number
        /** Furthest accepted response-time ahead of now (clock skew), in milliseconds. @default 300000 (5 minutes) */
        readonly maxFutureMs?: number
      }
    | false
  /** The fetch to use. TLS checks are never relaxed by this library (docs/protocol.md §9.9). @default globalThis.fetch */
  readonly fetch?: FetchLike
}

/** Per-call options; `timeout`, `retries`, `maxResponseBytes` and `sandbox` override the client's. */
export interface RequestOptions {
  /** Aborts the call (and any pending retry); the error is the signal's reason. */
  readonly signal?: AbortSignal
  /** Milliseconds allowed per attempt for this call; the client's `timeout` when absent. */
  readonly timeout?: number
  /** Resends after the first attempt for this call; the client's `retries` when absent. */
  readonly retries?: number
  /** The most response bytes read per attempt for this call; the client's `maxResponseBytes` when absent. */
  readonly maxResponseBytes?: number
  /**
   * `true` calls `/ams/sandbox/api`, `false` calls `/ams/api`, for this call only. When absent,
   * the client's `sandbox` mode decides, except that in sandbox mode a body with
   * `productCode: 'IN_STORE_PAYMENT'` (and the Java SDK's risk endpoints) stay on `/ams/api`, as
   * the Antom docs give the sandbox URL of in-store payments. Pass `false` on the follow-up calls
   * of an in-store sandbox payment (`inquiryPayment`, `cancel`, `refund`, `inquiryRefund`), whose
   * bodies carry no product code.
   */
  readonly sandbox?: boolean
}

/** Result status S: the call succeeded. */
export interface AlipaySuccess<T extends ApiResponse> {
  /** Result status S. */
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
 * the same `*RequestId`, or inquire (docs/protocol.md §4, §7).
 */
export interface AlipayPending<T extends ApiResponse> {
  /** Result status U. */
  readonly status: 'U'
  /** The verified response; `response.result.resultStatus` is `'U'`. Fields may be absent. */
  readonly response: T
  /** True when `resultCode` says the request was accepted and is in process, so resending is pointless. */
  readonly inProcess: boolean
  /** How many requests were sent, resends included. */
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
 * fail-closed (docs/protocol.md §9.6), resends only when safe, and resolves with an {@link AlipayOutcome}.
 * Every endpoint of the official SDKs is a method of a group ({@link AlipayApi}: `alipay.payments.pay`,
 * `alipay.vaults.inquireToken`, `alipay.billing.invoices.create`, docs/endpoints.md lists them); the
 * flat methods below are the same functions under the names they had first (`alipay.pay` is
 * `alipay.payments.pay`).
 *
 * Throws: `ERR_ALIPAY_API_FAILED` (result F: a definite failure); `ERR_ALIPAY_HTTP_STATUS`,
 * `ERR_ALIPAY_RESPONSE_*`, `ERR_ALIPAY_TIMEOUT`, `ERR_ALIPAY_NETWORK` (no trusted answer: the
 * outcome is unknown, so inquire or resend with the same `*RequestId`, never assume a failure).
 */
export interface AlipayClient extends AlipayApi {
  /** `/v1/payments/pay`: creates a payment; `paymentRequestId` is its idempotency key. */
  readonly pay: ApiMethod<P.PayRequest, P.PayResponse>
  /** `/v1/payments/consult`: the payment methods available for an amount. */
  readonly consult: ApiMethod<P.ConsultRequest, P.ConsultResponse>
  /** `/v1/payments/createPaymentSession`: a session for the client-side SDK. */
  readonly createPaymentSession: ApiMethod<P.CreatePaymentSessionRequest, P.CreatePaymentSessionResponse>
  /** `/v1/payments/inquiryPayment`: a payment's state (`paymentStatus`). */
  readonly inquiryPayment: ApiMethod<P.InquiryPaymentRequest, P.InquiryPaymentResponse>
  /** `/v1/payments/cancel`: cancels a payment. */
  readonly cancel: ApiMethod<P.CancelRequest, P.CancelResponse>
  /** `/v1/payments/capture`: captures an authorised payment; `captureRequestId` is the idempotency key. */
  readonly capture: ApiMethod<P.CaptureRequest, P.CaptureResponse>
  /** `/v1/payments/refund`: refunds a payment; `refundRequestId` is the idempotency key. */
  readonly refund: ApiMethod<P.RefundRequest, P.RefundResponse>
  /** `/v1/payments/inquiryRefund`: a refund's state (`refundStatus`). */
  readonly inquiryRefund: ApiMethod<P.InquiryRefundRequest, P.InquiryRefundResponse>
  /** `/v1/vaults/createVaultingSession`: a session to vault a payment method. */
  readonly createVaultingSession: ApiMethod<V.CreateVaultingSessionRequest, V.CreateVaultingSessionResponse>
  /** `/v1/vaults/vaultPaymentMethod`: vaults a payment method. */
  readonly vaultPaymentMethod: ApiMethod<V.VaultPaymentMethodRequest, V.VaultPaymentMethodResponse>
  /** `/v1/vaults/inquireVaulting`: the state of a vaulting request. */
  readonly inquireVaulting: ApiMethod<V.InquireVaultingRequest, V.InquireVaultingResponse>
  /** `/v1/subscriptions/create`: creates a subscription. */
  readonly createSubscription: ApiMethod<V.CreateSubscriptionRequest, V.CreateSubscriptionResponse>
  /** `/v1/subscriptions/change`: changes a subscription. */
  readonly changeSubscription: ApiMethod<V.ChangeSubscriptionRequest, V.SubscriptionResponse>
  /** `/v1/subscriptions/cancel`: cancels a subscription. */
  readonly cancelSubscription: ApiMethod<V.CancelSubscriptionRequest, V.SubscriptionResponse>
  /** `/v1/subscriptions/update`: updates a subscription. */
  readonly updateSubscription: ApiMethod<V.UpdateSubscriptionRequest, V.SubscriptionResponse>
  /** `/v1/payments/acceptDispute`: accepts a dispute. */
  readonly acceptDispute: ApiMethod<D.AcceptDisputeRequest, D.DisputeResponse>
  /** `/v1/payments/supplyDefenseDocument`: defends a dispute with a document. */
  readonly supplyDefenseDocument: ApiMethod<D.SupplyDefenseDocumentRequest, D.DisputeResponse>
  /** `/v1/payments/downloadDisputeEvidence`: a dispute's evidence document. */
  readonly downloadDisputeEvidence: ApiMethod<D.DownloadDisputeEvidenceRequest, D.DownloadDisputeEvidenceResponse>
  /** `/v1/customs/declare`: declares a payment to customs. */
  readonly declareCustoms: ApiMethod<D.DeclareCustomsRequest, D.DeclareCustomsResponse>
  /** `/v1/customs/inquiryDeclarationRequests`: the state of customs declarations. */
  readonly inquireCustomsDeclaration: ApiMethod<D.InquireCustomsDeclarationRequest, D.InquireCustomsDeclarationResponse>
  /**
   * Any other endpoint. `path` is relative to the API prefix (`/v1/payments/getCardInfo` calls
   * `/ams/api/v1/payments/getCardInfo`); a path that starts with `/ams/` is taken as the full path.
   * Either way the sandbox rewrite applies to it, with the same in-store rule as the typed methods.
   */
  request<TResponse extends ApiResponse = ApiResponse>(
    path: string,
    body: ApiRequest,
    options?: RequestOptions,
  ): Promise<AlipayOutcome<TResponse>>
  /** The resolved settings, for logging; no keys. */
  readonly config: {
    /** The client id sent as `client-id`. */
    readonly clientId: string
    /** The origin called, without a trailing slash. */
    readonly baseUrl: string
    /** Whether calls go to `/ams/sandbox/api` (in-store payments excepted, see `sandbox`). */
    readonly sandbox: boolean
    /** The `keyVersion` announced in request Signature headers. */
    readonly keyVersion: number
    /** Milliseconds allowed per attempt. */
    readonly timeout: number
    /** Resends after the first attempt, when safe. */
    readonly retries: number
    /** The most response bytes read per attempt. */
    readonly maxResponseBytes: number
    /** The accepted age and lead of a response's `response-time`, in ms; `false` when unchecked. */
    readonly responseTimeWindow:
      | {
          /** How old a response-time may be, in ms. */
          readonly maxAgeMs: number
          /** How far ahead a response-time may be, in ms. */
          readonly maxFutureMs: number
        }
      | false
  }
}
