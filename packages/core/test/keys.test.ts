import {
  createPrivateKey,
  createPublicKey,
  createSecretKey,
  generateKeyPairSync,
  KeyObject,
  webcrypto,
} from 'node:crypto'
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import {
  AlipayConfigError,
  importPrivateKey,
  importPublicKey,
  importPublicKeyRing,
  PublicKeyRing,
  sign,
  verify,
} from '../src/index.js'

const { keys } = JSON.parse(readFileSync(new URL('./fixtures/vectors.json', import.meta.url), 'utf8')) as {
  keys: Record<
    | 'publicKeyPem'
    | 'publicKeyBase64Der'
    | 'privateKeyPkcs8Pem'
    | 'privateKeyPkcs8Base64'
    | 'privateKeyPkcs1Base64'
    | 'wrongPublicKeyBase64Der',
    string
  >
}

const privateKey = createPrivateKey(keys.privateKeyPkcs8Pem)
const publicKey = createPublicKey(keys.publicKeyPem)
const wrongPublicKey = createPublicKey({
  key: Buffer.from(keys.wrongPublicKeyBase64Der, 'base64'),
  format: 'der',
  type: 'spki',
})
const pkcs1Pem = privateKey.export({ type: 'pkcs1', format: 'pem' }) as string
const spkiDer = publicKey.export({ type: 'spki', format: 'der' })
const pkcs8Der = privateKey.export({ type: 'pkcs8', format: 'der' })
const publicJwk = publicKey.export({ format: 'jwk' })
const privateJwk = privateKey.export({ format: 'jwk' })

// Keys of the wrong kind, generated once per file (the 1024-bit one is quick; 2048 comes from the vectors).
const short = generateKeyPairSync('rsa', { modulusLength: 1024 })
const ec = generateKeyPairSync('ec', { namedCurve: 'P-256' })
const ed = generateKeyPairSync('ed25519')

const isSameKey = (a: KeyObject, b: KeyObject) => a.equals(b)

/** Base64 wrapped the way people paste it: 64-character lines, or with stray spaces. */
const wrapped = (b64: string) => (b64.match(/.{1,64}/g) ?? []).join('\n')
const spaced = (b64: string) => ` ${(b64.match(/.{1,40}/g) ?? []).join(' \r\n ')} `

function codeOf(fn: () => unknown): string | undefined {
  try {
    fn()
  } catch (error) {
    expect(error).toBeInstanceOf(AlipayConfigError)
    return (error as AlipayConfigError).code
  }
  return undefined
}

function messageOf(fn: () => unknown): string {
  try {
    fn()
  } catch (error) {
    return (error as Error).message
  }
  throw new Error('expected a throw')
}

/** Long runs of key text that must never appear in an error message. */
function keyFragments(...texts: string[]): string[] {
  return texts.flatMap((text) => text.replace(/-----[A-Z ]+-----/g, '').match(/[A-Za-z0-9+/]{24}/g) ?? [])
}

describe('importPublicKey accepts every form Alipay public keys come in (docs/protocol.md §2)', () => {
  const forms: Array<[string, () => unknown]> = [
    ['PEM SPKI', () => keys.publicKeyPem],
    ['PEM with surrounding whitespace', () => `\n  ${keys.publicKeyPem}\n\n`],
    ['PEM PKCS#1 "BEGIN RSA PUBLIC KEY"', () => publicKey.export({ type: 'pkcs1', format: 'pem' })],
    ['base64 SPKI DER as the dashboard shows it', () => keys.publicKeyBase64Der],
    ['base64 DER with line breaks', () => wrapped(keys.publicKeyBase64Der)],
    ['base64 DER with spaces and CRLF', () => spaced(keys.publicKeyBase64Der)],
    ['DER bytes (Buffer)', () => spkiDer],
    ['DER bytes (plain Uint8Array)', () => new Uint8Array(spkiDer)],
    [
      'DER bytes in a slice with a non-zero byteOffset',
      () => Buffer.concat([Buffer.from('junk'), spkiDer]).subarray(4),
    ],
    ['a JWK object', () => publicJwk],
    ['JWK JSON text', () => JSON.stringify(publicJwk)],
    ['a KeyObject', () => publicKey],
  ]
  for (const [what, input] of forms) {
    it(what, () => {
      const key = importPublicKey(input() as string)
      expect(key).toBeInstanceOf(KeyObject)
      expect(key.type).toBe('public')
      expect(isSameKey(key, publicKey)).toBe(true)
    })
  }

  it('a WebCrypto CryptoKey from crypto.subtle', async () => {
    const cryptoKey = await webcrypto.subtle.importKey(
      'spki',
      spkiDer,
      { name: 'RSASSA-PKCS1-v1_5', hash: 'SHA-256' },
      true,
      ['verify'],
    )
    const key = importPublicKey(cryptoKey)
    expect(key.type).toBe('public')
    expect(isSameKey(key, publicKey)).toBe(true)
  })
})

