import { NOTIFICATION_IDENTITY } from '../notification/identity.js'
import type { VerifiedNotification } from '../notification/verify-notification.js'

const encoder = new TextEncoder()
const HEX = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, '0'))

/** Identity paths split once per type, not once per notification. */
interface CompiledIdentity {
  readonly ids: ReadonlyArray<readonly string[]>
  readonly state: ReadonlyArray<readonly string[]>
}
type Type = VerifiedNotification['type']
const compiled = new Map<Type, CompiledIdentity | null>()

function compile(type: Type): CompiledIdentity | null {
  let entry = compiled.get(type)
  if (entry === undefined) {
    const identity = NOTIFICATION_IDENTITY[type]
    entry =
      identity === undefined
        ? null
        : { ids: identity.ids.map((path) => path.split('.')), state: identity.state.map((path) => path.split('.')) }
    compiled.set(type, entry)
  }
  return entry
}

function field(notification: object, path: readonly string[]): unknown {
  let value: unknown = notification
  for (const part of path) {
    if (value === null || typeof value !== 'object') return undefined
    value = (value as Record<string, unknown>)[part]
  }
  return value
}

function present(value: unknown): value is string | number | boolean {
  return (typeof value === 'string' && value.length > 0) || typeof value === 'number' || typeof value === 'boolean'
}

/** SHA-256 of the exact body, hex: WebCrypto, so the same on Node and on Web runtimes. */
async function bodyHash(body: Uint8Array | string): Promise<string> {
  // A body is never a SharedArrayBuffer view; the cast satisfies the Web lib's BufferSource (issue 11).
  const bytes = (typeof body === 'string' ? encoder.encode(body) : body) as Uint8Array<ArrayBuffer>
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes))
  let hex = ''
  for (const byte of digest) hex += HEX[byte]
  return hex
}

/**
 * The identity of a verified notification in a notification store (docs/protocol.md §9.10): its
 * dispatch key followed by the values of its identity fields (`NOTIFICATION_IDENTITY`), e.g.
 * `PAYMENT_RESULT:["order-1001","2024...","S"]`. A type the catalogue does not know, or one carrying
 * none of its id fields, is `UNKNOWN:sha256:<hex of the exact body>`.
 *
 * @example
 * ```ts
 * const key = await notificationKey(verified, rawBody)
 * ```
 */
export async function notificationKey(
  verified: Pick<VerifiedNotification, 'type' | 'notification'>,
  body: Uint8Array | string,
): Promise<string> {
  return identityKey(verified) ?? `${verified.type}:sha256:${await bodyHash(body)}`
}

/**
 * The key {@link notificationKey} gives a notification of a catalogued type that carries one of
 * its id fields, computed without an await; `undefined` when the key is the body's hash.
 * @internal
 */
export function identityKey(verified: Pick<VerifiedNotification, 'type' | 'notification'>): string | undefined {
  const identity = compile(verified.type)
  if (identity === null) return undefined
  const values: Array<string | null> = []
  let found = false
  for (const path of identity.ids) {
    const value = field(verified.notification, path)
    if (present(value)) {
      found = true
      values.push(String(value))
    } else values.push(null)
  }
  if (!found) return undefined
  for (const path of identity.state) {
    const value = field(verified.notification, path)
    values.push(present(value) ? String(value) : null)
  }
  return `${verified.type}:${JSON.stringify(values)}`
}
