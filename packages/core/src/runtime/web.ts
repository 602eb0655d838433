/**
 * The Web side of the crypto seam (issue 11): WebCrypto's RSASSA-PKCS1-v1_5 with SHA-256, on any
 * runtime with `crypto.subtle` (Workers, Deno, Bun, browsers, Node). Asynchronous only: callers
 * hand it bytes they own (never a view of a scratch buffer another request may refill while this
 * one awaits). Keys are imported elsewhere (the web package, through jose), with the hash bound
 * to SHA-256 there.
 */

/** A WebCrypto key, typed from `crypto.subtle` itself so no DOM or Node type is named. */
export type WebCryptoKey = Parameters<typeof crypto.subtle.verify>[1]

const RSASSA = { name: 'RSASSA-PKCS1-v1_5' } as const

/**
 * The Web lib types BufferSource as ArrayBuffer-backed only. Every caller hands over bytes it
 * allocated itself (never a SharedArrayBuffer view), which the cast records.
 */
function own(bytes: Uint8Array): Uint8Array<ArrayBuffer> {
  return bytes as Uint8Array<ArrayBuffer>
}

/** Verifies a SHA256withRSA signature with an RSASSA-PKCS1-v1_5 / SHA-256 public key. */
export function webVerify(key: WebCryptoKey, data: Uint8Array, signature: Uint8Array): Promise<boolean> {
  return crypto.subtle.verify(RSASSA, key, own(signature), own(data))
}

/** Signs with an RSASSA-PKCS1-v1_5 / SHA-256 private key. */
export async function webSign(key: WebCryptoKey, data: Uint8Array): Promise<Uint8Array> {
  return new Uint8Array(await crypto.subtle.sign(RSASSA, key, own(data)))
}
