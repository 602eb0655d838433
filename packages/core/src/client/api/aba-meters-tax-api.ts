import type {
  AbaInquiryBalanceRequest,
  AbaInquiryBalanceResponse,
  InquireAvailableQuotaRequest,
  InquireAvailableQuotaResponse,
  InquiryStatementDetailRequest,
  InquiryStatementDetailResponse,
  InquiryStatementListRequest,
  InquiryStatementListResponse,
  InquiryStatementRequest,
  InquiryStatementResponse,
} from '../models/aba-accounts.js'
import type {
  ApplyCardRequest,
  ApplyCardResponse,
  InquireCardDetailRequest,
  InquireCardDetailResponse,
  InquireCardRequest,
  InquireCardResponse,
  InquireCardSensitiveInfoRequest,
  InquireCardSensitiveInfoResponse,
  InquireCardTransactionEventRequest,
  InquireCardTransactionEventResponse,
  InquireCardTransactionLifecycleDetailRequest,
  InquireCardTransactionLifecycleDetailResponse,
  InquireCardTransactionLifecycleRequest,
  InquireCardTransactionLifecycleResponse,
  UpdateCardRequest,
  UpdateCardResponse,
  UpdateCardStatusRequest,
  UpdateCardStatusResponse,
} from '../models/aba-cards.js'
import type {
  CreateDirectPaymentRequest,
  CreateDirectPaymentResponse,
  CreateDirectRefundRequest,
  CreateDirectRefundResponse,
  CreateExchangeRequest,
  CreateExchangeResponse,
  CreateQuoteRequest,
  CreateQuoteResponse,
  InquireDirectPaymentRequest,
  InquireDirectPaymentResponse,
  InquireDirectRefundRequest,
  InquireDirectRefundResponse,
  InquireExchangeRequest,
  InquireExchangeResponse,
  InquiryRateRequest,
  InquiryRateResponse,
} from '../models/aba-funds.js'
import type {
  CreditGrantCreateRequest,
  CreditGrantCreateResponse,
  CreditGrantInquireDetailsRequest,
  CreditGrantInquireDetailsResponse,
  CreditGrantInquireListRequest,
  CreditGrantInquireListResponse,
  CreditGrantUpdateExpiryRequest,
  CreditGrantUpdateExpiryResponse,
  CreditGrantVoidRequest,
  CreditGrantVoidResponse,
  MeterCreateRequest,
  MeterCreateResponse,
  MeterCreateSessionRequest,
  MeterCreateSessionResponse,
  MeterInquireDetailsRequest,
  MeterInquireDetailsResponse,
  MeterInquireListRequest,
  MeterInquireListResponse,
  MeterUpdateRequest,
  MeterUpdateResponse,
  MeterUploadEventRequest,
  MeterUploadEventResponse,
} from '../models/meters.js'
import type {
  TaxCalculateRequest,
  TaxCalculateResponse,
  TaxCancelRegistrationRequest,
  TaxCancelRegistrationResponse,
  TaxInitializeSettingsRequest,
  TaxInitializeSettingsResponse,
  TaxInquireCalculationRequest,
  TaxInquireCalculationResponse,
  TaxInquireRegistrationListRequest,
  TaxInquireRegistrationListResponse,
  TaxInquireSettingsRequest,
  TaxInquireSettingsResponse,
  TaxInquireTransactionListRequest,
  TaxInquireTransactionListResponse,
  TaxRegisterRequest,
  TaxRegisterResponse,
  TaxUpdateRegistrationPeriodRequest,
  TaxUpdateRegistrationPeriodResponse,
  TaxUpdateSettingsRequest,
  TaxUpdateSettingsResponse,
} from '../models/tax.js'
import type { ApiMethod } from '../types.js'

