import type { AlipayClient, ApiResponse, EndpointName } from '@alipay-kit/core'
import type { AlipaySimulator } from '@alipay-kit/testing'

/** What the rows share: the simulator, the client, and ids earlier rows found. */
export interface Env {
  readonly sim: AlipaySimulator
  readonly client: AlipayClient
  /** Ids by name, filled in by earlier rows of the same family. */
  readonly ctx: Record<string, string>
  /** The receiver's URL for notifications, so they are delivered and checked. */
  readonly notifyUrl: string
}

/** One grouped method: the body to send (after any setup), the status to expect, what to check. */
export interface Row {
  readonly method: Extract<EndpointName, `${string}.${string}`>
  readonly body: (env: Env) => Record<string, unknown> | Promise<Record<string, unknown>>
  /** @default 'S' */
  readonly status?: 'S' | 'U'
  readonly check?: (response: ApiResponse, env: Env) => void
}

let n = 0
/** A unique request id. */
export const id = (prefix: string) => `${prefix}_${Date.now()}_${++n}`
export const usd = (value: string) => ({ currency: 'USD', value })
