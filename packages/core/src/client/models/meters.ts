import type { Amount } from '../../notification/types.js'
import type { ApiRequest, ApiResponse } from './common.js'
import type { Applicability, CreditGrant, Meter, MeterEventBatch, MeterEventError } from './meters-objects.js'
import type { WireInteger } from './objects.js'

/*
 * Usage meters, meter events and credit grants: the request and response models of the official
 * Java SDK (alipay/global-open-sdk-java v2.2.8, `request/ams/*`, `response/ams/*`), field for
 * field. Every field is optional, as in the SDK, except the idempotency key or the id of the
 * object an operation acts on; enums are open, so a value Alipay adds later still type-checks.
 * docs/endpoints.md lists every endpoint.
 */

/** `POST /v1/meter/create` (J `AlipayMeterCreateRequest`). */
export interface MeterCreateRequest extends ApiRequest {
  readonly meterName?: string
  readonly eventName?: string
  readonly aggregationMethod?: string
  readonly eventTimeWindow?: string
  readonly valueKeyOverride?: string
}

/** The `meters.create` response (J `AlipayMeterCreateResponse`). */
export interface MeterCreateResponse extends ApiResponse {
  readonly meter?: Meter
}

/** `POST /v1/meter/update` (J `AlipayMeterUpdateRequest`). */
export interface MeterUpdateRequest extends ApiRequest {
  readonly meterId: string
  readonly meterName?: string
  readonly status?: string
}

/** The `meters.update` response (J `AlipayMeterUpdateResponse`). */
export interface MeterUpdateResponse extends ApiResponse {
  readonly meter?: Meter
}

/** `POST /v1/meter/inquireDetails` (J `AlipayMeterInquireDetailsRequest`). */
export interface MeterInquireDetailsRequest extends ApiRequest {
  readonly meterId: string
}

/** The `meters.inquireDetails` response (J `AlipayMeterInquireDetailsResponse`). */
export interface MeterInquireDetailsResponse extends ApiResponse {
  readonly meter?: Meter
}

/** `POST /v1/meter/inquireList` (J `AlipayMeterInquireListRequest`). */
export interface MeterInquireListRequest extends ApiRequest {
  readonly pageNum?: WireInteger
  readonly pageSize?: WireInteger
  readonly meterName?: string
  readonly eventName?: string
  readonly status?: string
  readonly startDateTime?: string
  readonly endDateTime?: string
}

/** The `meters.inquireList` response (J `AlipayMeterInquireListResponse`). */
export interface MeterInquireListResponse extends ApiResponse {
  readonly pageNum?: WireInteger
  readonly pageSize?: WireInteger
  readonly totalCount?: WireInteger
  readonly meters?: readonly Meter[]
}

/** `POST /v1/meter/createSession` (J `AlipayMeterCreateSessionRequest`). */
export interface MeterCreateSessionRequest extends ApiRequest {
  readonly requestId?: string
}

/** The `meters.createSession` response (J `AlipayMeterCreateSessionResponse`). */
export interface MeterCreateSessionResponse extends ApiResponse {
  readonly sessionId?: string
  readonly sessionExpiryTime?: string
}

/** `POST /v1/meter/uploadEvent` (J `AlipayMeterUploadEventRequest`). */
export interface MeterUploadEventRequest extends ApiRequest {
  readonly meters?: readonly MeterEventBatch[]
}

/** The `meters.uploadEvent` response (J `AlipayMeterUploadEventResponse`). */
export interface MeterUploadEventResponse extends ApiResponse {
  readonly retryAfter?: WireInteger
  readonly errors?: readonly MeterEventError[]
}

/** `POST /v1/meter/creditGrant/create` (J `AlipayCreditGrantCreateRequest`). */
export interface CreditGrantCreateRequest extends ApiRequest {
  readonly customerId?: string
  readonly creditGrantName?: string
  readonly amount?: Amount
  readonly applicability?: Applicability
  readonly priority?: WireInteger
  readonly category?: string
  readonly effectiveDateTime?: string
  readonly expiryDateTime?: string
}

/** The `meters.creditGrants.create` response (J `AlipayCreditGrantCreateResponse`). */
export interface CreditGrantCreateResponse extends ApiResponse {
  readonly creditGrant?: CreditGrant
}

/** `POST /v1/meter/creditGrant/updateExpiry` (J `AlipayCreditGrantUpdateExpiryRequest`). */
export interface CreditGrantUpdateExpiryRequest extends ApiRequest {
  readonly creditGrantId: string
  readonly expiryMode?: string
  readonly expiryDateTime?: string
}

/** The `meters.creditGrants.updateExpiry` response (J `AlipayCreditGrantUpdateExpiryResponse`). */
export interface CreditGrantUpdateExpiryResponse extends ApiResponse {
  readonly creditGrant?: CreditGrant
}

/** `POST /v1/meter/creditGrant/void` (J `AlipayCreditGrantVoidRequest`). */
export interface CreditGrantVoidRequest extends ApiRequest {
  readonly creditGrantId: string
  readonly voidReason?: string
}

/** The `meters.creditGrants.void` response (J `AlipayCreditGrantVoidResponse`). */
export interface CreditGrantVoidResponse extends ApiResponse {
  readonly creditGrant?: CreditGrant
}

/** `POST /v1/meter/creditGrant/inquireDetails` (J `AlipayCreditGrantInquireDetailsRequest`). */
export interface CreditGrantInquireDetailsRequest extends ApiRequest {
  readonly creditGrantId: string
}

/** The `meters.creditGrants.inquireDetails` response (J `AlipayCreditGrantInquireDetailsResponse`). */
export interface CreditGrantInquireDetailsResponse extends ApiResponse {
  readonly creditGrant?: CreditGrant
}

/** `POST /v1/meter/creditGrant/inquireList` (J `AlipayCreditGrantInquireListRequest`). */
export interface CreditGrantInquireListRequest extends ApiRequest {
  readonly pageNum?: WireInteger
  readonly pageSize?: WireInteger
  readonly customerId?: string
  readonly status?: string
}

/** The `meters.creditGrants.inquireList` response (J `AlipayCreditGrantInquireListResponse`). */
export interface CreditGrantInquireListResponse extends ApiResponse {
  readonly pageNum?: WireInteger
  readonly pageSize?: WireInteger
  readonly totalCount?: WireInteger
  readonly creditGrants?: readonly CreditGrant[]
}
