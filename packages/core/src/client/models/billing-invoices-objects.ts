import type { Amount } from '../../notification/types.js'
import type { WireBoolean, WireInteger } from './objects.js'
import type { DeliveryEstimate, UserName } from './shared-objects.js'

/*
 * Billing: invoices: the nested models of the official Java SDK (alipay/global-open-sdk-java
 * v2.2.8, `model/ams/*`), field for field, each open to fields Alipay adds. Every field is
 * optional, as in the SDK; enums are open, so a value Alipay adds later still type-checks.
 */

/** An invoice (J `Invoice`). */
export interface Invoice {
  readonly invoiceId?: string
  readonly subscriptionId?: string
  readonly customerId?: string
  readonly customerFirstName?: string
  readonly customerLastName?: string
  readonly customerEmail?: string
  readonly reason?: string
  readonly status?: string
  readonly totalAmount?: Amount
  readonly paidAmount?: Amount
  readonly remainAmount?: Amount
  readonly currency?: string
  readonly periodStart?: string
  readonly periodEnd?: string
  readonly dueDate?: string
  readonly gmtCreate?: string
  readonly gmtUpdate?: string
  readonly description?: string
  readonly pdfFileUrl?: string
  readonly [field: string]: unknown
}

/** An invoice address (J `InvoiceAddress`). */
export interface InvoiceAddress {
  readonly country?: string
  readonly state?: string
  readonly city?: string
  readonly address1?: string
  readonly address2?: string
  readonly postalCode?: string
  readonly [field: string]: unknown
}

/** An invoice create item (J `InvoiceCreateItem`). */
export interface InvoiceCreateItem {
  readonly description?: string
  readonly itemAmount?: Amount
  readonly unitAmount?: Amount
  readonly priceId?: string
  readonly productId?: string
  readonly quantity?: WireInteger
  readonly itemId?: string
  readonly supplyStart?: string
  readonly supplyEnd?: string
  readonly [field: string]: unknown
}

/** An invoice custom field (J `InvoiceCustomField`). */
export interface InvoiceCustomField {
  readonly label?: string
  readonly value?: string
  readonly [field: string]: unknown
}

/** An invoice item (J `InvoiceItem`). */
export interface InvoiceItem {
  readonly itemId?: string
  readonly priceId?: string
  readonly description?: string
  readonly quantity?: string
  readonly unitAmount?: Amount
  readonly amount?: Amount
  readonly usageAmount?: Amount
  readonly usageQuantity?: string
  readonly periodStart?: string
  readonly periodEnd?: string
  readonly proration?: WireBoolean
  readonly discountAmount?: Amount
  readonly taxAmount?: Amount
  readonly gmtCreate?: string
  readonly gmtUpdate?: string
  readonly [field: string]: unknown
}

/** An invoice note (J `InvoiceNote`). */
export interface InvoiceNote {
  readonly noteId?: string
  readonly note?: string
  readonly action?: string
  readonly noteTime?: string
  readonly [field: string]: unknown
}

/** An invoice shipping (J `InvoiceShipping`). */
export interface InvoiceShipping {
  readonly shippingName?: UserName
  readonly shippingAddress?: InvoiceAddress
  readonly shippingCarrier?: string
  readonly shippingNumber?: string
  readonly shippingPhoneNo?: string
  readonly shipToEmail?: string
  readonly notes?: string
  readonly shippingFeeId?: string
  readonly shippingFee?: Amount
  readonly shippingDescription?: string
  readonly deliveryEstimate?: DeliveryEstimate
  readonly trackingUrl?: string
  readonly shippingMethodIndicator?: string
  readonly [field: string]: unknown
}
