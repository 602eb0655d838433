import type { ApiRequest, ApiResponse, PaymentMethod } from './common.js'
import type {
  AttachmentType,
  MerchantInfo,
  SettlementBankAccount,
  SettlementDetail,
  SettlementInfo,
  TransferFromDetail,
  TransferToDetail,
} from './marketplace-objects.js'
import type { AccountBalance } from './shared-objects.js'

/*
 * Marketplace: sellers, settlement, balances, payouts and transfers: the request and response
 * models of the official Java SDK (alipay/global-open-sdk-java v2.2.8, `request/ams/*`,
 * `response/ams/*`), field for field. Every field is optional, as in the SDK, except the
 * idempotency key or the id of the object an operation acts on; enums are open, so a value Alipay
 * adds later still type-checks. docs/endpoints.md lists every endpoint.
 */

/** `POST /v1/merchants/register` (J `AlipayRegisterRequest`). */
export interface RegisterRequest extends ApiRequest {
  readonly registrationRequestId: string
  readonly settlementInfos?: readonly SettlementInfo[]
  readonly merchantInfo?: MerchantInfo
  readonly paymentMethods?: readonly PaymentMethod[]
}

/** The `marketplace.register` response (J `AlipayRegisterResponse`). */
export interface RegisterResponse extends ApiResponse {
  readonly registrationStatus?: string
}

/** `POST /v1/merchants/settlementInfo/update` (J `AlipaySettlementInfoUpdateRequest`). */
export interface SettlementInfoUpdateRequest extends ApiRequest {
  readonly updateRequestId: string
  readonly referenceMerchantId?: string
  readonly settlementCurrency?: string
  readonly settlementBankAccount?: SettlementBankAccount
}

/** The `marketplace.updateSettlementInfo` response (J `AlipaySettlementInfoUpdateResponse`). */
export interface SettlementInfoUpdateResponse extends ApiResponse {
  readonly updateStatus?: string
}

/** `POST /v1/accounts/inquireBalance` (J `AlipayInquireBalanceRequest`). */
export interface InquireBalanceRequest extends ApiRequest {
  readonly referenceMerchantId?: string
}

/** The `marketplace.inquireBalance` response (J `AlipayInquireBalanceResponse`). */
export interface InquireBalanceResponse extends ApiResponse {
  readonly accountBalances?: readonly AccountBalance[]
}

/** `POST /v1/payments/settle` (J `AlipaySettleRequest`). */
export interface SettleRequest extends ApiRequest {
  readonly settlementRequestId: string
  readonly paymentId?: string
  readonly settlementDetails?: readonly SettlementDetail[]
}

/** The `marketplace.settle` response (J `AlipaySettleResponse`). */
export interface SettleResponse extends ApiResponse {
  readonly settlementRequestId?: string
  readonly settlementId?: string
}

/** `POST /v1/funds/createPayout` (J `AlipayCreatePayoutRequest`). */
export interface CreatePayoutRequest extends ApiRequest {
  readonly transferRequestId: string
  readonly transferFromDetail?: TransferFromDetail
  readonly transferToDetail?: TransferToDetail
}

/** The `marketplace.createPayout` response (J `AlipayCreatePayoutResponse`). */
export interface CreatePayoutResponse extends ApiResponse {
  readonly transferId?: string
  readonly transferRequestId?: string
  readonly transferFromDetail?: TransferFromDetail
  readonly transferToDetail?: TransferToDetail
}

/** `POST /v1/funds/createTransfer` (J `AlipayCreateTransferRequest`). */
export interface CreateTransferRequest extends ApiRequest {
  readonly transferRequestId: string
  readonly transferFromDetail?: TransferFromDetail
  readonly transferToDetail?: TransferToDetail
}

/** The `marketplace.createTransfer` response (J `AlipayCreateTransferResponse`). */
export interface CreateTransferResponse extends ApiResponse {
  readonly transferId?: string
  readonly transferRequestId?: string
  readonly transferFromDetail?: TransferFromDetail
  readonly transferToDetail?: TransferToDetail
}

/** `POST /open/openapiv2_file/v1/business/attachment/submitAttachment` (J `AlipaySubmitAttachmentRequest`). */
export interface SubmitAttachmentRequest extends ApiRequest {
  readonly submitAttachmentRequestId: string
  readonly attachmentType?: AttachmentType
  readonly fileSha256?: string
}

/** The `marketplace.submitAttachment` response (J `AlipaySubmitAttachmentResponse`). */
export interface SubmitAttachmentResponse extends ApiResponse {
  readonly submitAttachmentRequestId?: string
  readonly attachmentType?: AttachmentType
  readonly attachmentKey?: string
}
