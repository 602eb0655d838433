import type {
  TaxBreakdown,
  TaxCalculatedLineItem,
  TaxCalculateResponse,
  TaxInquireRegistrationListResponse,
  TaxInquireSettingsResponse,
  TaxInquireTransactionListResponse,
  TaxRegisterResponse,
} from '@alipay-kit/core'
import { type Body, optionalObject, optionalString, requiredString } from '../fields.js'
import { alipayTime } from '../ids.js'
import { fail, resultOf } from '../result-codes.js'
import type { ApiCall, Endpoint } from './context.js'
import { answer, idempotent, optionalCount, pageOf, Records } from './kit.js'

/** The simulator's one tax rate, in percent: every line is taxed at 10%, plausibly and predictably. */
export const SIMULATED_TAX_RATE = 10

type Calculation = Pick<
  TaxCalculateResponse,
  | 'taxCalculationId'
  | 'currency'
  | 'totalAmount'
  | 'exclusiveTaxAmount'
  | 'inclusiveTaxAmount'
  | 'lineItems'
  | 'taxBreakdown'
  | 'expireAt'
  | 'taxDate'
> & { readonly taxCalculationRequestId: string }
type Registration = {
  -readonly [K in
    | 'taxRegistrationId'
    | 'taxType'
    | 'jurisdiction'
    | 'registrationType'
    | 'taxId'
    | 'status'
    | 'activeFrom'
    | 'expireAt']: TaxRegisterResponse[K]
}

const minor = (value: unknown, field: string): bigint => {
  if (typeof value !== 'string' || !/^[0-9]{1,18}$/.test(value))
    fail('PARAM_ILLEGAL', `${field} must be minor units as a string.`)
  return BigInt(value)
}

/** One line taxed at {@link SIMULATED_TAX_RATE}: on top of an EXCLUSIVE amount, within an INCLUSIVE one. */
function taxLine(item: Body): { line: TaxCalculatedLineItem; tax: bigint; inclusive: boolean } {
  const unit = minor(item.unitAmount, 'lineItems[].unitAmount')
  const quantity = BigInt(optionalCount(item, 'quantity', 1, 1_000_000))
  const amount = unit * quantity
  const inclusive = optionalString(item, 'taxBehavior') === 'INCLUSIVE'
  const rate = BigInt(SIMULATED_TAX_RATE)
  const tax = inclusive ? amount - (amount * 100n) / (100n + rate) : (amount * rate) / 100n
  const breakdown: TaxBreakdown = {
    taxType: 'SALES_TAX',
    authorityName: 'Simulated tax authority',
    taxRate: String(SIMULATED_TAX_RATE),
    taxAmount: String(tax),
    taxableAmount: String(inclusive ? amount - tax : amount),
    inclusive,
  }
  const line: TaxCalculatedLineItem = {
    goodsReferenceId: optionalString(item, 'goodsReferenceId'),
    unitAmount: String(unit),
    amount: String(amount),
    quantity: String(quantity),
    taxCode: optionalString(item, 'taxCode') ?? 'GENERAL',
    taxBehavior: inclusive ? 'INCLUSIVE' : 'EXCLUSIVE',
    taxAmount: String(tax),
    taxBreakdown: [breakdown],
  }
  return { line, tax, inclusive }
}

/**
 * Tax (`/v1/tax/...`): calculations at {@link SIMULATED_TAX_RATE}, kept for inquiry; registrations
 * by jurisdiction (ACTIVE, then CANCELLED); settings, initialised once and then updated.
 */
