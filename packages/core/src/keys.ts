import { AlipayConfigError } from './errors.js'
import type { JsonWebKeyInput, KeyInput, PublicKeyRingInput, PublicKeys } from './key-input.js'
import { isPemBytes, keyTextMistake, restoreLineBreaks } from './key-text.js'
import { createPrivateKey, createPublicKey, KeyObject, type webcrypto } from './runtime/node.js'

export type { JsonWebKeyInput, KeyInput, KeyLike, PublicKeyRingInput } from './key-input.js'

type KeyKind = 'public' | 'private'

const MIN_MODULUS_BITS = 2048

function keyError(code: ConstructorParameters<typeof AlipayConfigError>[0], name: string, detail: string) {
  return new AlipayConfigError(code, `${name}: ${detail}`)
}

function expectation(kind: KeyKind): string {
  return kind === 'public'
    ? 'an RSA public key (PEM "BEGIN PUBLIC KEY", base64 SPKI DER as the Antom dashboard shows it, DER bytes, JWK or KeyObject)'
    : 'an RSA private key (PEM "BEGIN PRIVATE KEY" or "BEGIN RSA PRIVATE KEY", base64 PKCS#8 DER as the Antom dashboard gives it, DER bytes, JWK or KeyObject)'
}

function mismatch(name: string, want: KeyKind): AlipayConfigError {
  const got = want === 'public' ? 'a private key' : 'a public key'
  // The Alipay-specific hint only where the option is Alipay's key; the simulator and CLI import
  // a merchant's public key through the same function.
  const hint =
    want === 'private'
      ? ' Use your own merchant private key here; public keys only verify.'
      : /alipay/i.test(name)
        ? " Use Alipay's public key from the dashboard here; your private key signs requests."
        : ' A private key signs; give the matching public key here.'
  return keyError('ERR_ALIPAY_KEY_TYPE_MISMATCH', name, `expected ${expectation(want)}, got ${got}.${hint}`)
}

function notAKey(name: string, want: KeyKind, what: string): AlipayConfigError {
  return keyError('ERR_ALIPAY_KEY_INVALID', name, `expected ${expectation(want)}, got ${what}`)
}

/** Checks the algorithm and size every key must have, whatever form it came in. */
function checked(key: KeyObject, want: KeyKind, name: string): KeyObject {
  if (key.type === 'secret') throw notAKey(name, want, 'a symmetric secret key')
  if (key.type !== want) throw mismatch(name, want)
  if (key.asymmetricKeyType !== 'rsa') {
    throw keyError(
      'ERR_ALIPAY_KEY_NOT_RSA',
      name,
      `expected an RSA key, got a ${key.asymmetricKeyType ?? 'non-RSA'} key; Alipay signs with RSA256 only`,
    )
  }
  const bits = key.asymmetricKeyDetails?.modulusLength ?? 0
  if (bits < MIN_MODULUS_BITS) {
    throw keyError('ERR_ALIPAY_KEY_TOO_SHORT', name, `expected an RSA key of at least 2048 bits, got ${bits} bits`)
  }
  return key
}

/** DER alone does not say what it holds: try each structure Alipay keys come in. */
function fromDer(der: Buffer, want: KeyKind, name: string): KeyObject {
  const attempts: Array<() => KeyObject> = [
    () => createPublicKey({ key: der, format: 'der', type: 'spki' }),
    () => createPrivateKey({ key: der, format: 'der', type: 'pkcs8' }),
    () => createPrivateKey({ key: der, format: 'der', type: 'pkcs1' }),
    () => createPublicKey({ key: der, format: 'der', type: 'pkcs1' }),
  ]
  for (const attempt of attempts) {
    try {
      return checked(attempt(), want, name)
    } catch (error) {
      if (error instanceof AlipayConfigError) throw error
    }
  }
  throw notAKey(name, want, 'bytes that are not SPKI, PKCS#8 or PKCS#1 DER')
}

