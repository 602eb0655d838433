import type { Amount, OpenObject, Result } from '../../notification/types.js'
import type { OrderCodeForm, WireBoolean, WireInteger } from './objects.js'

export type * from './catalogue.js'
export type * from './objects.js'

/**
 * Fields every request model accepts besides its named ones: the AMS APIs have many optional
 * fields (docs/protocol.md §4), so a request may carry any of them. Every non-array value is sent as a
 * JSON string, as the docs ask (`"20"`, `"true"`).
 */
export interface ApiRequest {
  readonly [field: string]: unknown
}

/** Every verified API response: the `result` block and whatever else the endpoint returns. */
export interface ApiResponse {
  /** Describes the API call only, never the payment status (docs/protocol.md §4). */
  readonly result: Result
  readonly [field: string]: unknown
}

/** The client environment, sent by `pay`, `createPaymentSession` and others (J `Env`). */
export interface Env {
  readonly terminalType?: 'WEB' | 'WAP' | 'APP' | 'MINI_APP' | (string & {})
  readonly osType?: 'IOS' | 'ANDROID' | (string & {})
  readonly userAgent?: string
  readonly deviceTokenId?: string
  readonly clientIp?: string
  readonly cookieId?: string
  readonly extendInfo?: string
  readonly storeTerminalId?: string
  readonly storeTerminalRequestTime?: string
  readonly browserInfo?: OpenObject
  readonly colorDepth?: string
  readonly screenHeight?: string
  readonly screenWidth?: string
  readonly timeZoneOffset?: WireInteger
  readonly deviceBrand?: string
  readonly deviceModel?: string
  readonly deviceLanguage?: string
  readonly deviceId?: string
  readonly osVersion?: string
  readonly [field: string]: unknown
}

/** The buyer's order, shown on the cashier page and used for risk control (J `Order`). */
export interface Order {
  readonly referenceOrderId?: string
  readonly orderDescription?: string
  readonly orderAmount?: Amount
  readonly orderDiscountAmount?: Amount
  readonly subTotalOrderAmount?: Amount
  /** J `Merchant`: `referenceMerchantId`, `merchantMCC`, `merchantName`, `store`, ... */
  readonly merchant?: OpenObject
  /** J `Goods`: `referenceGoodsId`, `goodsName`, `goodsUnitAmount`, `goodsQuantity`, ... */
  readonly goods?: readonly OpenObject[]
  /** J `Shipping`: `shippingName`, `shippingAddress`, `shippingCarrier`, `shippingFee`, ... */
  readonly shipping?: OpenObject
  /** J `Buyer`: `referenceBuyerId`, `buyerName`, `buyerEmail`, `buyerPhoneNo`, ... */
  readonly buyer?: OpenObject
  readonly env?: Env
  readonly extendInfo?: string
  readonly transit?: OpenObject
  readonly lodging?: OpenObject
  readonly gaming?: OpenObject
  readonly needDeclaration?: WireBoolean
  readonly declaration?: OpenObject
  readonly orderType?: string
  readonly [field: string]: unknown
}

/** The payment method of a payment, e.g. `{ paymentMethodType: 'ALIPAY_CN' }` (J `PaymentMethod`). */
export interface PaymentMethod {
  readonly paymentMethodType: string
  readonly paymentMethodId?: string
  readonly funding?: string
  readonly customerId?: string
  readonly extendInfo?: string
  readonly requireIssuerAuthentication?: WireBoolean
  readonly paymentMethodMetaData?: OpenObject
  readonly [field: string]: unknown
}

/** Which currency Alipay settles in. */
export interface SettlementStrategy {
  readonly settlementCurrency?: string
  readonly [field: string]: unknown
}

/** A form the merchant hands to the buyer's browser (a redirect, a POST form). */
export interface RedirectActionForm {
  readonly method?: 'GET' | 'POST' | (string & {})
  readonly parameters?: string
  readonly redirectUrl?: string
  readonly actionFormType?: string
  readonly [field: string]: unknown
}

/** Where to send the buyer next: any of these may be present on a `pay` or vaulting response. */
export interface BuyerAction {
  /** The URL to redirect a web or WAP buyer to. */
  readonly normalUrl?: string
  readonly schemeUrl?: string
  readonly applinkUrl?: string
  readonly appIdentifier?: string
  readonly redirectActionForm?: RedirectActionForm
  readonly orderCodeForm?: OrderCodeForm
}
