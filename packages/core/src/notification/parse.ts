import { AlipayRequestError } from '../errors.js'
import type {
  AlipayNotification,
  DisputeNotificationType,
  NotificationType,
  NotificationTypeMap,
  SubscriptionNotificationType,
} from './types.js'

type Json = Record<string, unknown>

const DISPUTE_TYPES: ReadonlySet<string> = new Set<DisputeNotificationType>([
  'DISPUTE_CREATED',
  'DISPUTE_JUDGED',
  'DISPUTE_CANCELLED',
  'DEFENSE_SUPPLIED',
  'DEFENSE_DUE_ALERT',
  'DISPUTE_ACCEPTED',
  'RDR_RESOLVED',
])
const AUTHORIZATION_TYPES: ReadonlySet<string> = new Set(['AUTHCODE_CREATED', 'TOKEN_CANCELED'])
const SUBSCRIPTION_TYPES: ReadonlySet<string> = new Set<SubscriptionNotificationType>([
  'CREATE',
  'CHANGE',
  'CANCEL',
  'UPDATE',
  'TERMINATE',
])
const NOTIFY_TYPES: ReadonlySet<string> = new Set([
  'PAYMENT_RESULT',
  'PAYMENT_PENDING',
  'CAPTURE_RESULT',
  'REFUND_RESULT',
  'VAULTING_RESULT',
])

function isObject(value: unknown): value is Json {
  return value !== null && typeof value === 'object' && !Array.isArray(value)
}

function oneOf(value: unknown, set: ReadonlySet<string>): boolean {
  return typeof value === 'string' && set.has(value)
}

/**
 * The dispatch key of a notification (protocol.md §5): the discriminant fields that only one
 * family carries come first, then `notifyType`. Anything else is `UNKNOWN`, never an error.
 *
 * @example
 * ```ts
 * if (notificationType(n) === 'REFUND_RESULT') { ... }
 * ```
 */
export function notificationType(notification: AlipayNotification): NotificationType {
  const n = notification as Json
  if (oneOf(n.disputeNotificationType, DISPUTE_TYPES)) return 'DISPUTE'
  if (oneOf(n.authorizationNotifyType, AUTHORIZATION_TYPES)) return 'AUTHORIZATION'
  if (oneOf(n.subscriptionNotificationType, SUBSCRIPTION_TYPES)) return 'SUBSCRIPTION'
  if (oneOf(n.subscriptionOrderStatus, SUBSCRIPTION_TYPES)) return 'SUBSCRIPTION_CANCEL'
  if (oneOf(n.notifyType, NOTIFY_TYPES)) return n.notifyType as NotificationType
  return 'UNKNOWN'
}

/**
 * Narrows a notification to one type.
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

class FieldChecker {
  constructor(
    private readonly type: string,
    private readonly n: Json,
  ) {}

  private fail(path: string, expected: string): never {
    throw new AlipayRequestError(
      'ERR_ALIPAY_NOTIFICATION_INVALID',
      `${this.type} notification: ${path} must be ${expected}`,
    )
  }

  string(field: string, from: Json = this.n, prefix = ''): void {
    if (typeof from[field] !== 'string') this.fail(prefix + field, 'a string')
  }

  amount(field: string): void {
    const value = this.n[field]
    if (!isObject(value)) this.fail(field, 'an amount object { currency, value }')
    this.string('currency', value, `${field}.`)
    this.string('value', value, `${field}.`)
  }

  object(field: string): void {
    if (!isObject(this.n[field])) this.fail(field, 'an object')
  }

  result(): void {
    const value = this.n.result
    if (!isObject(value)) this.fail('result', 'an object { resultCode, resultStatus, resultMessage }')
    this.string('resultCode', value, 'result.')
    this.string('resultMessage', value, 'result.')
    if (!oneOf(value.resultStatus, RESULT_STATUSES)) this.fail('result.resultStatus', 'S, F or U')
  }

  oneOf(field: string, set: ReadonlySet<string>): void {
    if (!oneOf(this.n[field], set)) this.fail(field, `one of ${[...set].join(', ')}`)
  }
}

const RESULT_STATUSES: ReadonlySet<string> = new Set(['S', 'F', 'U'])
const REFUND_STATUSES: ReadonlySet<string> = new Set(['SUCCESS', 'FAIL'])
const SUBSCRIPTION_STATUSES: ReadonlySet<string> = new Set(['ACTIVE', 'CANCELLED', 'TERMINATED'])

/** The required fields of each known type, as the types in `types.ts` declare them. */
const REQUIRED: { readonly [T in NotificationType]?: (c: FieldChecker) => void } = {
  PAYMENT_RESULT: payment,
  PAYMENT_PENDING: payment,
  CAPTURE_RESULT: (c) => {
    c.result()
    for (const f of ['captureRequestId', 'paymentId', 'captureId']) c.string(f)
    c.amount('captureAmount')
  },
  REFUND_RESULT: (c) => {
    c.result()
    c.oneOf('refundStatus', REFUND_STATUSES)
    for (const f of ['refundRequestId', 'refundId']) c.string(f)
    c.amount('refundAmount')
  },
  VAULTING_RESULT: (c) => {
    c.result()
    c.string('vaultingRequestId')
  },
  SUBSCRIPTION: (c) => {
    for (const f of ['subscriptionRequestId', 'subscriptionId', 'subscriptionStartTime', 'subscriptionEndTime']) {
      c.string(f)
    }
    c.oneOf('subscriptionStatus', SUBSCRIPTION_STATUSES)
    c.object('periodRule')
  },
}

function payment(c: FieldChecker): void {
  c.result()
  c.string('paymentRequestId')
  c.amount('paymentAmount')
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
 * Parses a notification body (already verified) into the typed catalogue of protocol.md §5, with
 * runtime checks of the discriminant and the required fields. A type the catalogue does not know
 * comes through unchanged as an {@link UnknownNotification}.
 *
 * @param body - The raw JSON text or bytes, or an already parsed object.
 * @throws {@link AlipayRequestError} `ERR_ALIPAY_BODY_NOT_JSON` or `ERR_ALIPAY_NOTIFICATION_INVALID`.
 * @example
 * ```ts
 * const n = parseNotification(rawBody)
 * ```
 */
export function parseNotification(body: string | Uint8Array | object): AlipayNotification {
  return parseTypedNotification(body).notification
}

/** {@link parseNotification} with the dispatch key it classified, so callers need not classify again. */
export function parseTypedNotification(body: string | Uint8Array | object): {
  readonly notification: AlipayNotification
  readonly type: NotificationType
} {
  const n = typeof body === 'string' || body instanceof Uint8Array ? parseJsonObject(body) : body
  if (!isObject(n)) throw new AlipayRequestError('ERR_ALIPAY_BODY_NOT_JSON', 'The notification is not a JSON object')
  const type = notificationType(n)
  REQUIRED[type]?.(new FieldChecker(type, n))
  return { notification: n as AlipayNotification, type }
}
