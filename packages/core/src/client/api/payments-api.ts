import type {
  AuthApplyTokenRequest,
  AuthApplyTokenResponse,
  AuthConsultRequest,
  AuthConsultResponse,
  AuthQueryTokenRequest,
  AuthQueryTokenResponse,
  AuthRevokeTokenRequest,
  AuthRevokeTokenResponse,
} from '../models/authorizations.js'
import type {
  AcceptDisputeRequest,
  DeclareCustomsRequest,
  DeclareCustomsResponse,
  DisputeResponse,
  DownloadDisputeEvidenceRequest,
  DownloadDisputeEvidenceResponse,
  InquireCustomsDeclarationRequest,
  InquireCustomsDeclarationResponse,
  SupplyDefenseDocumentRequest,
} from '../models/disputes-customs.js'
import type {
  CreateDeviceCertificateRequest,
  CreateDeviceCertificateResponse,
  FetchNonceRequest,
  FetchNonceResponse,
  GetCardInfoRequest,
  GetCardInfoResponse,
  InquireExchangeRateRequest,
  InquireExchangeRateResponse,
  InquireInstallmentRequest,
  InquireInstallmentResponse,
  RetrievePaymentSessionRequest,
  RetrievePaymentSessionResponse,
  SyncArrearRequest,
  SyncArrearResponse,
  UpdateAmountRequest,
  UpdateAmountResponse,
  UploadInvoiceShippingFileRequest,
  UploadInvoiceShippingFileResponse,
  VerifyAndCompletePaymentRequest,
  VerifyAndCompletePaymentResponse,
} from '../models/payment-extras.js'
import type {
  CancelRequest,
  CancelResponse,
  CaptureRequest,
  CaptureResponse,
  ConsultRequest,
  ConsultResponse,
  CreatePaymentSessionRequest,
  CreatePaymentSessionResponse,
  InquiryPaymentRequest,
  InquiryPaymentResponse,
  InquiryRefundRequest,
  InquiryRefundResponse,
  PayRequest,
  PayResponse,
  RefundRequest,
  RefundResponse,
} from '../models/payments.js'
import type {
  InquireSubscriptionListRequest,
  InquireSubscriptionListResponse,
  InquireSubscriptionPaymentRequest,
  InquireSubscriptionPaymentResponse,
  InquireSubscriptionRequest,
  InquireSubscriptionResponse,
  SubscriptionInquireRequest,
  SubscriptionInquireResponse,
  SubscriptionsInquiryRequest,
  SubscriptionsInquiryResponse,
} from '../models/subscription-inquiries.js'
import type {
  DeleteTokenRequest,
  DeleteTokenResponse,
  InquireTokenRequest,
  InquireTokenResponse,
  UpdateTokenRequest,
  UpdateTokenResponse,
  VaultsFetchNonceRequest,
  VaultsFetchNonceResponse,
} from '../models/vault-tokens.js'
import type {
  CancelSubscriptionRequest,
  ChangeSubscriptionRequest,
  CreateSubscriptionRequest,
  CreateSubscriptionResponse,
  CreateVaultingSessionRequest,
  CreateVaultingSessionResponse,
  InquireVaultingRequest,
  InquireVaultingResponse,
  SubscriptionResponse,
  UpdateSubscriptionRequest,
  VaultPaymentMethodRequest,
  VaultPaymentMethodResponse,
} from '../models/vaulting-subscriptions.js'
import type { ApiMethod } from '../types.js'

/** Authorizations for Auto Debit: the buyer authorises once, the merchant charges with the token. */
export interface AuthorizationsApi {
  /** `/v1/authorizations/consult`: the authorisation page to send the buyer to (Auto Debit). */
  readonly consult: ApiMethod<AuthConsultRequest, AuthConsultResponse>
  /** `/v1/authorizations/applyToken`: turns an auth code (or a refresh token) into an access token. */
  readonly applyToken: ApiMethod<AuthApplyTokenRequest, AuthApplyTokenResponse>
  /** `/v1/authorizations/revoke`: ends an access token. */
  readonly revoke: ApiMethod<AuthRevokeTokenRequest, AuthRevokeTokenResponse>
  /** `/v1/authorizations/query`: an access token's state and expiry. */
  readonly query: ApiMethod<AuthQueryTokenRequest, AuthQueryTokenResponse>
}

