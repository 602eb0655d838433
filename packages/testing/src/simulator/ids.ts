import { randomInt } from 'node:crypto'

const EIGHT_HOURS_MS = 8 * 60 * 60 * 1000

/**
 * A time as the Antom docs show them: ISO 8601 to the second with the +08:00 offset Alipay
 * uses in its examples, e.g. `2024-01-01T12:00:00+08:00`.
 */
export function alipayTime(epochMs: number): string {
  return `${new Date(epochMs + EIGHT_HOURS_MS).toISOString().slice(0, 19)}+08:00`
}

/** The kinds of id the simulator assigns; the two digits echo how Alipay ids embed a type. */
const KIND_DIGITS = {
  payment: '11',
  capture: '13',
  refund: '12',
  session: '15',
  vaulting: '16',
  subscription: '17',
  dispute: '18',
  declaration: '19',
  token: '20',
  transfer: '21',
  settlement: '22',
  card: '23',
  statement: '24',
  exchange: '25',
  billing: '26',
  invoice: '27',
  meter: '28',
  tax: '29',
  attachment: '30',
  risk: '31',
} as const

export type IdKind = keyof typeof KIND_DIGITS

/**
 * Returns a generator of Alipay-looking numeric ids (`20240101` + kind + sequence + random
 * digits, 26 characters): unique within a simulator, unguessable across runs.
 */
export function createIdFactory(now: () => number): (kind: IdKind) => string {
  let sequence = 0
  return (kind) => {
    sequence += 1
    const day = alipayTime(now()).slice(0, 10).replace(/-/g, '')
    const random = String(randomInt(1_000_000)).padStart(6, '0')
    return `${day}${KIND_DIGITS[kind]}${String(sequence).padStart(10, '0')}${random}`
  }
}