/** Antom Business Account: balances, statements, issued cards, direct payments and exchanges. */
export interface AbaApi {
  /** `/v1/aba/account/inquireAvailableQuota`: the quota left in one currency. */
  readonly inquireAvailableQuota: ApiMethod<InquireAvailableQuotaRequest, InquireAvailableQuotaResponse>
  /** `/v1/aba/accounts/inquiryBalance`: the balances of the business account. */
  readonly inquiryBalance: ApiMethod<AbaInquiryBalanceRequest, AbaInquiryBalanceResponse>
  /** `/v1/aba/accounts/inquiryStatement`: account statement lines, filtered, a page at a time. */
  readonly inquiryStatement: ApiMethod<InquiryStatementRequest, InquiryStatementResponse>
  /** `/v1/aba/accounts/inquiryStatementDetail`: one statement line in full. */
  readonly inquiryStatementDetail: ApiMethod<InquiryStatementDetailRequest, InquiryStatementDetailResponse>
  /** `/v1/aba/accounts/inquiryStatementList`: account statement lines (the older list form). */
  readonly inquiryStatementList: ApiMethod<InquiryStatementListRequest, InquiryStatementListResponse>
  /** `/v1/aba/cards/applyCard`: issues a virtual card. */
  readonly applyCard: ApiMethod<ApplyCardRequest, ApplyCardResponse>
  /** `/v1/aba/cards/inquireCard`: the issued cards, filtered, a page at a time. */
  readonly inquireCard: ApiMethod<InquireCardRequest, InquireCardResponse>
  /** `/v1/aba/cards/inquireCardDetail`: one issued card. */
  readonly inquireCardDetail: ApiMethod<InquireCardDetailRequest, InquireCardDetailResponse>
  /** `/v1/aba/cards/inquireCardSensitiveInfo`: the number, CVV and expiry of an issued card. */
  readonly inquireCardSensitiveInfo: ApiMethod<InquireCardSensitiveInfoRequest, InquireCardSensitiveInfoResponse>
  /** `/v1/aba/cards/updateCard`: changes an issued card's nickname, note, purpose or limits. */
  readonly updateCard: ApiMethod<UpdateCardRequest, UpdateCardResponse>
  /** `/v1/aba/cards/updateCardStatus`: freezes, unfreezes or cancels an issued card (notifyCardStatus follows). */
  readonly updateCardStatus: ApiMethod<UpdateCardStatusRequest, UpdateCardStatusResponse>
  /** `/v1/aba/cards/inquireCardTransactionEvent`: card transaction events, filtered, a page at a time. */
  readonly inquireCardTransactionEvent: ApiMethod<
    InquireCardTransactionEventRequest,
    InquireCardTransactionEventResponse
  >
  /** `/v1/aba/cards/inquireCardTransactionLifecycle`: card transactions grouped by lifecycle, a page at a time. */
  readonly inquireCardTransactionLifecycle: ApiMethod<
    InquireCardTransactionLifecycleRequest,
    InquireCardTransactionLifecycleResponse
  >
  /** `/v1/aba/cards/inquireCardTransactionLifecycleDetail`: one card transaction lifecycle with its events. */
  readonly inquireCardTransactionLifecycleDetail: ApiMethod<
    InquireCardTransactionLifecycleDetailRequest,
    InquireCardTransactionLifecycleDetailResponse
  >
  /** `/v1/aba/funds/createDirectPayment`: pays a supplier from the business account. */
  readonly createDirectPayment: ApiMethod<CreateDirectPaymentRequest, CreateDirectPaymentResponse>
  /** `/v1/aba/funds/inquireDirectPayment`: a direct payment's state. */
  readonly inquireDirectPayment: ApiMethod<InquireDirectPaymentRequest, InquireDirectPaymentResponse>
  /** `/v1/aba/funds/createDirectRefund`: refunds a direct payment (notifyDirectRefund follows). */
  readonly createDirectRefund: ApiMethod<CreateDirectRefundRequest, CreateDirectRefundResponse>
  /** `/v1/aba/funds/inquireDirectRefund`: a direct refund's state. */
  readonly inquireDirectRefund: ApiMethod<InquireDirectRefundRequest, InquireDirectRefundResponse>
  /** `/v1/aba/funds/createQuote`: an exchange quote between two currencies. */
  readonly createQuote: ApiMethod<CreateQuoteRequest, CreateQuoteResponse>
  /** `/ams/v1/aba/funds/createExchange` (outside `/ams/api`, as every official SDK sends it): exchanges funds between currencies of the business account. */
  readonly createExchange: ApiMethod<CreateExchangeRequest, CreateExchangeResponse>
  /** `/v1/aba/funds/inquireExchange`: an exchange's state. */
  readonly inquireExchange: ApiMethod<InquireExchangeRequest, InquireExchangeResponse>
  /** `/v1/aba/funds/inquireRate`: exchange rates for currency pairs. */
  readonly inquireRate: ApiMethod<InquiryRateRequest, InquiryRateResponse>
}

