import type { KeyObject } from 'node:crypto'
import { AlipayConfigError, importPrivateKey, importPublicKey, parseSignatureHeader } from '@alipay-kit/core'
import { type Command, requiredOption } from '../command.js'
import { diagnoseSignature } from '../diagnose/diagnose-signature.js'
import type { Finding } from '../diagnose/finding.js'
import { EXIT, USAGE_EXIT_MEANING, UsageError } from '../exit-codes.js'
import { clientIdOption, readBodyOption, readKeyOption } from '../inputs.js'
import type { Printer } from '../io.js'
import { BODY_OPTIONS, methodAndPath, printSignContent, TARGET_OPTIONS } from '../sign-input.js'

/**
 * The header value from what a user pastes: the whole `Signature: ...` line, the value, or only
 * the signature itself (then read as its `signature=` field).
 */
function headerValue(given: string): { header: string; bare: boolean } {
  const value = given.trim().replace(/^signature\s*:\s*/i, '')
  if (/(?:^|,)\s*signature\s*=/i.test(value)) return { header: value, bare: false }
  return { header: `algorithm=RSA256,keyVersion=1,signature=${value}`, bare: true }
}

function alipayPublicKey(text: string): KeyObject {
  try {
    return importPublicKey(text, '--key')
  } catch (error) {
    if (error instanceof AlipayConfigError && error.code === 'ERR_ALIPAY_KEY_TYPE_MISMATCH') {
      throw new UsageError(
        "--key: this key is a private key. verify takes ALIPAY's public key, downloaded from the Antom dashboard. " +
          'If it is your merchant private key, pass it as --private-key instead: verify then checks the usual key mix-ups.',
      )
    }
    throw error
  }
}

function merchantPrivateKey(text: string | undefined): KeyObject | undefined {
  if (text === undefined) return undefined
  try {
    return importPrivateKey(text, '--private-key')
  } catch (error) {
    if (error instanceof AlipayConfigError && error.code === 'ERR_ALIPAY_KEY_TYPE_MISMATCH') {
      throw new UsageError('--private-key: this is a public key; give your merchant PRIVATE key here (optional)')
    }
    throw error
  }
}

function printFinding(out: Printer, label: string, finding: Finding): void {
  out.line(`${label} ${out.bold(finding.title)}`)
  for (const line of finding.detail.flatMap((text) => text.split('\n'))) out.line(`  ${line}`)
}

/** `alipay-kit verify`: valid or invalid, and when invalid, why. */
export const verifyCommand: Command = {
  name: 'verify',
  summary: 'check a Signature header; when invalid, say why (encoding, key, or which part differs)',
  usage: [
    'verify --path <path> --client-id <id> --time <time> --signature <header> --key <alipay public key>',
    '  [--body-file <file> | --body <text>] [--private-key <merchant private key>]',
  ],
  description: [
    'Checks the signature with @alipay-kit/core\'s verify (docs/protocol.md §1) and prints "valid" or',
    '"invalid". When invalid it finds the cause: a signature not URL-encoded or encoded twice,',
    "a wrong length, a wrong key (your own public key instead of Alipay's is the usual one), or the part",
    'of the string to sign that differs: path with or without query, method, trailing newline, CRLF,',
    're-serialised JSON, request-time format.',
  ].join('\n'),
  options: {
    ...TARGET_OPTIONS,
    time: { type: 'string', value: '<time>', description: 'the request-time header exactly as received' },
    signature: {
      type: 'string',
      value: '<header>',
      description: 'the Signature header value as received (or only its signature= part)',
    },
    key: {
      type: 'string',
      value: '<file>',
      description:
        "ALIPAY's public key: a file, or the key itself (PEM, or raw base64 as the dashboard shows it);\nnot your own",
    },
    'private-key': {
      type: 'string',
      value: '<file>',
      description: 'your merchant private key, optional: lets verify spot your own public key given as --key',
    },
    ...BODY_OPTIONS,
  },
  examples: [
    'alipay-kit verify --path /alipay/notify --client-id SANDBOX_5YEZ2N2ZWBJ000001 \\',
    '    --time 2024-01-01T10:00:06+08:00 --signature "algorithm=RSA256,keyVersion=1,signature=ohFJ..." \\',
    '    --key "$ALIPAY_PUBLIC_KEY" --private-key keys/merchant-private-key.pem --body-file body.json',
  ],
  exitCodes: [
    [EXIT.ok, 'the signature is valid'],
    [EXIT.failed, 'the signature is invalid (the causes found are printed)'],
    [EXIT.usage, USAGE_EXIT_MEANING],
  ],
  async run({ io, print, values }) {
    const { method, path } = methodAndPath(values)
    const clientId = clientIdOption(io, values)
    const time = requiredOption(values, 'time', ' (the request-time header as received)')
    const { header, bare } = headerValue(requiredOption(values, 'signature', ' (the Signature header value)'))
    const keyText = await readKeyOption(io, values, 'key')
    if (keyText === undefined) throw new UsageError("--key is required (Alipay's public key file)")
    const publicKey = alipayPublicKey(keyText)
    const privateKey = merchantPrivateKey(await readKeyOption(io, values, 'private-key'))
    const body = await readBodyOption(io, values)
    const input = { method, path, clientId, time, body }
    if (values['show-content'] === true) printSignContent(print.out, input)
    const diagnosis = diagnoseSignature({
      input,
      header,
      publicKey,
      ...(privateKey === undefined ? {} : { merchantPrivateKey: privateKey }),
    })
    const out = print.out
    if (diagnosis.valid) {
      const keyVersion = parseSignatureHeader(header).keyVersion
      const bits = publicKey.asymmetricKeyDetails?.modulusLength ?? 0
      out.line(
        `${out.green('valid')}: the signature matches (RSA ${bits}-bit key${keyVersion === undefined ? '' : `, keyVersion ${keyVersion}`})`,
      )
    } else {
      out.line(`${out.red('invalid')}: the signature does not verify`)
      for (const cause of diagnosis.causes) printFinding(out, out.red('cause:'), cause)
    }
    if (bare) out.line(out.dim('(--signature held only the signature; it was read as the signature= field)'))
    for (const note of diagnosis.notes) printFinding(out, out.yellow('note:'), note)
    return diagnosis.valid ? EXIT.ok : EXIT.failed
  },
}
