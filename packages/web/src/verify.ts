import {
  AlipayRequestError,
  decodeSignatureHeader,
  type PublicKeys,
  type SignInput,
  signDataInto,
  webVerify,
} from '@alipay-kit/core/web'
import { importedPublicKeys, resolvePublicKeys } from './keys/key-cache.js'
import type { WebPublicKeyRing } from './keys/key-ring.js'

/** Room for the signature at the front of a pooled buffer (RSA-4096 is 512 bytes). */
const SIGNATURE_ROOM = 512
const BUFFER_SIZE = 16 * 1024
const POOL_MAX = 64
/** A pooled buffer and the callback that returns it to the pool, made once per buffer. */
interface Pooled {
  readonly bytes: Uint8Array
  readonly release: () => void
}
/** Buffers no verification is using: handed out again only after the one using them settled. */
const spare: Pooled[] = []

function pooled(): Pooled {
  const entry: Pooled = {
    bytes: new Uint8Array(BUFFER_SIZE),
    release: () => {
      if (spare.length < POOL_MAX) spare.push(entry)
    },
  }
  return entry
}

/**
 * Decodes a header and checks it against a ready ring. The decoded signature is a view of core's
 * scratch buffer, so it and the signed bytes are copied before the one await (issue 11): a
 * concurrent verification can no longer change what this one checks. They are copied into a
 * buffer of a small pool that goes back to the pool only once WebCrypto has answered, so no two
 * verifications ever share one; reused buffers keep Bun's verify at the speed of bare WebCrypto
 * (bench/web.ts), where a fresh allocation per call cost it a fifth.
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
  const signature = header.signature
  const entry = spare.pop() ?? pooled()
  let buffer = entry.bytes
  let length = signDataInto(input, buffer.subarray(SIGNATURE_ROOM))
  let own = true
  if (length === undefined) {
    // A body larger than the pool's buffers: a buffer of its own, not kept afterwards.
    spare.push(entry)
    own = false
    buffer = new Uint8Array(SIGNATURE_ROOM + upperBound(input))
    length = signDataInto(input, buffer.subarray(SIGNATURE_ROOM)) as number
  }
  buffer.set(signature, 0)
  const result = webVerify(
    key,
    buffer.subarray(SIGNATURE_ROOM, SIGNATURE_ROOM + length),
    buffer.subarray(0, signature.length),
  )
  if (own) result.then(entry.release, entry.release)
  return result
}

/** At least the bytes to hash: every UTF-16 unit of the text encodes to at most 3 bytes. */
function upperBound(input: SignInput): number {
  const text = input.path.length + input.clientId.length + input.time.length + (input.method?.length ?? 4) + 16
  const body = typeof input.body === 'string' ? input.body.length : input.body.byteLength
  return (text + body) * 3
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
