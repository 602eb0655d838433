import type { Amount } from '../../notification/types.js'
import type { ApiRequest, ApiResponse, Order } from './common.js'
import type { AcquirerInfo, PromotionResult, Quote, WireBoolean } from './objects.js'
import type {
  CardCategoryType,
  CardPaymentMethodDetail,
  CurrencyPair,
  FundingType,
  Installment,
  InstallmentBank,
  PaymentQuote,
  RateType,
  VerifyMethod,
} from './payment-extras-objects.js'
import type { ProductCode } from './payments.js'

/*
 * The payment endpoints beyond pay, cancel, capture and refund: the request and response models of
 * the official Java SDK (alipay/global-open-sdk-java v2.2.8, `request/ams/*`, `response/ams/*`),
 * field for field. Every field is optional, as in the SDK, except the idempotency key or the id of
 * the object an operation acts on; enums are open, so a value Alipay adds later still type-checks.
 * docs/endpoints.md lists every endpoint.
 */

/** `POST /v1/payments/getCardInfo` (J `AlipayGetCardInfoRequest`). */
export interface GetCardInfoRequest extends ApiRequest {
  readonly cardNo?: string
  readonly paymentMethodRegion?: string
  readonly cardBin?: string
}

/** The `payments.getCardInfo` response (J `AlipayGetCardInfoResponse`). */
export interface GetCardInfoResponse extends ApiResponse {
  readonly cardBrand?: string
  readonly localCardBrand?: string
  readonly coBagedCardBrand?: string
  readonly issuingRegion?: string
  readonly funding?: FundingType
  readonly cardCategory?: CardCategoryType
  readonly supportInstallment?: WireBoolean
  readonly installment?: Installment
}

/** `POST /v1/payments/fetchNonce` (J `AlipayFetchNonceRequest`). */
export interface FetchNonceRequest extends ApiRequest {
  readonly card?: CardPaymentMethodDetail
}

/** The `payments.fetchNonce` response (J `AlipayFetchNonceResponse`). */
export interface FetchNonceResponse extends ApiResponse {
  readonly cardToken?: string
}

/** `POST /v1/payments/inquireInstallment` (J `AlipayInquireInstallmentRequest`). */
export interface InquireInstallmentRequest extends ApiRequest {
  readonly merchantAccountId?: string
}

/** The `payments.inquireInstallment` response (J `AlipayInquireInstallmentResponse`). */
export interface InquireInstallmentResponse extends ApiResponse {
  readonly installmentBanks?: InstallmentBank
}

/** `POST /v1/payments/inquireExchangeRate` (J `AlipayInquireExchangeRateRequest`). */
export interface InquireExchangeRateRequest extends ApiRequest {
  readonly merchantAccountId?: string
  readonly paymentCurrency?: string
  readonly currencyPairs?: readonly CurrencyPair[]
  readonly sellCurrency?: string
  readonly buyCurrency?: string
  readonly productCode?: ProductCode
  readonly rateType?: RateType
}

/** The `payments.inquireExchangeRate` response (J `AlipayInquireExchangeRateResponse`). */
export interface InquireExchangeRateResponse extends ApiResponse {
  readonly quotes?: readonly Quote[]
  readonly paymentQuotes?: readonly PaymentQuote[]
}

/** `POST /v1/payments/syncArrear` (J `AlipaySyncArrearRequest`). */
export interface SyncArrearRequest extends ApiRequest {
  readonly paymentId?: string
  readonly paymentRequestId?: string
}

/** The `payments.syncArrear` response (J `AlipaySyncArrearResponse`). */
export type SyncArrearResponse = ApiResponse

/** `POST /v1/payments/createDeviceCertificate` (J `AlipayDeviceCertificateRequest`). */
export interface CreateDeviceCertificateRequest extends ApiRequest {
  readonly devicePublicKey?: string
  readonly deviceRequestId?: string
}

/** The `payments.createDeviceCertificate` response (J `AlipayDeviceCertificateResponse`). */
export interface CreateDeviceCertificateResponse extends ApiResponse {
  readonly deviceCertificate?: string
}

/** `POST /v1/payments/retrievePaymentSession` (J `AlipayRetrievePaymentSessionRequest`). */
export interface RetrievePaymentSessionRequest extends ApiRequest {
  readonly paymentRequestId?: string
}

/** The `payments.retrievePaymentSession` response (J `AlipayRetrievePaymentSessionResponse`). */
export interface RetrievePaymentSessionResponse extends ApiResponse {
  readonly order?: Order
  readonly promotionResults?: readonly PromotionResult[]
  readonly customizedInfo?: string
}

/** `POST /v1/payments/updateAmount` (J `AlipayUpdateAmountRequest`). */
export interface UpdateAmountRequest extends ApiRequest {
  readonly updateRequestId: string
  readonly paymentId: string
  readonly amount?: Amount
}

/** The `payments.updateAmount` response (J `AlipayUpdateAmountResponse`). */
export interface UpdateAmountResponse extends ApiResponse {
  readonly updateRequestId?: string
  readonly paymentId?: string
  readonly amount?: Amount
}

/** `POST /v1/payments/verifyAndCompletePayment` (J `AlipayVerifyAndCompletePaymentRequest`). */
export interface VerifyAndCompletePaymentRequest extends ApiRequest {
  readonly verifyMethod?: VerifyMethod
  readonly verifyRequestId?: string
  readonly paymentId?: string
}

/** The `payments.verifyAndCompletePayment` response (J `AlipayVerifyAndCompletePaymentResponse`). */
export interface VerifyAndCompletePaymentResponse extends ApiResponse {
  readonly paymentRequestId?: string
  readonly verifyRequestId?: string
  readonly paymentId?: string
  readonly paymentAmount?: Amount
  readonly paymentCreateTime?: string
  readonly acquirerInfo?: AcquirerInfo
}

/** `POST /v1/payments/uploadInvoiceShippingFile` (J `AlipayUploadInvoiceShippingFileRequest`). */
export interface UploadInvoiceShippingFileRequest extends ApiRequest {
  readonly paymentRequestId?: string
  readonly fileId?: string
  readonly uploadFile?: string
  readonly fileType?: string
  readonly fileName?: string
}

/** The `payments.uploadInvoiceShippingFile` response (J `AlipayUploadInvoiceShippingFileResponse`). */
export type UploadInvoiceShippingFileResponse = ApiResponse
