import type {
  BillingSubscriptionCancelResponse,
  BillingSubscriptionCreateResponse,
  BillingSubscriptionInquireListResponse,
  BillingSubscriptionResumeResponse,
  BillingSubscriptionUpdateResponse,
} from '@alipay-kit/core'
import { type Body, flag, optionalObject, optionalString, optionalUrl, requiredString } from '../fields.js'
import { alipayTime } from '../ids.js'
import { fail, resultOf } from '../result-codes.js'
import { receiptFor } from './billing-credit-notes.js'
import { newInvoice } from './billing-invoices.js'
import type { BillingState, Stored, StoredSubscription } from './billing-state.js'
import type { ApiCall, Endpoint, EndpointDeps } from './context.js'
import { answer, cursorPage, idempotent } from './kit.js'

const DAY = 24 * 60 * 60 * 1000
const PERIOD_DAYS: { readonly [periodType: string]: number } = {
  DAY: 1,
  WEEK: 7,
  MONTH: 30,
  QUARTER: 91,
  HALF_YEAR: 182,
  YEAR: 365,
}

/** The length of a price's billing period, from its `recurring.periodRule` (a month by default). */
function periodMs(price: Stored): number {
  const rule = optionalObject(optionalObject(price as Body, 'recurring') ?? {}, 'periodRule')
  const days = PERIOD_DAYS[String(rule?.periodType ?? 'MONTH')] ?? 30
  return days * Number(rule?.periodCount ?? 1) * DAY
}

/**
 * Billing subscriptions (`/v1/billing/subscription/...`): create subscribes a customer to prices,
 * makes the first period's invoice (paid at once when charged automatically, OPEN when sent) and
 * sends BILLING_SUBSCRIPTION; cancel, resume and a status change send it again, to
 * `subscriptionNotifyUrl` or the dashboard `billing` URL.
 */
