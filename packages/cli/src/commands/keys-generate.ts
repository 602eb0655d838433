import { chmod, lstat, mkdir, rm, writeFile } from 'node:fs/promises'
import { join, resolve } from 'node:path'
import { generateKeyPair } from '@alipay-kit/testing'
import { type Command, flagOption, stringOption } from '../command.js'
import { CliError, EXIT, USAGE_EXIT_MEANING, UsageError } from '../exit-codes.js'
import type { Printer } from '../io.js'
import { shownPath } from '../shown-path.js'

interface KeyFile {
  readonly name: string
  readonly private: boolean
  readonly text: string
  readonly use: string
}

/** The file name of the PKCS#1 form, written with --pkcs1. */
const PKCS1_FILE = 'merchant-private-key-pkcs1.txt'

function keyFiles(pkcs1: boolean): KeyFile[] {
  const pair = generateKeyPair()
  const files: KeyFile[] = [
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
  if (pkcs1) {
    // The Python SDK loads the merchant key as raw base64 PKCS#1 and adds the BEGIN RSA PRIVATE KEY
    // armour itself; a Rust-backed `cryptography` refuses PKCS#8 there (docs/protocol.md §2).
    files.splice(2, 0, {
      name: PKCS1_FILE,
      private: true,
      text: `${pair.privateKey.export({ format: 'der', type: 'pkcs1' }).toString('base64')}\n`,
      use: "raw base64 PKCS#1, the same private key as the Python SDK's merchant_private_key takes it",
    })
  }
  return files
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

/** Creates the --out directory; a file in its way is a usage error, not a raw EEXIST. */
async function makeOutDir(dir: string, cwd: string): Promise<void> {
  try {
    await mkdir(dir, { recursive: true })
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    if (code === 'EEXIST' || code === 'ENOTDIR') {
      throw new UsageError(
        `--out "${shownPath(cwd, dir)}" is a file, not a directory: give a directory for the key files (it is created if needed)`,
      )
    }
    throw new CliError(`cannot create --out "${shownPath(cwd, dir)}": ${code ?? String(error)}`)
  }
}

async function writeKeys(dir: string, files: readonly KeyFile[], force: boolean, cwd: string, out: Printer) {
  await makeOutDir(dir, cwd)
  const existing: string[] = []
  for (const file of files) if (await exists(join(dir, file.name))) existing.push(file.name)
  if (existing.length > 0 && !force) {
    throw new CliError(
      `refusing to overwrite ${existing.join(', ')} in ${shownPath(cwd, dir)}: choose another --out, or pass --force`,
    )
  }
  out.line(`Wrote a new merchant key pair (RSA-2048) to ${shownPath(cwd, dir)}:`)
  const width = Math.max(...files.map((f) => f.name.length)) + 2
  for (const file of files) {
    const path = join(dir, file.name)
    const mode = file.private ? 0o600 : 0o644
    // --force removes the old entry first: a symlink or hard link there is replaced, not written
    // through to a file elsewhere, and no key sits even briefly under an old, wider mode. 'wx'
    // then fails if a file appeared since the check above, rather than overwriting it.
    try {
      if (force) await rm(path, { force: true })
      await writeFile(path, file.text, { mode, flag: 'wx' })
      // The umask narrows the mode given at creation: set it exactly.
      await chmod(path, mode)
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code
      throw new CliError(`cannot write ${file.name} in ${shownPath(cwd, dir)}: ${code ?? String(error)}`)
    }
    out.line(`  ${file.name.padEnd(width)}${file.private ? 'mode 0600, ' : ''}${file.use}`)
  }
}

/** `alipay-kit keys generate`: a fresh merchant key pair in every form the dashboard and this library take. */
export const keysGenerateCommand: Command = {
  name: 'keys generate',
  summary: 'generate a merchant RSA-2048 key pair (dashboard base64 and PEM forms)',
  usage: ['keys generate [--out <dir>] [--force] [--pkcs1]'],
  description: [
    'Generates an RSA-2048 key pair as the Antom dashboard does (docs/protocol.md §2), in four files:',
    '  merchant-private-key.txt         raw base64 PKCS#8 (Antom dashboard, Java SDK), mode 0600',
    '  merchant-private-key.pem         PEM PKCS#8 (this library), mode 0600',
    '  merchant-public-key.txt          raw base64 SPKI: upload it to the Antom dashboard',
    '  merchant-public-key.pem          PEM SPKI',
    'and with --pkcs1 a fifth:',
    `  ${PKCS1_FILE}   raw base64 PKCS#1 (the Python SDK), mode 0600`,
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
    pkcs1: {
      type: 'boolean',
      description: `also write the private key as raw base64 PKCS#1 (${PKCS1_FILE}),\nthe form the Python SDK takes`,
    },
  },
  examples: ['alipay-kit keys generate --out ./keys', 'alipay-kit keys generate --out ./keys --pkcs1'],
  exitCodes: [
    [EXIT.ok, 'the keys were written (or printed)'],
    [EXIT.usage, USAGE_EXIT_MEANING],
    [EXIT.error, 'a key file exists already (see --force), or --out cannot be written'],
  ],
  async run({ io, print, values }) {
    const files = keyFiles(flagOption(values, 'pkcs1'))
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
