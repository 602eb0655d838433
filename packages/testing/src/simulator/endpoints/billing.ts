import { createBillingCatalogEndpoints } from './billing-catalog.js'
import { createCreditNoteReceiptEndpoints, receiptFor } from './billing-credit-notes.js'
import { createBillingCustomerEndpoints } from './billing-customers.js'
import { createBillingImageEndpoints } from './billing-images.js'
import { createBillingInvoiceEndpoints } from './billing-invoices.js'
import { BillingState } from './billing-state.js'
import { createBillingSubscriptionEndpoints } from './billing-subscriptions.js'
import type { Endpoint } from './context.js'

/**
 * Antom Billing (`/v1/billing/...`): customers, the catalog (products and their images, prices,
 * coupons, promotion codes), invoices with their credit notes and receipts, and subscriptions, sharing one state.
 */
export function createBillingEndpoints(): { readonly [path: string]: Endpoint } {
  const state = new BillingState()
  return {
    ...createBillingCustomerEndpoints(state),
    ...createBillingCatalogEndpoints(state),
    ...createBillingImageEndpoints(state),
    ...createBillingInvoiceEndpoints(state, (deps, call, invoice) => receiptFor(state, deps, call, invoice)),
    ...createCreditNoteReceiptEndpoints(state),
    ...createBillingSubscriptionEndpoints(state),
  }
}
