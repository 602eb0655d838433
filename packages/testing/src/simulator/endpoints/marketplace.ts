import type {
  Amount,
  CreatePayoutResponse,
  RegisterResponse,
  SettleResponse,
  SubmitAttachmentResponse,
  TransferFromDetail,
  TransferToDetail,
} from '@alipay-kit/core'
import { type Body, optionalObject, optionalString, optionalUrl, requiredString } from '../fields.js'
import { alipayTime } from '../ids.js'
import { fail, resultOf } from '../result-codes.js'
import { Balances } from './balances.js'
import type { ApiCall, Endpoint, EndpointDeps } from './context.js'
import { amountOf, answer, idempotent, Records } from './kit.js'

/** The marketplace's own account, as balances and transfers name it (no `customerId`). */
const MARKETPLACE = 'MARKETPLACE'

/** What a new marketplace account holds: 1,000,000.00 USD, so payouts work before any settlement. */
export const MARKETPLACE_OPENING_BALANCE: Amount = Object.freeze({ currency: 'USD', value: '100000000' })

interface Seller {
  readonly referenceMerchantId: string
  settlementInfos: readonly unknown[]
}

/** The account a transfer side names: a seller's `customerId`, or the marketplace itself. */
function accountOf(method: Body | undefined): string {
  const id = method === undefined ? undefined : optionalString(method, 'customerId', 64)
  return id ?? MARKETPLACE
}

/**
 * Marketplace (`/v1/merchants/register`, `/v1/payments/settle`, `/v1/funds/...`), simply: sellers
 * register at once; settle splits a paid payment between the marketplace and the payment's seller
 * (`order.merchant.referenceMerchantId` of the pay request); payouts and transfers move balances
 * at once and report TRANSFER_RESULT to `transferToDetail.transferNotifyUrl`.
 */