describe('importPrivateKey accepts every form merchant private keys come in (docs/protocol.md §2)', () => {
  const forms: Array<[string, () => unknown]> = [
    ['PKCS#8 PEM', () => keys.privateKeyPkcs8Pem],
    ['PKCS#1 PEM "BEGIN RSA PRIVATE KEY"', () => pkcs1Pem],
    ['base64 PKCS#8 DER (the dashboard and Java format)', () => keys.privateKeyPkcs8Base64],
    ['base64 PKCS#8 DER with line breaks', () => wrapped(keys.privateKeyPkcs8Base64)],
    ['base64 PKCS#1 DER', () => keys.privateKeyPkcs1Base64],
    ['DER bytes', () => pkcs8Der],
    ['PKCS#1 DER bytes', () => Buffer.from(keys.privateKeyPkcs1Base64, 'base64')],
    ['a JWK object', () => privateJwk],
    ['JWK JSON text', () => JSON.stringify(privateJwk)],
    ['a KeyObject', () => privateKey],
  ]
  for (const [what, input] of forms) {
    it(what, () => {
      const key = importPrivateKey(input() as string)
      expect(key.type).toBe('private')
      expect(isSameKey(key, privateKey)).toBe(true)
    })
  }

  it('a WebCrypto CryptoKey from crypto.subtle', async () => {
    const cryptoKey = await webcrypto.subtle.importKey(
      'pkcs8',
      pkcs8Der,
      { name: 'RSASSA-PKCS1-v1_5', hash: 'SHA-256' },
      true,
      ['sign'],
    )
    expect(isSameKey(importPrivateKey(cryptoKey), privateKey)).toBe(true)
  })
})

describe('a private key where a public key is due, and the reverse: ERR_ALIPAY_KEY_TYPE_MISMATCH', () => {
  const privateForms: Array<[string, unknown]> = [
    ['PKCS#8 PEM', keys.privateKeyPkcs8Pem],
    ['PKCS#1 PEM', pkcs1Pem],
    ['base64 PKCS#8', keys.privateKeyPkcs8Base64],
    ['base64 PKCS#1', keys.privateKeyPkcs1Base64],
    ['DER bytes', pkcs8Der],
    ['JWK', privateJwk],
    ['JWK text', JSON.stringify(privateJwk)],
    ['KeyObject', privateKey],
  ]
  for (const [what, input] of privateForms) {
    it(`refuses a private ${what} as the public key, without echoing it`, () => {
      expect(codeOf(() => importPublicKey(input as string))).toBe('ERR_ALIPAY_KEY_TYPE_MISMATCH')
      const message = messageOf(() => importPublicKey(input as string))
      expect(message).toContain('alipayPublicKey')
      for (const fragment of keyFragments(keys.privateKeyPkcs8Base64, keys.privateKeyPkcs1Base64, pkcs1Pem)) {
        expect(message).not.toContain(fragment)
      }
    })
  }

  const publicForms: Array<[string, unknown]> = [
    ['SPKI PEM', keys.publicKeyPem],
    ['base64 SPKI', keys.publicKeyBase64Der],
    ['DER bytes', spkiDer],
    ['JWK', publicJwk],
    ['KeyObject', publicKey],
  ]
  for (const [what, input] of publicForms) {
    it(`refuses a public ${what} as the private key, without echoing it`, () => {
      expect(codeOf(() => importPrivateKey(input as string))).toBe('ERR_ALIPAY_KEY_TYPE_MISMATCH')
      const message = messageOf(() => importPrivateKey(input as string))
      expect(message).toContain('privateKey')
      for (const fragment of keyFragments(keys.publicKeyBase64Der)) expect(message).not.toContain(fragment)
    })
  }

  it('names the option it was given', () => {
    expect(messageOf(() => importPublicKey(keys.privateKeyPkcs8Pem, 'myOption'))).toMatch(/^myOption: /)
  })
})

