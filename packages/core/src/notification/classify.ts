import type { NotificationType } from './types.js'

/** A JSON object as parsed. */
export type Json = { readonly [field: string]: unknown }

/** A dispatch key other than `UNKNOWN`. */
export type KnownType = Exclude<NotificationType, 'UNKNOWN'>

/** Present as JSON sends a field: neither absent nor `null` (some serialisers write null for absent). */
export function present(value: unknown): boolean {
  return value !== undefined && value !== null
}

// notifyType values that name their dispatch key directly. PAYMENT_RESULT is decided below.
const BY_NOTIFY_TYPE: ReadonlySet<string> = new Set<KnownType>([
  'PAYMENT_PENDING',
  'OFFLINE_PAYMENT_CODE',
  'UPDATE_AMOUNT_RESULT',
  'CAPTURE_RESULT',
  'REFUND_RESULT',
  'VAULTING_RESULT',
])

// The fields only the subscription-period payment page shows (notify_subpayment).
const PERIOD_FIELDS = ['phaseNo', 'periodStartTime', 'periodEndTime'] as const
const SUBSCRIPTION_IDS = ['subscriptionId', 'subscriptionRequestId'] as const
const PAYMENT_FIELDS = ['paymentId', 'paymentAmount'] as const

/**
 * A subscription-period payment as documented: a period field, or a subscription id together
 * with the payment's own fields (a failed period payment may still lack some period fields).
 */
function looksLikeSubscriptionPayment(n: Json): boolean {
  if (PERIOD_FIELDS.some((f) => present(n[f]))) return true
  return SUBSCRIPTION_IDS.some((f) => present(n[f])) && PAYMENT_FIELDS.some((f) => present(n[f]))
}

/**
 * The dispatch key a body's discriminating fields point to (docs/protocol.md §5, §9.13), before its
 * fields are checked; `undefined` when it looks like nothing the catalogue knows.
 *
 * - The family fields come first, whatever their value (open sets: a new dispute type is still a
 *   dispute): `disputeNotificationType`, `authorizationNotifyType`, `subscriptionNotificationType`,
 *   `subscriptionOrderStatus`.
 * - Then `notifyType`. `PAYMENT_RESULT` without `paymentRequestId` but with subscription fields is
 *   a subscription-period payment.
 * - Without `notifyType`: a `vaultingRequestId` makes a vaulting result (every notifyVaulting page
 *   shows no notifyType), subscription fields a subscription-period payment (notify_subpayment).
 */
export function shapeOf(n: Json): KnownType | undefined {
  if (present(n.disputeNotificationType)) return 'DISPUTE'
  if (present(n.authorizationNotifyType)) return 'AUTHORIZATION'
  if (present(n.subscriptionNotificationType)) return 'SUBSCRIPTION'
  if (present(n.subscriptionOrderStatus)) return 'SUBSCRIPTION_CANCEL'
  const notifyType = n.notifyType
  if (!present(notifyType)) {
    if (present(n.vaultingRequestId)) return 'VAULTING_RESULT'
    if (looksLikeSubscriptionPayment(n)) return 'SUBSCRIPTION_PAYMENT'
    return undefined
  }
  if (notifyType === 'PAYMENT_RESULT') {
    return !present(n.paymentRequestId) && looksLikeSubscriptionPayment(n) ? 'SUBSCRIPTION_PAYMENT' : 'PAYMENT_RESULT'
  }
  if (typeof notifyType === 'string' && BY_NOTIFY_TYPE.has(notifyType)) return notifyType as KnownType
  return undefined
}
