import { createPublicKey, generateKeyPairSync, type KeyObject } from 'node:crypto'
import {
  AlipayConfigError,
  importPrivateKey,
  importPublicKeyRing,
  type KeyInput,
  type PublicKeys,
  type Result,
} from '@alipay-kit/core'
import { toPem } from '../keys/key-text.js'
import type { ResolvedMerchant } from './auth.js'
import type { NotifyUrls } from './endpoints/context.js'
import type { Body } from './fields.js'
import { loopbackProblem } from './loopback.js'
import { ALIPAY_RESEND_SCHEDULE_MS } from './notifier.js'

/** A merchant the simulator accepts: its client id and public key (the pair of its signing key). */
export interface SimulatorMerchant {
  /** The merchant's client id, as its requests send it in `client-id`. */
  readonly clientId: string
  /** The merchant's public key in any form core accepts, or a ring by keyVersion. */
  readonly publicKey: PublicKeys
}

/**
 * Deliberate misbehaviour of API responses, to test that a client rejects what it must
 * (docs/protocol.md §9.6). Applies to every API response while set, or to the next `times` ones.
 */
export interface SimulatorFaults {
  /** Change the body after signing it (one inserted space: still JSON, no longer what was signed). */
  readonly tamperResponse?: boolean
  /** Send no `signature` header. */
  readonly omitSignature?: boolean
  /** Send no `response-time` header. */
  readonly omitResponseTime?: boolean
  /** Sign responses with this key instead of the simulator's Alipay key (e.g. `TEST_KEYS.other.privateKeyPem`). */
  readonly signWith?: KeyInput
  /** Answer with this HTTP status (and a non-JSON body) instead of 200. */
  readonly httpStatus?: number
  /** Wait this long before answering, in real milliseconds (for client timeouts). */
  readonly delayMs?: number
  /** Answer with this result and nothing else, signed, without touching state (e.g. U UNKNOWN_EXCEPTION). */
  readonly result?: Result
  /** Apply to this many API responses, then clear. @default every response until cleared */
  readonly times?: number
}

/** Options of {@link createAlipaySimulator}. */
export interface AlipaySimulatorOptions {
  /** The merchants whose requests are accepted. Or give `clientId` and `merchantPublicKey` for one. */
  readonly merchants?: readonly SimulatorMerchant[]
  /** One merchant's client id (with `merchantPublicKey`). */
  readonly clientId?: string
  /** That merchant's public key. */
  readonly merchantPublicKey?: PublicKeys
  /**
   * The simulator's stand-in for Alipay's private key: it signs responses and notifications.
   * Configure the client and the notify endpoint with `simulator.alipayPublicKey`.
   * @default a fresh RSA-2048 key per simulator
   */
  readonly alipayPrivateKey?: KeyInput
  /** The keyVersion in the simulator's Signature headers. @default 1 */
  readonly alipayKeyVersion?: number
  /** The loopback address to listen on: 127.0.0.1, ::1 or localhost. @default '127.0.0.1' */
  readonly host?: string
  /**
   * The port. The Python SDK always connects to 443 whatever its gateway URL says: listening
   * there takes root (or CAP_NET_BIND_SERVICE) on Linux and macOS. @default 0 (any free port)
   */
  readonly port?: number
  /**
   * Serve HTTPS instead of HTTP, for clients that speak only HTTPS (the official Java and Python
   * SDKs). A CA and a server certificate it signs for `localhost`, `127.0.0.1` and `::1` are made
   * when the simulator is created; give the client `simulator.ca` to trust. @default false
   */
  readonly tls?: boolean
  /**
   * Multiplies every resend interval: `0.001` makes 2 min 120 ms and the whole 24 h schedule
   * about 87 s. @default 1 (real time)
   */
  readonly timeScale?: number
  /** The waits before each delivery attempt, in ms before scaling. @default ALIPAY_RESEND_SCHEDULE_MS (8 attempts) */
  readonly resendSchedule?: readonly number[]
  /**
   * Resend unacknowledged notifications of payments made through the sandbox paths. The real
   * sandbox does not resend (docs/protocol.md §3.3); `false` mimics it. @default true
   */
  readonly resendInSandbox?: boolean
  /** Re-sign each resend with a fresh request-time instead of resending the original request. @default false */
  readonly resignResends?: boolean
  /** How long a delivery waits for the merchant's reply, in real ms. @default 10000 */
  readonly deliveryTimeoutMs?: number
  /**
   * Whether `pay` settles at once, for the request body given: `'SUCCESS'` or `'FAIL'`, or
   * undefined to wait for the customer (`completePayment`, or the checkout page).
   * @default AGREEMENT_PAYMENT (auto debit with a token, no customer present) succeeds at once;
   *   everything else waits for the customer.
   */
  readonly autoComplete?: (pay: Body) => 'SUCCESS' | 'FAIL' | undefined
  /** `'instant'`: refunds succeed when made; `'manual'`: they stay PROCESSING until `completeRefund`. @default 'instant' */
  readonly refunds?: 'instant' | 'manual'
  /** Notify URLs "configured in the dashboard", used when a request carries none. */
  readonly notifyUrls?: NotifyUrls
  /** Faults from the start; see also `simulator.setFaults`. */
  readonly faults?: SimulatorFaults
}

