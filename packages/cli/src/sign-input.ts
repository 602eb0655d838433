import { buildSignContent, type SignInput } from '@alipay-kit/core'
import type { OptionSpecs, OptionValues } from './command.js'
import { requiredOption, stringOption } from './command.js'
import { UsageError } from './exit-codes.js'
import type { Printer } from './io.js'

/** The options that name where a signature applies, shared by `sign` and `verify` (docs/protocol.md §1.1). */
export const TARGET_OPTIONS: OptionSpecs = {
  path: {
    type: 'string',
    value: '<path>',
    description:
      'the path signed, with no scheme or host: /alipay/notify for a notification,\n/ams/api/v1/payments/pay for a request (a query string is signed as given)',
  },
  'client-id': { type: 'string', value: '<id>', description: 'the client-id header (default: $ALIPAY_CLIENT_ID)' },
}

/** The options that give the body and the rest of the string to sign. */
export const BODY_OPTIONS: OptionSpecs = {
  'body-file': {
    type: 'string',
    value: '<file>',
    description: 'the exact body, read from this file ("-" or no body option: stdin)',
  },
  body: { type: 'string', value: '<text>', description: 'the exact body, given inline' },
  method: {
    type: 'string',
    value: '<method>',
    description: 'the HTTP method signed (default: POST, as Alipay always uses)',
  },
  'show-content': { type: 'boolean', description: 'also print the exact string to sign' },
}

/** Reads the method and path options; the path must look like one. */
export function methodAndPath(values: OptionValues): { method: string; path: string } {
  const path = requiredOption(values, 'path', ' (the notify path, e.g. /alipay/notify)')
  const method = stringOption(values, 'method') ?? 'POST'
  if (!/^[A-Za-z]+$/.test(method)) throw new UsageError(`--method "${method.slice(0, 20)}" is not an HTTP method`)
  return { method, path }
}

/**
 * Prints the string to sign between markers, saying what is invisible in a terminal: a final
 * newline, carriage returns.
 */
export function printSignContent(out: Printer, input: SignInput): void {
  const content = buildSignContent(input)
  out.line(out.dim(`----- string to sign (${Buffer.byteLength(content)} bytes, UTF-8) -----`))
  out.line(content.replace(/\r/g, out.yellow('\\r')))
  const marks: string[] = []
  if (content.endsWith('\n')) marks.push('ends with a newline')
  if (content.includes('\r')) marks.push('holds carriage returns, shown as \\r')
  out.line(out.dim(`----- end of string to sign${marks.length > 0 ? `; it ${marks.join(' and ')}` : ''} -----`))
}
