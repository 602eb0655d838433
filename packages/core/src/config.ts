import { REGION_DOMAINS } from './client/options.js'
import type { AlipayRegion } from './client/types.js'
import { AlipayConfigError } from './errors.js'
import { resolvePrivateKey, resolvePublicKeys } from './key-cache.js'
import { refuseOwnPublicKey } from './key-mixup.js'
import type { KeyInput } from './keys.js'
import type { PublicKeys } from './verify.js'

/** The environment variable read for each option that is not given (issue #3, zero configuration). */
export const ALIPAY_ENV = {
  clientId: 'ALIPAY_CLIENT_ID',
  alipayPublicKey: 'ALIPAY_PUBLIC_KEY',
  privateKey: 'ALIPAY_PRIVATE_KEY',
  baseUrl: 'ALIPAY_BASE_URL',
  region: 'ALIPAY_REGION',
  sandbox: 'ALIPAY_SANDBOX',
} as const

/** The environment as `process.env` gives it. */
export type AlipayEnv = { readonly [name: string]: string | undefined }

/** The settings every adapter shares; each one falls back to its {@link ALIPAY_ENV} variable. */
export interface AlipayConfigOptions {
  /** Alipay's public key (not yours), or a ring of them by keyVersion. @default env ALIPAY_PUBLIC_KEY */
  readonly alipayPublicKey?: PublicKeys
  /** Your client id; notifications for another one are refused. @default env ALIPAY_CLIENT_ID */
  readonly clientId?: string
  /** Your merchant private key; only the API client needs it. @default env ALIPAY_PRIVATE_KEY */
  readonly privateKey?: KeyInput
  /** The region whose domain the client calls. @default env ALIPAY_REGION */
  readonly region?: AlipayRegion
  /** The origin the client calls instead of a region. @default env ALIPAY_BASE_URL */
  readonly baseUrl?: string
  /** Call the sandbox API. @default env ALIPAY_SANDBOX, else true for a `SANDBOX_` client id */
  readonly sandbox?: boolean
}

/** What notifications need: Alipay's public key. `O` is the rest of the options, kept as given. */
export type AlipayNotifyConfig<O extends object = AlipayConfigOptions> = O &
  AlipayConfigOptions & {
    /** Alipay's public key, from the option or `ALIPAY_PUBLIC_KEY`. */
    readonly alipayPublicKey: PublicKeys
  }

/** What the API client needs: both keys, the client id and a gateway (region or baseUrl). */
export type AlipayClientConfig<O extends object = AlipayConfigOptions> = O &
  AlipayConfigOptions & {
    /** Alipay's public key, from the option or `ALIPAY_PUBLIC_KEY`. */
    readonly alipayPublicKey: PublicKeys
    /** Your client id, from the option or `ALIPAY_CLIENT_ID`. */
    readonly clientId: string
    /** Your merchant private key, from the option or `ALIPAY_PRIVATE_KEY`. */
    readonly privateKey: KeyInput
  }

type Need = 'alipayPublicKey' | 'clientId' | 'privateKey' | 'gateway'

const TRUE = new Set(['1', 'true', 'yes', 'on'])
const FALSE = new Set(['0', 'false', 'no', 'off'])

function fromEnv(env: AlipayEnv, name: string): string | undefined {
  const value = env[name]?.trim()
  return value === undefined || value === '' ? undefined : value
}

/** A PEM in one env line usually has its line breaks written as `\n`: restore them. */
function keyFromEnv(env: AlipayEnv, name: string): string | undefined {
  const value = fromEnv(env, name)
  return value?.startsWith('-----BEGIN') ? value.replace(/\\n/g, '\n') : value
}

function invalidEnv(name: string, expected: string): AlipayConfigError {
  return new AlipayConfigError('ERR_ALIPAY_OPTION_INVALID', `${name}: expected ${expected}`)
}

/** Region and baseUrl are one choice: an explicit one of either wins over both variables. */
function gatewayFromEnv(env: AlipayEnv): { region?: AlipayRegion; baseUrl?: string } {
  const baseUrl = fromEnv(env, ALIPAY_ENV.baseUrl)
  const region = fromEnv(env, ALIPAY_ENV.region)?.toUpperCase()
  if (baseUrl !== undefined && region !== undefined) {
    throw invalidEnv(`${ALIPAY_ENV.baseUrl}, ${ALIPAY_ENV.region}`, 'one of the two variables set, not both')
  }
  if (region === undefined) return baseUrl === undefined ? {} : { baseUrl }
  if (!Object.hasOwn(REGION_DOMAINS, region)) {
    throw invalidEnv(ALIPAY_ENV.region, `one of ${Object.keys(REGION_DOMAINS).join(', ')}`)
  }
  return { region: region as AlipayRegion }
}