/** The options after validation, with keys imported once. */
export interface ResolvedOptions {
  readonly merchants: ReadonlyMap<string, ResolvedMerchant>
  readonly alipayKey: KeyObject
  readonly alipayPublicKey: KeyObject
  readonly alipayPublicKeyPem: string
  readonly alipayPublicKeyBase64: string
  readonly keyVersion: number
  readonly host: string
  readonly port: number
  readonly tls: boolean
  readonly timeScale: number
  readonly schedule: readonly number[]
  readonly resendInSandbox: boolean
  readonly resign: boolean
  readonly deliveryTimeoutMs: number
  readonly autoComplete: (pay: Body) => 'SUCCESS' | 'FAIL' | undefined
  readonly instantRefunds: boolean
  readonly notifyUrls: NotifyUrls
}

function invalid(name: string, expected: string): AlipayConfigError {
  return new AlipayConfigError('ERR_ALIPAY_OPTION_INVALID', `simulator ${name}: expected ${expected}`)
}

function merchantsOf(options: AlipaySimulatorOptions): Map<string, ResolvedMerchant> {
  const list: SimulatorMerchant[] = [...(options.merchants ?? [])]
  if (options.clientId !== undefined || options.merchantPublicKey !== undefined) {
    if (options.clientId === undefined || options.merchantPublicKey === undefined) {
      throw invalid('clientId / merchantPublicKey', 'both, or neither (use merchants for several)')
    }
    list.push({ clientId: options.clientId, publicKey: options.merchantPublicKey })
  }
  if (list.length === 0) {
    throw new AlipayConfigError(
      'ERR_ALIPAY_CONFIG_MISSING',
      'simulator merchants: give merchants: [{ clientId, publicKey }] or clientId and merchantPublicKey',
    )
  }
  const merchants = new Map<string, ResolvedMerchant>()
  for (const [i, m] of list.entries()) {
    if (typeof m?.clientId !== 'string' || m.clientId.length === 0)
      throw invalid(`merchants[${i}].clientId`, 'a string')
    if (merchants.has(m.clientId))
      throw invalid(`merchants[${i}].clientId`, `a client id not given twice ("${m.clientId}")`)
    merchants.set(m.clientId, {
      clientId: m.clientId,
      publicKeys: importPublicKeyRing(m.publicKey, `merchants[${i}].publicKey`),
    })
  }
  return merchants
}

function positiveNumber(value: unknown, name: string, fallback: number): number {
  if (value === undefined) return fallback
  if (typeof value !== 'number' || !Number.isFinite(value) || value <= 0) {
    throw invalid(name, 'a finite number above 0')
  }
  return value
}

const defaultAutoComplete = (pay: Body) => (pay.productCode === 'AGREEMENT_PAYMENT' ? 'SUCCESS' : undefined)

/** Validates the options once, at creation (style.md principle 3). */
export function resolveOptions(options: AlipaySimulatorOptions = {}): ResolvedOptions {
  if (options === null || typeof options !== 'object')
    throw new TypeError('createAlipaySimulator: options must be an object')
  const host = options.host ?? '127.0.0.1'
  if (loopbackProblem(`http://${host.includes(':') ? `[${host}]` : host}/`) !== undefined) {
    throw invalid('host', 'a loopback address: 127.0.0.1, ::1 or localhost')
  }
  const port = options.port ?? 0
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw invalid('port', 'an integer from 0 to 65535')
  if (options.tls !== undefined && typeof options.tls !== 'boolean') throw invalid('tls', 'true or false')
  const schedule = options.resendSchedule ?? ALIPAY_RESEND_SCHEDULE_MS
  if (!Array.isArray(schedule) || schedule.length === 0 || !schedule.every((ms) => Number.isFinite(ms) && ms >= 0)) {
    throw invalid('resendSchedule', 'a non-empty array of waits in milliseconds')
  }
  const keyVersion = options.alipayKeyVersion ?? 1
  if (!Number.isSafeInteger(keyVersion) || keyVersion < 0) throw invalid('alipayKeyVersion', 'a non-negative integer')
  if (options.autoComplete !== undefined && typeof options.autoComplete !== 'function') {
    throw invalid('autoComplete', 'a function (payRequest) => "SUCCESS" | "FAIL" | undefined')
  }
  if (options.refunds !== undefined && options.refunds !== 'instant' && options.refunds !== 'manual') {
    throw invalid('refunds', '"instant" or "manual"')
  }
  for (const [kind, url] of Object.entries(options.notifyUrls ?? {})) {
    if (typeof url !== 'string' || !/^https?:\/\//.test(url) || !URL.canParse(url))
      throw invalid(`notifyUrls.${kind}`, 'an http(s) URL')
  }
  const timeScale = positiveNumber(options.timeScale, 'timeScale', 1)
  const deliveryTimeoutMs = positiveNumber(options.deliveryTimeoutMs, 'deliveryTimeoutMs', 10_000)
  const merchants = merchantsOf(options)
  // Last: generating a key costs tens of milliseconds, wasted if another option is wrong.
  const alipayKey =
    options.alipayPrivateKey === undefined
      ? generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey
      : importPrivateKey(options.alipayPrivateKey, 'alipayPrivateKey')
  const alipayPublicKey = createPublicKey(alipayKey)
  const alipayPublicKeyBase64 = alipayPublicKey.export({ format: 'der', type: 'spki' }).toString('base64')
  return {
    merchants,
    alipayKey,
    alipayPublicKey,
    alipayPublicKeyPem: toPem('PUBLIC KEY', alipayPublicKeyBase64),
    alipayPublicKeyBase64,
    keyVersion,
    host,
    port,
    tls: options.tls ?? false,
    timeScale,
    schedule,
    resendInSandbox: options.resendInSandbox ?? true,
    resign: options.resignResends ?? false,
    deliveryTimeoutMs,
    autoComplete: options.autoComplete ?? defaultAutoComplete,
    instantRefunds: (options.refunds ?? 'instant') === 'instant',
    notifyUrls: { ...options.notifyUrls },
  }
}
