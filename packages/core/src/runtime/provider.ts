/**
 * The crypto seam (issue 11): the protocol is written once and calls these; `runtime/node.ts`
 * implements them on node:crypto (synchronous, the fast path) and `runtime/web.ts` on WebCrypto
 * (asynchronous only). Nothing here imports a runtime.
 */

/**
 * Public keys by `keyVersion` (docs/protocol.md §9.2), whatever a runtime's key type `K` is: Node's
 * `PublicKeyRing` of KeyObjects, the Web package's ring of CryptoKeys.
 */
export interface KeyRing<K> {
  /** The key for `keyVersion`; the default key when the ring lacks it or none is given. */
  select(keyVersion: number | undefined): K
  /** The signature size of one of the ring's keys, in bytes. */
  sizeOf(key: K): number
}

/**
 * Checks an RSASSA-PKCS1-v1_5 / SHA-256 signature over `data`. A synchronous result on Node; a
 * promise on Web runtimes, whose caller must own `data` and `signature` before it awaits.
 */
export type VerifySignature<K, R extends boolean | Promise<boolean> = boolean | Promise<boolean>> = (
  key: K,
  data: Uint8Array,
  signature: Uint8Array,
) => R

/** Signs `data` with RSASSA-PKCS1-v1_5 / SHA-256. */
export type SignData<K, R extends Uint8Array | Promise<Uint8Array> = Uint8Array | Promise<Uint8Array>> = (
  key: K,
  data: Uint8Array,
) => R