describe('keys that are not RSA: ERR_ALIPAY_KEY_NOT_RSA', () => {
  const cases: Array<[string, () => unknown, 'public' | 'private']> = [
    ['an EC public KeyObject', () => ec.publicKey, 'public'],
    ['an EC public PEM', () => ec.publicKey.export({ type: 'spki', format: 'pem' }), 'public'],
    ['an EC public JWK', () => ec.publicKey.export({ format: 'jwk' }), 'public'],
    ['an EC private PEM', () => ec.privateKey.export({ type: 'pkcs8', format: 'pem' }), 'private'],
    ['an Ed25519 public DER', () => ed.publicKey.export({ type: 'spki', format: 'der' }), 'public'],
    [
      'an Ed25519 public base64',
      () => ed.publicKey.export({ type: 'spki', format: 'der' }).toString('base64'),
      'public',
    ],
    ['an Ed25519 private KeyObject', () => ed.privateKey, 'private'],
    ['an Ed25519 private JWK', () => ed.privateKey.export({ format: 'jwk' }), 'private'],
  ]
  for (const [what, input, kind] of cases) {
    it(what, () => {
      const load = kind === 'public' ? importPublicKey : importPrivateKey
      expect(codeOf(() => load(input() as string))).toBe('ERR_ALIPAY_KEY_NOT_RSA')
    })
  }
})

describe('RSA keys under 2048 bits: ERR_ALIPAY_KEY_TOO_SHORT', () => {
  it('refuses a 1024-bit public key in any form', () => {
    for (const input of [
      short.publicKey,
      short.publicKey.export({ type: 'spki', format: 'pem' }),
      short.publicKey.export({ type: 'spki', format: 'der' }).toString('base64'),
      short.publicKey.export({ format: 'jwk' }),
    ]) {
      expect(codeOf(() => importPublicKey(input as string))).toBe('ERR_ALIPAY_KEY_TOO_SHORT')
    }
  })

  it('refuses a 1024-bit private key', () => {
    expect(codeOf(() => importPrivateKey(short.privateKey))).toBe('ERR_ALIPAY_KEY_TOO_SHORT')
    const pem = short.privateKey.export({ type: 'pkcs8', format: 'pem' }) as string
    expect(codeOf(() => importPrivateKey(pem))).toBe('ERR_ALIPAY_KEY_TOO_SHORT')
    for (const fragment of keyFragments(pem)) expect(messageOf(() => importPrivateKey(pem))).not.toContain(fragment)
  })
})

