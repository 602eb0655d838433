import {
  AlipayConfigError,
  decodeBase64,
  type JsonWebKeyInput,
  type KeyInput,
  keyTextMistake,
  restoreLineBreaks,
  type WebCryptoKey,
} from '@alipay-kit/core/web'
import { importJWK, importPKCS8, importSPKI } from 'jose'
import { derKind, modulusOf, pkcs1ToPkcs8, pkcs1ToSpki } from './der.js'

/** A key imported for WebCrypto, with its modulus when the input showed it (for the mix-up check). */
export interface ImportedKey {
  readonly key: WebCryptoKey
  readonly modulus: string | undefined
}

type KeyKind = 'public' | 'private'
type KeyCode =
  | 'ERR_ALIPAY_KEY_INVALID'
  | 'ERR_ALIPAY_KEY_TYPE_MISMATCH'
  | 'ERR_ALIPAY_KEY_NOT_RSA'
  | 'ERR_ALIPAY_KEY_TOO_SHORT'

const ALG = 'RS256'
const MIN_MODULUS_BITS = 2048

function keyError(code: KeyCode, name: string, detail: string): AlipayConfigError {
  return new AlipayConfigError(code, `${name}: ${detail}`)
}

function expectation(kind: KeyKind): string {
  return kind === 'public'
    ? 'an RSA public key (PEM "BEGIN PUBLIC KEY", base64 SPKI DER as the Antom dashboard shows it, DER bytes, JWK or CryptoKey)'
    : 'an RSA private key (PEM "BEGIN PRIVATE KEY" or "BEGIN RSA PRIVATE KEY", base64 PKCS#8 or PKCS#1 DER, DER bytes, JWK or CryptoKey)'
}

function notAKey(name: string, want: KeyKind, what: string): AlipayConfigError {
  return keyError('ERR_ALIPAY_KEY_INVALID', name, `expected ${expectation(want)}, got ${what}`)
}

function mismatch(name: string, want: KeyKind): AlipayConfigError {
  const got = want === 'public' ? 'a private key' : 'a public key'
  const hint =
    want === 'private'
      ? ' Use your own merchant private key here; public keys only verify.'
      : " Use Alipay's public key from the dashboard here; your private key signs requests."
  return keyError('ERR_ALIPAY_KEY_TYPE_MISMATCH', name, `expected ${expectation(want)}, got ${got}.${hint}`)
}

/** Checks what every key must be, whatever form it came in: RSA, the kind wanted, 2048 bits or more. */
function checked(key: WebCryptoKey, want: KeyKind, name: string): WebCryptoKey {
  if (key.type === 'secret') throw notAKey(name, want, 'a symmetric secret key')
  if (key.type !== want) throw mismatch(name, want)
  const algorithm = key.algorithm as { name?: string; modulusLength?: number; hash?: { name?: string } }
  if (algorithm.name !== 'RSASSA-PKCS1-v1_5' || algorithm.hash?.name !== 'SHA-256') {
    throw keyError(
      'ERR_ALIPAY_KEY_NOT_RSA',
      name,
      `expected an RSASSA-PKCS1-v1_5 SHA-256 key, got ${algorithm.name ?? 'another'} key; Alipay signs with RSA256 only`,
    )
  }
  const bits = algorithm.modulusLength ?? 0
  if (bits < MIN_MODULUS_BITS) {
    throw keyError('ERR_ALIPAY_KEY_TOO_SHORT', name, `expected an RSA key of at least 2048 bits, got ${bits} bits`)
  }
  return key
}

function pem(label: string, der: Uint8Array): string {
  let b64 = ''
  for (let i = 0; i < der.length; i += 3072) b64 += btoa(String.fromCharCode(...der.subarray(i, i + 3072)))
  return `-----BEGIN ${label}-----\n${b64.replace(/.{64}/g, '$&\n')}\n-----END ${label}-----`
}

/** jose's import, with a failure turned into a coded error. */
async function jose(run: () => Promise<unknown>, name: string, want: KeyKind, what: string): Promise<WebCryptoKey> {
  let key: unknown
  try {
    key = await run()
  } catch {
    throw notAKey(name, want, what)
  }
  if (key instanceof Uint8Array) throw notAKey(name, want, 'a symmetric secret key')
  return checked(key as WebCryptoKey, want, name)
}

/** DER bytes, whichever structure they hold: SPKI, PKCS#8, or PKCS#1 wrapped first (protocol.md §2). */
async function fromDer(der: Uint8Array, want: KeyKind, name: string): Promise<ImportedKey> {
  const shape = derKind(der)
  if (shape === undefined) throw notAKey(name, want, 'bytes that are not SPKI, PKCS#8 or PKCS#1 DER')
  if (!shape.rsa) {
    throw keyError(
      'ERR_ALIPAY_KEY_NOT_RSA',
      name,
      'expected an RSA key, got another algorithm; Alipay signs with RSA256 only',
    )
  }
  const isPublic = shape.kind === 'spki' || shape.kind === 'pkcs1-public'
  if ((want === 'public') !== isPublic) throw mismatch(name, want)
  const normal =
    shape.kind === 'pkcs1-private' ? pkcs1ToPkcs8(der) : shape.kind === 'pkcs1-public' ? pkcs1ToSpki(der) : der
  const text = isPublic ? pem('PUBLIC KEY', normal) : pem('PRIVATE KEY', normal)
  const key = await jose(
    () => (isPublic ? importSPKI(text, ALG) : importPKCS8(text, ALG)),
    name,
    want,
    `${shape.kind} DER whose contents do not parse`,
  )
  return { key, modulus: modulusOf(normal) }
}

