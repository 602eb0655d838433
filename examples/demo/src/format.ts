import { createHash } from 'node:crypto'
import type { Amount } from '@alipay-kit/core'

/**
 * Colour only for a person at a terminal: never when the stream is a pipe or a file, and never
 * when NO_COLOR is set to anything (https://no-color.org).
 */
const paint = (code: number, stream: NodeJS.WriteStream) => (text: string) =>
  stream.isTTY === true && (process.env.NO_COLOR ?? '') === '' ? `\u001b[${code}m${text}\u001b[0m` : text
export const bold = paint(1, process.stdout)
export const dim = paint(2, process.stdout)
export const green = paint(32, process.stdout)
/** For stderr, where failures go. */
export const red = paint(31, process.stderr)

const LABEL_WIDTH = 10
const INDENT = '   '

/** One labelled line of a step, e.g. `   signed    POST /ams/api/...`; more lines continue under it. */
export function line(label: string, ...text: string[]): void {
  const [first = '', ...rest] = text
  console.log(`${INDENT}${dim(label.padEnd(LABEL_WIDTH))}${first}`)
  for (const more of rest) console.log(`${INDENT}${' '.repeat(LABEL_WIDTH)}${more}`)
}

/** The first `max` characters and an ellipsis, with the full length, so a long value stays on one line. */
export function truncate(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max)}… (${text.length} chars)`
}

/**
 * An amount in major units, exact (string arithmetic, no floating point): `{ USD, '4200' }` is
 * `USD 42.00`, `{ JPY, '4200' }` is `JPY 4200`. AMS amounts are in the currency's minor unit.
 */
export function money({ currency, value }: Amount): string {
  const digits = new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits
  if (digits === undefined || digits === 0) return `${currency} ${value}`
  const padded = value.padStart(digits + 1, '0')
  return `${currency} ${padded.slice(0, -digits)}.${padded.slice(-digits)}`
}

/** A short, stable name for a public key (SHA-256 of its DER), so the two pairs can be told apart. */
export function keyFingerprint(publicKeyBase64: string): string {
  const digest = createHash('sha256').update(Buffer.from(publicKeyBase64, 'base64')).digest('base64')
  return `SHA256:${digest.slice(0, 16)}`
}
