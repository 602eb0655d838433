import type { Amount } from '../../notification/types.js'
import type { PaymentMethod } from './common.js'
import type { Address, Attachment, UserName, WebSite } from './shared-objects.js'

/*
 * Marketplace: sellers, settlement, balances, payouts and transfers: the nested models of the
 * official Java SDK (alipay/global-open-sdk-java v2.2.8, `model/ams/*`), field for field, each
 * open to fields Alipay adds. Every field is optional, as in the SDK; enums are open, so a value
 * Alipay adds later still type-checks.
 */

/** J `AccountHolderType`, open: a value Alipay adds later still type-checks. */
export type AccountHolderType = 'INDIVIDUAL' | 'ENTERPRISE' | (string & {})

/** J `AccountType`, open: a value Alipay adds later still type-checks. */
export type AccountType = 'CHECKING' | 'FIXED_DEPOSIT' | (string & {})

/** J `AssociationType`, open: a value Alipay adds later still type-checks. */
export type AssociationType =
  | 'LEGAL_REPRESENTATIVE'
  | 'UBO'
  | 'CONTACT'
  | 'DIRECTOR'
  | 'AUTHORIZER'
  | 'BOARD_MEMBER'
  | (string & {})

/** J `AttachmentType`, open: a value Alipay adds later still type-checks. */
export type AttachmentType =
  | 'SIGNATURE_AUTHORIZATION_LETTER'
  | 'ARTICLES_OF_ASSOCIATION'
  | 'LOGO'
  | 'AUTHORIZER_SIGNATURE_CONFIRMATION_LETTER'
  | 'ASSOCIATION_ARTICLE'
  | 'FINANCIAL_REPORT'
  | 'OWNERSHIP_STRUCTURE_PIC'
  | 'ADDRESS_PROOF'
  | 'UBO_PROVE'
  | 'ENTERPRISE_REGISTRATION'
  | 'LICENSE_INFO'
  | 'ID_CARD'
  | 'PASSPORT'
  | 'DRIVING_LICENSE'
  | 'CPF'
  | 'CNPJ'
  | (string & {})

/** A business info (J `BusinessInfo`). */
export interface BusinessInfo {
  readonly mcc?: string
  readonly websites?: readonly WebSite[]
  readonly englishName?: string
  readonly doingBusinessAs?: string
  readonly mainSalesCountry?: string
  readonly appName?: string
  readonly serviceDescription?: string
  readonly [field: string]: unknown
}

/** A certificate (J `Certificate`). */
export interface Certificate {
  readonly certificateType?: CertificateType
  readonly certificateNo?: string
  readonly holderName?: UserName
  readonly fileKeys?: readonly string[]
  readonly certificateAuthority?: string
  readonly [field: string]: unknown
}

/** J `CertificateType`, open: a value Alipay adds later still type-checks. */
export type CertificateType =
  | 'ENTERPRISE_REGISTRATION'
  | 'LICENSE_INFO'
  | 'ID_CARD'
  | 'PASSPORT'
  | 'DRIVING_LICENSE'
  | 'CPF'
  | 'CNPJ'
  | (string & {})

/** A company (J `Company`). */
export interface Company {
  readonly legalName?: string
  readonly companyType?: CompanyType
  readonly registeredAddress?: Address
  readonly operatingAddress?: Address
  readonly incorporationDate?: string
  readonly stockInfo?: StockInfo
  readonly certificates?: Certificate
  readonly attachments?: readonly Attachment[]
  readonly companyUnit?: CompanyUnitType
  readonly contacts?: readonly Contact[]
  readonly vatNo?: string
  readonly [field: string]: unknown
}

/** J `CompanyType`, open: a value Alipay adds later still type-checks. */
export type CompanyType =
  | 'ENTERPRISE'
  | 'PARTNERSHIP'
  | 'SOLE_PROPRIETORSHIP'
  | 'STATE_OWNED_BUSINESS'
  | 'PRIVATELY_OWNED_BUSINESS'
  | 'PUBLICLY_LISTED_BUSINESS'
  | 'LTDA'
  | 'SA'
  | 'EIRELI'
  | 'BOFC'
  | 'MEI'
  | 'EI'
  | (string & {})

