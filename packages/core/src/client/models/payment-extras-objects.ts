import type { Amount } from '../../notification/types.js'
import type { WireBoolean, WireDecimal } from './objects.js'
import type { Address, UserName } from './shared-objects.js'

/*
 * The payment endpoints beyond pay, cancel, capture and refund: the nested models of the official
 * Java SDK (alipay/global-open-sdk-java v2.2.8, `model/ams/*`), field for field, each open to
 * fields Alipay adds. Every field is optional, as in the SDK; enums are open, so a value Alipay
 * adds later still type-checks.
 */

/** J `CardBrand`, open: a value Alipay adds later still type-checks. */
export type CardBrand =
  | 'AMEX'
  | 'BC'
  | 'CARNET'
  | 'CARTES_BANCAIRES'
  | 'CITI'
  | 'CUP'
  | 'DINERS'
  | 'DISCOVER'
  | 'ELO'
  | 'GWANGJUBANK'
  | 'HIPERCARD'
  | 'HYUNDAI'
  | 'IBK_BC'
  | 'JCB'
  | 'JEJUBANK'
  | 'JEONBUKBANK'
  | 'KAKAOBANK'
  | 'KBANK'
  | 'KDBBANK'
  | 'KEBHANA'
  | 'KOOKMIN'
  | 'LOTTE'
  | 'MAESTRO'
  | 'MASTERCARD'
  | 'MIR'
  | 'NONGHYUP'
  | 'POST'
  | 'SAEMAUL'
  | 'SAMSUNG'
  | 'SAVINGBANK'
  | 'SHINHAN'
  | 'SHINHYEOP'
  | 'SUHYEOP'
  | 'TOSSBANK'
  | 'TROY'
  | 'VISA'
  | 'WOORI'
  | (string & {})

/** J `CardCategoryType`, open: a value Alipay adds later still type-checks. */
export type CardCategoryType = 'CONSUMER' | 'COMMERCIAL' | (string & {})

/** A card payment method detail (J `CardPaymentMethodDetail`). */
export interface CardPaymentMethodDetail {
  readonly supportedBrands?: readonly string[]
  readonly cardToken?: string
  readonly cardNo?: string
  readonly brand?: CardBrand
  readonly selectedCardBrand?: CardBrand
  readonly cardIssuer?: string
  readonly countryIssue?: string
  readonly instUserName?: UserName
  readonly expiryYear?: string
  readonly expiryMonth?: string
  readonly billingAddress?: Address
  readonly mask?: string
  readonly last4?: string
  readonly paymentMethodDetailMetadata?: string
  readonly maskedCardNo?: string
  readonly fingerprint?: string
  readonly authenticationFlow?: string
  readonly funding?: 'CREDIT' | 'DEBIT' | 'PREPAID' | 'CHARGE' | 'DEFERRED_DEBIT' | (string & {})
  readonly avsResultRaw?: string
  readonly cvvResultRaw?: string
  readonly bin?: string
  readonly issuerName?: string
  readonly issuingCountry?: string
  readonly lastFour?: string
  readonly cardholderName?: UserName
  readonly cvv?: string
  readonly dateOfBirth?: string
  readonly businessNo?: string
  readonly cardPasswordDigest?: string
  readonly cpf?: string
  readonly payerEmail?: string
  readonly networkTransactionId?: string
  readonly is3DSAuthentication?: WireBoolean
  readonly request3DS?: string
  readonly scaExemptionIndicator?: string
  readonly enableAuthenticationUpgrade?: string
  readonly mpiData?: MpiData
  readonly [field: string]: unknown
}

/** A currency pair (J `CurrencyPair`). */
export interface CurrencyPair {
  readonly sellCurrency?: string
  readonly buyCurrency?: string
  readonly [field: string]: unknown
}

/** J `FundingType`, open: a value Alipay adds later still type-checks. */
export type FundingType = 'CREDIT' | 'DEBIT' | 'PREPAID' | 'CHARGE' | 'DEFERRED_DEBIT' | (string & {})

/** An installment (J `Installment`). */
export interface Installment {
  readonly supportCardBrands?: readonly SupportCardBrand[]
  readonly plans?: readonly Plan[]
  readonly [field: string]: unknown
}

/** An installment bank (J `InstallmentBank`). */
export interface InstallmentBank {
  readonly logo?: Logo
  readonly bankName?: string
  readonly bankShortName?: string
  readonly bankTerms?: string
  readonly bankPromoUrl?: string
  readonly bins?: readonly string[]
  readonly plans?: readonly Plan[]
  readonly [field: string]: unknown
}

/** A logo (J `Logo`). */
export interface Logo {
  readonly logoName?: string
  readonly logoUrl?: string
  readonly [field: string]: unknown
}

/** A mpi data (J `MpiData`). */
export interface MpiData {
  readonly threeDSVersion?: string
  readonly eci?: string
  readonly cavv?: string
  readonly dsTransactionId?: string
  readonly credentialType?: string
  readonly [field: string]: unknown
}

/** A payment quote (J `PaymentQuote`). */
export interface PaymentQuote {
  readonly buyCurrency?: string
  readonly sellCurrency?: string
  readonly quoteId?: string
  readonly exchangeRate?: WireDecimal
  readonly [field: string]: unknown
}

/** A plan (J `Plan`). */
export interface Plan {
  readonly interestRate?: string
  readonly minInstallmentAmount?: Amount
  readonly maxInstallmentAmount?: Amount
  readonly installmentNum?: string
  readonly interval?: string
  readonly enabled?: WireBoolean
  readonly extendInfo?: string
  readonly [field: string]: unknown
}

/** J `RateType`, open: a value Alipay adds later still type-checks. */
export type RateType = 'TRADE' | 'REFERENCE' | 'REFERENCE_TRADE' | (string & {})

/** A support card brand (J `SupportCardBrand`). */
export interface SupportCardBrand {
  readonly cardBrand?: string
  readonly logo?: Logo
  readonly [field: string]: unknown
}

/** A verify method (J `VerifyMethod`). */
export interface VerifyMethod {
  readonly verifyMethodType?: string
  readonly otpValue?: string
  readonly [field: string]: unknown
}
