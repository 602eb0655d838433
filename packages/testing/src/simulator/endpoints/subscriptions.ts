import type { Amount, SubscriptionNotificationType } from '@alipay-kit/core'
import { fingerprint, optionalObject, optionalString, optionalUrl, requiredAmount, requiredString } from '../fields.js'
import { alipayTime } from '../ids.js'
import { fail, resultOf } from '../result-codes.js'
import type { ApiCall, Endpoint, EndpointDeps } from './context.js'
import { createSubscriptionInquiries } from './subscription-inquiries.js'

/** A subscription of the original subscriptions API, as the simulator holds it. */
export interface Subscription {
  readonly clientId: string
  readonly subscriptionRequestId: string
  readonly subscriptionId: string
  readonly notifyUrl: string | undefined
  readonly sandbox: boolean
  status: 'ACTIVE' | 'CANCELLED' | 'TERMINATED'
  periodRule: { readonly [field: string]: unknown }
  readonly subscriptionStartTime: string
  readonly subscriptionEndTime: string
  paymentAmount: Amount
  description: string | undefined
  readonly paymentMethodType: string | undefined
  lastUpdateTime: string
}

/**
 * Subscriptions (`/v1/subscriptions/...`), simply: create makes an ACTIVE subscription at once
 * (the customer's agreement is not simulated), change/update/cancel move it, and each step sends
 * a SUBSCRIPTION notification to subscriptionNotificationUrl.
 */
export function createSubscriptionEndpoints(): { readonly [path: string]: Endpoint } {
  const subscriptions = new Map<string, Subscription>()

  const tell = (deps: EndpointDeps, s: Subscription, type: SubscriptionNotificationType) => {
    deps.notify('subscription', s.notifyUrl, s, {
      subscriptionNotificationType: type,
      subscriptionRequestId: s.subscriptionRequestId,
      subscriptionId: s.subscriptionId,
      subscriptionStatus: s.status,
      subscriptionStartTime: s.subscriptionStartTime,
      subscriptionEndTime: s.subscriptionEndTime,
      periodRule: s.periodRule,
    })
  }

  const find = (call: ApiCall): Subscription => {
    const id = requiredString(call.body, 'subscriptionId')
    const s = subscriptions.get(id)
    if (s === undefined || s.clientId !== call.clientId) fail('SUBSCRIPTION_NOT_EXIST', `No subscription ${id}.`)
    return s
  }

  const create: Endpoint = (deps, call) => {
    const subscriptionRequestId = requiredString(call.body, 'subscriptionRequestId')
    const print = fingerprint(call.body)
    const answer = (s: Subscription) => ({
      result: resultOf('SUCCESS'),
      subscriptionId: s.subscriptionId,
      normalUrl: `${call.baseUrl}/subscriptions/${s.subscriptionId}`,
    })
    if (deps.requestIds.isReplay('subscriptions/create', call.clientId, subscriptionRequestId, print)) {
      return answer(
        [...subscriptions.values()].find(
          (s) => s.clientId === call.clientId && s.subscriptionRequestId === subscriptionRequestId,
        ) as Subscription,
      )
    }
    const paymentAmount = requiredAmount(call.body, 'paymentAmount')
    const periodRule = optionalObject(call.body, 'periodRule') ?? fail('PARAM_ILLEGAL', 'periodRule is required.')
    const method = optionalObject(call.body, 'paymentMethod')
    const now = deps.now()
    const s: Subscription = {
      clientId: call.clientId,
      subscriptionRequestId,
      subscriptionId: deps.newId('subscription'),
      notifyUrl: optionalUrl(call.body, 'subscriptionNotificationUrl'),
      sandbox: call.sandbox,
      status: 'ACTIVE',
      periodRule,
      subscriptionStartTime: optionalString(call.body, 'subscriptionStartTime') ?? alipayTime(now),
      subscriptionEndTime:
        optionalString(call.body, 'subscriptionEndTime') ?? alipayTime(now + 365 * 24 * 60 * 60 * 1000),
      paymentAmount,
      description: optionalString(call.body, 'subscriptionDescription'),
      paymentMethodType: method === undefined ? undefined : optionalString(method, 'paymentMethodType'),
      lastUpdateTime: alipayTime(now),
    }
    subscriptions.set(s.subscriptionId, s)
    deps.requestIds.remember('subscriptions/create', call.clientId, subscriptionRequestId, print)
    tell(deps, s, 'CREATE')
    return answer(s)
  }

  const active = (s: Subscription) => {
    if (s.status !== 'ACTIVE') fail('SUBSCRIPTION_STATUS_INVALID', `Subscription ${s.subscriptionId} is ${s.status}.`)
  }

  const change: Endpoint = (deps, call) => {
    const s = find(call)
    active(s)
    s.periodRule = optionalObject(call.body, 'periodRule') ?? s.periodRule
    s.paymentAmount = requiredAmount(call.body, 'paymentAmount')
    s.description = optionalString(call.body, 'subscriptionDescription') ?? s.description
    s.lastUpdateTime = alipayTime(deps.now())
    tell(deps, s, 'CHANGE')
    return { result: resultOf('SUCCESS') }
  }

  const update: Endpoint = (deps, call) => {
    const s = find(call)
    active(s)
    s.periodRule = optionalObject(call.body, 'periodRule') ?? s.periodRule
    if (call.body.paymentAmount !== undefined) s.paymentAmount = requiredAmount(call.body, 'paymentAmount')
    s.description = optionalString(call.body, 'subscriptionDescription') ?? s.description
    s.lastUpdateTime = alipayTime(deps.now())
    tell(deps, s, 'UPDATE')
    return { result: resultOf('SUCCESS') }
  }

  const cancel: Endpoint = (deps, call) => {
    const s = find(call)
    active(s)
    const type = optionalString(call.body, 'cancellationType') ?? 'CANCEL'
    if (type !== 'CANCEL' && type !== 'TERMINATE')
      fail('PARAM_ILLEGAL', 'cancellationType must be CANCEL or TERMINATE.')
    s.status = type === 'CANCEL' ? 'CANCELLED' : 'TERMINATED'
    s.lastUpdateTime = alipayTime(deps.now())
    tell(deps, s, type)
    return { result: resultOf('SUCCESS') }
  }

  return {
    '/v1/subscriptions/create': create,
    '/v1/subscriptions/change': change,
    '/v1/subscriptions/update': update,
    '/v1/subscriptions/cancel': cancel,
    ...createSubscriptionInquiries(subscriptions),
  }
}
