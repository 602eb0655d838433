/**
 * The forms a key may come in, typed without naming any runtime (issue 11): Node's KeyObject and
 * WebCrypto's CryptoKey both fit {@link KeyLike}, so these types mean the same on Node, Workers,
 * Deno and Bun, and no Node type leaks into a Web declaration. Each runtime's import decides what
 * it accepts at run time (keys.ts on Node, the web package through jose).
 */
import type { KeyRing } from './runtime/provider.js'

/**
 * An RSA key as a JSON Web Key (RFC 7517, RFC 7518 §6.3), as `keyObject.export({ format: 'jwk' })`
 * or jose's `exportJWK` gives it. Declared here rather than imported from `node:crypto`, whose
 * `JsonWebKey` export @types/node 25 removed: the published declarations must compile with every
 * @types/node a merchant may have (issue 10).
 */
export type JsonWebKeyInput = {
  /** Key type; `"RSA"` for every key Alipay uses. */
  readonly kty?: string
  /** Modulus, base64url. */
  readonly n?: string
  /** Public exponent, base64url. */
  readonly e?: string
  /** Private exponent, base64url: present on a private key only. */
  readonly d?: string
  /** First prime factor (private keys). */
  readonly p?: string
  /** Second prime factor (private keys). */
  readonly q?: string
  /** First factor CRT exponent (private keys). */
  readonly dp?: string
  /** Second factor CRT exponent (private keys). */
  readonly dq?: string
  /** First CRT coefficient (private keys). */
  readonly qi?: string
  /** Intended algorithm, e.g. `"RS256"`; informational here. */
  readonly alg?: string
  /** Key id; informational here. */
  readonly kid?: string
  /** Intended use, e.g. `"sig"`; informational here. */
  readonly use?: string
  /** Permitted operations; informational here. */
  readonly key_ops?: readonly string[]
  /** WebCrypto's extractable flag; informational here. */
  readonly ext?: boolean
}

/**
 * A key in any form a merchant may hold it (docs/protocol.md §2): PEM (SPKI, PKCS#8, PKCS#1), with
 * real line breaks or with `\n` written out as one-line environment variables carry them; the raw
 * base64 DER that the Antom dashboard shows (line breaks and spaces allowed), DER bytes, a JWK,
 * a node `KeyObject`, or a WebCrypto `CryptoKey` (for instance from jose's `importJWK`). Key text in
 * quotes, or a file path instead of the key, is refused with `ERR_ALIPAY_KEY_INVALID` saying so.
 */
export type KeyInput = string | Uint8Array | JsonWebKeyInput | KeyLike

/**
 * An imported key object, as jose v5 types it: a Node `KeyObject` or a WebCrypto `CryptoKey`.
 * Structural, so neither runtime's type is named.
 */
export interface KeyLike {
  /** `"public"`, `"private"` or `"secret"`. */
  readonly type: string
}

/**
 * Alipay public keys by `keyVersion` (docs/protocol.md §9.2): a `Map` or a plain object such as
 * `{ 1: oldKey, 2: newKey }`. The highest version is the default.
 */
export type PublicKeyRingInput = ReadonlyMap<number, KeyInput> | { readonly [keyVersion: number]: KeyInput }

/** A public key, a ring of them by keyVersion, or an imported ring (Node's `PublicKeyRing`). */
export type PublicKeys = KeyInput | PublicKeyRingInput | KeyRing<unknown>
