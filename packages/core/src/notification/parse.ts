import { AlipayRequestError } from '../errors.js'
import { type Json, type KnownType, shapeOf } from './classify.js'
import { misfitsOf } from './fit.js'
import type { AlipayNotification, NotificationType, NotificationTypeMap, TypedNotification } from './types.js'

function isObject(value: unknown): value is Json {
  return value !== null && typeof value === 'object' && !Array.isArray(value)
}

// The catalogue's booleans. The docs ask for every non-array value as a JSON string, so Alipay
// may send "true" or "false"; the SDKs read them as booleans, and so do handlers here.
const BOOLEANS: { readonly [T in KnownType]?: readonly string[] } = {
  DISPUTE: ['defendable'],
  SUBSCRIPTION: ['allowAccumulate'],
}

function asBoolean(value: unknown): boolean | undefined {
  if (typeof value !== 'string') return undefined
  const lower = value.toLowerCase()
  return lower === 'true' ? true : lower === 'false' ? false : undefined
}

/** The notification with its string booleans read; the same object when there is none. */
function withBooleans(type: KnownType, n: Json): Json {
  let copy: Record<string, unknown> | undefined
  for (const field of BOOLEANS[type] ?? []) {
    const value = asBoolean(n[field])
    if (value === undefined) continue
    copy ??= { ...n }
    copy[field] = value
  }
  return copy ?? n
}

/** Classifies a parsed body: its dispatch key, or `UNKNOWN` with the reason it did not fit. */
function classify(n: Json): TypedNotification {
  const shape = shapeOf(n)
  if (shape === undefined) return { type: 'UNKNOWN', notification: n }
  const misfits = misfitsOf(shape, n)
  if (misfits.length > 0) return { type: 'UNKNOWN', notification: n, reason: `${shape}: ${misfits.join('; ')}` }
  // misfitsOf has just checked every required field of `shape`: the body is that type.
  return { type: shape, notification: withBooleans(shape, n) } as unknown as TypedNotification
}

/**
 * The dispatch key of a notification (docs/protocol.md §5, §9.13): the key its discriminating fields
 * point to when it has that type's required fields, `UNKNOWN` otherwise. Never throws.
 *
 * @example
 * ```ts
 * if (notificationType(n) === 'REFUND_RESULT') { ... }
 * ```
 */
export function notificationType(notification: AlipayNotification): NotificationType {
  return isObject(notification) ? classify(notification).type : 'UNKNOWN'
}

/**
 * Narrows a notification to one type: the check to use on an {@link AlipayNotification}, since
 * `n.notifyType === 'PAYMENT_RESULT'` alone does not say the body fits that type.
 *
 * @example
 * ```ts
 * if (isNotificationType(n, 'PAYMENT_RESULT')) console.log(n.paymentAmount.value)
 * ```
 */
export function isNotificationType<T extends NotificationType>(
  notification: AlipayNotification,
  type: T,
): notification is NotificationTypeMap[T] {
  return notificationType(notification) === type
}

const decoder = new TextDecoder('utf-8')

/** Parses JSON text or bytes into an object, or throws `ERR_ALIPAY_BODY_NOT_JSON`. */
export function parseJsonObject(body: string | Uint8Array): Json {
  let value: unknown
  try {
    value = JSON.parse(typeof body === 'string' ? body : decoder.decode(body))
  } catch {
    throw new AlipayRequestError('ERR_ALIPAY_BODY_NOT_JSON', 'The notification body is not valid JSON')
  }
  if (!isObject(value))
    throw new AlipayRequestError('ERR_ALIPAY_BODY_NOT_JSON', 'The notification body is not a JSON object')
  return value
}

/**
 * Parses a notification body (already verified) into the typed catalogue of docs/protocol.md §5. A body
 * of an unknown type, or one that does not fit the type it looks like, comes through unchanged as
 * an {@link UnknownNotification}: no field is ever a reason to refuse a notification (§9.13).
 *
 * @param body - The raw JSON text or bytes, or an already parsed object.
 * @throws {@link AlipayRequestError} `ERR_ALIPAY_BODY_NOT_JSON` when the body is not a JSON object.
 * @example
 * ```ts
 * const n = parseNotification(rawBody)
 * ```
 */
export function parseNotification(body: string | Uint8Array | object): AlipayNotification {
  return parseTypedNotification(body).notification
}

/**
 * {@link parseNotification} with the dispatch key it classified, so callers need not classify
 * again, and the `reason` a body that looked like a known type did not fit it.
 *
 * @throws {@link AlipayRequestError} `ERR_ALIPAY_BODY_NOT_JSON` when the body is not a JSON object.
 * @example
 * ```ts
 * const parsed = parseTypedNotification(rawBody)
 * if (parsed.type === 'PAYMENT_RESULT') console.log(parsed.notification.paymentRequestId)
 * ```
 */
export function parseTypedNotification(body: string | Uint8Array | object): TypedNotification {
  const n = typeof body === 'string' || body instanceof Uint8Array ? parseJsonObject(body) : body
  if (!isObject(n)) throw new AlipayRequestError('ERR_ALIPAY_BODY_NOT_JSON', 'The notification is not a JSON object')
  return classify(n)
}