/** Usage meters and their events, for metered prices. */
export interface MetersApi {
  /** `/v1/meter/create`: creates a usage meter. */
  readonly create: ApiMethod<MeterCreateRequest, MeterCreateResponse>
  /** `/v1/meter/update`: renames a meter or changes its status. */
  readonly update: ApiMethod<MeterUpdateRequest, MeterUpdateResponse>
  /** `/v1/meter/inquireDetails`: one meter. */
  readonly inquireDetails: ApiMethod<MeterInquireDetailsRequest, MeterInquireDetailsResponse>
  /** `/v1/meter/inquireList`: meters, filtered, a page at a time. */
  readonly inquireList: ApiMethod<MeterInquireListRequest, MeterInquireListResponse>
  /** `/v1/meter/createSession`: a session for uploading meter events. */
  readonly createSession: ApiMethod<MeterCreateSessionRequest, MeterCreateSessionResponse>
  /** `/v1/meter/uploadEvent`: uploads usage events (the Java SDK sends these over HTTP/2). */
  readonly uploadEvent: ApiMethod<MeterUploadEventRequest, MeterUploadEventResponse>
  /** Usage credit granted to customers. */
  readonly creditGrants: MetersCreditGrantsApi
}

/** Tax calculation, registrations and settings. */
export interface TaxApi {
  /** `/v1/tax/calculate`: the tax on a basket of line items. */
  readonly calculate: ApiMethod<TaxCalculateRequest, TaxCalculateResponse>
  /** `/v1/tax/inquireCalculation`: a tax calculation made earlier. */
  readonly inquireCalculation: ApiMethod<TaxInquireCalculationRequest, TaxInquireCalculationResponse>
  /** `/v1/tax/inquireTransactionList`: the tax transactions of a calculation, payment or refund. */
  readonly inquireTransactionList: ApiMethod<TaxInquireTransactionListRequest, TaxInquireTransactionListResponse>
  /** `/v1/tax/register`: records a tax registration in a jurisdiction. */
  readonly register: ApiMethod<TaxRegisterRequest, TaxRegisterResponse>
  /** `/v1/tax/cancelRegistration`: ends a tax registration. */
  readonly cancelRegistration: ApiMethod<TaxCancelRegistrationRequest, TaxCancelRegistrationResponse>
  /** `/v1/tax/updateRegistrationPeriod`: changes a tax registration's active period. */
  readonly updateRegistrationPeriod: ApiMethod<TaxUpdateRegistrationPeriodRequest, TaxUpdateRegistrationPeriodResponse>
  /** `/v1/tax/inquireRegistrationList`: the tax registrations, a page at a time. */
  readonly inquireRegistrationList: ApiMethod<TaxInquireRegistrationListRequest, TaxInquireRegistrationListResponse>
  /** `/v1/tax/initializeSettings`: sets the default tax code, behaviour and head office once. */
  readonly initializeSettings: ApiMethod<TaxInitializeSettingsRequest, TaxInitializeSettingsResponse>
  /** `/v1/tax/updateSettings`: changes the tax settings. */
  readonly updateSettings: ApiMethod<TaxUpdateSettingsRequest, TaxUpdateSettingsResponse>
  /** `/v1/tax/inquireSettings`: the tax settings. */
  readonly inquireSettings: ApiMethod<TaxInquireSettingsRequest, TaxInquireSettingsResponse>
}

/** Usage credit granted to customers. */
export interface MetersCreditGrantsApi {
  /** `/v1/meter/creditGrant/create`: grants a customer usage credit. */
  readonly create: ApiMethod<CreditGrantCreateRequest, CreditGrantCreateResponse>
  /** `/v1/meter/creditGrant/updateExpiry`: changes a credit grant's expiry. */
  readonly updateExpiry: ApiMethod<CreditGrantUpdateExpiryRequest, CreditGrantUpdateExpiryResponse>
  /** `/v1/meter/creditGrant/void`: voids a credit grant. */
  readonly void: ApiMethod<CreditGrantVoidRequest, CreditGrantVoidResponse>
  /** `/v1/meter/creditGrant/inquireDetails`: one credit grant. */
  readonly inquireDetails: ApiMethod<CreditGrantInquireDetailsRequest, CreditGrantInquireDetailsResponse>
  /** `/v1/meter/creditGrant/inquireList`: credit grants, filtered, a page at a time. */
  readonly inquireList: ApiMethod<CreditGrantInquireListRequest, CreditGrantInquireListResponse>
}
