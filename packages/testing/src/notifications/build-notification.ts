import type { NotificationTypeMap } from '@alipay-kit/core'
import { type BuildableNotificationType, DEFAULTS } from './notification-defaults.js'
import { type NotificationVariant, VARIANTS } from './notification-variants.js'

export type { BuildableNotificationType } from './notification-defaults.js'
export type { NotificationVariant } from './notification-variants.js'

/**
 * A realistic notification of one catalogue type (docs/protocol.md §5), shaped as the Antom pages show
 * it, which core's `parseNotification` classifies as that type. `variant` picks a documented
 * variant, failures included (`'failed'`, `'creation-failed'`, `'token-created'`,
 * `'in-store-without-result'`, ...); `overrides` apply last (a shallow merge: give whole nested
 * objects such as `result` or `paymentAmount`).
 *
 * @example
 * ```ts
 * const paid = buildNotification('PAYMENT_RESULT', { paymentRequestId: order.id })
 * const failed = buildNotification('PAYMENT_RESULT', { paymentRequestId: order.id }, 'failed')
 * const noSubscription = buildNotification('SUBSCRIPTION', {}, 'creation-failed')
 * ```
 */
export function buildNotification<T extends BuildableNotificationType>(
  type: T,
  overrides: Partial<NotificationTypeMap[T]> = {},
  variant?: NotificationVariant<T>,
): NotificationTypeMap[T] {
  const defaults = Object.hasOwn(DEFAULTS, type) ? (DEFAULTS[type] as () => NotificationTypeMap[T]) : undefined
  if (defaults === undefined) {
    throw new TypeError(
      `buildNotification: unknown type "${String(type)}"; use one of ${Object.keys(DEFAULTS).join(', ')}`,
    )
  }
  let body = defaults()
  if (variant !== undefined) {
    // VARIANTS satisfies a per-type map; indexing it by a generic T needs the widened view.
    const variants = (Object.hasOwn(VARIANTS, type) ? VARIANTS[type as keyof typeof VARIANTS] : {}) as Readonly<
      Record<string, (base: NotificationTypeMap[T]) => NotificationTypeMap[T]>
    >
    const make = Object.hasOwn(variants, variant) ? variants[variant] : undefined
    if (make === undefined) {
      const names = Object.keys(variants)
      throw new TypeError(
        `buildNotification: ${String(type)} has no variant "${String(variant)}"; ${names.length > 0 ? `use one of ${names.join(', ')}` : 'it has none'}`,
      )
    }
    body = make(body)
  }
  return { ...body, ...overrides }
}

/** Every type {@link buildNotification} builds. */
export const BUILDABLE_NOTIFICATION_TYPES = Object.freeze(Object.keys(DEFAULTS)) as readonly BuildableNotificationType[]

/** Every documented variant, as `[type, variant]` pairs: what a test iterates to cover them all. */
export const NOTIFICATION_VARIANTS: ReadonlyArray<readonly [BuildableNotificationType, string]> = Object.freeze(
  Object.entries(VARIANTS).flatMap(([type, variants]) =>
    Object.keys(variants).map((name) => Object.freeze([type as BuildableNotificationType, name] as const)),
  ),
)
