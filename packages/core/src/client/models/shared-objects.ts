import type { Amount } from '../../notification/types.js'
import type { WireInteger } from './objects.js'

/*
 * Nested objects that several of the endpoint families added by issue 12 share: the nested models
 * of the official Java SDK (alipay/global-open-sdk-java v2.2.8, `model/ams/*`), field for field,
 * each open to fields Alipay adds. Every field is optional, as in the SDK; enums are open, so a
 * value Alipay adds later still type-checks.
 */

/** An account balance (J `AccountBalance`). */
export interface AccountBalance {
  readonly currency?: string
  readonly availableBalance?: Amount
  readonly frozenBalance?: Amount
  readonly totalBalance?: Amount
  readonly [field: string]: unknown
}

/** An address (J `Address`). */
export interface Address {
  readonly region?: string
  readonly state?: string
  readonly city?: string
  readonly address1?: string
  readonly address2?: string
  readonly zipCode?: string
  readonly label?: string
  readonly address3?: string
  readonly [field: string]: unknown
}

/** An attachment (J `Attachment`). */
export interface Attachment {
  readonly attachmentType?: string
  readonly file?: string
  readonly attachmentName?: string
  readonly fileKey?: string
  readonly [field: string]: unknown
}

/** A billing discount (J `BillingDiscount`). */
export interface BillingDiscount {
  readonly couponId?: string
  readonly promotionCodeId?: string
  readonly [field: string]: unknown
}

/** A delivery estimate (J `DeliveryEstimate`). */
export interface DeliveryEstimate {
  readonly minimum?: DeliveryEstimateInfo
  readonly maximum?: DeliveryEstimateInfo
  readonly [field: string]: unknown
}

/** A delivery estimate info (J `DeliveryEstimateInfo`). */
export interface DeliveryEstimateInfo {
  readonly unit?: string
  readonly value?: WireInteger
  readonly [field: string]: unknown
}

/** An invoice payment (J `InvoicePayment`). */
export interface InvoicePayment {
  readonly invoicePaymentId?: string
  readonly attemptNo?: WireInteger
  readonly paymentRequestId?: string
  readonly paymentId?: string
  readonly payToRequestId?: string
  readonly payToId?: string
  readonly paymentAmount?: Amount
  readonly paymentOrderStatus?: string
  readonly paymentMethod?: string
  readonly errorCode?: string
  readonly errorMessage?: string
  readonly retryReason?: string
  readonly paymentTime?: string
  readonly nextRetryAt?: string
  readonly gmtCreate?: string
  readonly gmtUpdate?: string
  readonly [field: string]: unknown
}

/** A paginator (J `Paginator`). */
export interface Paginator {
  readonly currentPage?: WireInteger
  readonly pageSize?: WireInteger
  readonly totalPage?: WireInteger
  readonly totalCount?: WireInteger
  readonly [field: string]: unknown
}

/** An user name (J `UserName`). */
export interface UserName {
  readonly firstName?: string
  readonly middleName?: string
  readonly lastName?: string
  readonly fullName?: string
  readonly [field: string]: unknown
}

/** A web site (J `WebSite`). */
export interface WebSite {
  readonly name?: string
  readonly url?: string
  readonly desc?: string
  readonly type?: string
  readonly [field: string]: unknown
}
