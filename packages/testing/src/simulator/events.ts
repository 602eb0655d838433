import type { DeliveryAttempt, SimulatedNotification } from './notifier.js'
import type { PaymentView } from './records.js'
import type { ApiRequestRecord } from './server.js'

/** The simulator's events and what each listener receives. */
export interface SimulatorEvents {
  /** An API call was answered. */
  request: ApiRequestRecord
  /** A notification was queued for delivery. */
  notification: SimulatedNotification
  /** A delivery attempt finished (or a notification was refused). */
  delivery: DeliveryAttempt
  /** A payment changed state. */
  payment: PaymentView
}

/** A listener of one event. */
export type SimulatorListener<E extends keyof SimulatorEvents> = (value: SimulatorEvents[E]) => void

/**
 * A small typed emitter. A listener that throws is reported and skipped: a display or a test
 * helper must never break the simulated Alipay.
 */
export class SimulatorEmitter {
  readonly #listeners = new Map<keyof SimulatorEvents, Set<(value: never) => void>>()

  on<E extends keyof SimulatorEvents>(event: E, listener: SimulatorListener<E>): () => void {
    let set = this.#listeners.get(event)
    if (set === undefined) {
      set = new Set()
      this.#listeners.set(event, set)
    }
    set.add(listener as (value: never) => void)
    return () => {
      set.delete(listener as (value: never) => void)
    }
  }

  emit<E extends keyof SimulatorEvents>(event: E, value: SimulatorEvents[E]): void {
    for (const listener of this.#listeners.get(event) ?? []) {
      try {
        ;(listener as SimulatorListener<E>)(value)
      } catch (error) {
        console.error(`[alipay-kit simulator] a "${event}" listener threw:`, error)
      }
    }
  }

  clear(): void {
    this.#listeners.clear()
  }
}