/** Customs declarations of cross-border payments. */
export interface CustomsApi {
  /** `/v1/customs/declare`: declares a payment to customs. */
  readonly declare: ApiMethod<DeclareCustomsRequest, DeclareCustomsResponse>
  /** `/v1/customs/inquiryDeclarationRequests`: the state of customs declarations. */
  readonly inquiryDeclarationRequests: ApiMethod<InquireCustomsDeclarationRequest, InquireCustomsDeclarationResponse>
}

/** Disputes (chargebacks) on payments. */
export interface DisputesApi {
  /** `/v1/payments/acceptDispute`: accepts a dispute. */
  readonly acceptDispute: ApiMethod<AcceptDisputeRequest, DisputeResponse>
  /** `/v1/payments/supplyDefenseDocument`: defends a dispute with a document. */
  readonly supplyDefenseDocument: ApiMethod<SupplyDefenseDocumentRequest, DisputeResponse>
  /** `/v1/payments/downloadDisputeEvidence`: a dispute's evidence document. */
  readonly downloadDisputeEvidence: ApiMethod<DownloadDisputeEvidenceRequest, DownloadDisputeEvidenceResponse>
}

/** Payments: pay, inquire, cancel, capture, refund and the card and session helpers. */
export interface PaymentsApi {
  /** `/v1/payments/pay`: creates a payment; `paymentRequestId` is its idempotency key. */
  readonly pay: ApiMethod<PayRequest, PayResponse>
  /** `/v1/payments/consult`: the payment methods available for an amount. */
  readonly consult: ApiMethod<ConsultRequest, ConsultResponse>
  /** `/v1/payments/createPaymentSession`: a session for the client-side SDK. */
  readonly createPaymentSession: ApiMethod<CreatePaymentSessionRequest, CreatePaymentSessionResponse>
  /** `/v1/payments/inquiryPayment`: a payment's state (`paymentStatus`). */
  readonly inquiryPayment: ApiMethod<InquiryPaymentRequest, InquiryPaymentResponse>
  /** `/v1/payments/cancel`: cancels a payment. */
  readonly cancel: ApiMethod<CancelRequest, CancelResponse>
  /** `/v1/payments/capture`: captures an authorised payment; `captureRequestId` is the idempotency key. */
  readonly capture: ApiMethod<CaptureRequest, CaptureResponse>
  /** `/v1/payments/refund`: refunds a payment; `refundRequestId` is the idempotency key. */
  readonly refund: ApiMethod<RefundRequest, RefundResponse>
  /** `/v1/payments/inquiryRefund`: a refund's state (`refundStatus`). */
  readonly inquiryRefund: ApiMethod<InquiryRefundRequest, InquiryRefundResponse>
  /** `/v1/payments/getCardInfo`: the brand, funding and issuing region of a card number or BIN. */
  readonly getCardInfo: ApiMethod<GetCardInfoRequest, GetCardInfoResponse>
  /** `/v1/payments/fetchNonce`: a one-time card token for card details collected by the merchant. */
  readonly fetchNonce: ApiMethod<FetchNonceRequest, FetchNonceResponse>
  /** `/v1/payments/inquireInstallment`: the banks and plans available for instalment payments. */
  readonly inquireInstallment: ApiMethod<InquireInstallmentRequest, InquireInstallmentResponse>
  /** `/v1/payments/inquireExchangeRate`: exchange rate quotes for currency pairs. */
  readonly inquireExchangeRate: ApiMethod<InquireExchangeRateRequest, InquireExchangeRateResponse>
  /** `/v1/payments/syncArrear`: asks Alipay to collect an Auto Debit payment left in arrears. */
  readonly syncArrear: ApiMethod<SyncArrearRequest, SyncArrearResponse>
  /** `/v1/payments/createDeviceCertificate`: a certificate for a device's public key (in-store devices). */
  readonly createDeviceCertificate: ApiMethod<CreateDeviceCertificateRequest, CreateDeviceCertificateResponse>
  /** `/v1/payments/retrievePaymentSession`: the order and promotions of a payment session. */
  readonly retrievePaymentSession: ApiMethod<RetrievePaymentSessionRequest, RetrievePaymentSessionResponse>
  /** `/v1/payments/updateAmount`: changes the amount of an authorised payment (result by UPDATE_AMOUNT_RESULT). */
  readonly updateAmount: ApiMethod<UpdateAmountRequest, UpdateAmountResponse>
  /** `/v1/payments/verifyAndCompletePayment`: completes a payment once the buyer's verification passed. */
  readonly verifyAndCompletePayment: ApiMethod<VerifyAndCompletePaymentRequest, VerifyAndCompletePaymentResponse>
  /** `/v1/payments/uploadInvoiceShippingFile`: attaches an invoice or shipping document to a payment. */
  readonly uploadInvoiceShippingFile: ApiMethod<UploadInvoiceShippingFileRequest, UploadInvoiceShippingFileResponse>
}

