import type {
  InquireSubscriptionListResponse,
  InquireSubscriptionPaymentResponse,
  InquireSubscriptionResponse,
  SubscriptionInfo,
  SubscriptionInquireResponse,
  SubscriptionsInquiryResponse,
} from '@alipay-kit/core'
import { type Body, optionalString, requiredString } from '../fields.js'
import { fail, resultOf } from '../result-codes.js'
import type { ApiCall, Endpoint } from './context.js'
import { answer, optionalCount, pageOf } from './kit.js'
import type { Subscription } from './subscriptions.js'

/** A subscription as SubscriptionInfo (J) shows it. */
function info(s: Subscription): SubscriptionInfo {
  return {
    subscriptionId: s.subscriptionId,
    subscriptionDescription: s.description,
    status: s.status,
    subscriptionStartTime: s.subscriptionStartTime,
    subscriptionEndTime: s.subscriptionEndTime,
    periodRule: s.periodRule as unknown as SubscriptionInfo['periodRule'],
    periodType: s.periodRule.periodType as string | undefined,
    currentPhaseNo: '1',
    paymentMethod: s.paymentMethodType === undefined ? undefined : { paymentMethodType: s.paymentMethodType },
    paymentAmount: s.paymentAmount,
    lastUpdateTime: s.lastUpdateTime,
  }
}

const strings = (body: Body, field: string): readonly string[] | undefined =>
  Array.isArray(body[field]) ? (body[field] as unknown[]).filter((v): v is string => typeof v === 'string') : undefined

/**
 * The subscription inquiries (`/v1/payments/inquire`, `/v1/subscriptions/inquiry`,
 * `inquireSubscription`, `inquireSubscriptionList`, `inquireSubscriptionPayment`) over the
 * subscriptions that `subscriptions.create` made. Period payments are not simulated, so a
 * subscription's payment list is empty.
 */
export function createSubscriptionInquiries(subscriptions: ReadonlyMap<string, Subscription>): {
  readonly [path: string]: Endpoint
} {
  const mine = (call: ApiCall) => [...subscriptions.values()].filter((s) => s.clientId === call.clientId)
  const find = (call: ApiCall, idField: string, requestIdField: string): Subscription => {
    const id = optionalString(call.body, idField)
    const requestId = optionalString(call.body, requestIdField)
    if (id === undefined && requestId === undefined)
      fail('PARAM_ILLEGAL', `${idField} or ${requestIdField} is required.`)
    const found = mine(call).find((s) =>
      id !== undefined ? s.subscriptionId === id : s.subscriptionRequestId === requestId,
    )
    return found ?? fail('SUBSCRIPTION_NOT_EXIST', `No subscription ${id ?? requestId}.`)
  }

  return {
    '/v1/payments/inquire': (_deps, call) => {
      const s = find(call, 'subscriptionId', 'merchantSubscriptionId')
      return answer<SubscriptionInquireResponse>({
        result: resultOf('SUCCESS'),
        subscriptionId: s.subscriptionId,
        subscriptionRequestId: s.subscriptionRequestId,
        subscriptionStatus: s.status,
        paymentAmount: s.paymentAmount,
        periodRule: s.periodRule as unknown as SubscriptionInquireResponse['periodRule'],
        phaseNo: '1',
        subscriptionStartTime: s.subscriptionStartTime,
        subscriptionEndTime: s.subscriptionEndTime,
      })
    },
    '/v1/subscriptions/inquiry': (_deps, call) => {
      const s = find(call, 'subscriptionId', 'subscriptionRequestId')
      return answer<SubscriptionsInquiryResponse>({
        result: resultOf('SUCCESS'),
        subscriptionRequestId: s.subscriptionRequestId,
        subscriptionStatus: s.status,
        paymentAmount: s.paymentAmount,
        periodRule: s.periodRule as unknown as SubscriptionsInquiryResponse['periodRule'],
        subscriptionStartTime: s.subscriptionStartTime,
        subscriptionEndTime: s.subscriptionEndTime,
        allowRetry: 'false',
      })
    },
    '/v1/subscriptions/inquireSubscription': (_deps, call) => {
      requiredString(call.body, 'subscriptionId')
      return answer<InquireSubscriptionResponse>({
        result: resultOf('SUCCESS'),
        subscription: info(find(call, 'subscriptionId', 'subscriptionRequestId')),
      })
    },
    '/v1/subscriptions/inquireSubscriptionList': (_deps, call) => {
      const statuses = strings(call.body, 'statuses')
      const currencies = strings(call.body, 'currencies')
      const periodTypes = strings(call.body, 'periodTypes')
      const methods = strings(call.body, 'paymentMethodTypes')
      const matching = mine(call).filter(
        (s) =>
          (statuses === undefined || statuses.includes(s.status)) &&
          (currencies === undefined || currencies.includes(s.paymentAmount.currency)) &&
          (periodTypes === undefined || periodTypes.includes(String(s.periodRule.periodType))) &&
          (methods === undefined || (s.paymentMethodType !== undefined && methods.includes(s.paymentMethodType))),
      )
      const page = pageOf(
        matching,
        optionalCount(call.body, 'currentPage', 1),
        optionalCount(call.body, 'pageSize', 20),
      )
      return answer<InquireSubscriptionListResponse>({
        result: resultOf('SUCCESS'),
        subscriptions: page.items.map(info),
        paginator: {
          currentPage: page.page,
          pageSize: page.size,
          totalPage: page.totalPages,
          totalCount: page.totalCount,
        },
      })
    },
    '/v1/subscriptions/inquireSubscriptionPayment': (_deps, call) => {
      requiredString(call.body, 'subscriptionId')
      find(call, 'subscriptionId', 'subscriptionRequestId')
      const pageSize = optionalCount(call.body, 'pageSize', 20)
      return answer<InquireSubscriptionPaymentResponse>({
        result: resultOf('SUCCESS'),
        payments: [],
        paginator: { currentPage: '1', pageSize: String(pageSize), totalPage: '1', totalCount: '0' },
      })
    },
  }
}
