import {
  type AlipayClient,
  type AlipayClientOptions,
  AlipayConfigError,
  buildAlipayClient,
  type ClientCrypto,
  formatSignatureHeader,
  ownSignData,
  resolveClientSettings,
  type WebCryptoKey,
  webSign,
} from '@alipay-kit/core/web'
import { importKey } from './keys/import-key.js'
import { importPublicKeyRing, type WebPublicKeyRing } from './keys/key-ring.js'
import { verifyWithRing } from './verify.js'

/** The client {@link createAlipayClient} returns: core's API, with the key import to await at startup. */
export interface WebAlipayClient extends AlipayClient {
  /** Resolves once both keys are imported and checked; rejects with the `ERR_ALIPAY_KEY_*` error every call would get. */
  readonly ready: Promise<void>
}

interface Keys {
  readonly privateKey: WebCryptoKey
  readonly ring: WebPublicKeyRing
}

async function importClientKeys(options: AlipayClientOptions): Promise<Keys> {
  const [own, ring] = await Promise.all([
    importKey(options.privateKey, 'private', 'privateKey'),
    importPublicKeyRing(options.alipayPublicKey, 'alipayPublicKey'),
  ])
  // The most common mix-up (protocol.md §7): nothing could ever verify with it.
  if (own.modulus !== undefined && ring.moduli.includes(own.modulus)) {
    throw new AlipayConfigError(
      'ERR_ALIPAY_KEY_OWN_PUBLIC_KEY',
      "alipayPublicKey is the public half of your own privateKey. It must be Alipay's public key, which the " +
        "Antom dashboard shows next to the public key you uploaded (ALIPAY_PUBLIC_KEY: Alipay's; ALIPAY_PRIVATE_KEY: yours).",
    )
  }
  return { privateKey: own.key, ring }
}

/**
 * The client on WebCrypto: keys imported through jose once, at creation; each signature made over
 * bytes this call owns before it awaits anything (issue 11).
 */
function webClientCrypto(options: AlipayClientOptions, keys: Promise<Keys>): ClientCrypto {
  const keyVersion = options.keyVersion ?? 1
  return {
    sign: async (input) => {
      const data = ownSignData(input)
      const { privateKey } = await keys
      return formatSignatureHeader({ signature: await webSign(privateKey, data), keyVersion })
    },
    verify: async (input, header) => verifyWithRing(input, header, (await keys).ring),
  }
}

/**
 * The authenticated Alipay API client on `fetch` and WebCrypto, for Workers, edge functions, Deno
 * and Bun: the same API and rules as core's `createAlipayClient` (the same code: signed requests,
 * responses verified fail-closed over the exact bytes before anything is parsed, fresh and bound to
 * the request, resends only when safe, outcomes S / U / thrown F).
 *
 * Options are checked now; keys are imported once, starting now (`ready`).
 *
 * @throws {@link @alipay-kit/core!AlipayConfigError | AlipayConfigError} for a missing or malformed option; a
 *   key error rejects `ready` and every call.
 * @example
 * ```ts
 * const alipay = createAlipayClient({
 *   clientId: env.ALIPAY_CLIENT_ID,
 *   privateKey: env.ALIPAY_PRIVATE_KEY,
 *   alipayPublicKey: env.ALIPAY_PUBLIC_KEY,
 *   region: 'SEA',
 * })
 * const outcome = await alipay.pay({ ... })
 * ```
 */
export function createAlipayClient(options: AlipayClientOptions): WebAlipayClient {
  let keys: Promise<Keys> | undefined
  const config = resolveClientSettings(options, (checked) => {
    keys = importClientKeys(checked)
    keys.catch(() => {})
    return webClientCrypto(checked, keys)
  })
  const ready = (keys as Promise<Keys>).then(() => undefined)
  ready.catch(() => {})
  return Object.assign(buildAlipayClient(config), { ready })
}
