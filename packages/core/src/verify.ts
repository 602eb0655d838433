import { AlipayRequestError } from './errors.js'
import { resolvePublicKeys } from './key-cache.js'
import type { PublicKeys } from './key-input.js'
import type { PublicKeyRing } from './keys.js'
import { type SignInput, signData } from './protocol/sign-content.js'
import { type DecodedSignatureHeader, decodeSignatureHeader } from './protocol/signature-header.js'
import { nodeVerify } from './runtime/node.js'

export type { PublicKeys }

/**
 * Checks a parsed `Signature` header against the exact input. Internal: `verify` and the
 * notification verifier share it.
 *
 * @returns whether the signature matches; throws `ERR_ALIPAY_SIGNATURE_HEADER_MALFORMED` when
 *   the signature is not the size of the selected key (§9.3).
 */
export function checkSignature(input: SignInput, header: DecodedSignatureHeader, ring: PublicKeyRing): boolean {
  const key = ring.select(header.keyVersion)
  const signature = header.signature
  const size = ring.sizeOf(key)
  if (signature.length !== size) {
    throw new AlipayRequestError(
      'ERR_ALIPAY_SIGNATURE_HEADER_MALFORMED',
      `Signature header signature is ${signature.length} bytes; the key expects ${size}`,
    )
  }
  return nodeVerify(key, signData(input), signature)
}

/**
 * Verifies a `Signature` header over the exact path, client id, time and body (docs/protocol.md §1).
 *
 * Never throws on bad data: a wrong, malformed or missing signature gives `false`. Throws only for
 * misuse, such as a missing key or a key that is not an RSA public key.
 *
 * @param input - What was signed: method (default POST), path, client id, time and the raw body.
 * @param signatureHeader - The `Signature` header value as received.
 * @param publicKey - Alipay's public key, or a ring by keyVersion (§9.2); imported once and cached.
 * @example
 * ```ts
 * const ok = verify({ path: '/notify', clientId, time: requestTime, body: rawBody }, header, alipayPublicKey)
 * ```
 */
export function verify(input: SignInput, signatureHeader: string, publicKey: PublicKeys): boolean {
  if (publicKey === undefined || publicKey === null) throw new TypeError('verify: publicKey is required')
  const ring = resolvePublicKeys(publicKey)
  if (typeof signatureHeader !== 'string') return false
  try {
    return checkSignature(input, decodeSignatureHeader(signatureHeader), ring)
  } catch (error) {
    if (error instanceof AlipayRequestError) return false
    throw error
  }
}
