import {
  AlipayConfigError,
  type KeyInput,
  type KeyRing,
  type PublicKeys,
  type WebCryptoKey,
} from '@alipay-kit/core/web'
import { type ImportedKey, importKey } from './import-key.js'

/**
 * Alipay public keys imported for WebCrypto, selectable by the `keyVersion` of a Signature header
 * (protocol.md §9.2), as core's `PublicKeyRing` is on Node. Create with {@link importPublicKeyRing}.
 */
export class WebPublicKeyRing implements KeyRing<WebCryptoKey> {
  readonly #byVersion: ReadonlyMap<number, WebCryptoKey>
  readonly #default: WebCryptoKey
  /** The moduli of the ring's keys, where their input showed them: the client's mix-up check. */
  readonly moduli: readonly string[]

  /** @internal use {@link importPublicKeyRing}. */
  constructor(byVersion: ReadonlyMap<number, WebCryptoKey>, defaultKey: WebCryptoKey, moduli: readonly string[]) {
    this.#byVersion = byVersion
    this.#default = defaultKey
    this.moduli = moduli
  }

  /** The key for `keyVersion`; the default (highest) key when the ring lacks it or none is given. */
  select(keyVersion: number | undefined): WebCryptoKey {
    return (keyVersion === undefined ? undefined : this.#byVersion.get(keyVersion)) ?? this.#default
  }

  /** The signature size of one of the ring's keys, in bytes. */
  sizeOf(key: WebCryptoKey): number {
    return ((key.algorithm as { modulusLength?: number }).modulusLength ?? 0) / 8
  }
}

function isRingInput(input: unknown): input is ReadonlyMap<number, KeyInput> | Record<number, KeyInput> {
  if (input instanceof Map) return true
  if (input === null || typeof input !== 'object' || input instanceof Uint8Array) return false
  const names = Object.keys(input)
  return names.length > 0 && names.every((k) => /^\d+$/.test(k))
}

/**
 * Imports one Alipay public key, or a ring of them by keyVersion (`{ 1: oldKey, 2: newKey }`, the
 * highest the default), for WebCrypto through jose. Once, at startup.
 *
 * @throws {@link AlipayConfigError} `ERR_ALIPAY_KEY_*` (the promise rejects).
 * @example
 * ```ts
 * const ring = await importPublicKeyRing(env.ALIPAY_PUBLIC_KEY)
 * ```
 */
export async function importPublicKeyRing(input: PublicKeys, name = 'alipayPublicKey'): Promise<WebPublicKeyRing> {
  if (input instanceof WebPublicKeyRing) return input
  if (!isRingInput(input)) {
    const { key, modulus } = await importKey(input as KeyInput, 'public', name)
    return new WebPublicKeyRing(new Map(), key, modulus === undefined ? [] : [modulus])
  }
  const entries: Array<[number, KeyInput]> =
    input instanceof Map ? [...input.entries()] : Object.entries(input).map(([k, v]) => [Number(k), v as KeyInput])
  const byVersion = new Map<number, WebCryptoKey>()
  const moduli: string[] = []
  for (const [version, keyInput] of entries) {
    if (!Number.isSafeInteger(version) || version < 0) {
      throw new AlipayConfigError(
        'ERR_ALIPAY_OPTION_INVALID',
        `${name}: key ring versions must be non-negative integers`,
      )
    }
    const imported: ImportedKey = await importKey(keyInput, 'public', `${name}[${version}]`)
    byVersion.set(version, imported.key)
    if (imported.modulus !== undefined) moduli.push(imported.modulus)
  }
  const latest = Math.max(...byVersion.keys())
  return new WebPublicKeyRing(byVersion, byVersion.get(latest) as WebCryptoKey, moduli)
}

/**
 * Imports the merchant's private key for WebCrypto through jose: PEM (PKCS#8 or PKCS#1), base64
 * PKCS#8 or PKCS#1 DER as the dashboard or `openssl genrsa` give it, DER bytes, a JWK or a CryptoKey.
 *
 * @throws {@link AlipayConfigError} `ERR_ALIPAY_KEY_*` (the promise rejects).
 * @example
 * ```ts
 * const merchantKey = await importPrivateKey(env.ALIPAY_PRIVATE_KEY)
 * ```
 */
export async function importPrivateKey(input: KeyInput, name = 'privateKey'): Promise<WebCryptoKey> {
  return (await importKey(input, 'private', name)).key
}

/**
 * Imports Alipay's public key for WebCrypto through jose, in any form `importPrivateKey` takes for
 * its half.
 *
 * @throws {@link AlipayConfigError} `ERR_ALIPAY_KEY_*` (the promise rejects).
 * @example
 * ```ts
 * const alipayKey = await importPublicKey(env.ALIPAY_PUBLIC_KEY)
 * ```
 */
export async function importPublicKey(input: KeyInput, name = 'alipayPublicKey'): Promise<WebCryptoKey> {
  return (await importKey(input, 'public', name)).key
}
