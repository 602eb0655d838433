import type {
  AbaInquiryBalanceResponse,
  InquireAvailableQuotaResponse,
  InquiryStatementDetailResponse,
  InquiryStatementListResponse,
  InquiryStatementResponse,
  Statement,
} from '@alipay-kit/core'
import { type Body, optionalString, requiredString } from '../fields.js'
import { fail, resultOf } from '../result-codes.js'
import { createAbaCardEndpoints } from './aba-cards.js'
import { createAbaFundEndpoints } from './aba-funds.js'
import { ABA_QUOTA_MINOR, AbaState } from './aba-state.js'
import type { Endpoint } from './context.js'
import { answer, optionalCount, pageOf } from './kit.js'

const strings = (body: Body, field: string) =>
  Array.isArray(body[field]) ? (body[field] as unknown[]).filter((v): v is string => typeof v === 'string') : []

/** The statement lines a filtered inquiry asks for (types, currencies, a time range). */
function filtered(lines: readonly Statement[], body: Body): Statement[] {
  const types = strings(body, 'transactionTypeList')
  const currencies = strings(body, 'currencyList')
  const start = optionalString(body, 'startTime')
  const end = optionalString(body, 'endTime')
  return lines.filter(
    (l) =>
      (types.length === 0 || types.includes(String(l.transactionType))) &&
      (currencies.length === 0 || currencies.includes(String(l.transactionAmount?.currency))) &&
      (start === undefined || Date.parse(String(l.transactionTime)) >= Date.parse(start)) &&
      (end === undefined || Date.parse(String(l.transactionTime)) <= Date.parse(end)),
  )
}

/**
 * The Antom Business Account (`/v1/aba/...`): balances (opening balances in ABA_OPENING_BALANCES),
 * the statement line of every movement, issued cards and direct payments, refunds and exchanges.
 */
export function createAbaEndpoints(): { readonly [path: string]: Endpoint } {
  const state = new AbaState()
  const endpoints: { readonly [path: string]: Endpoint } = {
    '/v1/aba/accounts/inquiryBalance': (_deps, call) =>
      answer<AbaInquiryBalanceResponse>({
        result: resultOf('SUCCESS'),
        accountBalances: state.balances.list(call.clientId, strings(call.body, 'currencyList')),
      }),
    '/v1/aba/account/inquireAvailableQuota': (_deps, call) =>
      answer<InquireAvailableQuotaResponse>({
        result: resultOf('SUCCESS'),
        availableQuota: { currency: requiredString(call.body, 'currency', 3), value: ABA_QUOTA_MINOR },
      }),
    '/v1/aba/accounts/inquiryStatement': (_deps, call) => {
      const lines = filtered(state.statements(call.clientId), call.body)
      const page = pageOf(lines, optionalCount(call.body, 'pageNumber', 1), optionalCount(call.body, 'pageSize', 20))
      return answer<InquiryStatementResponse>({
        result: resultOf('SUCCESS'),
        statementList: page.items,
        totalCount: page.totalCount,
        totalPageNumber: page.totalPages,
        currentPageNumber: page.page,
      })
    },
    '/v1/aba/accounts/inquiryStatementList': (_deps, call) => {
      const lines = filtered(state.statements(call.clientId), call.body)
      const page = pageOf(lines, optionalCount(call.body, 'pageNumber', 1), optionalCount(call.body, 'pageSize', 20))
      return answer<InquiryStatementListResponse>({
        result: resultOf('SUCCESS'),
        statementList: page.items,
        totalCount: { totalPageNumber: page.totalPages, currentPageNumber: page.page },
      })
    },
    '/v1/aba/accounts/inquiryStatementDetail': (_deps, call) => {
      const id = requiredString(call.body, 'statementId')
      const statement =
        state.statements(call.clientId).find((l) => l.statementId === id) ??
        fail('RECORD_NOT_EXIST', `No statement ${id}.`)
      return answer<InquiryStatementDetailResponse>({ result: resultOf('SUCCESS'), statement })
    },
    ...createAbaCardEndpoints(),
    ...createAbaFundEndpoints(state),
  }
  return endpoints
}
