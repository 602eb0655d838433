import { fail } from '../result-codes.js'

/**
 * The simulator's exchange rates: units of each currency per US dollar, fixed so tests can assert
 * on them (plausible values, not market data). A pair converts through USD.
 */
const PER_USD: { readonly [currency: string]: number } = {
  USD: 1,
  SGD: 1.35,
  EUR: 0.92,
  GBP: 0.79,
  HKD: 7.8,
  CNY: 7.2,
  JPY: 150,
  KRW: 1330,
  AUD: 1.52,
  MYR: 4.7,
  PHP: 56,
  THB: 36,
  IDR: 15600,
}

/** Minor-unit exponents that differ from 2 (ISO 4217). */
const EXPONENT: { readonly [currency: string]: number } = { JPY: 0, KRW: 0, IDR: 0 }

function perUsd(currency: string): number {
  return PER_USD[currency] ?? fail('CURRENCY_NOT_SUPPORT', `The simulator has no rate for ${currency}.`)
}

/** How many units of `buy` one unit of `sell` is worth, as a decimal string. */
export function rateOf(sell: string, buy: string): string {
  return String(Number((perUsd(buy) / perUsd(sell)).toFixed(6)))
}

/** `value` minor units of `from`, converted to minor units of `to` at {@link rateOf}, rounded down. */
export function convert(value: string, from: string, to: string): string {
  const major = Number(value) / 10 ** (EXPONENT[from] ?? 2)
  return String(Math.floor(major * Number(rateOf(from, to)) * 10 ** (EXPONENT[to] ?? 2)))
}
