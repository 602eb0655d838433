import type {
  CustomerCreatePortalLinkResponse,
  CustomerCreateResponse,
  CustomerDeleteResponse,
  CustomerInquireDetailsResponse,
  CustomerInquireListResponse,
  CustomerUpdateResponse,
} from '@alipay-kit/core'
import { flag, optionalString, requiredString } from '../fields.js'
import { alipayTime } from '../ids.js'
import { fail, resultOf } from '../result-codes.js'
import { type BillingState, hostedUrl, type Stored } from './billing-state.js'
import type { ApiCall, Endpoint } from './context.js'
import { answer, cursorPage, idempotent } from './kit.js'

// The fields of a customer the requests set and the detail inquiry returns.
const FIELDS = [
  'referenceCustomerId',
  'alipayUserId',
  'email',
  'firstName',
  'lastName',
  'country',
  'state',
  'city',
  'address',
  'addressDetail',
  'zipcode',
  'shippingPhone',
  'shippingCountry',
  'shippingState',
  'shippingCity',
  'shippingAddress',
  'shippingAddressDetail',
  'shippingZipcode',
  'description',
  'currency',
  'preferredLocales',
  'defaultPaymentMethod',
  'metadata',
  'phoneNo',
  'countryCode',
  'billingEmail',
  'shippingFirstName',
  'shippingLastName',
  'shippingCountryCode',
] as const

function fieldsOf(call: ApiCall): Stored {
  const out: Stored = {}
  for (const field of FIELDS) if (call.body[field] !== undefined) out[field] = call.body[field]
  return out
}

/** Billing customers (`/v1/billing/customer/...`): created ACTIVE, deleted as DELETED. */
export function createBillingCustomerEndpoints(state: BillingState): { readonly [path: string]: Endpoint } {
  const find = (call: ApiCall) => state.customers.get(call.clientId, requiredString(call.body, 'customerId'))
  const create = idempotent('billing/customer/create', 'customerRequestId', (deps, call, customerRequestId) => {
    const email = requiredString(call.body, 'email', 256)
    const c: Stored = {
      customerId: deps.newId('billing'),
      customerRequestId,
      ...fieldsOf(call),
      status: 'ACTIVE',
      gmtCreate: alipayTime(deps.now()),
    }
    state.customers.put(call.clientId, c.customerId as string, c)
    return answer<CustomerCreateResponse>({
      result: resultOf('SUCCESS'),
      customerId: c.customerId as string,
      customerRequestId,
      email,
      status: 'ACTIVE',
    })
  })
  return {
    '/v1/billing/customer/create': create,
    '/v1/billing/customer/update': (_deps, call) => {
      const c = find(call)
      if (c.status === 'DELETED') fail('STATUS_INVALID', `Customer ${String(c.customerId)} is deleted.`)
      Object.assign(c, fieldsOf(call))
      return answer<CustomerUpdateResponse>({
        result: resultOf('SUCCESS'),
        customerId: c.customerId as string,
        status: 'ACTIVE',
      })
    },
    '/v1/billing/customer/delete': (_deps, call) => {
      const c = find(call)
      c.status = 'DELETED'
      return answer<CustomerDeleteResponse>({
        result: resultOf('SUCCESS'),
        customerId: c.customerId as string,
        status: 'DELETED',
      })
    },
    '/v1/billing/customer/inquireDetails': (_deps, call) =>
      answer<CustomerInquireDetailsResponse>({ result: resultOf('SUCCESS'), ...find(call) }),
    '/v1/billing/customer/inquireList': (_deps, call) => {
      const status = optionalString(call.body, 'status')
      const email = optionalString(call.body, 'email')
      const prefix = optionalString(call.body, 'emailPrefix')
      const id = optionalString(call.body, 'customerId')
      const matching = state.customers
        .list(call.clientId)
        .filter(
          (c) =>
            (status === undefined || c.status === status) &&
            (email === undefined || c.email === email) &&
            (prefix === undefined || String(c.email).startsWith(prefix)) &&
            (id === undefined || c.customerId === id),
        )
      const page = cursorPage(call.body, matching, (c) => c.customerId as string)
      return answer<CustomerInquireListResponse>({
        result: resultOf('SUCCESS'),
        customers: page.page.map((c) => ({
          customerId: c.customerId as string,
          customerRequestId: c.customerRequestId as string,
          email: c.email as string | undefined,
          firstName: c.firstName as string | undefined,
          lastName: c.lastName as string | undefined,
          status: c.status as string,
          billingEmail: c.billingEmail as string | undefined,
          country: c.country as string | undefined,
          gmtCreate: c.gmtCreate as string,
        })),
        total: String(page.total),
        hasMore: page.hasMore,
        nextCursor: page.nextCursor,
        previousCursor: page.previousCursor,
      })
    },
    '/v1/billing/customer/createPortalLink': (deps, call) => {
      const c = find(call)
      const token = `PORTAL_${deps.newId('billing')}`
      return answer<CustomerCreatePortalLinkResponse>({
        result: resultOf('SUCCESS'),
        token,
        portalUrl: hostedUrl(call.baseUrl, 'portal', token),
        expiresAt: alipayTime(deps.now() + 24 * 60 * 60 * 1000),
        sendStatus: c.email !== undefined && flag(call.body.autoSend) ? 'SENT' : 'NOT_SENT',
      })
    },
  }
}
