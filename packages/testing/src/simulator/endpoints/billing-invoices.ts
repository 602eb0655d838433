import type {
  Amount,
  InvoiceConfirmPaymentResponse,
  InvoiceCreateResponse,
  InvoiceFinalizeResponse,
  InvoiceInquireListResponse,
  InvoiceReviseResponse,
  InvoiceVoidResponse,
} from '@alipay-kit/core'
import { type Body, flag, optionalString, optionalUrl, requiredString } from '../fields.js'
import { alipayTime } from '../ids.js'
import { fail, resultOf } from '../result-codes.js'
import { type BillingState, hostedUrl, type Stored, type StoredInvoice } from './billing-state.js'
import type { ApiCall, Endpoint, EndpointDeps } from './context.js'
import { amountOf, answer, cursorPage, idempotent } from './kit.js'

const EDITABLE = [
  'description',
  'dueDate',
  'collectionMethod',
  'paymentMethod',
  'shipping',
  'footer',
  'memo',
  'customFields',
]

/** An invoice line's amount: `itemAmount`, else `unitAmount` (a price's when `priceId` names one) times `quantity`. */
function lineAmount(state: BillingState, clientId: string, item: Body, currency: string): Amount {
  const price = typeof item.priceId === 'string' ? state.prices.get(clientId, item.priceId) : undefined
  const unit = item.unitAmount ?? price?.unitAmount
  const amount =
    item.itemAmount !== undefined
      ? amountOf(item, 'itemAmount')
      : unit !== undefined
        ? (() => {
            const u = amountOf({ unit }, 'unit')
            return { currency: u.currency, value: String(BigInt(u.value) * BigInt(String(item.quantity ?? '1'))) }
          })()
        : fail('PARAM_ILLEGAL', 'Each item needs itemAmount, unitAmount or a priceId with a unit amount.')
  if (amount.currency !== currency) fail('CURRENCY_NOT_SUPPORT', `Invoice items must be in ${currency}.`)
  return amount
}

/**
 * Makes an invoice for a customer (`billing.invoices.create`, and a subscription's first period):
 * DRAFT unless `status: 'OPEN'`, totalling its items.
 */
export function newInvoice(
  state: BillingState,
  deps: EndpointDeps,
  call: ApiCall,
  body: Body,
  requestId: string,
): StoredInvoice {
  const customerId = requiredString(body, 'customerId')
  state.customers.get(call.clientId, customerId)
  const currency = requiredString(body, 'currency', 3)
  const lines = Array.isArray(body.items) ? (body.items as Body[]) : []
  if (lines.length === 0) fail('PARAM_ILLEGAL', 'items is required.')
  const now = alipayTime(deps.now())
  const items = lines.map((item) => ({
    itemId: deps.newId('invoice'),
    priceId: optionalString(item ?? {}, 'priceId'),
    description: optionalString(item, 'description'),
    quantity: String(item.quantity ?? '1'),
    amount: lineAmount(state, call.clientId, item, currency),
    gmtCreate: now,
  }))
  const total = items.reduce((sum, i) => sum + BigInt(i.amount.value), 0n)
  const status = optionalString(body, 'status') === 'OPEN' ? 'OPEN' : 'DRAFT'
  const invoice: StoredInvoice = {
    invoiceId: deps.newId('invoice'),
    invoiceRequestId: requestId,
    subscriptionId: optionalString(body, 'subscriptionId'),
    customerId,
    status,
    currency,
    totalAmount: { currency, value: String(total) },
    subtotal: { currency, value: String(total) },
    paidAmount: { currency, value: '0' },
    remainAmount: { currency, value: String(total) },
    collectionMethod: optionalString(body, 'collectionMethod') ?? 'CHARGE_AUTOMATICALLY',
    items,
    hostedInvoiceUrl: '',
    gmtCreate: now,
    gmtUpdate: now,
    description: optionalString(body, 'description'),
    dueDate: optionalString(body, 'dueDate'),
    credited: 0n,
    notifyUrl: optionalUrl(body, 'invoiceNotifyUrl'),
  }
  invoice.hostedInvoiceUrl = hostedUrl(call.baseUrl, 'invoices', invoice.invoiceId)
  state.invoices.put(call.clientId, invoice.invoiceId, invoice)
  state.invoiceIds.set(`${call.clientId}\n${requestId}`, invoice.invoiceId)
  return invoice
}

/** What an invoice's detail inquiry shows: its fields, without the simulator's own. */
export function invoiceView(i: StoredInvoice): Stored {
  const { credited: _credited, notifyUrl: _notifyUrl, ...view } = i
  return view
}

