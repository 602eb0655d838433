import type { Amount } from '@alipay-kit/core'
import { fail } from './result-codes.js'

/** A parsed JSON request body. */
export type Body = { readonly [field: string]: unknown }

function isObject(value: unknown): value is Body {
  return value !== null && typeof value === 'object' && !Array.isArray(value)
}

/** A required string field of at most `max` characters, or PARAM_ILLEGAL naming it. */
export function requiredString(body: Body, field: string, max = 64): string {
  const value = body[field]
  if (typeof value !== 'string' || value.length === 0) fail('PARAM_ILLEGAL', `${field} is required (a string).`)
  if (value.length > max) fail('PARAM_ILLEGAL', `${field} is longer than ${max} characters.`)
  return value
}

/** An optional string field, or PARAM_ILLEGAL when present with another type. */
export function optionalString(body: Body, field: string, max = 2048): string | undefined {
  const value = body[field]
  if (value === undefined || value === null) return undefined
  if (typeof value !== 'string') fail('PARAM_ILLEGAL', `${field} must be a string.`)
  if (value.length > max) fail('PARAM_ILLEGAL', `${field} is longer than ${max} characters.`)
  return value
}

/** An optional nested object, or PARAM_ILLEGAL when present with another type. */
export function optionalObject(body: Body, field: string): Body | undefined {
  const value = body[field]
  if (value === undefined || value === null) return undefined
  if (!isObject(value)) fail('PARAM_ILLEGAL', `${field} must be an object.`)
  return value
}

/** An optional http(s) URL field (a notify or redirect URL). */
export function optionalUrl(body: Body, field: string): string | undefined {
  const value = optionalString(body, field)
  if (value === undefined) return undefined
  let url: URL
  try {
    url = new URL(value)
  } catch {
    fail('PARAM_ILLEGAL', `${field} is not a URL.`)
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') fail('PARAM_ILLEGAL', `${field} must be http or https.`)
  return value
}

/**
 * A required amount `{ currency, value }`: an ISO-4217 code and a positive whole number of minor
 * units as a string (docs/protocol.md §4: every non-array field is a JSON string).
 */
export function requiredAmount(body: Body, field: string): Amount {
  const value = body[field]
  if (!isObject(value)) fail('PARAM_ILLEGAL', `${field} is required ({ currency, value }).`)
  const { currency, value: minor } = value
  if (typeof currency !== 'string' || !/^[A-Z]{3}$/.test(currency)) {
    fail('PARAM_ILLEGAL', `${field}.currency must be an ISO-4217 code such as "USD".`)
  }
  if (typeof minor !== 'string' || !/^[0-9]{1,18}$/.test(minor) || BigInt(minor) <= 0n) {
    fail('PARAM_ILLEGAL', `${field}.value must be a positive whole number of minor units, as a string.`)
  }
  return { currency, value: minor }
}

/** Reads a body field that may be a JSON boolean or the string "true" (docs: booleans are sent as strings). */
export function flag(value: unknown): boolean {
  return value === true || value === 'true'
}

/** The body as canonical JSON (keys sorted): two requests have "the same content" when these match. */
export function fingerprint(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    isObject(v)
      ? Object.fromEntries(
          Object.keys(v)
            .sort()
            .map((k) => [k, v[k]]),
        )
      : v,
  )
}
