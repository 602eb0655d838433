import type { AbaApi, MetersApi, TaxApi } from './aba-meters-tax-api.js'
import type { BillingApi } from './billing-api.js'
import type {
  AuthorizationsApi,
  CustomsApi,
  DisputesApi,
  PaymentsApi,
  SubscriptionsApi,
  VaultsApi,
} from './payments-api.js'
import type { MarketplaceApi, MerchantsApi, RiskApi, UsersApi } from './platform-api.js'

/**
 * Every endpoint of the official SDKs, grouped the way a merchant looks for them: `payments`,
 * `vaults`, `risk`, `billing.invoices`... A method's name is the last segment of its path
 * (`alipay.vaults.inquireToken` calls `/v1/vaults/inquireToken`); docs/endpoints.md lists them all.
 *
 * @example
 * ```ts
 * const token = await alipay.vaults.inquireToken({ token: cardToken })
 * const decision = await alipay.risk.decide({ referenceTransactionId: order.id })
 * ```
 */
export interface AlipayApi {
  /** Payments: pay, inquire, cancel, capture, refund and the card and session helpers. */
  readonly payments: PaymentsApi
  /** Disputes (chargebacks) on payments. */
  readonly disputes: DisputesApi
  /** Authorizations for Auto Debit. */
  readonly authorizations: AuthorizationsApi
  /** Vaulting: saving a payment method and managing its token. */
  readonly vaults: VaultsApi
  /** Subscriptions (the original subscriptions API). */
  readonly subscriptions: SubscriptionsApi
  /** Customs declarations. */
  readonly customs: CustomsApi
  /** Marketplace: sellers, settlement, balances, payouts and transfers. */
  readonly marketplace: MarketplaceApi
  /** Registration of secondary merchants with the wallets. */
  readonly merchants: MerchantsApi
  /** Risk decisions. */
  readonly risk: RiskApi
  /** User authentication and information. */
  readonly users: UsersApi
  /** Antom Business Account. */
  readonly aba: AbaApi
  /** Billing: customers, products, prices, coupons, invoices, credit notes, receipts, subscriptions. */
  readonly billing: BillingApi
  /** Usage meters and credit grants. */
  readonly meters: MetersApi
  /** Tax. */
  readonly tax: TaxApi
}

/** The groups of {@link AlipayApi}: `'payments'`, `'billing'`, ... */
export type ApiGroupName = keyof AlipayApi

type MethodNames<T, Prefix extends string> = {
  readonly [K in keyof T & string]: T[K] extends (...args: never[]) => unknown
    ? `${Prefix}${K}`
    : MethodNames<T[K], `${Prefix}${K}.`>
}[keyof T & string]

/**
 * The grouped name of every typed endpoint, as a dotted path into the client:
 * `'payments.pay'`, `'vaults.inquireToken'`, `'billing.invoices.create'`.
 */
export type ApiMethodName = MethodNames<AlipayApi, ''>