export function createTaxEndpoints(): { readonly [path: string]: Endpoint } {
  const calculations = new Records<Calculation>('RECORD_NOT_EXIST')
  const registrations = new Records<Registration>('RECORD_NOT_EXIST')
  const settings = new Map<
    string,
    Pick<TaxInquireSettingsResponse, 'defaultTaxCode' | 'defaultTaxBehavior' | 'headOffice' | 'status'>
  >()
  const registration = (call: ApiCall) =>
    registrations.get(call.clientId, requiredString(call.body, 'taxRegistrationId'))
  const pageParams = (call: ApiCall) =>
    [optionalCount(call.body, 'currentPage', 1), optionalCount(call.body, 'pageSize', 20)] as const

  const calculate = idempotent('tax/calculate', 'taxCalculationRequestId', (deps, call, requestId) => {
    const currency = requiredString(call.body, 'currency', 3)
    const items = Array.isArray(call.body.lineItems) ? (call.body.lineItems as Body[]) : []
    if (items.length === 0) fail('PARAM_ILLEGAL', 'lineItems is required.')
    const taxed = items.map((item) => taxLine(item ?? {}))
    const sum = (lines: typeof taxed) => lines.reduce((s, t) => s + t.tax, 0n)
    const exclusive = sum(taxed.filter((t) => !t.inclusive))
    const amounts = taxed.reduce((s, t) => s + BigInt(String(t.line.amount)), 0n)
    const c: Calculation = {
      taxCalculationRequestId: requestId,
      taxCalculationId: deps.newId('tax'),
      currency,
      totalAmount: String(amounts + exclusive),
      exclusiveTaxAmount: String(exclusive),
      inclusiveTaxAmount: String(sum(taxed.filter((t) => t.inclusive))),
      lineItems: taxed.map((t) => t.line),
      taxBreakdown: taxed.flatMap((t) => t.line.taxBreakdown ?? []),
      expireAt: alipayTime(deps.now() + 24 * 60 * 60 * 1000),
      taxDate: optionalString(call.body, 'taxDate') ?? alipayTime(deps.now()).slice(0, 10),
    }
    calculations.put(call.clientId, c.taxCalculationId as string, c)
    const { taxCalculationRequestId: _id, ...fields } = c
    return answer<TaxCalculateResponse>({ result: resultOf('SUCCESS'), ...fields })
  })

  const register = idempotent('tax/register', 'registrationRequestId', (deps, call) => {
    const jurisdiction = optionalObject(call.body, 'jurisdiction') ?? fail('PARAM_ILLEGAL', 'jurisdiction is required.')
    requiredString(jurisdiction, 'country', 2)
    const r: Registration = {
      taxRegistrationId: deps.newId('tax'),
      taxType: requiredString(call.body, 'taxType'),
      jurisdiction,
      registrationType: optionalString(call.body, 'registrationType'),
      taxId: optionalString(call.body, 'taxId'),
      status: 'ACTIVE',
      activeFrom: optionalString(call.body, 'activeFrom') ?? alipayTime(deps.now()),
      expireAt: optionalString(call.body, 'expireAt'),
    }
    return answer<TaxRegisterResponse>({
      result: resultOf('SUCCESS'),
      ...registrations.put(call.clientId, r.taxRegistrationId as string, r),
    })
  })

  const saveSettings = (initialise: boolean) => (_deps: unknown, call: ApiCall) => {
    const current = settings.get(call.clientId)
    if (initialise && current !== undefined)
      fail('STATUS_INVALID', 'The tax settings are initialised; update them instead.')
    if (!initialise && current === undefined) fail('STATUS_INVALID', 'Initialise the tax settings first.')
    const next = {
      defaultTaxCode: optionalString(call.body, 'defaultTaxCode') ?? current?.defaultTaxCode,
      defaultTaxBehavior: optionalString(call.body, 'defaultTaxBehavior') ?? current?.defaultTaxBehavior ?? 'EXCLUSIVE',
      headOffice: optionalObject(call.body, 'headOffice') ?? current?.headOffice,
      status: 'ACTIVE',
    }
    settings.set(call.clientId, next)
    return { result: resultOf('SUCCESS'), ...next }
  }

  return {
    '/v1/tax/calculate': calculate,
    '/v1/tax/inquireCalculation': (_deps, call) => {
      const id = optionalString(call.body, 'taxCalculationId')
      const requestId = optionalString(call.body, 'taxCalculationRequestId')
      if (id === undefined && requestId === undefined)
        fail('PARAM_ILLEGAL', 'taxCalculationId or taxCalculationRequestId is required.')
      const c =
        calculations
          .list(call.clientId)
          .find((x) => (id !== undefined ? x.taxCalculationId === id : x.taxCalculationRequestId === requestId)) ??
        fail('RECORD_NOT_EXIST', `No tax calculation ${id ?? requestId}.`)
      const { taxCalculationRequestId: _id, ...fields } = c
      return { result: resultOf('SUCCESS'), ...fields }
    },
    '/v1/tax/inquireTransactionList': (_deps, call) => {
      const id = optionalString(call.body, 'taxCalculationId')
      // A calculation becomes a pending transaction; the payment or refund that settles it is not simulated.
      const transactions = calculations
        .list(call.clientId)
        .filter((c) => id === undefined || c.taxCalculationId === id)
        .map((c) => ({
          taxTransactionId: `TAXTXN_${String(c.taxCalculationId)}`,
          taxCalculationId: c.taxCalculationId,
          type: 'SALE',
          taxAmount: String(BigInt(String(c.exclusiveTaxAmount)) + BigInt(String(c.inclusiveTaxAmount))),
          currency: c.currency,
          status: 'PENDING',
          taxDate: c.taxDate,
        }))
      const page = pageOf(transactions, ...pageParams(call))
      return answer<TaxInquireTransactionListResponse>({
        result: resultOf('SUCCESS'),
        transactions: page.items,
        paginator: {
          currentPage: page.page,
          pageSize: page.size,
          totalPage: page.totalPages,
          totalCount: page.totalCount,
        },
      })
    },
    '/v1/tax/register': register,
    '/v1/tax/cancelRegistration': (_deps, call) => {
      const r = registration(call)
      if (r.status !== 'ACTIVE')
        fail('STATUS_INVALID', `Registration ${String(r.taxRegistrationId)} is ${String(r.status)}.`)
      r.status = 'CANCELLED'
      return { result: resultOf('SUCCESS'), ...r }
    },
    '/v1/tax/updateRegistrationPeriod': (_deps, call) => {
      const r = registration(call)
      r.activeFrom = optionalString(call.body, 'activeFrom') ?? r.activeFrom
      r.expireAt = optionalString(call.body, 'expireAt') ?? r.expireAt
      return { result: resultOf('SUCCESS'), ...r }
    },
    '/v1/tax/inquireRegistrationList': (_deps, call) => {
      const status = optionalString(call.body, 'status')
      const matching = registrations.list(call.clientId).filter((r) => status === undefined || r.status === status)
      const page = pageOf(matching, ...pageParams(call))
      return answer<TaxInquireRegistrationListResponse>({
        result: resultOf('SUCCESS'),
        registrations: page.items,
        paginator: {
          currentPage: page.page,
          pageSize: page.size,
          totalPage: page.totalPages,
          totalCount: page.totalCount,
        },
      })
    },
    '/v1/tax/initializeSettings': saveSettings(true),
    '/v1/tax/updateSettings': saveSettings(false),
    '/v1/tax/inquireSettings': (_deps, call) =>
      answer<TaxInquireSettingsResponse>({
        result: resultOf('SUCCESS'),
        ...(settings.get(call.clientId) ?? { status: 'NOT_INITIALIZED' }),
      }),
  }
}