describe('input that is no key: ERR_ALIPAY_KEY_INVALID', () => {
  const encryptedPkcs8 = privateKey.export({
    type: 'pkcs8',
    format: 'pem',
    cipher: 'aes-256-cbc',
    passphrase: 'secret',
  }) as string
  // The legacy OpenSSL form: "BEGIN RSA PRIVATE KEY" with a Proc-Type: 4,ENCRYPTED line.
  const encryptedPkcs1 = privateKey.export({
    type: 'pkcs1',
    format: 'pem',
    cipher: 'aes-256-cbc',
    passphrase: 'secret',
  }) as string
  const garbage = 'this is not a key at all, it is merchant secret sauce 12345'
  const cases: Array<[string, unknown]> = [
    ['garbage text', garbage],
    ['an empty string', ''],
    ['whitespace only', ' \n\t '],
    ['base64 of random bytes', Buffer.from('definitely not DER at all').toString('base64')],
    ['truncated base64 DER', keys.publicKeyBase64Der.slice(0, 100)],
    ['a PEM of another kind', '-----BEGIN DH PARAMETERS-----\nAAAA\n-----END DH PARAMETERS-----'],
    ['JSON that is not a JWK', '{"hello":"world"}'],
    ['text that starts like JSON', '{not json'],
    ['an empty byte array', new Uint8Array(0)],
    ['random bytes', new Uint8Array([1, 2, 3, 4, 5, 6, 7, 8])],
    ['a number', 42],
    ['null', null],
    ['undefined', undefined],
    ['a plain object', { key: keys.publicKeyPem }],
    // A secret key is a KeyObject too and must not pass as either half of an RSA pair.
    ['a symmetric secret KeyObject', createSecretKey(Buffer.alloc(32, 1))],
  ]
  for (const [what, input] of cases) {
    it(`refuses ${what}`, () => {
      expect(codeOf(() => importPublicKey(input as string))).toBe('ERR_ALIPAY_KEY_INVALID')
      expect(codeOf(() => importPrivateKey(input as string))).toBe('ERR_ALIPAY_KEY_INVALID')
    })
  }

  it('refuses a PEM whose body does not parse', () => {
    expect(codeOf(() => importPublicKey('-----BEGIN PUBLIC KEY-----\nAAAA\n-----END PUBLIC KEY-----'))).toBe(
      'ERR_ALIPAY_KEY_INVALID',
    )
    expect(codeOf(() => importPrivateKey('-----BEGIN PRIVATE KEY-----\nAAAA\n-----END PRIVATE KEY-----'))).toBe(
      'ERR_ALIPAY_KEY_INVALID',
    )
  })

  it('refuses an encrypted PKCS#8 PEM and says to decrypt it', () => {
    expect(codeOf(() => importPrivateKey(encryptedPkcs8))).toBe('ERR_ALIPAY_KEY_INVALID')
    expect(messageOf(() => importPrivateKey(encryptedPkcs8))).toMatch(/encrypted/i)
  })

  it('refuses an encrypted PKCS#1 PEM (Proc-Type: 4,ENCRYPTED) and says to decrypt it', () => {
    expect(encryptedPkcs1).toContain('Proc-Type: 4,ENCRYPTED')
    expect(codeOf(() => importPrivateKey(encryptedPkcs1))).toBe('ERR_ALIPAY_KEY_INVALID')
    expect(messageOf(() => importPrivateKey(encryptedPkcs1))).toMatch(/encrypted/i)
  })

  it('never echoes the text it was given', () => {
    expect(messageOf(() => importPublicKey(garbage))).not.toContain('secret sauce')
    for (const fragment of keyFragments(encryptedPkcs8, encryptedPkcs1)) {
      expect(messageOf(() => importPrivateKey(encryptedPkcs8))).not.toContain(fragment)
      expect(messageOf(() => importPrivateKey(encryptedPkcs1))).not.toContain(fragment)
    }
    const truncated = keys.publicKeyBase64Der.slice(0, 100)
    for (const fragment of keyFragments(truncated))
      expect(messageOf(() => importPublicKey(truncated))).not.toContain(fragment)
  })
})

/** A PEM on one line with its line breaks written as the two characters \ and n, as env files carry it. */
const escaped = (pem: string, eol = '\\n') => pem.trim().replace(/\r?\n/g, eol)

