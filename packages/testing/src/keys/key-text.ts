/** An RSA key pair as text, in the two forms merchants hold keys (docs/protocol.md §2). */
export interface KeyPairText {
  /** The private key as PKCS#8 PEM (`-----BEGIN PRIVATE KEY-----`). */
  readonly privateKeyPem: string
  /** The private key as raw base64 PKCS#8 DER: what the Antom dashboard and the Java SDK use. */
  readonly privateKeyBase64: string
  /** The public key as SPKI PEM (`-----BEGIN PUBLIC KEY-----`). */
  readonly publicKeyPem: string
  /** The public key as raw base64 SPKI DER: what the Antom dashboard shows. */
  readonly publicKeyBase64: string
}

/** Wraps base64 DER in PEM armour with 64-column lines, as OpenSSL writes it. */
export function toPem(label: 'PRIVATE KEY' | 'PUBLIC KEY', base64: string): string {
  const lines = base64.match(/.{1,64}/g) ?? []
  return `-----BEGIN ${label}-----\n${lines.join('\n')}\n-----END ${label}-----\n`
}

/** Builds both forms of a pair from its base64 DER. */
export function keyPairText(privateKeyBase64: string, publicKeyBase64: string): KeyPairText {
  return Object.freeze({
    privateKeyPem: toPem('PRIVATE KEY', privateKeyBase64),
    privateKeyBase64,
    publicKeyPem: toPem('PUBLIC KEY', publicKeyBase64),
    publicKeyBase64,
  })
}
