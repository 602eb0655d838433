import { createHash, createPublicKey, type KeyObject } from 'node:crypto'
import { buildSignContent, parseSignatureHeader, type SignInput, verify } from '@alipay-kit/core'
import type { Finding } from './finding.js'
import { analyseHeader } from './header-encoding.js'
import { recoverSignedDigest } from './recover-digest.js'
import { requestTimeNotes } from './request-time-notes.js'
import { applyChanges, type Change, changeSets, plausibleChanges, type TextInput } from './variants.js'

/** What `verify` checks, with what the user gave to help explain a failure. */
export interface SignatureCheck {
  readonly input: SignInput & { readonly method: string; readonly body: Uint8Array }
  /** The Signature header value as given. */
  readonly header: string
  /** The public key the signature is checked with (`--key`). */
  readonly publicKey: KeyObject
  /** The merchant's own private key (`--private-key`), to spot the usual key mix-ups. */
  readonly merchantPrivateKey?: KeyObject
  /** @default Date.now() */
  readonly now?: number
}

/** The verdict and what explains it. */
export interface Diagnosis {
  /** Core's `verify` on exactly what was given. */
  readonly valid: boolean
  /** Why it is invalid, most likely cause first; empty when valid. */
  readonly causes: readonly Finding[]
  /** Worth knowing either way (time format, encoding habits). */
  readonly notes: readonly Finding[]
}

const sameKey = (a: KeyObject, b: KeyObject) =>
  a.export({ format: 'der', type: 'spki' }).equals(b.export({ format: 'der', type: 'spki' }))

const ALIPAY_KEY_HINT = [
  "Notifications and Alipay's API responses are signed by ALIPAY: verify them with Alipay's public key,",
  'downloaded from the Antom dashboard. It is a different key from the merchant public key you uploaded there.',
]

function wrongKey(check: SignatureCheck, signature: Buffer): Finding {
  const merchant = check.merchantPrivateKey
  if (merchant !== undefined) {
    const merchantPublic = createPublicKey(merchant)
    if (sameKey(merchantPublic, check.publicKey)) {
      return {
        title: "wrong key: --key is your OWN merchant public key, not Alipay's",
        detail: [
          'The public key given as --key is the public half of the private key given as --private-key.',
          ...ALIPAY_KEY_HINT,
          'Your own public key is only what ALIPAY uses to verify the requests you sign.',
        ],
      }
    }
    if (recoverSignedDigest(signature, merchantPublic).kind !== 'other-key') {
      return {
        title: 'wrong key: this was signed with your own merchant private key (--private-key)',
        detail: [
          'This signature was made by your merchant key: it is a request you signed, which Alipay verifies',
          'with the public key you uploaded. It is not a notification or response from Alipay.',
        ],
      }
    }
  }
  return {
    title: 'wrong key: the signature was not made with the private half of --key',
    detail: [
      'Whatever the content, this public key cannot verify this signature.',
      ...ALIPAY_KEY_HINT,
      'Sandbox and live keys differ too. Pass --private-key <your merchant private key> to check for the',
      'common mix-up of giving your own public key as --key.',
    ],
  }
}

function describeMatch(changes: readonly Change[]): Finding {
  const parts = [...new Set(changes.map((c) => c.part))].join(' and ')
  const hints = [...new Set(changes.map((c) => c.hint))]
  const title =
    parts === 'request-time'
      ? 'request-time format: the same instant was signed written another way'
      : `content: the ${parts} differ${changes.length === 1 ? 's' : ''} from what was signed`
  return {
    title,
    detail: [`It verifies with ${changes.map((c) => c.label).join(' and ')}.`, ...hints],
  }
}

function contentUnknown(input: TextInput): Finding {
  const detail = [
    'The key is right: the signature was made with the private half of --key, over SHA-256 as Alipay signs.',
    'But the string to sign differs from what was signed, and none of the usual slips explains it:',
    'the body was most likely changed after signing, or the path, client id or request-time are not the ones signed.',
    'Compare with --show-content: "<METHOD> <PATH>\\n<CLIENT_ID>.<TIME>.<BODY>" (docs/protocol.md §1.1).',
  ]
  if (!input.path.includes('?')) {
    // Said in terms of the path given, which may well be right: never suggest some other path.
    detail.push(
      `If the notify URL carried a query string, it is part of the signed path: --path "${input.path}?<query>".`,
    )
  }
  return { title: 'content: the string to sign differs from what was signed (same key)', detail }
}

function sha256(input: SignInput): Buffer {
  return createHash('sha256').update(buildSignContent(input), 'utf8').digest()
}

/** Looks for the smallest plausible change to the content that makes the signature verify. */
function findContent(check: SignatureCheck, header: string, digest: Buffer): Finding {
  const text: TextInput = { ...check.input, body: Buffer.from(check.input.body).toString('utf8') }
  for (const changes of changeSets(plausibleChanges(text))) {
    const candidate = applyChanges(text, changes)
    // Hashing finds the candidate cheaply; core's verify has the last word.
    if (sha256(candidate).equals(digest) && verify(candidate, header, check.publicKey)) return describeMatch(changes)
  }
  return contentUnknown(text)
}

/**
 * Verifies with core's `verify` and, when that fails, finds out why: the header encoding, the
 * signature length, the key (including the merchant's own key given for Alipay's), or which part
 * of the string to sign differs from what was signed.
 */
export function diagnoseSignature(check: SignatureCheck): Diagnosis {
  const notes = requestTimeNotes(check.input.time, check.now ?? Date.now())
  const valid = verify(check.input, check.header, check.publicKey)
  const header = analyseHeader(check.header)
  if (valid) return { valid, causes: [], notes: [...header.notes, ...notes] }
  const causes: Finding[] = header.cause === undefined ? [] : [header.cause]
  if (header.usable === undefined) return { valid, causes, notes }
  const signature = Buffer.from(parseSignatureHeader(header.usable).signature, 'base64')
  const bits = check.publicKey.asymmetricKeyDetails?.modulusLength ?? 0
  if (signature.length !== bits / 8) {
    causes.push({
      title: `encoding: wrong length, ${signature.length} bytes for a ${bits}-bit key`,
      detail: [
        `A ${bits}-bit RSA key makes ${bits / 8}-byte signatures (${Math.ceil(bits / 24) * 4} base64 characters).`,
        'The value was cut or padded when copied, or it was made with a key of another size.',
      ],
    })
    return { valid, causes, notes }
  }
  // The repaired header verifies: the encoding was the whole problem.
  if (header.cause !== undefined && verify(check.input, header.usable, check.publicKey)) {
    return { valid, causes, notes }
  }
  const recovered = recoverSignedDigest(signature, check.publicKey)
  if (recovered.kind === 'other-key') causes.push(wrongKey(check, signature))
  else if (recovered.kind === 'other-hash') {
    causes.push({
      title: `algorithm: signed with ${recovered.hash}, not SHA-256`,
      detail: ['Alipay signs SHA256withRSA, RSASSA-PKCS1-v1_5 (RSA256, docs/protocol.md §1.1); the key is right.'],
    })
  } else causes.push(findContent(check, header.usable, recovered.digest))
  return { valid, causes, notes }
}
