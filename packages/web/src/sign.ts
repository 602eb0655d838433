import { formatSignatureHeader, type KeyInput, ownSignData, type SignInput, webSign } from '@alipay-kit/core/web'
import { resolvePrivateKey } from './keys/key-cache.js'

/** Options of {@link sign}. */
export interface SignOptions {
  /** The key version announced in the header. @default 1 */
  readonly keyVersion?: number
}

/**
 * Signs a request, response or notification as Alipay does (SHA256withRSA, PKCS#1 v1.5,
 * protocol.md §1) with WebCrypto, and returns the whole `Signature` header value. The same bytes
 * as core's synchronous `sign` on Node: PKCS#1 v1.5 is deterministic.
 *
 * @param input - What is signed: method (default POST), path, client id, time and exact body.
 * @param privateKey - The signer's private key in any accepted form; imported once and cached.
 * @returns `algorithm=RSA256,keyVersion=N,signature=<URL-encoded base64>`.
 * @throws {@link @alipay-kit/core!AlipayConfigError | AlipayConfigError} (rejects) for a key that is
 *   not an RSA private key of 2048 bits or more; `TypeError` when it is missing.
 * @example
 * ```ts
 * const header = await sign({ path: '/ams/api/v1/payments/pay', clientId, time: String(Date.now()), body }, env.PRIVATE_KEY)
 * ```
 */
export async function sign(input: SignInput, privateKey: KeyInput, options: SignOptions = {}): Promise<string> {
  if (privateKey === undefined || privateKey === null) throw new TypeError('sign: privateKey is required')
  // The bytes are this call's own before the first await (issue 11).
  const data = ownSignData(input)
  const key = await resolvePrivateKey(privateKey)
  return formatSignatureHeader({ signature: await webSign(key, data), keyVersion: options.keyVersion ?? 1 })
}
