import { createPublicKey, type KeyObject } from 'node:crypto'
import { chmod, mkdir, readFile, writeFile } from 'node:fs/promises'
import { join, resolve } from 'node:path'
import { importPrivateKey } from '@alipay-kit/core'
import { generateKeyPair } from '@alipay-kit/testing'
import { type OptionSpec, type OptionValues, stringOption } from '../command.js'
import { CliError, UsageError } from '../exit-codes.js'
import type { CliIo } from '../io.js'
import { shownPath } from '../shown-path.js'

/**
 * Where `simulate` keeps the local loop's test keys and `app.env`, relative to the working
 * directory, as `stripe listen` keeps its config: `trigger` run from the same directory finds them.
 */
export const DEFAULT_KEYS_DIR = '.alipay-kit'

/** The files of the keys directory. Only `simulate` creates them; `trigger` reads them. */
export const LOCAL_FILES = {
  /** Stands in for Alipay's private key: signs the simulator's responses and every test notification. */
  alipayPrivateKey: 'alipay-test-private-key.pem',
  alipayPublicKey: 'alipay-test-public-key.pem',
  /** A merchant test pair, made when `simulate` is given no `--merchant-public-key`. */
  merchantPrivateKey: 'merchant-test-private-key.pem',
  merchantPublicKey: 'merchant-test-public-key.pem',
  /** The settings the app needs, as `NAME=value` lines (`node --env-file`). */
  appEnv: 'app.env',
} as const

/** The `--keys-dir` option of `simulate` and `trigger`. */
export const KEYS_DIR_OPTION: OptionSpec = {
  type: 'string',
  value: '<dir>',
  description: `where simulate keeps its test keys and app.env (default: ${DEFAULT_KEYS_DIR} in this directory)`,
}

/** The keys directory `--keys-dir` names, absolute. */
export function keysDirOf(io: CliIo, values: OptionValues): string {
  const given = stringOption(values, 'keys-dir')
  if (given === '') throw new UsageError('--keys-dir is empty')
  return resolve(io.cwd, given ?? DEFAULT_KEYS_DIR)
}

/** A test key pair of the keys directory, and whether this run created it. */
export interface LocalPair {
  readonly privateKey: KeyObject
  /** The public key as raw base64 SPKI: one line, for an env variable. */
  readonly publicKeyBase64: string
  /** The private key as raw base64 PKCS#8: one line, for an env variable. */
  readonly privateKeyBase64: string
  /** The private key file, as the user would type it. */
  readonly privateKeyFile: string
  readonly created: boolean
}

function errnoOf(error: unknown): string | undefined {
  return (error as NodeJS.ErrnoException).code
}

/** A file's text, or undefined when there is none. */
export async function readIfPresent(path: string): Promise<string | undefined> {
  try {
    return await readFile(path, 'utf8')
  } catch (error) {
    if (errnoOf(error) === 'ENOENT') return undefined
    throw new CliError(`cannot read ${path}: ${errnoOf(error) ?? String(error)}`)
  }
}

/** Creates the directory with a .gitignore that keeps its keys out of the repository. */
export async function ensureKeysDir(io: CliIo, dir: string): Promise<void> {
  try {
    await mkdir(dir, { recursive: true })
  } catch (error) {
    const code = errnoOf(error)
    if (code === 'EEXIST' || code === 'ENOTDIR') {
      throw new UsageError(`--keys-dir "${shownPath(io.cwd, dir)}" is a file, not a directory`)
    }
    throw new CliError(`cannot create ${shownPath(io.cwd, dir)}: ${code ?? String(error)}`)
  }
  try {
    await writeFile(join(dir, '.gitignore'), '# Test keys of "alipay-kit simulate": never commit them.\n*\n', {
      flag: 'wx',
    })
  } catch (error) {
    if (errnoOf(error) !== 'EEXIST') throw new CliError(`cannot write in ${shownPath(io.cwd, dir)}: ${errnoOf(error)}`)
  }
}

/** Writes a file only this user may read (the umask cannot widen it, and an old wider mode goes). */
export async function writePrivateFile(path: string, text: string, flag: 'w' | 'wx'): Promise<void> {
  await writeFile(path, text, { mode: 0o600, flag })
  await chmod(path, 0o600)
}

function pairOf(privateKey: KeyObject, privateKeyFile: string, created: boolean): LocalPair {
  return {
    privateKey,
    privateKeyBase64: privateKey.export({ format: 'der', type: 'pkcs8' }).toString('base64'),
    publicKeyBase64: createPublicKey(privateKey).export({ format: 'der', type: 'spki' }).toString('base64'),
    privateKeyFile,
    created,
  }
}

/**
 * The test pair of `who` in the keys directory: the one a previous run made, or a new one (so
 * the app configured last time keeps working). Only the private key is read back; the public
 * file is written for people and other tools.
 */
export async function localPair(io: CliIo, dir: string, who: 'alipay' | 'merchant'): Promise<LocalPair> {
  const privatePath = join(dir, who === 'alipay' ? LOCAL_FILES.alipayPrivateKey : LOCAL_FILES.merchantPrivateKey)
  const publicPath = join(dir, who === 'alipay' ? LOCAL_FILES.alipayPublicKey : LOCAL_FILES.merchantPublicKey)
  const shown = shownPath(io.cwd, privatePath)
  const existing = await readIfPresent(privatePath)
  if (existing !== undefined) return pairOf(importPrivateKey(existing, shown), shown, false)
  const pair = generateKeyPair()
  try {
    await writePrivateFile(privatePath, pair.privateKeyPem, 'wx')
  } catch (error) {
    // Another run created it a moment ago: use that one, as both runs must agree.
    if (errnoOf(error) === 'EEXIST') return localPair(io, dir, who)
    throw new CliError(`cannot write ${shown}: ${errnoOf(error) ?? String(error)}`)
  }
  await writeFile(publicPath, pair.publicKeyPem, { mode: 0o644 })
  return pairOf(pair.privateKey, shown, true)
}
