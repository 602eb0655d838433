import type { Amount, ApiResponse } from '@alipay-kit/core'
import { type Body, fingerprint, optionalObject, requiredString } from '../fields.js'
import { fail, type SimulatorResultCode } from '../result-codes.js'
import type { ApiAnswer, ApiCall, Endpoint, EndpointDeps } from './context.js'

/*
 * What the endpoint families of issue 12 share: typed answers, per-merchant records, idempotent
 * creation and the two ways Alipay pages a list.
 */

/**
 * An answer typed as its response model from core: a field of the wrong type does not compile, so
 * the simulator cannot drift from the model the client types.
 */
export function answer<R extends ApiResponse>(response: R): ApiAnswer {
  return response
}

/** Objects of one kind, each owned by the merchant that created it; another's do not exist for it. */
export class Records<T> {
  readonly #items = new Map<string, { readonly clientId: string; readonly value: T }>()

  /** @param missing - The result code of a lookup that finds nothing. */
  constructor(private readonly missing: SimulatorResultCode) {}

  put(clientId: string, id: string, value: T): T {
    this.#items.set(id, { clientId, value })
    return value
  }

  find(clientId: string, id: string | undefined): T | undefined {
    const item = id === undefined ? undefined : this.#items.get(id)
    return item !== undefined && item.clientId === clientId ? item.value : undefined
  }

  /** The object, or a failure with this kind's code naming the id. */
  get(clientId: string, id: string | undefined): T {
    return this.find(clientId, id) ?? fail(this.missing, `No object ${id ?? '(no id given)'}.`)
  }

  /** The merchant's objects, oldest first. */
  list(clientId: string): T[] {
    return [...this.#items.values()].filter((item) => item.clientId === clientId).map((item) => item.value)
  }
}

/**
 * A create endpoint that is idempotent on its `*RequestId` (docs/protocol.md §7): the same
 * request again answers what the first did; other content under the same id is
 * REPEAT_REQ_INCONSISTENT. Only an accepted request is remembered, as Alipay does.
 */
export function idempotent(
  operation: string,
  idField: string,
  create: (deps: EndpointDeps, call: ApiCall, requestId: string) => ApiAnswer,
): Endpoint {
  const answers = new Map<string, ApiAnswer>()
  return (deps, call) => {
    const requestId = requiredString(call.body, idField)
    const print = fingerprint(call.body)
    const key = `${call.clientId}\n${requestId}`
    if (deps.requestIds.isReplay(operation, call.clientId, requestId, print)) return answers.get(key) as ApiAnswer
    const made = create(deps, call, requestId)
    answers.set(key, made)
    deps.requestIds.remember(operation, call.clientId, requestId, print)
    return made
  }
}

/** An optional whole number given as a number or a numeric string, within bounds. */
export function optionalCount(body: Body, field: string, fallback: number, max = 1000): number {
  const value = body[field]
  if (value === undefined || value === null || value === '') return fallback
  const n = typeof value === 'number' ? value : typeof value === 'string' ? Number(value) : Number.NaN
  if (!Number.isInteger(n) || n < 0 || n > max) fail('PARAM_ILLEGAL', `${field} must be a whole number up to ${max}.`)
  return n
}

/** One page of `items`, numbered from 1, and the counts the page-numbered lists answer with. */
export function pageOf<T>(items: readonly T[], pageNumber: number, pageSize: number) {
  const size = Math.max(1, pageSize)
  const page = Math.max(1, pageNumber)
  return {
    items: items.slice((page - 1) * size, page * size),
    totalCount: String(items.length),
    totalPages: String(Math.max(1, Math.ceil(items.length / size))),
    page: String(page),
    size: String(size),
  }
}

/**
 * A cursor page (`startingAfter`, `endingBefore`, `limit`: the billing lists): the items after
 * (or before) the one with that id, at most `limit` of them.
 */
export function cursorPage<T>(body: Body, items: readonly T[], idOf: (item: T) => string) {
  const limit = optionalCount(body, 'limit', 10, 100) || 10
  const after = typeof body.startingAfter === 'string' ? items.findIndex((i) => idOf(i) === body.startingAfter) : -1
  const before = typeof body.endingBefore === 'string' ? items.findIndex((i) => idOf(i) === body.endingBefore) : -1
  const start = before >= 0 ? Math.max(0, before - limit) : after + 1
  const end = before >= 0 ? before : start + limit
  const page = items.slice(start, end)
  const last = page.at(-1)
  const first = page[0]
  return {
    page,
    hasMore: end < items.length,
    nextCursor: end < items.length && last !== undefined ? idOf(last) : undefined,
    previousCursor: start > 0 && first !== undefined ? idOf(first) : undefined,
    total: items.length,
  }
}

/** A required amount in any currency, value a whole number of minor units (zero allowed). */
export function amountOf(body: Body, field: string): Amount {
  const value = optionalObject(body, field) ?? fail('PARAM_ILLEGAL', `${field} is required ({ currency, value }).`)
  const { currency, value: minor } = value
  if (typeof currency !== 'string' || !/^[A-Z]{3}$/.test(currency)) {
    fail('PARAM_ILLEGAL', `${field}.currency must be an ISO-4217 code such as "USD".`)
  }
  if (typeof minor !== 'string' || !/^[0-9]{1,18}$/.test(minor)) {
    fail('PARAM_ILLEGAL', `${field}.value must be a whole number of minor units, as a string.`)
  }
  return { currency, value: minor }
}
