import { createAbaEndpoints } from './aba-accounts.js'
import { createBillingEndpoints } from './billing.js'
import type { Endpoint } from './context.js'
import { createMarketplaceEndpoints } from './marketplace.js'
import { createMerchantEndpoints, createRiskEndpoints } from './merchants-risk.js'
import { createMeterEndpoints } from './meters.js'
import { createPaymentExtraEndpoints } from './payment-extras.js'
import { createTaxEndpoints } from './tax.js'

/**
 * The endpoint families issue 12 added, each with its own state for one simulator: the payment
 * helpers, marketplace, merchant registration, risk, the Antom Business Account, billing, meters
 * and tax. (The new vault, authorization, user and subscription endpoints live with the families
 * whose state they read: vaulting.ts, authorizations.ts, subscriptions.ts.)
 */
export function createCatalogueEndpoints(): { readonly [path: string]: Endpoint } {
  return {
    ...createPaymentExtraEndpoints(),
    ...createMarketplaceEndpoints(),
    ...createMerchantEndpoints(),
    ...createRiskEndpoints(),
    ...createAbaEndpoints(),
    ...createBillingEndpoints(),
    ...createMeterEndpoints(),
    ...createTaxEndpoints(),
  }
}
