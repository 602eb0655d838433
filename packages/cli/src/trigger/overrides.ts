import { UsageError } from '../exit-codes.js'

/** One `--set` override: where it goes and the value. */
export interface Override {
  readonly path: readonly string[]
  readonly value: unknown
}

const UNSAFE = new Set(['__proto__', 'prototype', 'constructor'])

/**
 * Parses `--set field=value` (the value is a string, as every Alipay field is, docs/protocol.md §4) or
 * `--set field:=json` (a JSON value: a boolean, an object, a number). A dotted field sets a
 * nested one: `paymentAmount.value=100`, `result.resultStatus=F`.
 */
export function parseOverride(text: string): Override {
  const eq = text.indexOf('=')
  if (eq <= 0) throw new UsageError(`--set "${text.slice(0, 80)}": expected field=value or field:=<json>`)
  const json = text[eq - 1] === ':'
  const field = text.slice(0, json ? eq - 1 : eq)
  const raw = text.slice(eq + 1)
  const path = field.split('.')
  if (path.some((part) => part.length === 0 || UNSAFE.has(part))) {
    throw new UsageError(`--set "${field.slice(0, 80)}": not a field name (use names such as paymentAmount.value)`)
  }
  if (!json) return { path, value: raw }
  try {
    return { path, value: JSON.parse(raw) as unknown }
  } catch {
    throw new UsageError(`--set ${field}:=...: the value is not JSON (for a plain string use ${field}=value)`)
  }
}

type JsonObject = { [field: string]: unknown }

const isObject = (value: unknown): value is JsonObject =>
  value !== null && typeof value === 'object' && !Array.isArray(value)

/** Applies overrides in order to a copy of `notification`, creating nested objects as needed. */
export function applyOverrides(notification: object, overrides: readonly Override[]): JsonObject {
  const copy = structuredClone(notification) as JsonObject
  for (const { path, value } of overrides) {
    let target = copy
    for (const part of path.slice(0, -1)) {
      const next = target[part]
      if (next !== undefined && !isObject(next)) {
        throw new UsageError(`--set ${path.join('.')}: "${part}" is not an object in this notification`)
      }
      if (next === undefined) target[part] = {}
      target = target[part] as JsonObject
    }
    target[path[path.length - 1] as string] = value
  }
  return copy
}
