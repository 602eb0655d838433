import type {
  CouponCreateRequest,
  CouponCreateResponse,
  CouponInquireDetailsRequest,
  CouponInquireDetailsResponse,
  CouponInquireListRequest,
  CouponInquireListResponse,
  CouponUpdateRequest,
  CouponUpdateResponse,
  PromotionCodeCreateRequest,
  PromotionCodeCreateResponse,
  PromotionCodeInquireDetailsRequest,
  PromotionCodeInquireDetailsResponse,
  PromotionCodeInquireListRequest,
  PromotionCodeInquireListResponse,
  PromotionCodeUpdateRequest,
  PromotionCodeUpdateResponse,
} from '../models/billing-coupons.js'
import type {
  CreditNoteCreateRequest,
  CreditNoteCreateResponse,
  CreditNoteInquireDetailsRequest,
  CreditNoteInquireDetailsResponse,
  CreditNoteInquireListRequest,
  CreditNoteInquireListResponse,
  CreditNoteVoidRequest,
  CreditNoteVoidResponse,
} from '../models/billing-credit-notes.js'
import type {
  CustomerCreatePortalLinkRequest,
  CustomerCreatePortalLinkResponse,
  CustomerCreateRequest,
  CustomerCreateResponse,
  CustomerDeleteRequest,
  CustomerDeleteResponse,
  CustomerInquireDetailsRequest,
  CustomerInquireDetailsResponse,
  CustomerInquireListRequest,
  CustomerInquireListResponse,
  CustomerUpdateRequest,
  CustomerUpdateResponse,
} from '../models/billing-customers.js'
import type {
  InvoiceConfirmPaymentRequest,
  InvoiceConfirmPaymentResponse,
  InvoiceCreateRequest,
  InvoiceCreateResponse,
  InvoiceCreateViewLinkRequest,
  InvoiceCreateViewLinkResponse,
  InvoiceExportRequest,
  InvoiceExportResponse,
  InvoiceFinalizeRequest,
  InvoiceFinalizeResponse,
  InvoiceInquireDetailsRequest,
  InvoiceInquireDetailsResponse,
  InvoiceInquireListRequest,
  InvoiceInquireListResponse,
  InvoiceMarkUncollectibleRequest,
  InvoiceMarkUncollectibleResponse,
  InvoiceReviseRequest,
  InvoiceReviseResponse,
  InvoiceSendRequest,
  InvoiceSendResponse,
  InvoiceUpdateRequest,
  InvoiceUpdateResponse,
  InvoiceVoidRequest,
  InvoiceVoidResponse,
} from '../models/billing-invoices.js'
import type { ProductUploadImageRequest, ProductUploadImageResponse } from '../models/billing-product-images.js'
import type {
  PriceCreateRequest,
  PriceCreateResponse,
  PriceInquireDetailsRequest,
  PriceInquireDetailsResponse,
  PriceInquireListRequest,
  PriceInquireListResponse,
  PriceUpdateRequest,
  PriceUpdateResponse,
  ProductCreateRequest,
  ProductCreateResponse,
  ProductInquireDetailsRequest,
  ProductInquireDetailsResponse,
  ProductInquireListRequest,
  ProductInquireListResponse,
  ProductUpdateRequest,
  ProductUpdateResponse,
} from '../models/billing-products.js'
import type {
  ReceiptExportRequest,
  ReceiptExportResponse,
  ReceiptInquireDetailsRequest,
  ReceiptInquireDetailsResponse,
  ReceiptInquireListRequest,
  ReceiptInquireListResponse,
  ReceiptSendRequest,
  ReceiptSendResponse,
} from '../models/billing-receipts.js'
import type {
  BillingSubscriptionCancelRequest,
  BillingSubscriptionCancelResponse,
  BillingSubscriptionCreateRequest,
  BillingSubscriptionCreateResponse,
  BillingSubscriptionInquireDetailsRequest,
  BillingSubscriptionInquireDetailsResponse,
  BillingSubscriptionInquireListRequest,
  BillingSubscriptionInquireListResponse,
  BillingSubscriptionResumeRequest,
  BillingSubscriptionResumeResponse,
  BillingSubscriptionUpdateRequest,
  BillingSubscriptionUpdateResponse,
} from '../models/billing-subscriptions.js'
import type { ApiMethod } from '../types.js'

/** Billing: customers, products, prices, coupons, invoices, credit notes, receipts and subscriptions. */
export interface BillingApi {
  /** Billing coupons. */
  readonly coupons: BillingCouponsApi
  /** Credit notes on billing invoices. */
  readonly creditNotes: BillingCreditNotesApi
  /** Billing customers. */
  readonly customers: BillingCustomersApi
  /** Billing invoices. */
  readonly invoices: BillingInvoicesApi
  /** Prices of billing products. */
  readonly prices: BillingPricesApi
  /** Billing products. */
  readonly products: BillingProductsApi
  /** Promotion codes of billing coupons. */
  readonly promotionCodes: BillingPromotionCodesApi
  /** Billing receipts. */
  readonly receipts: BillingReceiptsApi
  /** Subscriptions of billing customers to prices. */
  readonly subscriptions: BillingSubscriptionsApi
}

