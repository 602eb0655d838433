import { createHash, generateKeyPairSync, type KeyObject, randomBytes, sign } from 'node:crypto'
import {
  bitString,
  boolean,
  explicit,
  implicit,
  namedBits,
  octetString,
  oid,
  sequence,
  set,
  smallInteger,
  time,
  unsignedInteger,
  utf8String,
} from './der.js'

/** The simulator's TLS identity: a server certificate and key, and the CA that signed it. */
export interface SimulatorCertificate {
  /** The server's private key, PKCS#8 PEM. */
  readonly key: string
  /** The server certificate, PEM: `localhost`, `127.0.0.1` and `::1`. */
  readonly cert: string
  /** The CA certificate, PEM: what a client trusts. */
  readonly ca: string
}

const OID = {
  commonName: '2.5.4.3',
  organization: '2.5.4.10',
  ecdsaWithSha256: '1.2.840.10045.4.3.2',
  subjectKeyIdentifier: '2.5.29.14',
  keyUsage: '2.5.29.15',
  subjectAltName: '2.5.29.17',
  basicConstraints: '2.5.29.19',
  authorityKeyIdentifier: '2.5.29.35',
  extKeyUsage: '2.5.29.37',
  serverAuth: '1.3.6.1.5.5.7.3.1',
} as const

const KEY_USAGE = { digitalSignature: 0, keyCertSign: 5, cRLSign: 6 } as const

const HOUR_MS = 60 * 60 * 1000
/** Long enough for any simulator run; the pair is made anew at each start. */
const VALIDITY_MS = 90 * 24 * HOUR_MS

function name(commonName: string): Buffer {
  const attribute = (type: string, value: string) => set(sequence(oid(type), utf8String(value)))
  return sequence(attribute(OID.organization, 'alipay-kit simulator'), attribute(OID.commonName, commonName))
}

function extension(id: string, critical: boolean, value: Buffer): Buffer {
  return sequence(oid(id), ...(critical ? [boolean(true)] : []), octetString(value))
}

/** 160 bits of the SHA-256 of the SubjectPublicKeyInfo: RFC 5280 §4.2.1.2 takes any method giving unique values. */
function keyIdentifier(spki: Buffer): Buffer {
  return createHash('sha256').update(spki).digest().subarray(0, 20)
}

interface Signed {
  readonly subject: Buffer
  readonly spki: Buffer
  readonly extensions: readonly Buffer[]
}

/** Signs a v3 certificate with ECDSA P-256 / SHA-256 (RFC 5280 §4.1). */
function certificate(body: Signed, issuer: Buffer, issuerKey: KeyObject, now: number): Buffer {
  const serial = randomBytes(16)
  serial[0] = ((serial[0] ?? 0) & 0x7f) | 0x40 // positive, 16 bytes, never a leading zero
  const algorithm = sequence(oid(OID.ecdsaWithSha256))
  const tbs = sequence(
    explicit(0, smallInteger(2)),
    unsignedInteger(serial),
    algorithm,
    issuer,
    // An hour back, so a client whose clock runs a little behind accepts it at once.
    sequence(time(new Date(now - HOUR_MS)), time(new Date(now + VALIDITY_MS))),
    body.subject,
    body.spki,
    explicit(3, sequence(...body.extensions)),
  )
  return sequence(tbs, algorithm, bitString(sign('sha256', tbs, issuerKey)))
}

function pem(der: Buffer): string {
  const lines = der.toString('base64').match(/.{1,64}/g) ?? []
  return `-----BEGIN CERTIFICATE-----\n${lines.join('\n')}\n-----END CERTIFICATE-----\n`
}

const ecKeyPair = () => generateKeyPairSync('ec', { namedCurve: 'prime256v1' })

/**
 * Makes a CA and a server certificate it signs for `localhost`, `127.0.0.1` and `::1` (as subject
 * alternative names, which clients match; the common name is not). The CA's private key is
 * dropped as soon as the server certificate is signed, so a client that trusts this CA trusts
 * nothing else. Two levels rather than one self-signed certificate, with the extensions RFC 5280
 * asks of each, because strict verifiers (Python 3.13's default VERIFY_X509_STRICT, Go) refuse a
 * CA used as a server certificate or a CA without key usage. P-256 keys: made in a millisecond,
 * where RSA-2048 takes tens.
 */
export function createSimulatorCertificate(now = Date.now()): SimulatorCertificate {
  const tag = randomBytes(4).toString('hex') // tells this run's CA from earlier ones in a keystore
  const ca = ecKeyPair()
  const caSpki = ca.publicKey.export({ format: 'der', type: 'spki' })
  const caName = name(`alipay-kit simulator CA ${tag}`)
  const caId = keyIdentifier(caSpki)
  const caCert = certificate(
    {
      subject: caName,
      spki: caSpki,
      extensions: [
        extension(OID.basicConstraints, true, sequence(boolean(true), smallInteger(0))),
        extension(OID.keyUsage, true, namedBits(KEY_USAGE.keyCertSign, KEY_USAGE.cRLSign)),
        extension(OID.subjectKeyIdentifier, false, octetString(caId)),
      ],
    },
    caName,
    ca.privateKey,
    now,
  )
  const server = ecKeyPair()
  const serverSpki = server.publicKey.export({ format: 'der', type: 'spki' })
  const altNames = sequence(
    implicit(2, Buffer.from('localhost')),
    implicit(7, Buffer.from([127, 0, 0, 1])),
    implicit(7, Buffer.from([...Array<number>(15).fill(0), 1])),
  )
  const serverCert = certificate(
    {
      subject: name('localhost'),
      spki: serverSpki,
      extensions: [
        extension(OID.basicConstraints, true, sequence()),
        extension(OID.keyUsage, true, namedBits(KEY_USAGE.digitalSignature)),
        extension(OID.extKeyUsage, false, sequence(oid(OID.serverAuth))),
        extension(OID.subjectAltName, false, altNames),
        extension(OID.subjectKeyIdentifier, false, octetString(keyIdentifier(serverSpki))),
        extension(OID.authorityKeyIdentifier, false, sequence(implicit(0, caId))),
      ],
    },
    caName,
    ca.privateKey,
    now,
  )
  return {
    key: server.privateKey.export({ format: 'pem', type: 'pkcs8' }).toString(),
    cert: pem(serverCert),
    ca: pem(caCert),
  }
}
