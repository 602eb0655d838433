import { resolvePrivateKey } from './key-cache.js'
import type { KeyInput } from './keys.js'
import { type SignInput, signData } from './protocol/sign-content.js'
import { formatSignatureHeader } from './protocol/signature-header.js'
import { nodeSign } from './runtime/node.js'

/** Options of {@link sign}. */
export interface SignOptions {
  /** The key version announced in the header. @default 1 */
  readonly keyVersion?: number
}

/**
 * Signs a request, response or notification as Alipay does (SHA256withRSA, PKCS#1 v1.5,
 * docs/protocol.md §1) and returns the whole `Signature` header value.
 *
 * @param input - What is signed: method (default POST), path, client id, time and exact body.
 * @param privateKey - The signer's private key; any accepted form, imported once and cached.
 * @returns `algorithm=RSA256,keyVersion=N,signature=<URL-encoded base64>`.
 * @throws {@link AlipayConfigError} when the key is not an RSA private key of 2048 bits or more;
 *   `TypeError` when it is missing.
 * @example
 * ```ts
 * const header = sign({ path: '/ams/api/v1/payments/pay', clientId, time: String(Date.now()), body }, merchantKey)
 * ```
 */
export function sign(input: SignInput, privateKey: KeyInput, options: SignOptions = {}): string {
  // A missing key is misuse (a TypeError), as in `verify`; a key of the wrong form is a coded error.
  if (privateKey === undefined || privateKey === null) throw new TypeError('sign: privateKey is required')
  const key = resolvePrivateKey(privateKey)
  const signature = nodeSign(key, signData(input))
  return formatSignatureHeader({ signature, keyVersion: options.keyVersion ?? 1 })
}
