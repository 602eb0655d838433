import type { Amount } from '@alipay-kit/core'
import { Records } from './kit.js'

/** A stored billing object: its fields as the detail inquiry answers them, open to the request's. */
export type Stored = { [field: string]: unknown }

/** An invoice, with what the simulator needs beyond its answered fields. */
export interface StoredInvoice extends Stored {
  invoiceId: string
  invoiceRequestId: string
  customerId: string
  status: 'DRAFT' | 'OPEN' | 'PAID' | 'VOID' | 'UNCOLLECTIBLE'
  currency: string
  totalAmount: Amount
  credited: bigint
  notifyUrl: string | undefined
}

/** A billing subscription, with its notify URL and the invoice of its first period. */
export interface StoredSubscription extends Stored {
  subscriptionId: string
  subscriptionRequestId: string
  customerId: string
  status: string
  notifyUrl: string | undefined
}

/**
 * One simulator's Antom Billing objects, per merchant: what `billing.*` creates and reads. The
 * families (customers and catalog, invoices, credit notes and receipts, subscriptions) share it,
 * since invoices name customers and prices, and subscriptions make invoices.
 */
export class BillingState {
  readonly customers = new Records<Stored>('RECORD_NOT_EXIST')
  readonly products = new Records<Stored>('RECORD_NOT_EXIST')
  readonly prices = new Records<Stored>('RECORD_NOT_EXIST')
  readonly coupons = new Records<Stored>('RECORD_NOT_EXIST')
  readonly promotionCodes = new Records<Stored>('RECORD_NOT_EXIST')
  readonly invoices = new Records<StoredInvoice>('RECORD_NOT_EXIST')
  readonly creditNotes = new Records<Stored>('RECORD_NOT_EXIST')
  readonly receipts = new Records<Stored>('RECORD_NOT_EXIST')
  readonly subscriptions = new Records<StoredSubscription>('RECORD_NOT_EXIST')
  /** Invoice ids by the merchant's `invoiceRequestId`. */
  readonly invoiceIds = new Map<string, string>()
}

/** A URL on the simulator for a hosted page (invoice, receipt, portal); the simulator does not serve it. */
export function hostedUrl(baseUrl: string, kind: string, id: string): string {
  return `${baseUrl}/billing/${kind}/${id}`
}
