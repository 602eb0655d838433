import type { Amount } from '../../notification/types.js'
import type { WireInteger } from './objects.js'

/*
 * Usage meters, meter events and credit grants: the nested models of the official Java SDK
 * (alipay/global-open-sdk-java v2.2.8, `model/ams/*`), field for field, each open to fields Alipay
 * adds. Every field is optional, as in the SDK; enums are open, so a value Alipay adds later still
 * type-checks.
 */

/** An applicability (J `Applicability`). */
export interface Applicability {
  readonly scope?: string
  readonly priceIds?: readonly string[]
  readonly [field: string]: unknown
}

/** An available amount (J `AvailableAmount`). */
export interface AvailableAmount {
  readonly currency?: string
  readonly value?: string
  readonly [field: string]: unknown
}

/** A credit grant (J `CreditGrant`). */
export interface CreditGrant {
  readonly creditGrantId?: string
  readonly creditGrantName?: string
  readonly customerId?: string
  readonly status?: string
  readonly amount?: Amount
  readonly availableAmount?: AvailableAmount
  readonly applicability?: Applicability
  readonly priority?: WireInteger
  readonly category?: string
  readonly effectiveDateTime?: string
  readonly expiryDateTime?: string
  readonly createdDateTime?: string
  readonly updatedDateTime?: string
  readonly [field: string]: unknown
}

/** An event payload (J `EventPayload`). */
export interface EventPayload {
  readonly value?: string
  readonly customerId?: string
  readonly [field: string]: unknown
}

/** A meter (J `Meter`). */
export interface Meter {
  readonly meterId?: string
  readonly meterName?: string
  readonly eventName?: string
  readonly status?: string
  readonly aggregationMethod?: string
  readonly eventTimeWindow?: string
  readonly valueKeyOverride?: string
  readonly createdDateTime?: string
  readonly updatedDateTime?: string
  readonly [field: string]: unknown
}

/** A meter event (J `Event`). */
export interface MeterEvent {
  readonly idempotencyKey?: string
  readonly eventTimestamp?: WireInteger
  readonly payload?: EventPayload
  readonly [field: string]: unknown
}

/** A meter event batch (J `MeterEventBatch`). */
export interface MeterEventBatch {
  readonly eventName?: string
  readonly events?: readonly MeterEvent[]
  readonly [field: string]: unknown
}

/** A meter event error (J `Error`). */
export interface MeterEventError {
  readonly index?: WireInteger
  readonly groupIndex?: WireInteger
  readonly eventName?: string
  readonly idempotencyKey?: string
  readonly customerId?: string
  readonly errorCode?: string
  readonly [field: string]: unknown
}