describe('key text as environment variables and config files carry it (issue 10)', () => {
  it('accepts a PEM with literal \\n line breaks, public and private, PKCS#8 and PKCS#1', () => {
    expect(escaped(keys.publicKeyPem)).not.toContain('\n')
    expect(isSameKey(importPublicKey(escaped(keys.publicKeyPem)), publicKey)).toBe(true)
    expect(isSameKey(importPrivateKey(escaped(keys.privateKeyPkcs8Pem)), privateKey)).toBe(true)
    expect(isSameKey(importPrivateKey(escaped(pkcs1Pem)), privateKey)).toBe(true)
  })

  it('accepts literal \\r\\n, a trailing literal \\n, and base64 DER with literal \\n', () => {
    expect(isSameKey(importPublicKey(escaped(keys.publicKeyPem, '\\r\\n')), publicKey)).toBe(true)
    expect(isSameKey(importPublicKey(`${escaped(keys.publicKeyPem)}\\n`), publicKey)).toBe(true)
    const b64 = wrapped(keys.privateKeyPkcs8Base64).replace(/\n/g, '\\n')
    expect(isSameKey(importPrivateKey(b64), privateKey)).toBe(true)
  })

  it('accepts it in a key ring and through sign() and verify(), which take keys directly', () => {
    const ring = importPublicKeyRing({ 1: escaped(keys.wrongPublicKeyBase64Der), 2: escaped(keys.publicKeyPem) })
    expect(isSameKey(ring.select(2), publicKey)).toBe(true)
    const input = { method: 'POST', path: '/notify', clientId: 'SANDBOX_1', time: '1700000000000', body: '{}' }
    const header = sign(input, escaped(keys.privateKeyPkcs8Pem))
    expect(verify(input, header, escaped(keys.publicKeyPem))).toBe(true)
  })

  it('still refuses the wrong half of the pair when its line breaks are escaped', () => {
    expect(codeOf(() => importPublicKey(escaped(keys.privateKeyPkcs8Pem)))).toBe('ERR_ALIPAY_KEY_TYPE_MISMATCH')
  })

  it('accepts a PEM file read as bytes, without an encoding (readFileSync(path))', () => {
    expect(isSameKey(importPublicKey(Buffer.from(keys.publicKeyPem)), publicKey)).toBe(true)
    const withBom = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(`\n${keys.privateKeyPkcs8Pem}`)])
    expect(isSameKey(importPrivateKey(new Uint8Array(withBom)), privateKey)).toBe(true)
  })

  const quoted: Array<[string, string]> = [
    ['a PEM in double quotes', `"${keys.publicKeyPem.trim()}"`],
    ['a one-line PEM in double quotes', `"${escaped(keys.publicKeyPem)}"`],
    ['a PEM in single quotes', `'${keys.publicKeyPem.trim()}'`],
    ['base64 DER in quotes', `"${keys.publicKeyBase64Der}"`],
    ['a PEM with only an opening quote', ` "${keys.publicKeyPem.trim()}`],
  ]
  for (const [what, input] of quoted) {
    it(`refuses ${what} with ERR_ALIPAY_KEY_INVALID, saying the quotes are the problem`, () => {
      expect(codeOf(() => importPublicKey(input))).toBe('ERR_ALIPAY_KEY_INVALID')
      const message = messageOf(() => importPublicKey(input))
      expect(message).toMatch(/^alipayPublicKey: .*wrapped in quotes/)
      expect(message).toMatch(/remove them/)
      for (const fragment of keyFragments(keys.publicKeyBase64Der)) expect(message).not.toContain(fragment)
    })
  }

  it('names a quoted private key the same way', () => {
    const message = messageOf(() => importPrivateKey(`'${escaped(keys.privateKeyPkcs8Pem)}'`))
    expect(codeOf(() => importPrivateKey(`'${keys.privateKeyPkcs8Pem}'`))).toBe('ERR_ALIPAY_KEY_INVALID')
    expect(message).toMatch(/^privateKey: .*a PEM wrapped in quotes/)
  })

  const paths = [
    './keys/alipay-public.pem',
    '../secrets/merchant_private.pem',
    '/run/secrets/alipaypublickey',
    '/etc/alipay/key',
    '~/alipay.pem',
    'C:\\keys\\alipay.pem',
    'D:/keys/alipay.pem',
    'file:///etc/alipay/public.pem',
    'merchant-private.pem',
    'alipay_public_key.txt',
  ]
  for (const path of paths) {
    it(`refuses the file path ${path} with ERR_ALIPAY_KEY_INVALID, saying to pass the contents`, () => {
      expect(codeOf(() => importPublicKey(path))).toBe('ERR_ALIPAY_KEY_INVALID')
      expect(codeOf(() => importPrivateKey(path))).toBe('ERR_ALIPAY_KEY_INVALID')
      expect(messageOf(() => importPrivateKey(path))).toMatch(/^privateKey: .*file path.*readFileSync\(path, 'utf8'\)/)
    })
  }

  it('gives neither hint for text that is neither quoted nor a path', () => {
    for (const text of ['not a key', 'Zm9vYmFy', keys.publicKeyBase64Der.slice(0, 100)]) {
      const message = messageOf(() => importPublicKey(text))
      expect(message).not.toMatch(/quotes|file path/)
    }
  })
})

