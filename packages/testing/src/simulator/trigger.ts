import type { NotificationTypeMap } from '@alipay-kit/core'
import { type BuildableNotificationType, buildNotification } from '../notifications/build-notification.js'
import type { NotificationVariant } from '../notifications/notification-variants.js'
import type { NotifyUrlKind, NotifyUrls } from './endpoints/context.js'

/** Where each notification type goes when no URL is given: its dashboard notify-URL kind. */
export const NOTIFY_URL_KIND: { readonly [T in BuildableNotificationType]: NotifyUrlKind } = {
  PAYMENT_RESULT: 'payment',
  PAYMENT_PENDING: 'payment',
  OFFLINE_PAYMENT_CODE: 'payment',
  UPDATE_AMOUNT_RESULT: 'payment',
  SUBSCRIPTION_PAYMENT: 'payment',
  CAPTURE_RESULT: 'payment',
  REFUND_RESULT: 'refund',
  DIRECT_REFUND: 'refund',
  VAULTING_RESULT: 'vaulting',
  DISPUTE: 'dispute',
  AUTHORIZATION: 'authorization',
  SUBSCRIPTION: 'subscription',
  SUBSCRIPTION_CANCEL: 'subscription',
  TRANSFER_RESULT: 'transfer',
  CARD_STATUS: 'card',
  CARD_BILL: 'card',
  CREDIT_NOTE: 'billing',
  INVOICE: 'billing',
  METER_EVENT: 'billing',
  BILLING_SUBSCRIPTION: 'billing',
}

/** Options of `simulator.notify`. */
export interface TriggerOptions<T extends BuildableNotificationType> {
  /** The merchant's notify URL. @default the `notifyUrls` entry of the type's kind ({@link NOTIFY_URL_KIND}) */
  readonly url?: string
  /** The merchant it is for. @default the simulator's first merchant */
  readonly clientId?: string
  /** A documented variant of the type, as `buildNotification` takes it (`'failed'`, ...). */
  readonly variant?: NotificationVariant<T>
  /** Deliver once only, as the Alipay sandbox does (docs/protocol.md §3.3). @default false */
  readonly sandbox?: boolean
}

/** What the simulator sends for `notify(type, overrides, options)`. */
export interface Triggered {
  readonly url: string
  readonly clientId: string
  readonly body: { readonly [field: string]: unknown }
}

/**
 * The body, URL and merchant of a notification a test triggers: `buildNotification(type, overrides,
 * variant)` sent to `options.url`, else to the dashboard URL of the type's kind.
 *
 * @throws TypeError for an unknown type or merchant, or when no URL is given or configured.
 */
export function triggered<T extends BuildableNotificationType>(
  type: T,
  overrides: Partial<NotificationTypeMap[T]>,
  options: TriggerOptions<T>,
  notifyUrls: NotifyUrls,
  clientIds: readonly string[],
): Triggered {
  const body = buildNotification(type, overrides, options.variant)
  const kind = NOTIFY_URL_KIND[type]
  const url = options.url ?? notifyUrls[kind]
  if (url === undefined) {
    throw new TypeError(`notify: give options.url, or configure notifyUrls.${kind} for ${type} notifications`)
  }
  const clientId = options.clientId ?? clientIds[0]
  if (clientId === undefined || !clientIds.includes(clientId)) {
    throw new TypeError(`notify: clientId must be one of the simulator's merchants (${clientIds.join(', ')})`)
  }
  return { url, clientId, body: body as unknown as Triggered['body'] }
}
