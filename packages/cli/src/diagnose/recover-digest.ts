import { constants, type KeyObject, publicDecrypt } from 'node:crypto'

/** What a PKCS#1 v1.5 signature says about itself under one public key. */
export type RecoveredDigest =
  /** Made by this key's private half over content whose SHA-256 is `digest`. */
  | { readonly kind: 'sha256'; readonly digest: Buffer }
  /** Made by this key's private half, but with another hash than SHA-256 (Alipay's RSA256). */
  | { readonly kind: 'other-hash'; readonly hash: string }
  /** Not made by this key's private half at all. */
  | { readonly kind: 'other-key' }

// DER DigestInfo prefixes of EMSA-PKCS1-v1_5 (RFC 8017 §9.2, note 1).
const PREFIXES: ReadonlyArray<readonly [string, Buffer]> = [
  ['SHA-256', Buffer.from('3031300d060960864801650304020105000420', 'hex')],
  ['SHA-1', Buffer.from('3021300906052b0e03021a05000414', 'hex')],
  ['SHA-384', Buffer.from('3041300d060960864801650304020205000430', 'hex')],
  ['SHA-512', Buffer.from('3051300d060960864801650304020305000440', 'hex')],
  ['SHA-224', Buffer.from('302d300d06096086480165030402040500041c', 'hex')],
]

/**
 * Opens a signature with the public key to tell a wrong key from wrong content, for diagnosis
 * only: the verdict itself always comes from core's `verify`. RSA PKCS#1 v1.5 is deterministic and
 * recoverable, so `publicDecrypt` with type-1 padding yields the DigestInfo that was signed; with
 * any other key the padding check fails (a chance of about 2^-60 of passing by accident).
 */
export function recoverSignedDigest(signature: Uint8Array, key: KeyObject): RecoveredDigest {
  let block: Buffer
  try {
    block = publicDecrypt({ key, padding: constants.RSA_PKCS1_PADDING }, signature)
  } catch {
    return { kind: 'other-key' }
  }
  for (const [hash, prefix] of PREFIXES) {
    if (block.length > prefix.length && block.subarray(0, prefix.length).equals(prefix)) {
      return hash === 'SHA-256'
        ? { kind: 'sha256', digest: block.subarray(prefix.length) }
        : { kind: 'other-hash', hash }
    }
  }
  return { kind: 'other-hash', hash: 'no DigestInfo (a raw "NONEwithRSA" signature)' }
}
