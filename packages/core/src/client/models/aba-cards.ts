import type {
  AbaCard,
  AuthorizationControl,
  CardholderInfo,
  CardTransactionEvent,
  CardTransactionEventFilterType,
  CardTransactionLifecycle,
  CardTransactionLifecycleDetail,
  CardTransactionStatusFilterType,
} from './aba-cards-objects.js'
import type { ApiRequest, ApiResponse } from './common.js'
import type { WireInteger } from './objects.js'

/*
 * Antom Business Account (ABA): issued cards and their transactions: the request and response
 * models of the official Java SDK (alipay/global-open-sdk-java v2.2.8, `request/ams/*`,
 * `response/ams/*`), field for field. Every field is optional, as in the SDK, except the
 * idempotency key or the id of the object an operation acts on; enums are open, so a value Alipay
 * adds later still type-checks. docs/endpoints.md lists every endpoint.
 */

/** `POST /v1/aba/cards/applyCard` (J `AlipayApplyCardRequest`). */
export interface ApplyCardRequest extends ApiRequest {
  readonly requestId: string
  readonly cardNickName?: string
  readonly note?: string
  readonly cardBinRule?: string
  readonly purpose?: string
  readonly metadata?: { readonly [key: string]: string }
  readonly authorizationControl?: AuthorizationControl
}

/** The `aba.applyCard` response (J `AlipayApplyCardResponse`). */
export interface ApplyCardResponse extends ApiResponse {
  readonly requestId?: string
  readonly status?: string
  readonly assetId?: string
  readonly cvv?: string
  readonly cardNo?: string
  readonly expiredMonth?: string
  readonly expiredYear?: string
}

/** `POST /v1/aba/cards/inquireCard` (J `AlipayInquireCardRequest`). */
export interface InquireCardRequest extends ApiRequest {
  readonly pageNumber?: WireInteger
  readonly pageSize?: WireInteger
  readonly lastFourDigits?: string
  readonly cardStatus?: 'ACTIVE' | 'FROZEN' | 'CANCEL' | (string & {})
  readonly cardNickName?: string
}

/** The `aba.inquireCard` response (J `AlipayInquireCardResponse`). */
export interface InquireCardResponse extends ApiResponse {
  readonly totalCount?: WireInteger
  readonly totalPageNumber?: WireInteger
  readonly currentPageNumber?: WireInteger
  readonly cardList?: readonly AbaCard[]
}

/** `POST /v1/aba/cards/inquireCardDetail` (J `AlipayInquireCardDetailRequest`). */
export interface InquireCardDetailRequest extends ApiRequest {
  readonly assetId: string
}

/** The `aba.inquireCardDetail` response (J `AlipayInquireCardDetailResponse`). */
export interface InquireCardDetailResponse extends ApiResponse {
  readonly assetId?: string
  readonly cardNickName?: string
  readonly cardStatus?: 'ACTIVE' | 'FROZEN' | 'CANCEL' | (string & {})
  readonly maskedCardNo?: string
  readonly cardBrand?: 'MASTERCARD' | (string & {})
  readonly createdTime?: string
  readonly updatedTime?: string
  readonly purpose?: string
  readonly note?: string
  readonly metadata?: { readonly [key: string]: string }
  readonly authorizationControl?: AuthorizationControl
  readonly cardholderinfo?: CardholderInfo
}

/** `POST /v1/aba/cards/inquireCardSensitiveInfo` (J `AlipayInquireCardSensitiveInfoRequest`). */
export interface InquireCardSensitiveInfoRequest extends ApiRequest {
  readonly assetId: string
}

/** The `aba.inquireCardSensitiveInfo` response (J `AlipayInquireCardSensitiveInfoResponse`). */
export interface InquireCardSensitiveInfoResponse extends ApiResponse {
  readonly assetId?: string
  readonly cvv?: string
  readonly cardNo?: string
  readonly expiredMonth?: string
  readonly expiredYear?: string
}

/** `POST /v1/aba/cards/updateCard` (J `AlipayUpdateCardRequest`). */
export interface UpdateCardRequest extends ApiRequest {
  readonly assetId: string
  readonly requestId?: string
  readonly cardNickName?: string
  readonly note?: string
  readonly purpose?: string
  readonly metadata?: { readonly [key: string]: string }
  readonly authorizationControl?: AuthorizationControl
}

/** The `aba.updateCard` response (J `AlipayUpdateCardResponse`). */
export interface UpdateCardResponse extends ApiResponse {
  readonly status?: string
  readonly requestId?: string
}

/** `POST /v1/aba/cards/updateCardStatus` (J `AlipayUpdateCardStatusRequest`). */
export interface UpdateCardStatusRequest extends ApiRequest {
  readonly assetId: string
  readonly requestId?: string
  readonly operateType: 'FREEZE' | 'UNFREEZE' | 'CANCEL' | (string & {})
  readonly notifyUrl?: string
}

/** The `aba.updateCardStatus` response (J `AlipayUpdateCardStatusResponse`). */
export interface UpdateCardStatusResponse extends ApiResponse {
  readonly status?: string
  readonly requestId?: string
}

/** `POST /v1/aba/cards/inquireCardTransactionEvent` (J `AlipayInquireCardTransactionEventRequest`). */
export interface InquireCardTransactionEventRequest extends ApiRequest {
  readonly startTime?: string
  readonly endTime?: string
  readonly assetIdList?: readonly string[]
  readonly eventIdList?: readonly string[]
  readonly lifecycleIdList?: readonly string[]
  readonly transactionCurrencyList?: readonly string[]
  readonly eventTypeList?: readonly CardTransactionEventFilterType[]
  readonly statusList?: readonly CardTransactionStatusFilterType[]
  readonly pageSize?: WireInteger
  readonly pageNumber?: WireInteger
}

/** The `aba.inquireCardTransactionEvent` response (J `AlipayInquireCardTransactionEventResponse`). */
export interface InquireCardTransactionEventResponse extends ApiResponse {
  readonly events?: readonly CardTransactionEvent[]
  readonly totalCount?: WireInteger
  readonly totalPageNumber?: WireInteger
  readonly currentPageNumber?: WireInteger
}

/** `POST /v1/aba/cards/inquireCardTransactionLifecycle` (J `AlipayInquireCardTransactionLifecycleRequest`). */
export interface InquireCardTransactionLifecycleRequest extends ApiRequest {
  readonly startTime?: string
  readonly endTime?: string
  readonly assetIdList?: readonly string[]
  readonly transactionCurrencyList?: readonly string[]
  readonly lifecycleIdList?: readonly string[]
  readonly pageSize?: WireInteger
  readonly pageNumber?: WireInteger
}

/** The `aba.inquireCardTransactionLifecycle` response (J `AlipayInquireCardTransactionLifecycleResponse`). */
export interface InquireCardTransactionLifecycleResponse extends ApiResponse {
  readonly lifecycles?: readonly CardTransactionLifecycle[]
  readonly totalCount?: WireInteger
  readonly totalPageNumber?: WireInteger
  readonly currentPageNumber?: WireInteger
}

/** `POST /v1/aba/cards/inquireCardTransactionLifecycleDetail` (J `AlipayInquireCardTransactionLifecycleDetailRequest`). */
export interface InquireCardTransactionLifecycleDetailRequest extends ApiRequest {
  readonly lifecycleId: string
}

/** The `aba.inquireCardTransactionLifecycleDetail` response (J `AlipayInquireCardTransactionLifecycleDetailResponse`). */
export interface InquireCardTransactionLifecycleDetailResponse extends ApiResponse {
  readonly lifecycle?: CardTransactionLifecycleDetail
}