function fromPem(pem: string, want: KeyKind, name: string): KeyObject {
  const label = /-----BEGIN ([A-Z0-9 ]+)-----/.exec(pem)?.[1] ?? ''
  // PKCS#8 says so in its label; legacy OpenSSL PKCS#1 says so in a Proc-Type line instead.
  if (label.includes('ENCRYPTED') || /^Proc-Type:\s*4,\s*ENCRYPTED/m.test(pem)) {
    throw notAKey(name, want, 'an encrypted PEM; decrypt it first (openssl pkcs8 -in key.pem -nocrypt)')
  }
  const isPrivate = label.includes('PRIVATE KEY')
  const isPublic = label.includes('PUBLIC KEY') || label === 'CERTIFICATE'
  if (!isPrivate && !isPublic) throw notAKey(name, want, `a PEM block labelled "${label.slice(0, 40)}"`)
  // createPublicKey happily derives a public key from a private PEM: refuse that mix-up first.
  if ((want === 'public') !== isPublic) throw mismatch(name, want)
  try {
    return checked(want === 'public' ? createPublicKey(pem) : createPrivateKey(pem), want, name)
  } catch (error) {
    if (error instanceof AlipayConfigError) throw error
    throw notAKey(name, want, `a "${label}" PEM block whose contents do not parse`)
  }
}

function fromJwk(jwk: JsonWebKeyInput, want: KeyKind, name: string): KeyObject {
  if (jwk.kty !== 'RSA') {
    throw keyError('ERR_ALIPAY_KEY_NOT_RSA', name, `expected an RSA JWK (kty "RSA"), got kty "${String(jwk.kty)}"`)
  }
  if ((want === 'private') !== (typeof jwk.d === 'string')) throw mismatch(name, want)
  try {
    const key =
      want === 'public' ? createPublicKey({ key: jwk, format: 'jwk' }) : createPrivateKey({ key: jwk, format: 'jwk' })
    return checked(key, want, name)
  } catch (error) {
    if (error instanceof AlipayConfigError) throw error
    throw notAKey(name, want, 'a JWK with missing or malformed RSA members')
  }
}

const BASE64 = /^[A-Za-z0-9+/]+={0,2}$/

function fromString(text: string, want: KeyKind, name: string): KeyObject {
  const mistake = keyTextMistake(text.trim())
  if (mistake !== undefined) throw notAKey(name, want, mistake)
  // One-line env values and JSON-ish config carry a PEM's line breaks as literal "\n".
  const trimmed = restoreLineBreaks(text.trim())
  if (trimmed.startsWith('-----BEGIN')) return fromPem(trimmed, want, name)
  if (trimmed.startsWith('{')) {
    let jwk: unknown
    try {
      jwk = JSON.parse(trimmed)
    } catch {
      throw notAKey(name, want, 'text that starts like JSON but does not parse')
    }
    return fromKeyInput(jwk as KeyInput, want, name)
  }
  const compact = trimmed.replace(/\s+/g, '')
  if (compact.length === 0) throw notAKey(name, want, 'an empty string')
  if (!BASE64.test(compact) || compact.length % 4 === 1) {
    throw notAKey(name, want, 'text that is neither PEM, base64 DER nor a JWK')
  }
  return fromDer(Buffer.from(compact, 'base64'), want, name)
}

function isCryptoKey(value: unknown): value is webcrypto.CryptoKey {
  // Node 20 exposes the class as a global only, not on node:crypto's webcrypto.
  const CryptoKeyClass = (globalThis as { CryptoKey?: abstract new () => unknown }).CryptoKey
  return CryptoKeyClass !== undefined && value instanceof CryptoKeyClass
}

function fromKeyInput(input: KeyInput, want: KeyKind, name: string): KeyObject {
  if (input instanceof KeyObject) return checked(input, want, name)
  if (isCryptoKey(input)) return checked(KeyObject.from(input), want, name)
  if (typeof input === 'string') return fromString(input, want, name)
  if (input instanceof Uint8Array) {
    const bytes = Buffer.from(input.buffer, input.byteOffset, input.byteLength)
    // readFileSync(path) without an encoding hands over a PEM file as bytes.
    return isPemBytes(bytes) ? fromString(bytes.toString('utf8'), want, name) : fromDer(bytes, want, name)
  }
  if (input !== null && typeof input === 'object' && 'kty' in input) return fromJwk(input, want, name)
  throw notAKey(name, want, input === undefined || input === null ? 'nothing' : `a value of type ${typeof input}`)
}

/**
 * Imports Alipay's public key once, in any accepted form, and checks it is an RSA public key of at
 * least 2048 bits.
 *
 * @param input - The key: PEM, base64 DER (as the dashboard shows it), DER bytes, JWK, KeyObject or CryptoKey.
 * @param name - The option name used in error messages.
 * @throws {@link AlipayConfigError} `ERR_ALIPAY_KEY_INVALID`, `ERR_ALIPAY_KEY_TYPE_MISMATCH`,
 *   `ERR_ALIPAY_KEY_NOT_RSA` or `ERR_ALIPAY_KEY_TOO_SHORT`.
 * @example
 * ```ts
 * const alipayKey = importPublicKey(process.env.ALIPAY_PUBLIC_KEY!)
 * ```
 */
