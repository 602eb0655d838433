/**
 * The Node side of the crypto seam (issue 11): the only file in core that imports node:crypto.
 * Synchronous, so the Node path keeps its speed (bench/core.ts); the key import (keys.ts,
 * key-mixup.ts) reaches node:crypto through the re-exports below.
 */
import { type KeyObject, sign, verify } from 'node:crypto'

export type { webcrypto } from 'node:crypto'
export { createPrivateKey, createPublicKey, KeyObject } from 'node:crypto'

/** Verifies a SHA256withRSA (PKCS#1 v1.5) signature at once; node:crypto consumes the bytes before returning. */
export function nodeVerify(key: KeyObject, data: Uint8Array, signature: Uint8Array): boolean {
  return verify('sha256', data, key, signature)
}

/** Signs with SHA256withRSA (PKCS#1 v1.5), synchronously. */
export function nodeSign(key: KeyObject, data: Uint8Array): Uint8Array {
  return sign('sha256', data, key)
}
