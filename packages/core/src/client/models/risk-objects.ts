import type { Amount } from '../../notification/types.js'
import type { WireBoolean, WireInteger } from './objects.js'
import type { Address, DeliveryEstimate, UserName } from './shared-objects.js'

/*
 * Risk decisions (`/v1/risk/payments/...`): the nested models of the official Java SDK
 * (alipay/global-open-sdk-java v2.2.8, `model/ams/*`), field for field, each open to fields Alipay
 * adds. Every field is optional, as in the SDK; enums are open, so a value Alipay adds later still
 * type-checks.
 */

/** An ancillary data (J `AncillaryData`). */
export interface AncillaryData {
  readonly services?: readonly Service[]
  readonly connectedTicketNumber?: string
  readonly [field: string]: unknown
}

/** An authorization error (J `AuthorizationError`). */
export interface AuthorizationError {
  readonly errorCode?: string
  readonly errorMessage?: string
  readonly [field: string]: unknown
}

/** J `AuthorizationPhase`, open: a value Alipay adds later still type-checks. */
export type AuthorizationPhase = 'PRE_AUTHORIZATION' | 'POST_AUTHORIZATION' | (string & {})

/** A buyer (J `Buyer`). */
export interface Buyer {
  readonly referenceBuyerId?: string
  readonly buyerName?: UserName
  readonly buyerPhoneNo?: string
  readonly buyerEmail?: string
  readonly buyerRegistrationTime?: string
  readonly isAccountVerified?: WireBoolean
  readonly successfulOrderCount?: WireInteger
  readonly buyerPhoneNoContryCode?: string
  readonly [field: string]: unknown
}

/** A card verification result (J `CardVerificationResult`). */
export interface CardVerificationResult {
  readonly authenticationType?: string
  readonly authenticationMethod?: string
  readonly cvvResult?: string
  readonly avsResult?: string
  readonly authorizationCode?: string
  readonly threeDSResult?: RiskThreeDSResult
  readonly [field: string]: unknown
}

/** J `ClassType`, open: a value Alipay adds later still type-checks. */
export type ClassType = 'FIRSTLEVEL' | 'SECONDLEVEL' | 'THIRDLEVEL' | (string & {})

/** A gaming (J `Gaming`). */
export interface Gaming {
  readonly gameName?: string
  readonly toppedUpUser?: string
  readonly toppedUpEmail?: string
  readonly toppedUpPhoneNo?: string
  readonly [field: string]: unknown
}

/** A goods (J `Goods`). */
export interface Goods {
  readonly referenceGoodsId?: string
  readonly goodsName?: string
  readonly goodsCategory?: string
  readonly goodsBrand?: string
  readonly goodsUnitAmount?: Amount
  readonly goodsQuantity?: string
  readonly goodsSkuName?: string
  readonly goodsUrl?: string
  readonly deliveryMethodType?: string
  readonly goodsImageUrl?: string
  readonly priceId?: string
  readonly goodsDiscountAmount?: Amount
  readonly goodsEndsOnTime?: string
  readonly crossSell?: Goods
  readonly [field: string]: unknown
}

/** A leg (J `Leg`). */
export interface Leg {
  readonly departureTime?: string
  readonly arrivalTime?: string
  readonly departureAddress?: Address
  readonly arrivalAddress?: Address
  readonly carrierName?: string
  readonly carrierNo?: string
  readonly classType?: ClassType
  readonly departureAirportCode?: string
  readonly arrivalAirportCode?: string
  readonly fareBasis?: string
  readonly couponNumber?: string
  readonly flightNumber?: string
  readonly passengerNameRecord?: string
  readonly [field: string]: unknown
}

/** A lodging (J `Lodging`). */
export interface Lodging {
  readonly hotelName?: string
  readonly hotelAddress?: Address
  readonly checkInDate?: string
  readonly checkOutDate?: string
  readonly numberOfNights?: WireInteger
  readonly numberOfRooms?: WireInteger
  readonly guestNames?: readonly UserName[]
  readonly [field: string]: unknown
}

/** A passenger (J `Passenger`). */
export interface Passenger {
  readonly passengerName?: UserName
  readonly passengerEmail?: string
  readonly passengerPhoneNo?: string
  readonly passengerId?: string
  readonly passengerIdType?: PassengerIdType
  readonly passengerCode?: string
  readonly [field: string]: unknown
}

