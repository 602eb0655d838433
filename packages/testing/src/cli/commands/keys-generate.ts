import { chmod, lstat, mkdir, rm, writeFile } from 'node:fs/promises'
import { isAbsolute, join, relative, resolve } from 'node:path'
import { generateKeyPair } from '../../keys/generate-key-pair.js'
import { type Command, flagOption, stringOption } from '../command.js'
import { CliError, EXIT } from '../exit-codes.js'
import type { Printer } from '../io.js'

interface KeyFile {
  readonly name: string
  readonly private: boolean
  readonly text: string
  readonly use: string
}

function keyFiles(): KeyFile[] {
  const pair = generateKeyPair()
  return [
    {
      name: 'merchant-private-key.txt',
      private: true,
      text: `${pair.privateKeyBase64}\n`,
      use: 'raw base64 PKCS#8, as the Antom dashboard and the Java SDK take it',
    },
    {
      name: 'merchant-private-key.pem',
      private: true,
      text: pair.privateKeyPem,
      use: "PEM PKCS#8, for this library's privateKey option (ALIPAY_PRIVATE_KEY)",
    },
    {
      name: 'merchant-public-key.txt',
      private: false,
      text: `${pair.publicKeyBase64}\n`,
      use: 'raw base64 SPKI: UPLOAD this one to the Antom dashboard',
    },
    { name: 'merchant-public-key.pem', private: false, text: pair.publicKeyPem, use: 'PEM SPKI, the same public key' },
  ]
}

function printWhereKeysGo(out: Printer): void {
  out.line()
  out.line(out.bold('Which key goes where:'))
  out.line(
    `  ${out.red('private key')}          stays with you: it signs your API requests. Never upload, share or commit it.`,
  )
  out.line('  public key           upload it to the Antom dashboard: Alipay verifies your requests with it.')
  out.line(
    `  ${out.yellow("Alipay's public key")}  a DIFFERENT key: download it from the dashboard and configure it as`,
  )
  out.line('                       alipayPublicKey (ALIPAY_PUBLIC_KEY) to verify notifications and responses.')
}

async function exists(path: string): Promise<boolean> {
  try {
    await lstat(path)
    return true
  } catch {
    return false
  }
}

/** A path as the user would type it: relative when under the working directory. */
function shown(cwd: string, path: string): string {
  const rel = relative(cwd, path)
  return rel.length > 0 && !rel.startsWith('..') && !isAbsolute(rel) ? rel : path
}

async function writeKeys(dir: string, files: readonly KeyFile[], force: boolean, cwd: string, out: Printer) {
  const existing: string[] = []
  for (const file of files) if (await exists(join(dir, file.name))) existing.push(file.name)
  if (existing.length > 0 && !force) {
    throw new CliError(
      `refusing to overwrite ${existing.join(', ')} in ${shown(cwd, dir)}: choose another --out, or pass --force`,
    )
  }
  await mkdir(dir, { recursive: true })
  out.line(`Wrote a new merchant key pair (RSA-2048) to ${shown(cwd, dir)}:`)
  const width = Math.max(...files.map((f) => f.name.length)) + 2
  for (const file of files) {
    const path = join(dir, file.name)
    const mode = file.private ? 0o600 : 0o644
    // --force removes the old entry first: a symlink or hard link there is replaced, not written
    // through to a file elsewhere, and no key sits even briefly under an old, wider mode. 'wx'
    // then fails if a file appeared since the check above, rather than overwriting it.
    if (force) await rm(path, { force: true })
    await writeFile(path, file.text, { mode, flag: 'wx' })
    // The umask narrows the mode given at creation: set it exactly.
    await chmod(path, mode)
    out.line(`  ${file.name.padEnd(width)}${file.private ? 'mode 0600, ' : ''}${file.use}`)
  }
}

/** `alipay-kit keys generate`: a fresh merchant key pair in every form the dashboard and this library take. */
export const keysGenerateCommand: Command = {
  name: 'keys generate',
  summary: 'generate a merchant RSA-2048 key pair (dashboard base64 and PEM forms)',
  usage: ['keys generate [--out <dir>] [--force]'],
  description: [
    'Generates an RSA-2048 key pair as the Antom dashboard does (protocol.md §2), in four files:',
    '  merchant-private-key.txt   raw base64 PKCS#8 (Antom dashboard, Java SDK), mode 0600',
    '  merchant-private-key.pem   PEM PKCS#8 (this library), mode 0600',
    '  merchant-public-key.txt    raw base64 SPKI: upload it to the Antom dashboard',
    '  merchant-public-key.pem    PEM SPKI',
    'Without --out, prints them instead. The private key stays with you; the public key goes to Antom.',
    "Alipay's own public key is a different key, downloaded from the dashboard.",
  ].join('\n'),
  options: {
    out: {
      type: 'string',
      short: 'o',
      value: '<dir>',
      description: 'write the key files to this directory (created if needed)',
    },
    force: { type: 'boolean', description: 'overwrite key files that already exist in --out' },
  },
  examples: ['alipay-kit keys generate --out ./keys', 'alipay-kit keys generate > keys.txt'],
  async run({ io, print, values }) {
    const files = keyFiles()
    const out = stringOption(values, 'out')
    if (out !== undefined) {
      const dir = resolve(io.cwd, out)
      await writeKeys(dir, files, flagOption(values, 'force'), io.cwd, print.out)
      printWhereKeysGo(print.out)
      return EXIT.ok
    }
    for (const file of files) {
      print.out.line(print.out.bold(`# ${file.name}: ${file.use}${file.private ? ' (keep it secret)' : ''}`))
      print.out.line(file.text.trimEnd())
      print.out.line()
    }
    printWhereKeysGo(print.out)
    return EXIT.ok
  },
}
