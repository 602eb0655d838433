import type { Amount, Statement } from '@alipay-kit/core'
import { alipayTime } from '../ids.js'
import { Balances } from './balances.js'
import type { EndpointDeps } from './context.js'

/** What a new Antom Business Account holds, so payments work before any top-up. */
export const ABA_OPENING_BALANCES: readonly Amount[] = Object.freeze([
  { currency: 'USD', value: '100000000' },
  { currency: 'SGD', value: '50000000' },
  { currency: 'EUR', value: '20000000' },
])

/** The quota left per currency for ABA payments (`inquireAvailableQuota`). */
export const ABA_QUOTA_MINOR = '1000000000'

/**
 * One simulator's Antom Business Accounts: balances per merchant and currency, and the statement
 * line of every movement, newest last. Cards and funds endpoints share it.
 */
export class AbaState {
  readonly balances = new Balances(() => ABA_OPENING_BALANCES)
  readonly #statements = new Map<string, Statement[]>()

  /** Moves `amount` out of (`out`) or into the merchant's account and writes the statement line. */
  move(
    deps: Pick<EndpointDeps, 'newId' | 'now'>,
    clientId: string,
    type: NonNullable<Statement['transactionType']>,
    amount: Amount,
    out: boolean,
    id: string,
  ): Statement {
    if (out) this.balances.debit(clientId, amount)
    else this.balances.credit(clientId, amount)
    const after = this.balances.list(clientId, [amount.currency])[0]?.availableBalance
    const signed = { currency: amount.currency, value: out ? `-${amount.value}` : amount.value }
    const line: Statement = {
      statementId: deps.newId('statement'),
      transactionTime: alipayTime(deps.now()),
      transactionType: type,
      transactionAmount: signed,
      feeAmount: { currency: amount.currency, value: '0' },
      netAmount: signed,
      accountBalance: after,
      transactionId: id,
      transactionStatus: 'SUCCESS',
    }
    const lines = this.#statements.get(clientId) ?? []
    lines.push(line)
    this.#statements.set(clientId, lines)
    return line
  }

  statements(clientId: string): readonly Statement[] {
    return this.#statements.get(clientId) ?? []
  }
}
