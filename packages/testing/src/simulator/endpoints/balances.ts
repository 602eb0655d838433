import type { AccountBalance, Amount } from '@alipay-kit/core'
import { fail } from '../result-codes.js'

/**
 * Balances per account and currency, in minor units: what payouts, transfers, settlements and
 * ABA payments move. An account a merchant has not funded holds its opening balance.
 */
export class Balances {
  readonly #minor = new Map<string, Map<string, bigint>>()

  /** @param opening - The opening balance of an account seen for the first time, by currency. */
  constructor(private readonly opening: (account: string) => ReadonlyArray<Amount>) {}

  #of(account: string): Map<string, bigint> {
    let balances = this.#minor.get(account)
    if (balances === undefined) {
      balances = new Map(this.opening(account).map((a) => [a.currency, BigInt(a.value)]))
      this.#minor.set(account, balances)
    }
    return balances
  }

  credit(account: string, amount: Amount): void {
    const balances = this.#of(account)
    balances.set(amount.currency, (balances.get(amount.currency) ?? 0n) + BigInt(amount.value))
  }

  /** Takes `amount` out of the account, or fails MERCHANT_BALANCE_NOT_ENOUGH leaving it untouched. */
  debit(account: string, amount: Amount): void {
    const balances = this.#of(account)
    const held = balances.get(amount.currency) ?? 0n
    if (held < BigInt(amount.value)) {
      fail('MERCHANT_BALANCE_NOT_ENOUGH', `The account holds ${held} ${amount.currency} minor units.`)
    }
    balances.set(amount.currency, held - BigInt(amount.value))
  }

  /** The account's balances as AccountBalance (J) shows them, in `currencies` when given. */
  list(account: string, currencies?: readonly string[]): AccountBalance[] {
    return [...this.#of(account)]
      .filter(([currency]) => currencies === undefined || currencies.length === 0 || currencies.includes(currency))
      .map(([currency, minor]) => {
        const value = { currency, value: String(minor) }
        return { currency, availableBalance: value, frozenBalance: { currency, value: '0' }, totalBalance: value }
      })
  }
}