export function createMarketplaceEndpoints(): { readonly [path: string]: Endpoint } {
  const sellers = new Records<Seller>('MERCHANT_NOT_EXIST')
  const balances = new Balances((account) =>
    account.endsWith(`\n${MARKETPLACE}`) ? [MARKETPLACE_OPENING_BALANCE] : [],
  )
  const account = (call: ApiCall, name: string) => {
    if (name !== MARKETPLACE) sellers.get(call.clientId, name)
    return `${call.clientId}\n${name}`
  }

  const register = idempotent('merchants/register', 'registrationRequestId', (_deps, call) => {
    const info = optionalObject(call.body, 'merchantInfo') ?? fail('PARAM_ILLEGAL', 'merchantInfo is required.')
    const referenceMerchantId = requiredString(info, 'referenceMerchantId')
    if (sellers.find(call.clientId, referenceMerchantId) !== undefined) {
      fail('MERCHANT_ALREADY_REGISTERED', `Seller ${referenceMerchantId} is registered.`)
    }
    const settlementInfos = Array.isArray(call.body.settlementInfos) ? call.body.settlementInfos : []
    sellers.put(call.clientId, referenceMerchantId, { referenceMerchantId, settlementInfos })
    return answer<RegisterResponse>({ result: resultOf('SUCCESS'), registrationStatus: 'SUCCESS' })
  })

  const updateSettlementInfo = idempotent('merchants/settlementInfo/update', 'updateRequestId', (_deps, call) => {
    const seller = sellers.get(call.clientId, requiredString(call.body, 'referenceMerchantId'))
    const settlementCurrency = requiredString(call.body, 'settlementCurrency', 3)
    const settlementBankAccount =
      optionalObject(call.body, 'settlementBankAccount') ?? fail('PARAM_ILLEGAL', 'settlementBankAccount is required.')
    seller.settlementInfos = [{ settlementCurrency, settlementBankAccount }]
    return { result: resultOf('SUCCESS'), updateStatus: 'SUCCESS' }
  })

  const inquireBalance: Endpoint = (_deps, call) => {
    const name = optionalString(call.body, 'referenceMerchantId') ?? MARKETPLACE
    return { result: resultOf('SUCCESS'), accountBalances: balances.list(account(call, name)) }
  }

  const settle = idempotent('payments/settle', 'settlementRequestId', (deps, call, settlementRequestId) => {
    const payment = deps.ledger.findPayment(call.clientId, { paymentId: requiredString(call.body, 'paymentId') })
    if (payment.status !== 'SUCCESS') fail('ORDER_STATUS_INVALID', `Payment ${payment.paymentId} is ${payment.status}.`)
    const details = Array.isArray(call.body.settlementDetails) ? (call.body.settlementDetails as Body[]) : []
    if (details.length === 0) fail('PARAM_ILLEGAL', 'settlementDetails is required.')
    const moves = details.map((d) => {
      const settleTo = requiredString(d ?? {}, 'settleTo')
      const amount = amountOf(d, 'settlementAmount')
      if (amount.currency !== payment.paymentAmount.currency)
        fail('CURRENCY_NOT_SUPPORT', 'Settle in the payment currency.')
      if (settleTo !== 'SELLER' && settleTo !== 'MARKETPLACE')
        fail('PARAM_ILLEGAL', 'settleTo must be SELLER or MARKETPLACE.')
      const seller = payment.referenceMerchantId
      if (settleTo === 'SELLER' && seller === undefined) {
        fail('PARAM_ILLEGAL', 'The payment names no seller (order.merchant.referenceMerchantId).')
      }
      return { to: settleTo === 'SELLER' ? (seller as string) : MARKETPLACE, amount }
    })
    const total = moves.reduce((sum, m) => sum + BigInt(m.amount.value), 0n)
    if (total > BigInt(payment.paymentAmount.value)) fail('PARAM_ILLEGAL', 'The settlement exceeds the payment amount.')
    for (const m of moves) balances.credit(account(call, m.to), m.amount)
    return answer<SettleResponse>({
      result: resultOf('SUCCESS'),
      settlementRequestId,
      settlementId: deps.newId('settlement'),
    })
  })

  const move = (operation: string, credit: boolean) =>
    idempotent(operation, 'transferRequestId', (deps: EndpointDeps, call: ApiCall, transferRequestId: string) => {
      const from =
        optionalObject(call.body, 'transferFromDetail') ?? fail('PARAM_ILLEGAL', 'transferFromDetail is required.')
      const to = optionalObject(call.body, 'transferToDetail') ?? fail('PARAM_ILLEGAL', 'transferToDetail is required.')
      const amount = amountOf(from, 'transferFromAmount')
      const fromAccount = account(call, accountOf(optionalObject(from, 'transferFromMethod')))
      const toAccount = credit ? account(call, accountOf(optionalObject(to, 'transferToMethod'))) : undefined
      balances.debit(fromAccount, amount)
      if (toAccount !== undefined) balances.credit(toAccount, amount)
      const transferId = deps.newId('transfer')
      const transferFromDetail = from as TransferFromDetail
      const transferToDetail = { ...to, actualTransferToAmount: amount } as TransferToDetail
      deps.notify('transfer', optionalUrl(to, 'transferNotifyUrl'), call, {
        transferRequestId,
        transferId,
        transferResult: resultOf('SUCCESS'),
        transferFinishTime: alipayTime(deps.now()),
        transferFromDetail,
        transferToDetail,
      })
      return answer<CreatePayoutResponse>({
        result: resultOf('SUCCESS'),
        transferId,
        transferRequestId,
        transferFromDetail,
        transferToDetail,
      })
    })

  const submitAttachment = idempotent('attachment/submit', 'submitAttachmentRequestId', (deps, call, id) => {
    const fileSha256 = requiredString(call.body, 'fileSha256')
    if (!/^[0-9a-fA-F]{64}$/.test(fileSha256)) fail('PARAM_ILLEGAL', 'fileSha256 must be 64 hex digits.')
    return answer<SubmitAttachmentResponse>({
      result: resultOf('SUCCESS'),
      submitAttachmentRequestId: id,
      attachmentType: requiredString(call.body, 'attachmentType'),
      attachmentKey: `ATTACHMENT_${deps.newId('attachment')}`,
    })
  })

  return {
    '/v1/merchants/register': register,
    '/v1/merchants/settlementInfo/update': updateSettlementInfo,
    '/v1/accounts/inquireBalance': inquireBalance,
    '/v1/payments/settle': settle,
    '/v1/funds/createPayout': move('funds/createPayout', false),
    '/v1/funds/createTransfer': move('funds/createTransfer', true),
    '/open/openapiv2_file/v1/business/attachment/submitAttachment': submitAttachment,
  }
}