function sandboxFromEnv(env: AlipayEnv): boolean | undefined {
  const value = fromEnv(env, ALIPAY_ENV.sandbox)?.toLowerCase()
  if (value === undefined) return undefined
  if (TRUE.has(value)) return true
  if (FALSE.has(value)) return false
  throw invalidEnv(ALIPAY_ENV.sandbox, 'true or false (1/0, yes/no, on/off)')
}

function fill<O extends object>(options: O & AlipayConfigOptions, env: AlipayEnv): O & AlipayConfigOptions {
  if (options === null || typeof options !== 'object') throw new TypeError('options: expected an object')
  const explicitGateway = options.region !== undefined || options.baseUrl !== undefined
  return {
    ...options,
    ...(explicitGateway ? {} : gatewayFromEnv(env)),
    alipayPublicKey: options.alipayPublicKey ?? keyFromEnv(env, ALIPAY_ENV.alipayPublicKey),
    clientId: options.clientId ?? fromEnv(env, ALIPAY_ENV.clientId),
    privateKey: options.privateKey ?? keyFromEnv(env, ALIPAY_ENV.privateKey),
    sandbox: options.sandbox ?? sandboxFromEnv(env),
  }
}

const WHAT: Record<Need, string> = {
  alipayPublicKey: `alipayPublicKey (${ALIPAY_ENV.alipayPublicKey}: Alipay's public key from the dashboard)`,
  clientId: `clientId (${ALIPAY_ENV.clientId})`,
  privateKey: `privateKey (${ALIPAY_ENV.privateKey}: your merchant private key)`,
  gateway: `region or baseUrl (${ALIPAY_ENV.region}=NA|SEA|EU or ${ALIPAY_ENV.baseUrl})`,
}

function requireAll(config: AlipayConfigOptions, needs: readonly Need[], purpose: string): void {
  const absent = needs.filter((need) =>
    need === 'gateway' ? config.region === undefined && config.baseUrl === undefined : config[need] == null,
  )
  if (absent.length > 0) {
    throw new AlipayConfigError(
      'ERR_ALIPAY_CONFIG_MISSING',
      `${purpose} needs ${absent.map((need) => WHAT[need]).join(', ')}; pass the option or set the variable`,
    )
  }
}

/**
 * The configuration for receiving notifications: `options` with every absent setting taken from
 * the environment ({@link ALIPAY_ENV}). Only Alipay's public key is required, so a merchant who
 * only receives notifications never configures a private key. Explicit options win over the
 * environment. Call it once, when a middleware or plugin is created, so a missing setting stops
 * the app at start rather than at the first notification.
 *
 * @throws {@link AlipayConfigError} `ERR_ALIPAY_CONFIG_MISSING` naming the variable to set;
 *   `ERR_ALIPAY_OPTION_INVALID` for an unreadable `ALIPAY_SANDBOX` or `ALIPAY_REGION`.
 * @example
 * ```ts
 * const handle = createNotificationHandler(resolveAlipayConfig({ on: { PAYMENT_RESULT: markPaid } }))
 * ```
 */
export function resolveAlipayConfig<O extends object = AlipayConfigOptions>(
  options: O & AlipayConfigOptions = {} as O,
  env: AlipayEnv = process.env,
): AlipayNotifyConfig<O> {
  const config = fill(options, env)
  requireAll(config, ['alipayPublicKey'], 'Receiving Alipay notifications')
  // Given both keys (an adapter that also serves the client), catch the mix-up at startup.
  if (config.privateKey !== undefined && config.alipayPublicKey !== undefined) {
    refuseOwnPublicKey(resolvePrivateKey(config.privateKey), resolvePublicKeys(config.alipayPublicKey))
  }
  return config as AlipayNotifyConfig<O>
}

/**
 * The configuration for the API client: as {@link resolveAlipayConfig}, and the client id, your
 * private key and a gateway (`region` or `baseUrl`) are required too. One error lists everything
 * that is missing.
 *
 * @throws {@link AlipayConfigError} `ERR_ALIPAY_CONFIG_MISSING` naming each variable to set.
 * @example
 * ```ts
 * const client = createAlipayClient(resolveAlipayClientConfig({ timeout: 5000 }))
 * ```
 */
export function resolveAlipayClientConfig<O extends object = AlipayConfigOptions>(
  options: O & AlipayConfigOptions = {} as O,
  env: AlipayEnv = process.env,
): AlipayClientConfig<O> {
  const config = fill(options, env)
  requireAll(config, ['alipayPublicKey', 'clientId', 'privateKey', 'gateway'], 'The Alipay API client')
  return config as AlipayClientConfig<O>
}