describe('importPublicKeyRing (docs/protocol.md §9.2)', () => {
  it('wraps a single key: every version selects it', () => {
    const ring = importPublicKeyRing(keys.publicKeyPem)
    expect(ring).toBeInstanceOf(PublicKeyRing)
    expect(ring.versions).toEqual([])
    for (const version of [undefined, 0, 1, 2, 99]) expect(isSameKey(ring.select(version), publicKey)).toBe(true)
  })

  it('takes a { version: key } object; a version the ring lacks selects the highest', () => {
    const ring = importPublicKeyRing({ 1: keys.wrongPublicKeyBase64Der, 2: keys.publicKeyPem })
    expect([...ring.versions].sort()).toEqual([1, 2])
    expect(isSameKey(ring.select(1), wrongPublicKey)).toBe(true)
    expect(isSameKey(ring.select(2), publicKey)).toBe(true)
    expect(isSameKey(ring.select(3), publicKey)).toBe(true)
    expect(isSameKey(ring.select(undefined), publicKey)).toBe(true)
  })

  it('takes a Map; the default is the highest version whatever the insertion order', () => {
    const ring = importPublicKeyRing(
      new Map<number, unknown>([
        [5, keys.publicKeyBase64Der],
        [3, wrongPublicKey],
      ]) as Map<number, string>,
    )
    expect(isSameKey(ring.select(3), wrongPublicKey)).toBe(true)
    expect(isSameKey(ring.select(undefined), publicKey)).toBe(true)
    expect(isSameKey(ring.select(4), publicKey)).toBe(true)
  })

  it('returns an existing ring as it is', () => {
    const ring = importPublicKeyRing(publicKey)
    expect(importPublicKeyRing(ring)).toBe(ring)
  })

  it('refuses versions that are not non-negative integers with ERR_ALIPAY_OPTION_INVALID', () => {
    for (const version of [-1, 1.5, Number.NaN, Number.POSITIVE_INFINITY]) {
      expect(codeOf(() => importPublicKeyRing(new Map([[version, keys.publicKeyPem]])))).toBe(
        'ERR_ALIPAY_OPTION_INVALID',
      )
    }
    expect(
      codeOf(() => importPublicKeyRing(new Map([['1', keys.publicKeyPem]]) as unknown as Map<number, string>)),
    ).toBe('ERR_ALIPAY_OPTION_INVALID')
    expect(codeOf(() => importPublicKeyRing({ 99999999999999999999: keys.publicKeyPem }))).toBe(
      'ERR_ALIPAY_OPTION_INVALID',
    )
  })

  it('refuses an empty ring and bad keys inside a ring, naming the version', () => {
    expect(codeOf(() => importPublicKeyRing(new Map()))).toBe('ERR_ALIPAY_KEY_INVALID')
    expect(codeOf(() => importPublicKeyRing({}))).toBe('ERR_ALIPAY_KEY_INVALID')
    expect(codeOf(() => importPublicKeyRing({ 1: keys.publicKeyPem, 2: keys.privateKeyPkcs8Pem }))).toBe(
      'ERR_ALIPAY_KEY_TYPE_MISMATCH',
    )
    expect(messageOf(() => importPublicKeyRing({ 1: keys.publicKeyPem, 2: 'junk' }))).toMatch(/^alipayPublicKey\[2\]/)
  })
})