/** Billing coupons. */
export interface BillingCouponsApi {
  /** `/v1/billing/coupon/create`: creates a coupon. */
  readonly create: ApiMethod<CouponCreateRequest, CouponCreateResponse>
  /** `/v1/billing/coupon/update`: changes a coupon. */
  readonly update: ApiMethod<CouponUpdateRequest, CouponUpdateResponse>
  /** `/v1/billing/coupon/inquireDetails`: one coupon. */
  readonly inquireDetails: ApiMethod<CouponInquireDetailsRequest, CouponInquireDetailsResponse>
  /** `/v1/billing/coupon/inquireList`: coupons, filtered, a page at a time. */
  readonly inquireList: ApiMethod<CouponInquireListRequest, CouponInquireListResponse>
}

/** Credit notes on billing invoices. */
export interface BillingCreditNotesApi {
  /** `/v1/billing/creditNote/create`: credits an invoice (notifyCreditNote follows). */
  readonly create: ApiMethod<CreditNoteCreateRequest, CreditNoteCreateResponse>
  /** `/v1/billing/creditNote/void`: voids a credit note. */
  readonly void: ApiMethod<CreditNoteVoidRequest, CreditNoteVoidResponse>
  /** `/v1/billing/creditNote/inquireDetails`: one credit note. */
  readonly inquireDetails: ApiMethod<CreditNoteInquireDetailsRequest, CreditNoteInquireDetailsResponse>
  /** `/v1/billing/creditNote/inquireList`: credit notes, filtered, a page at a time. */
  readonly inquireList: ApiMethod<CreditNoteInquireListRequest, CreditNoteInquireListResponse>
}

/** Billing customers. */
export interface BillingCustomersApi {
  /** `/v1/billing/customer/create`: creates a billing customer. */
  readonly create: ApiMethod<CustomerCreateRequest, CustomerCreateResponse>
  /** `/v1/billing/customer/update`: changes a billing customer. */
  readonly update: ApiMethod<CustomerUpdateRequest, CustomerUpdateResponse>
  /** `/v1/billing/customer/delete`: deletes a billing customer. */
  readonly delete: ApiMethod<CustomerDeleteRequest, CustomerDeleteResponse>
  /** `/v1/billing/customer/inquireDetails`: one billing customer. */
  readonly inquireDetails: ApiMethod<CustomerInquireDetailsRequest, CustomerInquireDetailsResponse>
  /** `/v1/billing/customer/inquireList`: billing customers, filtered, a page at a time. */
  readonly inquireList: ApiMethod<CustomerInquireListRequest, CustomerInquireListResponse>
  /** `/v1/billing/customer/createPortalLink`: a link to the customer's self-service portal. */
  readonly createPortalLink: ApiMethod<CustomerCreatePortalLinkRequest, CustomerCreatePortalLinkResponse>
}

/** Billing invoices. */
export interface BillingInvoicesApi {
  /** `/v1/billing/invoice/create`: creates an invoice (draft or open). */
  readonly create: ApiMethod<InvoiceCreateRequest, InvoiceCreateResponse>
  /** `/v1/billing/invoice/update`: changes an invoice. */
  readonly update: ApiMethod<InvoiceUpdateRequest, InvoiceUpdateResponse>
  /** `/v1/billing/invoice/finalize`: opens a draft invoice for payment. */
  readonly finalize: ApiMethod<InvoiceFinalizeRequest, InvoiceFinalizeResponse>
  /** `/v1/billing/invoice/send`: emails an invoice to its customer. */
  readonly send: ApiMethod<InvoiceSendRequest, InvoiceSendResponse>
  /** `/v1/billing/invoice/confirmPayment`: records a payment received outside Antom (an invoice paid out of band). */
  readonly confirmPayment: ApiMethod<InvoiceConfirmPaymentRequest, InvoiceConfirmPaymentResponse>
  /** `/v1/billing/invoice/void`: voids an invoice. */
  readonly void: ApiMethod<InvoiceVoidRequest, InvoiceVoidResponse>
  /** `/v1/billing/invoice/markUncollectible`: marks an invoice uncollectible. */
  readonly markUncollectible: ApiMethod<InvoiceMarkUncollectibleRequest, InvoiceMarkUncollectibleResponse>
  /** `/v1/billing/invoice/revise`: replaces an invoice by a revised copy. */
  readonly revise: ApiMethod<InvoiceReviseRequest, InvoiceReviseResponse>
  /** `/v1/billing/invoice/inquireDetails`: one invoice in full. */
  readonly inquireDetails: ApiMethod<InvoiceInquireDetailsRequest, InvoiceInquireDetailsResponse>
  /** `/v1/billing/invoice/inquireList`: invoices, filtered, a page at a time. */
  readonly inquireList: ApiMethod<InvoiceInquireListRequest, InvoiceInquireListResponse>
  /** `/v1/billing/invoice/createViewLink`: a link to an invoice's hosted page. */
  readonly createViewLink: ApiMethod<InvoiceCreateViewLinkRequest, InvoiceCreateViewLinkResponse>
  /** `/v1/billing/invoice/export`: a file of invoices to download. */
  readonly export: ApiMethod<InvoiceExportRequest, InvoiceExportResponse>
}

