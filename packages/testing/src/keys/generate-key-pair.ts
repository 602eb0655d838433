import { generateKeyPairSync, type KeyObject } from 'node:crypto'
import { type KeyPairText, keyPairText } from './key-text.js'

/** A fresh RSA-2048 pair in every form the dashboard and this library take. */
export interface GeneratedKeyPair extends KeyPairText {
  /** The private key, imported. */
  readonly privateKey: KeyObject
  /** The public key, imported. */
  readonly publicKey: KeyObject
}

/**
 * Generates an RSA-2048 key pair (public exponent 65537), as the Antom dashboard does
 * (docs/protocol.md §2), returned as PKCS#8 / SPKI PEM, raw base64 DER and `KeyObject`s. Takes tens of
 * milliseconds; for deterministic tests use the published {@link TEST_KEYS} instead.
 *
 * @example
 * ```ts
 * const merchant = generateKeyPair()
 * const client = createAlipayClient({ clientId, privateKey: merchant.privateKeyBase64, alipayPublicKey })
 * ```
 */
export function generateKeyPair(): GeneratedKeyPair {
  const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048, publicExponent: 0x10001 })
  const text = keyPairText(
    privateKey.export({ format: 'der', type: 'pkcs8' }).toString('base64'),
    publicKey.export({ format: 'der', type: 'spki' }).toString('base64'),
  )
  return Object.freeze({ ...text, privateKey, publicKey })
}
