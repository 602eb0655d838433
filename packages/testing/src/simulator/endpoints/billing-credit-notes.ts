import type {
  CreditNoteCreateResponse,
  CreditNoteInquireListResponse,
  CreditNoteVoidResponse,
  ReceiptInquireListResponse,
  ReceiptSendResponse,
} from '@alipay-kit/core'
import { optionalString, optionalUrl, requiredString } from '../fields.js'
import { alipayTime } from '../ids.js'
import { fail, resultOf } from '../result-codes.js'
import { exportFile } from './billing-invoices.js'
import { type BillingState, hostedUrl, type Stored, type StoredInvoice } from './billing-state.js'
import type { ApiCall, Endpoint, EndpointDeps } from './context.js'
import { amountOf, answer, cursorPage, idempotent } from './kit.js'

/**
 * Makes the receipt of an invoice just paid and returns its id: confirmPayment's `receiptId`.
 */
export function receiptFor(state: BillingState, deps: EndpointDeps, call: ApiCall, i: StoredInvoice): string {
  const now = alipayTime(deps.now())
  const receipt: Stored = {
    receiptId: deps.newId('invoice'),
    invoiceId: i.invoiceId,
    subscriptionId: i.subscriptionId,
    customerId: i.customerId,
    receiptType: 'PAYMENT',
    status: 'ISSUED',
    collectionMethod: i.collectionMethod,
    totalAmount: i.totalAmount,
    subtotal: i.subtotal,
    paidAmount: i.totalAmount,
    paidTime: now,
    gmtCreate: now,
    gmtUpdate: now,
  }
  receipt.fileUrl = hostedUrl(call.baseUrl, 'receipts', receipt.receiptId as string)
  state.receipts.put(call.clientId, receipt.receiptId as string, receipt)
  return receipt.receiptId as string
}

/**
 * Credit notes (`/v1/billing/creditNote/...`) on an OPEN or PAID invoice, up to what is left of its
 * total, each sending CREDIT_NOTE (CREATED, VOIDED) to `creditNoteNotifyUrl` or the dashboard
 * `billing` URL; and receipts (`/v1/billing/receipt/...`), which confirmPayment makes.
 */