export function importPublicKey(input: KeyInput, name = 'alipayPublicKey'): KeyObject {
  return fromKeyInput(input, 'public', name)
}

/**
 * Imports the merchant's private key once, in any accepted form, and checks it is an RSA private
 * key of at least 2048 bits.
 *
 * @param input - The key: PEM (PKCS#8 or PKCS#1), base64 PKCS#8 DER, DER bytes, JWK, KeyObject or CryptoKey.
 * @param name - The option name used in error messages.
 * @throws {@link AlipayConfigError} as {@link importPublicKey}.
 * @example
 * ```ts
 * const merchantKey = importPrivateKey(fs.readFileSync('merchant-private.pem', 'utf8'))
 * ```
 */
export function importPrivateKey(input: KeyInput, name = 'privateKey'): KeyObject {
  return fromKeyInput(input, 'private', name)
}

/**
 * Alipay public keys imported once, selectable by the `keyVersion` of a Signature header
 * (docs/protocol.md §9.2). Create with {@link importPublicKeyRing}.
 */
export class PublicKeyRing {
  readonly #byVersion: ReadonlyMap<number, KeyObject>
  readonly #default: KeyObject
  readonly #sizes = new Map<KeyObject, number>()

  /** @internal use {@link importPublicKeyRing}. */
  constructor(byVersion: ReadonlyMap<number, KeyObject>, defaultKey: KeyObject) {
    this.#byVersion = byVersion
    this.#default = defaultKey
  }

  /** The key versions the ring holds (empty for a single key). */
  get versions(): readonly number[] {
    return [...this.#byVersion.keys()]
  }

  /**
   * The key for `keyVersion`; the default key when the ring lacks that version or none is given.
   * The header never chooses an algorithm, only which of our own keys to use.
   */
  select(keyVersion: number | undefined): KeyObject {
    return (keyVersion === undefined ? undefined : this.#byVersion.get(keyVersion)) ?? this.#default
  }

  /** The signature size of one of the ring's keys, in bytes; read once, not per verification. */
  sizeOf(key: KeyObject): number {
    let size = this.#sizes.get(key)
    if (size === undefined) {
      size = (key.asymmetricKeyDetails?.modulusLength ?? 0) / 8
      this.#sizes.set(key, size)
    }
    return size
  }
}

function isRingInput(input: unknown): input is PublicKeyRingInput {
  if (input instanceof Map) return true
  if (input === null || typeof input !== 'object') return false
  if (input instanceof KeyObject || input instanceof Uint8Array || isCryptoKey(input) || 'kty' in input) return false
  const names = Object.keys(input)
  return names.length > 0 && names.every((k) => /^\d+$/.test(k))
}

/**
 * Imports one Alipay public key or a ring of them by `keyVersion`.
 *
 * @example
 * ```ts
 * const ring = importPublicKeyRing({ 1: oldAlipayKey, 2: newAlipayKey })
 * ```
 */
export function importPublicKeyRing(input: PublicKeys, name = 'alipayPublicKey'): PublicKeyRing {
  if (input instanceof PublicKeyRing) return input
  if (!isRingInput(input)) {
    // A ring of another runtime (a structural KeyRing) is no key: importPublicKey names it so.
    const key = importPublicKey(input as KeyInput, name)
    return new PublicKeyRing(new Map(), key)
  }
  const entries: Array<[number, KeyInput]> =
    input instanceof Map ? [...input.entries()] : Object.entries(input).map(([k, v]) => [Number(k), v as KeyInput])
  if (entries.length === 0) throw notAKey(name, 'public', 'an empty key ring')
  const byVersion = new Map<number, KeyObject>()
  for (const [version, key] of entries) {
    if (!Number.isSafeInteger(version) || version < 0) {
      throw new AlipayConfigError(
        'ERR_ALIPAY_OPTION_INVALID',
        `${name}: key ring versions must be non-negative integers`,
      )
    }
    byVersion.set(version, importPublicKey(key, `${name}[${version}]`))
  }
  const latest = Math.max(...byVersion.keys())
  return new PublicKeyRing(byVersion, byVersion.get(latest) as KeyObject)
}