/** Prices of billing products. */
export interface BillingPricesApi {
  /** `/v1/billing/price/create`: creates a price of a product (flat, tiered or metered). */
  readonly create: ApiMethod<PriceCreateRequest, PriceCreateResponse>
  /** `/v1/billing/price/update`: changes a price. */
  readonly update: ApiMethod<PriceUpdateRequest, PriceUpdateResponse>
  /** `/v1/billing/price/inquireDetails`: one price. */
  readonly inquireDetails: ApiMethod<PriceInquireDetailsRequest, PriceInquireDetailsResponse>
  /** `/v1/billing/price/inquireList`: prices, filtered, a page at a time. */
  readonly inquireList: ApiMethod<PriceInquireListRequest, PriceInquireListResponse>
}

/** Billing products. */
export interface BillingProductsApi {
  /** `/v1/billing/product/create`: creates a product. */
  readonly create: ApiMethod<ProductCreateRequest, ProductCreateResponse>
  /** `/v1/billing/product/update`: changes a product. */
  readonly update: ApiMethod<ProductUpdateRequest, ProductUpdateResponse>
  /** `/v1/billing/product/inquireDetails`: one product with its prices. */
  readonly inquireDetails: ApiMethod<ProductInquireDetailsRequest, ProductInquireDetailsResponse>
  /** `/v1/billing/product/inquireList`: products, filtered, a page at a time. */
  readonly inquireList: ApiMethod<ProductInquireListRequest, ProductInquireListResponse>
  /**
   * `/v1/billing/product/uploadImage`: uploads an image a product can use, as multipart/form-data
   * to the regional file gateway (`uploadBaseUrl`); the signature covers the JSON of `productId`
   * and the file's SHA-256 (docs/protocol.md §4.1). The file is at most 2 MiB.
   */
  readonly uploadImage: ApiMethod<ProductUploadImageRequest, ProductUploadImageResponse>
}

/** Promotion codes of billing coupons. */
export interface BillingPromotionCodesApi {
  /** `/v1/billing/promotionCode/create`: creates a promotion code for a coupon. */
  readonly create: ApiMethod<PromotionCodeCreateRequest, PromotionCodeCreateResponse>
  /** `/v1/billing/promotionCode/update`: changes a promotion code. */
  readonly update: ApiMethod<PromotionCodeUpdateRequest, PromotionCodeUpdateResponse>
  /** `/v1/billing/promotionCode/inquireDetails`: one promotion code. */
  readonly inquireDetails: ApiMethod<PromotionCodeInquireDetailsRequest, PromotionCodeInquireDetailsResponse>
  /** `/v1/billing/promotionCode/inquireList`: promotion codes, filtered, a page at a time. */
  readonly inquireList: ApiMethod<PromotionCodeInquireListRequest, PromotionCodeInquireListResponse>
}

/** Billing receipts. */
export interface BillingReceiptsApi {
  /** `/v1/billing/receipt/send`: emails a receipt to its customer. */
  readonly send: ApiMethod<ReceiptSendRequest, ReceiptSendResponse>
  /** `/v1/billing/receipt/inquireDetails`: one receipt in full. */
  readonly inquireDetails: ApiMethod<ReceiptInquireDetailsRequest, ReceiptInquireDetailsResponse>
  /** `/v1/billing/receipt/inquireList`: receipts, filtered, a page at a time. */
  readonly inquireList: ApiMethod<ReceiptInquireListRequest, ReceiptInquireListResponse>
  /** `/v1/billing/receipt/export`: a file of receipts to download. */
  readonly export: ApiMethod<ReceiptExportRequest, ReceiptExportResponse>
}

/** Subscriptions of billing customers to prices. */
export interface BillingSubscriptionsApi {
  /** `/v1/billing/subscription/create`: subscribes a customer to prices. */
  readonly create: ApiMethod<BillingSubscriptionCreateRequest, BillingSubscriptionCreateResponse>
  /** `/v1/billing/subscription/update`: changes a subscription's items, trial or cancellation. */
  readonly update: ApiMethod<BillingSubscriptionUpdateRequest, BillingSubscriptionUpdateResponse>
  /** `/v1/billing/subscription/cancel`: cancels a subscription now or at period end. */
  readonly cancel: ApiMethod<BillingSubscriptionCancelRequest, BillingSubscriptionCancelResponse>
  /** `/v1/billing/subscription/resume`: resumes a paused or past-due subscription. */
  readonly resume: ApiMethod<BillingSubscriptionResumeRequest, BillingSubscriptionResumeResponse>
  /** `/v1/billing/subscription/inquireDetails`: one subscription in full. */
  readonly inquireDetails: ApiMethod<
    BillingSubscriptionInquireDetailsRequest,
    BillingSubscriptionInquireDetailsResponse
  >
  /** `/v1/billing/subscription/inquireList`: subscriptions, filtered, a page at a time. */
  readonly inquireList: ApiMethod<BillingSubscriptionInquireListRequest, BillingSubscriptionInquireListResponse>
}
