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
// The fields only notifyDirectRefund shows: an ABA direct refund also says notifyType REFUND_RESULT.
const DIRECT_REFUND_FIELDS = [
  'refundFromMethod',
  'refundFromAmount',
  'refundToAmount',
  'refundResultCode',
  'refundResultMessage',
] as const

const some = (n: Json, fields: readonly string[]) => fields.some((f) => present(n[f]))

/**
 * A subscription-period payment as documented: a period field, or a subscription id together
 * with the payment's own fields (a failed period payment may still lack some period fields).
 */
function looksLikeSubscriptionPayment(n: Json): boolean {
  return some(n, PERIOD_FIELDS) || (some(n, SUBSCRIPTION_IDS) && some(n, PAYMENT_FIELDS))
}

/**
 * A billing subscription's status change (J `AlipayBillingSubscriptionNotify`): `previousStatus`,
 * or `status` with a subscription id (J's `subscriptionRequestId`, the Python SDK's
 * `merchantRequestId`) and neither notifySubscription's `subscriptionStatus` nor a payment's fields.
 */
function looksLikeBillingSubscription(n: Json): boolean {
  if (present(n.subscriptionStatus) || some(n, PAYMENT_FIELDS)) return false
  if (present(n.previousStatus)) return true
  return present(n.status) && some(n, [...SUBSCRIPTION_IDS, 'merchantRequestId'])
}

/**
 * The types recognised by a field of their own, whatever `notifyType` says when it is not one the
 * catalogue knows: these bodies carry no `notifyType`, or one no source documents.
 */
function byOwnField(n: Json): KnownType | undefined {
  if (present(n.transferResult)) return 'TRANSFER_RESULT'
  if (present(n.billNo)) return 'CARD_BILL'
  if (present(n.cardStatus)) return 'CARD_STATUS'
  if (present(n.invoiceStatus)) return 'INVOICE'
  if (present(n.errorEvents)) return 'METER_EVENT'
  return undefined
}

/**
 * The dispatch key a body's discriminating fields point to (docs/protocol.md §5, §9.13), before its
 * fields are checked; `undefined` when it looks like nothing the catalogue knows.
 *
 * - The family fields come first, whatever their value (open sets: a new dispute type is still a
 *   dispute): `disputeNotificationType`, `authorizationNotifyType`, `creditNoteNotificationType`,
 *   then a billing subscription's `previousStatus` or `status` (before notifySubscription's
 *   `subscriptionNotificationType`, which J says a billing subscription's creation may carry),
 *   `subscriptionNotificationType`, `subscriptionOrderStatus`.
 * - Then `notifyType`. `REFUND_RESULT` with a direct refund's own fields is a direct refund;
 *   `PAYMENT_RESULT` without `paymentRequestId` but with subscription fields is a
 *   subscription-period payment, with `invoiceStatus` an invoice.
 * - Without a `notifyType` the catalogue knows: a field of its own (`transferResult`, `billNo`,
 *   `cardStatus`, `invoiceStatus`, `errorEvents`); and without any `notifyType`, a
 *   `vaultingRequestId` makes a vaulting result (every notifyVaulting page shows no notifyType),
 *   subscription fields a subscription-period payment (notify_subpayment).
 */
export function shapeOf(n: Json): KnownType | undefined {
  if (present(n.disputeNotificationType)) return 'DISPUTE'
  if (present(n.authorizationNotifyType)) return 'AUTHORIZATION'
  if (present(n.creditNoteNotificationType)) return 'CREDIT_NOTE'
  const notifyType = n.notifyType
  const known = notifyType === 'PAYMENT_RESULT' || (typeof notifyType === 'string' && BY_NOTIFY_TYPE.has(notifyType))
  if (!known && looksLikeBillingSubscription(n)) return 'BILLING_SUBSCRIPTION'
  if (present(n.subscriptionNotificationType)) return 'SUBSCRIPTION'
  if (present(n.subscriptionOrderStatus)) return 'SUBSCRIPTION_CANCEL'
  if ((notifyType === 'REFUND_RESULT' || !present(notifyType)) && some(n, DIRECT_REFUND_FIELDS)) return 'DIRECT_REFUND'
  if (!known) {
    const own = byOwnField(n)
    if (own !== undefined || present(notifyType)) return own
    if (present(n.vaultingRequestId)) return 'VAULTING_RESULT'
    if (looksLikeSubscriptionPayment(n)) return 'SUBSCRIPTION_PAYMENT'
    return undefined
  }
  if (notifyType === 'PAYMENT_RESULT') {
    if (present(n.paymentRequestId)) return 'PAYMENT_RESULT'
    if (looksLikeSubscriptionPayment(n)) return 'SUBSCRIPTION_PAYMENT'
    return present(n.invoiceStatus) ? 'INVOICE' : 'PAYMENT_RESULT'
  }
  return notifyType as KnownType
}
