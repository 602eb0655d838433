/**
 * The Node side of the runtime seam (issue 11): the only file in core that imports Node built-ins
 * (node:crypto, and node:async_hooks for the context of the claim renewal timer). Synchronous, so the Node path keeps its speed (bench/core.ts); the key import (keys.ts,
 * key-mixup.ts) reaches node:crypto through the re-exports below.
 */
import { AsyncResource } from 'node:async_hooks'
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

/**
 * Runs a callback in the async context current when this was made, whatever context calls it: the
 * notification handler's renewal interval is created through it (when the handler is made), so the
 * interval does not keep the context of the request that first needed it (AsyncLocalStorage
 * stores, tracing spans) for every later renewal.
 */
export function inContextOfCreation(): (start: () => void) => void {
  const resource = new AsyncResource('ALIPAY_KIT_CLAIM_RENEWAL')
  return (start) => resource.runInAsyncScope(start)
}
