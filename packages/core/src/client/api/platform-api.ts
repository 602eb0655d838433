import type {
  CreatePayoutRequest,
  CreatePayoutResponse,
  CreateTransferRequest,
  CreateTransferResponse,
  InquireBalanceRequest,
  InquireBalanceResponse,
  RegisterRequest,
  RegisterResponse,
  SettlementInfoUpdateRequest,
  SettlementInfoUpdateResponse,
  SettleRequest,
  SettleResponse,
  SubmitAttachmentRequest,
  SubmitAttachmentResponse,
} from '../models/marketplace.js'
import type {
  MerchantRegistrationInfoQueryRequest,
  MerchantRegistrationInfoQueryResponse,
  MerchantRegistrationRequest,
  MerchantRegistrationResponse,
  MerchantRegistrationStatusQueryRequest,
  MerchantRegistrationStatusQueryResponse,
} from '../models/merchants.js'
import type {
  RiskDecideRequest,
  RiskDecideResponse,
  RiskReportRequest,
  RiskReportResponse,
  RiskSendPaymentResultRequest,
  RiskSendPaymentResultResponse,
  RiskSendRefundResultRequest,
  RiskSendRefundResultResponse,
} from '../models/risk.js'
import type {
  InitAuthenticationRequest,
  InitAuthenticationResponse,
  UserQueryInfoRequest,
  UserQueryInfoResponse,
  VerifyAuthenticationRequest,
  VerifyAuthenticationResponse,
} from '../models/users.js'
import type { ApiMethod } from '../types.js'

/** Marketplace: sellers, settlement of payments between them, balances, payouts and transfers. */
export interface MarketplaceApi {
  /** `/v1/merchants/register`: registers a seller (sub-merchant) of a marketplace. */
  readonly register: ApiMethod<RegisterRequest, RegisterResponse>
  /** `/v1/merchants/settlementInfo/update`: changes a seller's settlement bank account. */
  readonly updateSettlementInfo: ApiMethod<SettlementInfoUpdateRequest, SettlementInfoUpdateResponse>
  /** `/v1/accounts/inquireBalance`: the balances of the marketplace's or a seller's accounts. */
  readonly inquireBalance: ApiMethod<InquireBalanceRequest, InquireBalanceResponse>
  /** `/v1/payments/settle`: splits a payment's funds between the marketplace and its sellers. */
  readonly settle: ApiMethod<SettleRequest, SettleResponse>
  /** `/v1/funds/createPayout`: pays a balance out to a bank account (result by notifyPayout). */
  readonly createPayout: ApiMethod<CreatePayoutRequest, CreatePayoutResponse>
  /** `/v1/funds/createTransfer`: moves funds between balance accounts (result by notifyTransfer). */
  readonly createTransfer: ApiMethod<CreateTransferRequest, CreateTransferResponse>
  /** `/open/openapiv2_file/v1/business/attachment/submitAttachment`: registers an uploaded file (by its SHA-256) for a seller's registration. */
  readonly submitAttachment: ApiMethod<SubmitAttachmentRequest, SubmitAttachmentResponse>
}

/** Registration of secondary merchants with the wallets. */
export interface MerchantsApi {
  /** `/v1/merchants/registration`: registers a secondary merchant with the wallets (Alipay+ PSPs). */
  readonly registration: ApiMethod<MerchantRegistrationRequest, MerchantRegistrationResponse>
  /** `/v1/merchants/inquiryRegistrationStatus`: a merchant registration's status, per wallet. */
  readonly inquiryRegistrationStatus: ApiMethod<
    MerchantRegistrationStatusQueryRequest,
    MerchantRegistrationStatusQueryResponse
  >
  /** `/v1/merchants/inquiryRegistrationInfo`: what a registered merchant was registered with. */
  readonly inquiryRegistrationInfo: ApiMethod<
    MerchantRegistrationInfoQueryRequest,
    MerchantRegistrationInfoQueryResponse
  >
}

/** Risk decisions before and after authorisation (the Java SDK keeps these on `/ams/api` in sandbox mode). */
export interface RiskApi {
  /** `/v1/risk/payments/decide`: Alipay's risk decision on a transaction before authorisation. */
  readonly decide: ApiMethod<RiskDecideRequest, RiskDecideResponse>
  /** `/v1/risk/payments/reportRisk`: reports fraud or a chargeback on a transaction. */
  readonly reportRisk: ApiMethod<RiskReportRequest, RiskReportResponse>
  /** `/v1/risk/payments/sendPaymentResult`: tells Alipay's risk engine how a decided payment ended. */
  readonly sendPaymentResult: ApiMethod<RiskSendPaymentResultRequest, RiskSendPaymentResultResponse>
  /** `/v1/risk/payments/sendRefundResult`: tells Alipay's risk engine about a refund of a decided payment. */
  readonly sendRefundResult: ApiMethod<RiskSendRefundResultRequest, RiskSendRefundResultResponse>
}

/** User authentication and information. */
export interface UsersApi {
  /** `/v1/users/initAuthentication`: starts a user authentication (an OTP sent to the user). */
  readonly initAuthentication: ApiMethod<InitAuthenticationRequest, InitAuthenticationResponse>
  /** `/v1/users/verifyAuthentication`: checks the value the user entered. */
  readonly verifyAuthentication: ApiMethod<VerifyAuthenticationRequest, VerifyAuthenticationResponse>
  /** `/v1/users/inquiryUserInfo`: the user behind an access token. */
  readonly inquiryUserInfo: ApiMethod<UserQueryInfoRequest, UserQueryInfoResponse>
}