/**
 * Billing invoices (`/v1/billing/invoice/...`): DRAFT, finalised OPEN, then PAID (confirmPayment,
 * which also makes a receipt), VOID or UNCOLLECTIBLE; each of these three sends INVOICE to the
 * invoice's `invoiceNotifyUrl` (or the dashboard `billing` URL).
 */
export function createBillingInvoiceEndpoints(
  state: BillingState,
  paid: (deps: EndpointDeps, call: ApiCall, invoice: StoredInvoice) => string,
): { readonly [path: string]: Endpoint } {
  const find = (call: ApiCall) => {
    const id = optionalString(call.body, 'invoiceId')
    const requestId = optionalString(call.body, 'invoiceRequestId')
    if (id === undefined && requestId === undefined) fail('PARAM_ILLEGAL', 'invoiceId or invoiceRequestId is required.')
    return state.invoices.get(call.clientId, id ?? state.invoiceIds.get(`${call.clientId}\n${requestId}`))
  }
  const move = (
    deps: EndpointDeps,
    call: ApiCall,
    from: readonly string[],
    to: StoredInvoice['status'],
    reason: string,
  ) => {
    const i = find(call)
    if (!from.includes(i.status)) fail('STATUS_INVALID', `Invoice ${i.invoiceId} is ${i.status}.`)
    i.status = to
    i.gmtUpdate = alipayTime(deps.now())
    deps.notify('billing', i.notifyUrl, call, {
      invoiceRequestId: i.invoiceRequestId,
      invoiceId: i.invoiceId,
      invoiceStatus: to,
      invoiceAmount: i.totalAmount,
      customerId: i.customerId,
      reason,
      reasonDescription: reason,
    })
    return i
  }
  const noted = (call: ApiCall, i: StoredInvoice, at: string) => ({
    invoiceId: i.invoiceId,
    status: i.status,
    [at]: i.gmtUpdate as string,
    invoiceNote: optionalString(call.body, 'invoiceNote'),
  })

  const create = idempotent('billing/invoice/create', 'invoiceRequestId', (deps, call, requestId) => {
    const i = newInvoice(state, deps, call, call.body, requestId)
    return answer<InvoiceCreateResponse>({
      result: resultOf('SUCCESS'),
      invoiceId: i.invoiceId,
      invoiceRequestId: requestId,
      status: i.status,
      hostedInvoiceUrl: i.hostedInvoiceUrl as string,
      sendStatus: flag(call.body.autoSend) && i.status === 'OPEN' ? 'SENT' : 'NOT_SENT',
    })
  })

  const revise = idempotent('billing/invoice/revise', 'invoiceRevisionRequestId', (deps, call, revisionId) => {
    const old = find(call)
    if (old.status === 'PAID' || old.status === 'VOID')
      fail('STATUS_INVALID', `Invoice ${old.invoiceId} is ${old.status}.`)
    const copy: StoredInvoice = {
      ...old,
      invoiceId: deps.newId('invoice'),
      invoiceRequestId: revisionId,
      status: 'DRAFT',
    }
    copy.hostedInvoiceUrl = hostedUrl(call.baseUrl, 'invoices', copy.invoiceId)
    copy.notifyUrl = optionalUrl(call.body, 'invoiceNotifyUrl') ?? old.notifyUrl
    state.invoices.put(call.clientId, copy.invoiceId, copy)
    state.invoiceIds.set(`${call.clientId}\n${revisionId}`, copy.invoiceId)
    const voided = flag(call.body.void) ? move(deps, call, ['DRAFT', 'OPEN'], 'VOID', 'MANUAL_VOID') : undefined
    return answer<InvoiceReviseResponse>({
      result: resultOf('SUCCESS'),
      newInvoiceId: copy.invoiceId,
      voidedInvoiceId: voided?.invoiceId,
    })
  })

  return {
    '/v1/billing/invoice/create': create,
    '/v1/billing/invoice/update': (deps, call) => {
      const i = find(call)
      if (i.status !== 'DRAFT' && i.status !== 'OPEN') fail('STATUS_INVALID', `Invoice ${i.invoiceId} is ${i.status}.`)
      for (const field of EDITABLE) if (call.body[field] !== undefined) i[field] = call.body[field]
      i.notifyUrl = optionalUrl(call.body, 'invoiceNotifyUrl') ?? i.notifyUrl
      i.gmtUpdate = alipayTime(deps.now())
      return { result: resultOf('SUCCESS'), invoiceId: i.invoiceId, status: i.status }
    },
    '/v1/billing/invoice/finalize': (deps, call) => {
      const i = find(call)
      if (i.status !== 'DRAFT') fail('STATUS_INVALID', `Invoice ${i.invoiceId} is ${i.status}.`)
      i.status = 'OPEN'
      i.gmtUpdate = alipayTime(deps.now())
      return answer<InvoiceFinalizeResponse>({
        result: resultOf('SUCCESS'),
        ...noted(call, i, 'finalizedAt'),
        hostedInvoiceUrl: i.hostedInvoiceUrl as string,
        sendStatus: flag(call.body.autoSend) ? 'SENT' : 'NOT_SENT',
      })
    },
    '/v1/billing/invoice/send': (_deps, call) => {
      const i = find(call)
      if (i.status !== 'OPEN')
        fail('STATUS_INVALID', `Invoice ${i.invoiceId} is ${i.status}; only an OPEN invoice is sent.`)
      return {
        result: resultOf('SUCCESS'),
        invoiceId: i.invoiceId,
        sendStatus: 'SENT',
        hostedInvoiceUrl: i.hostedInvoiceUrl,
      }
    },
    '/v1/billing/invoice/confirmPayment': (deps, call) => {
      requiredString(call.body, 'confirmationType')
      const i = move(deps, call, ['OPEN'], 'PAID', 'PAYMENT_SUCCESS')
      i.paidAmount = i.totalAmount
      i.remainAmount = { currency: i.currency, value: '0' }
      i.paidTime = i.gmtUpdate
      return answer<InvoiceConfirmPaymentResponse>({
        result: resultOf('SUCCESS'),
        invoiceId: i.invoiceId,
        status: i.status,
        receiptId: paid(deps, call, i),
        invoiceNote: optionalString(call.body, 'invoiceNote'),
        paidAt: i.gmtUpdate as string,
        sendStatus: flag(call.body.autoSend) ? 'SENT' : 'NOT_SENT',
      })
    },
    '/v1/billing/invoice/void': (deps, call) =>
      answer<InvoiceVoidResponse>({
        result: resultOf('SUCCESS'),
        ...noted(call, move(deps, call, ['DRAFT', 'OPEN'], 'VOID', 'MANUAL_VOID'), 'voidedAt'),
      }),
    '/v1/billing/invoice/markUncollectible': (deps, call) => ({
      result: resultOf('SUCCESS'),
      ...noted(call, move(deps, call, ['OPEN'], 'UNCOLLECTIBLE', 'MANUAL_MARK_UNCOLLECTIBLE'), 'markedUncollectibleAt'),
    }),
    '/v1/billing/invoice/revise': revise,
    '/v1/billing/invoice/inquireDetails': (_deps, call) => ({
      result: resultOf('SUCCESS'),
      ...invoiceView(find(call)),
    }),
    '/v1/billing/invoice/inquireList': (_deps, call) => {
      const filters = ['subscriptionId', 'customerId', 'invoiceId', 'status']
      const matching = state.invoices
        .list(call.clientId)
        .filter((i) => filters.every((f) => call.body[f] === undefined || i[f] === call.body[f]))
        .filter((i) => !flag(call.body.excludeDraft) || i.status !== 'DRAFT')
      const page = cursorPage(call.body, matching, (i) => i.invoiceId)
      return answer<InvoiceInquireListResponse>({
        result: resultOf('SUCCESS'),
        invoices: page.page.map(invoiceView),
        total: String(page.total),
        hasMore: page.hasMore,
        nextCursor: page.nextCursor,
        previousCursor: page.previousCursor,
      })
    },
    '/v1/billing/invoice/createViewLink': (deps, call) => {
      const i = find(call)
      return {
        result: resultOf('SUCCESS'),
        token: `VIEW_${deps.newId('invoice')}`,
        viewUrl: i.hostedInvoiceUrl,
        expiresAt: alipayTime(deps.now() + 7 * 24 * 60 * 60 * 1000),
      }
    },
    '/v1/billing/invoice/export': (deps, call) => exportFile(deps, call, 'invoices'),
  }
}

/** A download of invoices or receipts: a file the simulator names but does not serve. */
export function exportFile(deps: EndpointDeps, call: ApiCall, kind: string) {
  const fileFormat = optionalString(call.body, 'fileFormat') ?? 'CSV'
  const fileName = `${kind}-${deps.newId('billing')}.${fileFormat.toLowerCase()}`
  return {
    result: resultOf('SUCCESS'),
    fileFormat,
    fileName,
    fileUrl: hostedUrl(call.baseUrl, 'exports', fileName),
    fileSize: '0',
    expiresAt: alipayTime(deps.now() + 24 * 60 * 60 * 1000),
  }
}
