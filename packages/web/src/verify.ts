import {
  AlipayRequestError,
  decodeSignatureHeader,
  ownSignData,
  type PublicKeys,
  type SignInput,
  webVerify,
} from '@alipay-kit/core/web'
import { importedPublicKeys, resolvePublicKeys } from './keys/key-cache.js'
import type { WebPublicKeyRing } from './keys/key-ring.js'

/**
 * Decodes a header and checks it against a ready ring. The decoded signature is a view of core's
 * scratch buffer, so it and the signed bytes are copied before the one await (issue 11): a
 * concurrent verification can no longer change what this one checks.
 */
export function verifyWithRing(input: SignInput, signatureHeader: string, ring: WebPublicKeyRing): Promise<boolean> {
  if (typeof signatureHeader !== 'string') return Promise.resolve(false)
  let header: ReturnType<typeof decodeSignatureHeader>
  try {
    header = decodeSignatureHeader(signatureHeader)
  } catch (error) {
    if (error instanceof AlipayRequestError) return Promise.resolve(false)
    throw error
  }
  const key = ring.select(header.keyVersion)
  if (header.signature.length !== ring.sizeOf(key)) return Promise.resolve(false)
  return webVerify(key, ownSignData(input), header.signature.slice())
}

/**
 * Verifies a `Signature` header over the exact path, client id, time and body (protocol.md §1)
 * with WebCrypto. Resolves `false` for a wrong, malformed or missing signature; rejects only for
 * misuse (a missing key, or one that is not an RSA public key).
 *
 * @param input - What was signed: method (default POST), path, client id, time and the raw body.
 * @param signatureHeader - The `Signature` header value as received.
 * @param publicKey - Alipay's public key, or a ring by keyVersion (§9.2); imported once and cached.
 * @example
 * ```ts
 * const ok = await verify({ path: '/notify', clientId, time: requestTime, body: rawBody }, header, env.ALIPAY_PUBLIC_KEY)
 * ```
 */
export function verify(input: SignInput, signatureHeader: string, publicKey: PublicKeys): Promise<boolean> {
  if (publicKey === undefined || publicKey === null) {
    return Promise.reject(new TypeError('verify: publicKey is required'))
  }
  try {
    // Keys imported before: straight to the one await, WebCrypto's (bench/web.ts).
    const ring = importedPublicKeys(publicKey)
    if (ring !== undefined) return verifyWithRing(input, signatureHeader, ring)
  } catch (error) {
    return Promise.reject(error)
  }
  return resolvePublicKeys(publicKey).then((ring) => verifyWithRing(input, signatureHeader, ring))
}