export function createBillingSubscriptionEndpoints(state: BillingState): { readonly [path: string]: Endpoint } {
  const find = (call: ApiCall) => state.subscriptions.get(call.clientId, requiredString(call.body, 'subscriptionId'))
  const tell = (deps: EndpointDeps, call: ApiCall, s: StoredSubscription, previousStatus: string, reason?: string) => {
    deps.notify('billing', s.notifyUrl, call, {
      subscriptionRequestId: s.subscriptionRequestId,
      eventTime: alipayTime(deps.now()),
      subscriptionId: s.subscriptionId,
      invoiceId: s.invoiceId,
      status: s.status,
      previousStatus,
      reason,
    })
  }
  // Each response model shows its own selection of the subscription's fields.
  const pick = (s: StoredSubscription, fields: readonly string[]): Stored =>
    Object.fromEntries(fields.filter((f) => s[f] !== undefined).map((f) => [f, s[f]]))
  const COMMON = ['subscriptionId', 'subscriptionRequestId', 'status', 'currentPeriodStart', 'currentPeriodEnd']
  const MORE = ['billingCycleAnchor', 'description', 'cancelAt', 'canceledAt', 'subtotal', 'totalAmount', 'priceItems']
  const detail = (s: StoredSubscription) =>
    pick(s, [...COMMON, ...MORE, 'createTime', 'cancelAtPeriodEnd', 'collectionMethod'])
  const summary = (s: StoredSubscription) =>
    pick(s, [...COMMON, ...MORE, 'createTime', 'cancelAtPeriodEnd', 'customerId'])
  const items = (s: StoredSubscription) =>
    (s.priceItems as Array<{ itemId: string; priceId: string; quantity: string }>).map((i) => ({
      itemId: i.itemId,
      priceId: i.priceId,
      quantity: i.quantity,
      currentPeriodStart: s.currentPeriodStart as string,
      currentPeriodEnd: s.currentPeriodEnd as string,
    }))

  const create = idempotent('billing/subscription/create', 'subscriptionRequestId', (deps, call, requestId) => {
    const customerId = requiredString(call.body, 'customerId')
    const wanted = Array.isArray(call.body.priceItems) ? (call.body.priceItems as Body[]) : []
    if (wanted.length === 0) fail('PARAM_ILLEGAL', 'priceItems is required.')
    const prices = wanted.map((w) => state.prices.get(call.clientId, requiredString(w ?? {}, 'priceId')))
    const currency =
      optionalString((prices[0]?.unitAmount ?? {}) as Body, 'currency') ??
      fail('PARAM_ILLEGAL', 'The prices need a unitAmount.')
    const now = deps.now()
    const end = alipayTime(now + periodMs(prices[0] as Stored))
    const priceItems = wanted.map((w, n) => ({
      itemId: deps.newId('billing'),
      priceId: prices[n]?.priceId as string,
      productId: prices[n]?.productId as string,
      quantity: String(w.quantity ?? '1'),
      unitAmount: prices[n]?.unitAmount,
      currentPeriodStart: alipayTime(now),
      currentPeriodEnd: end,
    }))
    const trial = call.body.trialSettings !== undefined
    const collectionMethod = optionalString(call.body, 'collectionMethod') ?? 'CHARGE_AUTOMATICALLY'
    const invoice = trial
      ? undefined
      : newInvoice(
          state,
          deps,
          call,
          { customerId, currency, collectionMethod, status: 'OPEN', items: priceItems },
          `SUB_${requestId}`,
        )
    if (invoice !== undefined && collectionMethod === 'CHARGE_AUTOMATICALLY') {
      invoice.status = 'PAID'
      invoice.paidAmount = invoice.totalAmount
      receiptFor(state, deps, call, invoice)
    }
    const s: StoredSubscription = {
      subscriptionId: deps.newId('billing'),
      subscriptionRequestId: requestId,
      customerId,
      invoiceId: invoice?.invoiceId,
      status: trial ? 'TRIALING' : 'ACTIVE',
      currentPeriodStart: alipayTime(now),
      currentPeriodEnd: end,
      billingCycleAnchor: alipayTime(now),
      collectionMethod,
      description: optionalString(call.body, 'description'),
      cancelAtPeriodEnd: flag(call.body.cancelAtPeriodEnd),
      priceItems,
      subtotal: invoice?.totalAmount,
      totalAmount: invoice?.totalAmount,
      createTime: alipayTime(now),
      notifyUrl: optionalUrl(call.body, 'subscriptionNotifyUrl'),
    }
    if (invoice !== undefined) invoice.subscriptionId = s.subscriptionId
    state.subscriptions.put(call.clientId, s.subscriptionId, s)
    tell(deps, call, s, 'INCOMPLETE')
    return answer<BillingSubscriptionCreateResponse>({
      result: resultOf('SUCCESS'),
      ...pick(s, [...COMMON, 'customerId', 'invoiceId', 'billingCycleAnchor', 'description', 'collectionMethod']),
      subscriptionItems: items(s),
    })
  })

  const live = (s: StoredSubscription) => {
    if (s.status === 'CANCELED') fail('STATUS_INVALID', `Subscription ${s.subscriptionId} is canceled.`)
    return s
  }

  return {
    '/v1/billing/subscription/create': create,
    '/v1/billing/subscription/update': (_deps, call) => {
      const s = live(find(call))
      for (const field of ['description', 'collectionMethod', 'daysUntilDue', 'cancelAt', 'metadata']) {
        if (call.body[field] !== undefined) s[field] = call.body[field]
      }
      if (call.body.cancelAtPeriodEnd !== undefined) s.cancelAtPeriodEnd = flag(call.body.cancelAtPeriodEnd)
      return answer<BillingSubscriptionUpdateResponse>({
        result: resultOf('SUCCESS'),
        subscriptionId: s.subscriptionId,
        status: s.status,
        subscriptionItems: items(s),
        pendingUpdate: false,
      })
    },
    '/v1/billing/subscription/cancel': (deps, call) => {
      const s = live(find(call))
      const atPeriodEnd = optionalString(call.body, 'cancellationType') === 'END_OF_PERIOD'
      const previous = s.status
      if (atPeriodEnd) s.cancelAtPeriodEnd = true
      else {
        s.status = 'CANCELED'
        s.canceledAt = alipayTime(deps.now())
        tell(deps, call, s, previous, optionalString(call.body, 'cancellationReason'))
      }
      return answer<BillingSubscriptionCancelResponse>({
        result: resultOf('SUCCESS'),
        subscriptionId: s.subscriptionId,
        status: s.status,
        canceledAt: s.canceledAt as string | undefined,
        cancelAtPeriodEnd: s.cancelAtPeriodEnd as boolean,
      })
    },
    '/v1/billing/subscription/resume': (deps, call) => {
      const s = live(find(call))
      if (s.cancelAtPeriodEnd !== true && s.status !== 'PAUSED' && s.status !== 'PAST_DUE') {
        fail('STATUS_INVALID', `Subscription ${s.subscriptionId} is ${s.status} and not set to end.`)
      }
      const previous = s.status
      s.cancelAtPeriodEnd = false
      s.status = 'ACTIVE'
      if (previous !== 'ACTIVE') tell(deps, call, s, previous, optionalString(call.body, 'reasonCode'))
      return answer<BillingSubscriptionResumeResponse>({
        result: resultOf('SUCCESS'),
        subscriptionId: s.subscriptionId,
        status: s.status,
        billingCycleAnchor: s.billingCycleAnchor as string,
      })
    },
    '/v1/billing/subscription/inquireDetails': (_deps, call) => ({
      result: resultOf('SUCCESS'),
      ...detail(find(call)),
    }),
    '/v1/billing/subscription/inquireList': (_deps, call) => {
      const filters = ['status', 'customerId', 'subscriptionId']
      const matching = state.subscriptions
        .list(call.clientId)
        .filter((s) => filters.every((f) => call.body[f] === undefined || s[f] === call.body[f]))
      const page = cursorPage(call.body, matching, (s) => s.subscriptionId)
      return answer<BillingSubscriptionInquireListResponse>({
        result: resultOf('SUCCESS'),
        subscriptions: page.page.map(summary),
        hasMore: page.hasMore,
        nextCursor: page.nextCursor,
        previousCursor: page.previousCursor,
      })
    },
  }
}