/** Subscriptions (the original subscriptions API; see `billing.subscriptions` for subscriptions to billing prices). */
export interface SubscriptionsApi {
  /** `/v1/subscriptions/create`: creates a subscription. */
  readonly create: ApiMethod<CreateSubscriptionRequest, CreateSubscriptionResponse>
  /** `/v1/subscriptions/change`: changes a subscription. */
  readonly change: ApiMethod<ChangeSubscriptionRequest, SubscriptionResponse>
  /** `/v1/subscriptions/cancel`: cancels or terminates a subscription. */
  readonly cancel: ApiMethod<CancelSubscriptionRequest, SubscriptionResponse>
  /** `/v1/subscriptions/update`: updates a subscription. */
  readonly update: ApiMethod<UpdateSubscriptionRequest, SubscriptionResponse>
  /** `/v1/payments/inquire`: a subscription's state and current period (the Java SDK's `SUBSCRIPTION_INQUIRE_PATH`). */
  readonly inquire: ApiMethod<SubscriptionInquireRequest, SubscriptionInquireResponse>
  /** `/v1/subscriptions/inquiry`: a subscription's state, amount and period rule. */
  readonly inquiry: ApiMethod<SubscriptionsInquiryRequest, SubscriptionsInquiryResponse>
  /** `/v1/subscriptions/inquireSubscription`: one subscription in full. */
  readonly inquireSubscription: ApiMethod<InquireSubscriptionRequest, InquireSubscriptionResponse>
  /** `/v1/subscriptions/inquireSubscriptionList`: subscriptions by status, method, currency or period, a page at a time. */
  readonly inquireSubscriptionList: ApiMethod<InquireSubscriptionListRequest, InquireSubscriptionListResponse>
  /** `/v1/subscriptions/inquireSubscriptionPayment`: a subscription's period payments, a page at a time. */
  readonly inquireSubscriptionPayment: ApiMethod<InquireSubscriptionPaymentRequest, InquireSubscriptionPaymentResponse>
}

/** Vaulting: saving a payment method and managing its token. */
export interface VaultsApi {
  /** `/v1/vaults/createVaultingSession`: a session to vault a payment method. */
  readonly createVaultingSession: ApiMethod<CreateVaultingSessionRequest, CreateVaultingSessionResponse>
  /** `/v1/vaults/vaultPaymentMethod`: vaults a payment method. */
  readonly vaultPaymentMethod: ApiMethod<VaultPaymentMethodRequest, VaultPaymentMethodResponse>
  /** `/v1/vaults/inquireVaulting`: the state of a vaulting request. */
  readonly inquireVaulting: ApiMethod<InquireVaultingRequest, InquireVaultingResponse>
  /** `/v1/vaults/inquireToken`: a vaulted token and its holder. */
  readonly inquireToken: ApiMethod<InquireTokenRequest, InquireTokenResponse>
  /** `/v1/vaults/updateToken`: changes a vaulted token's holder, email or expiry. */
  readonly updateToken: ApiMethod<UpdateTokenRequest, UpdateTokenResponse>
  /** `/v1/vaults/deleteToken`: deletes a vaulted token. */
  readonly deleteToken: ApiMethod<DeleteTokenRequest, DeleteTokenResponse>
  /** `/v1/vaults/fetchNonce`: a one-time card token before vaulting. */
  readonly fetchNonce: ApiMethod<VaultsFetchNonceRequest, VaultsFetchNonceResponse>
}