export function createCreditNoteReceiptEndpoints(state: BillingState): { readonly [path: string]: Endpoint } {
  const note = (call: ApiCall) => state.creditNotes.get(call.clientId, requiredString(call.body, 'creditNoteId'))
  const tell = (deps: EndpointDeps, call: ApiCall, n: Stored, type: string) => {
    deps.notify('billing', n.notifyUrl as string | undefined, call, {
      notifyId: deps.newId('billing'),
      creditNoteRequestId: n.creditNoteRequestId,
      creditNoteNotificationType: type,
      customerId: n.customerId,
      creditNote: view(n),
      invoice: {
        invoiceId: n.invoiceId,
        invoiceStatus: state.invoices.get(call.clientId, n.invoiceId as string).status,
      },
    })
  }
  const view = (n: Stored): Stored => {
    const { notifyUrl: _notifyUrl, ...rest } = n
    return rest
  }

  const create = idempotent('billing/creditNote/create', 'creditNoteRequestId', (deps, call, requestId) => {
    const invoice = state.invoices.get(call.clientId, requiredString(call.body, 'invoiceId'))
    if (invoice.status !== 'OPEN' && invoice.status !== 'PAID') {
      fail('STATUS_INVALID', `Invoice ${invoice.invoiceId} is ${invoice.status}.`)
    }
    const total = amountOf(call.body, 'totalAmount')
    if (total.currency !== invoice.currency) fail('CURRENCY_NOT_SUPPORT', `Credit in ${invoice.currency}.`)
    if (invoice.credited + BigInt(total.value) > BigInt(invoice.totalAmount.value)) {
      fail('REFUND_AMOUNT_EXCEED', 'The credit notes would exceed the invoice total.')
    }
    invoice.credited += BigInt(total.value)
    const now = alipayTime(deps.now())
    const refund = call.body.refundAmount === undefined ? undefined : amountOf(call.body, 'refundAmount')
    const n: Stored = {
      creditNoteId: deps.newId('invoice'),
      creditNoteRequestId: requestId,
      invoiceId: invoice.invoiceId,
      customerId: invoice.customerId,
      type: optionalString(call.body, 'type') ?? (invoice.status === 'PAID' ? 'POST_PAYMENT' : 'PRE_PAYMENT'),
      status: 'ISSUED',
      totalAmount: total,
      refundAmount: refund,
      refundStatus: refund === undefined ? undefined : 'SUCCEEDED',
      refundedAt: refund === undefined ? undefined : now,
      reason: optionalString(call.body, 'reason'),
      reasonDescription: optionalString(call.body, 'reasonDescription'),
      refundDestination: optionalString(call.body, 'refundDestination'),
      memo: optionalString(call.body, 'memo'),
      effectiveDate: optionalString(call.body, 'effectiveDate') ?? now.slice(0, 10),
      items: Array.isArray(call.body.items) ? call.body.items : [],
      issuedAt: now,
      createdAt: now,
      notifyUrl: optionalUrl(call.body, 'creditNoteNotifyUrl'),
    }
    state.creditNotes.put(call.clientId, n.creditNoteId as string, n)
    tell(deps, call, n, 'CREATED')
    return answer<CreditNoteCreateResponse>({ result: resultOf('SUCCESS'), ...view(n) })
  })

  const receipt = (call: ApiCall) => {
    const id = optionalString(call.body, 'receiptId')
    const invoiceId = optionalString(call.body, 'invoiceId')
    if (id === undefined && invoiceId === undefined) fail('PARAM_ILLEGAL', 'receiptId or invoiceId is required.')
    const found = state.receipts
      .list(call.clientId)
      .find((r) => (id !== undefined ? r.receiptId === id : r.invoiceId === invoiceId))
    return found ?? fail('RECORD_NOT_EXIST', `No receipt ${id ?? `of invoice ${invoiceId}`}.`)
  }

  return {
    '/v1/billing/creditNote/create': create,
    '/v1/billing/creditNote/void': (deps, call) => {
      const n = note(call)
      if (n.status === 'VOID') fail('STATUS_INVALID', `Credit note ${String(n.creditNoteId)} is void.`)
      const invoice = state.invoices.get(call.clientId, n.invoiceId as string)
      invoice.credited -= BigInt((n.totalAmount as { value: string }).value)
      n.status = 'VOID'
      n.voidedAt = alipayTime(deps.now())
      tell(deps, call, n, 'VOIDED')
      return answer<CreditNoteVoidResponse>({
        result: resultOf('SUCCESS'),
        creditNoteId: n.creditNoteId as string,
        status: 'VOID',
        voidedAt: n.voidedAt as string,
      })
    },
    '/v1/billing/creditNote/inquireDetails': (_deps, call) => ({ result: resultOf('SUCCESS'), ...view(note(call)) }),
    '/v1/billing/creditNote/inquireList': (_deps, call) => {
      const filters = ['invoiceId', 'customerId', 'status', 'type', 'reason']
      const matching = state.creditNotes
        .list(call.clientId)
        .filter((n) => filters.every((f) => call.body[f] === undefined || n[f] === call.body[f]))
      const page = cursorPage(call.body, matching, (n) => n.creditNoteId as string)
      return answer<CreditNoteInquireListResponse>({
        result: resultOf('SUCCESS'),
        list: page.page.map(view),
        hasMore: page.hasMore,
        totalCount: String(page.total),
      })
    },
    '/v1/billing/receipt/send': (_deps, call) => {
      const r = receipt(call)
      return answer<ReceiptSendResponse>({
        result: resultOf('SUCCESS'),
        receiptId: r.receiptId as string,
        sendStatus: 'SENT',
        hostedReceiptUrl: r.fileUrl as string,
      })
    },
    '/v1/billing/receipt/inquireDetails': (_deps, call) => ({ result: resultOf('SUCCESS'), ...receipt(call) }),
    '/v1/billing/receipt/inquireList': (_deps, call) => {
      const filters = ['customerId', 'invoiceId', 'subscriptionId', 'status', 'receiptType']
      const matching = state.receipts
        .list(call.clientId)
        .filter((r) => filters.every((f) => call.body[f] === undefined || r[f] === call.body[f]))
      const page = cursorPage(call.body, matching, (r) => r.receiptId as string)
      return answer<ReceiptInquireListResponse>({
        result: resultOf('SUCCESS'),
        receipts: page.page,
        total: String(page.total),
        hasMore: page.hasMore,
        nextCursor: page.nextCursor,
      })
    },
    '/v1/billing/receipt/export': (deps, call) => exportFile(deps, call, 'receipts'),
  }
}