/** J `CompanyUnitType`, open: a value Alipay adds later still type-checks. */
export type CompanyUnitType = 'HEADQUARTER' | 'BRANCH' | (string & {})

/** A contact (J `Contact`). */
export interface Contact {
  readonly type?: ContactType
  readonly info?: string
  readonly home?: string
  readonly work?: string
  readonly mobile?: string
  readonly [field: string]: unknown
}

/** J `ContactType`, open: a value Alipay adds later still type-checks. */
export type ContactType = 'EMAIL' | 'PHONE_NO' | 'COMMERCIAL_PHONE_NO' | (string & {})

/** An entity associations (J `EntityAssociations`). */
export interface EntityAssociations {
  readonly associationType?: AssociationType
  readonly legalEntityType?: LegalEntityType
  readonly company?: Company
  readonly individual?: Individual
  readonly shareholdingRatio?: string
  readonly [field: string]: unknown
}

/** An individual (J `Individual`). */
export interface Individual {
  readonly name?: UserName
  readonly englishName?: UserName
  readonly dateOfBirth?: string
  readonly placeOfBirth?: Address
  readonly certificates?: Certificate
  readonly nationality?: string
  readonly contacts?: readonly Contact[]
  readonly [field: string]: unknown
}

/** J `LegalEntityType`, open: a value Alipay adds later still type-checks. */
export type LegalEntityType = 'COMPANY' | 'INDIVIDUAL' | (string & {})

/** A merchant info (J `MerchantInfo`). */
export interface MerchantInfo {
  readonly referenceMerchantId?: string
  readonly loginId?: string
  readonly legalEntityType?: LegalEntityType
  readonly company?: Company
  readonly businessInfo?: BusinessInfo
  readonly entityAssociations?: readonly EntityAssociations[]
  readonly [field: string]: unknown
}

/** J `SettleToType`, open: a value Alipay adds later still type-checks. */
export type SettleToType = 'SELLER' | 'MARKETPLACE' | (string & {})

/** A settlement bank account (J `SettlementBankAccount`). */
export interface SettlementBankAccount {
  readonly bankAccountNo?: string
  readonly accountHolderName?: string
  readonly swiftCode?: string
  readonly bankRegion?: string
  readonly accountHolderType?: AccountHolderType
  readonly routingNumber?: string
  readonly branchCode?: string
  readonly accountHolderTIN?: string
  readonly accountType?: AccountType
  readonly bankName?: string
  readonly accountHolderAddress?: Address
  readonly iban?: string
  readonly [field: string]: unknown
}

/** A settlement detail (J `SettlementDetail`). */
export interface SettlementDetail {
  readonly settleTo?: SettleToType
  readonly settlementAmount?: Amount
  readonly [field: string]: unknown
}

/** A settlement info (J `SettlementInfo`). */
export interface SettlementInfo {
  readonly settlementCurrency?: string
  readonly settlementBankAccount?: SettlementBankAccount
  readonly [field: string]: unknown
}

/** A stock info (J `StockInfo`). */
export interface StockInfo {
  readonly listedRegion?: string
  readonly tickerSymbol?: string
  readonly [field: string]: unknown
}

/** A transfer from detail (J `TransferFromDetail`). */
export interface TransferFromDetail {
  readonly transferFromMethod?: PaymentMethod
  readonly transferFromAmount?: Amount
  readonly [field: string]: unknown
}

/** A transfer to detail (J `TransferToDetail`). */
export interface TransferToDetail {
  readonly transferToMethod?: PaymentMethod
  readonly transferToCurrency?: string
  readonly feeAmount?: Amount
  readonly actualTransferToAmount?: Amount
  readonly purposeCode?: string
  readonly transferNotifyUrl?: string
  readonly transferRemark?: string
  readonly [field: string]: unknown
}