/** J `PassengerIdType`, open: a value Alipay adds later still type-checks. */
export type PassengerIdType =
  | 'PASSPORT'
  | 'NATIONAL_ID_CARD'
  | 'DRIVER_LICENSE'
  | 'MILITARY_ID'
  | 'GREEN_CARD'
  | 'TRAVEL_DOCUMENT'
  | 'ALIEN_REGISTRATION_CARD'
  | 'BIRTH_CERTIFICATE'
  | 'OTHERS'
  | (string & {})

/** A payment detail (J `PaymentDetail`). */
export interface PaymentDetail {
  readonly amount?: Amount
  readonly paymentMethod?: RiskDecidePaymentMethod
  readonly [field: string]: unknown
}

/** A refund record (J `RefundRecord`). */
export interface RefundRecord {
  readonly referenceOrderId?: string
  readonly referenceGoodsId?: string
  readonly amount?: Amount
  readonly refundReason?: string
  readonly refundTime?: string | number
  readonly [field: string]: unknown
}

/** A risk decide merchant (J `Merchant`). */
export interface RiskDecideMerchant {
  readonly referenceMerchantId?: string
  readonly merchantMCC?: string
  readonly merchantName?: string
  readonly merchantDisplayName?: string
  readonly merchantAddress?: Address
  readonly merchantRegistrationTime?: string | number
  readonly merchantEmail?: string
  readonly [field: string]: unknown
}

/** A risk decide order (J `Order`). */
export interface RiskDecideOrder {
  readonly referenceOrderId?: string
  readonly orderAmount?: Amount
  readonly goods?: readonly Goods[]
  readonly shipping?: Shipping
  readonly merchant?: RiskDecideMerchant
  readonly orderDescription?: string
  readonly transit?: Transit
  readonly lodging?: Lodging
  readonly gaming?: Gaming
  readonly orderCreatedTime?: string | number
  readonly [field: string]: unknown
}

/** A risk decide payment method (J `PaymentMethod`). */
export interface RiskDecidePaymentMethod {
  readonly paymentMethodType?: string
  readonly paymentMethodId?: string
  readonly paymentMethodMetaData?: RiskDecidePaymentMethodMetaData
  readonly [field: string]: unknown
}

/** A risk decide payment method meta data (J `PaymentMethodMetaData`). */
export interface RiskDecidePaymentMethodMetaData {
  readonly cardNo?: string
  readonly cardBin?: string
  readonly lastFourDigits?: string
  readonly expiryYear?: string
  readonly expiryMonth?: string
  readonly billingAddress?: Address
  readonly isCardOnFile?: WireBoolean
  readonly cardHolderName?: UserName
  readonly payerEmail?: string
  readonly funding?: string
  readonly is3DSAuthentication?: WireBoolean
  readonly cardBrand?: string
  readonly cardIssuer?: string
  readonly issuingRegion?: string
  readonly cardVerificationResult?: CardVerificationResult
  readonly cpf?: string
  readonly [field: string]: unknown
}

/** A risk three ds result (J `RiskThreeDSResult`). */
export interface RiskThreeDSResult {
  readonly threeDSVersion?: string
  readonly threeDSInteractionMode?: string
  readonly eci?: string
  readonly cavv?: string
  readonly [field: string]: unknown
}

/** A service (J `Service`). */
export interface Service {
  readonly categoryCode?: string
  readonly subCategoryCode?: string
  readonly [field: string]: unknown
}

/** A shipping (J `Shipping`). */
export interface Shipping {
  readonly shippingName?: UserName
  readonly shippingAddress?: Address
  readonly shippingCarrier?: string
  readonly shippingPhoneNo?: string
  readonly shipToEmail?: string
  readonly shippingFeeId?: string
  readonly shippingFee?: Amount
  readonly shippingDescription?: string
  readonly deliveryEstimate?: DeliveryEstimate
  readonly shippingNumber?: string
  readonly notes?: string
  readonly [field: string]: unknown
}

/** A transit (J `Transit`). */
export interface Transit {
  readonly transitType?: TransitType
  readonly legs?: readonly Leg[]
  readonly passengers?: readonly Passenger[]
  readonly agentCode?: string
  readonly agentName?: string
  readonly ticketNumber?: string
  readonly ticketIssuerCode?: string
  readonly restrictedTicketIndicator?: string
  readonly ancillaryData?: AncillaryData
  readonly [field: string]: unknown
}

/** J `TransitType`, open: a value Alipay adds later still type-checks. */
export type TransitType = 'FLIGHT' | 'TRAIN' | 'CRUISE' | 'COACH' | (string & {})