function base64Body(text: string): Uint8Array | undefined {
  return decodeBase64(text.replace(/-----[^-]+-----/g, '').replace(/\s+/g, ''))
}

async function fromPem(text: string, want: KeyKind, name: string): Promise<ImportedKey> {
  const label = /-----BEGIN ([A-Z0-9 ]+)-----/.exec(text)?.[1] ?? ''
  if (label.includes('ENCRYPTED') || /^Proc-Type:\s*4,\s*ENCRYPTED/m.test(text)) {
    throw notAKey(name, want, 'an encrypted PEM; decrypt it first (openssl pkcs8 -in key.pem -nocrypt)')
  }
  const isPrivate = label.includes('PRIVATE KEY')
  const isPublic = label.includes('PUBLIC KEY')
  if (!isPrivate && !isPublic) throw notAKey(name, want, `a PEM block labelled "${label.slice(0, 40)}"`)
  if ((want === 'public') !== isPublic) throw mismatch(name, want)
  const der = base64Body(text)
  if (der === undefined) throw notAKey(name, want, `a "${label}" PEM block whose contents are not base64`)
  return fromDer(der, want, name)
}

function hexOfBase64Url(text: string | undefined): string | undefined {
  if (typeof text !== 'string') return undefined
  const b64 = text.replace(/-/g, '+').replace(/_/g, '/')
  const bytes = decodeBase64(b64 + '='.repeat((4 - (b64.length % 4)) % 4))
  if (bytes === undefined) return undefined
  let hex = ''
  for (const byte of bytes) hex += byte.toString(16).padStart(2, '0')
  return hex.replace(/^0+/, '')
}

async function fromJwk(jwk: JsonWebKeyInput, want: KeyKind, name: string): Promise<ImportedKey> {
  if (jwk.kty !== 'RSA') {
    throw keyError('ERR_ALIPAY_KEY_NOT_RSA', name, `expected an RSA JWK (kty "RSA"), got kty "${String(jwk.kty)}"`)
  }
  if ((want === 'private') !== (typeof jwk.d === 'string')) throw mismatch(name, want)
  // alg and use are the merchant's labels; the algorithm is always RS256 here (protocol.md §9.2).
  const { alg: _alg, use: _use, key_ops: _ops, ext: _ext, ...members } = jwk
  const key = await jose(() => importJWK(members, ALG), name, want, 'a JWK with missing or malformed RSA members')
  return { key, modulus: hexOfBase64Url(jwk.n) }
}

function isCryptoKey(value: unknown): value is WebCryptoKey {
  const CryptoKeyClass = (globalThis as { CryptoKey?: abstract new () => unknown }).CryptoKey
  return CryptoKeyClass !== undefined && value instanceof CryptoKeyClass
}

async function fromText(raw: string, want: KeyKind, name: string): Promise<ImportedKey> {
  const mistake = keyTextMistake(raw.trim())
  if (mistake !== undefined) throw notAKey(name, want, mistake)
  const text = restoreLineBreaks(raw.trim())
  if (text.startsWith('-----BEGIN')) return fromPem(text, want, name)
  if (text.startsWith('{')) {
    let jwk: unknown
    try {
      jwk = JSON.parse(text)
    } catch {
      throw notAKey(name, want, 'text that starts like JSON but does not parse')
    }
    return importKey(jwk as KeyInput, want, name)
  }
  const der = decodeBase64(text.replace(/\s+/g, ''))
  if (der === undefined) throw notAKey(name, want, 'text that is neither PEM, base64 DER nor a JWK')
  return fromDer(der, want, name)
}

/**
 * Imports a key for WebCrypto through jose, in any form core accepts on Node (protocol.md §2):
 * PEM (SPKI, PKCS#8, PKCS#1), raw base64 DER as the dashboard shows it, DER bytes, a JWK, or a
 * CryptoKey. PKCS#1 is wrapped into PKCS#8 or SPKI first. Every key is bound to RS256.
 */
export async function importKey(input: KeyInput, want: KeyKind, name: string): Promise<ImportedKey> {
  if (isCryptoKey(input)) return { key: checked(input, want, name), modulus: undefined }
  if (typeof input === 'string') return fromText(input, want, name)
  if (input instanceof Uint8Array) {
    const start = input.findIndex(
      (b) => b !== 0x20 && b !== 0x0a && b !== 0x0d && b !== 0xef && b !== 0xbb && b !== 0xbf,
    )
    if (input[start] === 0x2d) return fromText(new TextDecoder().decode(input), want, name)
    return fromDer(input, want, name)
  }
  if (input !== null && typeof input === 'object' && 'kty' in input)
    return fromJwk(input as JsonWebKeyInput, want, name)
  if (input !== null && typeof input === 'object' && 'type' in input) {
    throw notAKey(name, want, 'a Node KeyObject, which only Node has; give the key text or a CryptoKey')
  }
  throw notAKey(name, want, input === undefined || input === null ? 'nothing' : `a value of type ${typeof input}`)
}
