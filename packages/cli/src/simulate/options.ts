import { ALIPAY_ENV, AlipayConfigError, importPublicKey, type KeyInput } from '@alipay-kit/core'
import { TEST_CLIENT_ID } from '@alipay-kit/testing'
import { type OptionValues, stringOption } from '../command.js'
import { UsageError } from '../exit-codes.js'
import { readKeyOption } from '../inputs.js'
import type { CliIo } from '../io.js'
import { ensureKeysDir, type LocalPair, localPair } from '../local/keys-dir.js'

/** Imports the key once up front so a private key given here gets a message about this option. */
function checkMerchantKey(text: string): void {
  try {
    importPublicKey(text, '--merchant-public-key')
  } catch (error) {
    if (error instanceof AlipayConfigError && error.code === 'ERR_ALIPAY_KEY_TYPE_MISMATCH') {
      throw new UsageError(
        '--merchant-public-key: this is a private key; give its public half (merchant-public-key.pem from "alipay-kit keys generate --out <dir>")',
      )
    }
    throw error
  }
}

/** A fixed default port keeps ALIPAY_BASE_URL, and so the app's settings, the same from run to run. */
export const DEFAULT_PORT = 4010

/** `--port`: an integer from 0 to 65535, {@link DEFAULT_PORT} when absent. */
export function portOf(text: string | undefined): number {
  if (text === undefined) return DEFAULT_PORT
  if (!/^\d{1,5}$/.test(text) || Number(text) > 65535) throw new UsageError('--port must be an integer from 0 to 65535')
  return Number(text)
}

/** `--time-scale`: a number above 0, 1 (real time) when absent. */
export function timeScaleOf(text: string | undefined): number {
  if (text === undefined) return 1
  const value = Number(text)
  if (text.trim() === '' || !Number.isFinite(value) || value <= 0) {
    throw new UsageError('--time-scale must be a number above 0, e.g. 0.001 (2 min becomes 120 ms)')
  }
  return value
}

/**
 * The client id: --client-id, else $ALIPAY_CLIENT_ID, else the one the last run wrote to app.env
 * (so trigger and the app keep agreeing), else the testing kit's TEST_CLIENT_ID.
 */
export function clientIdOf(io: CliIo, values: OptionValues, previous: ReadonlyMap<string, string>): string {
  const given = stringOption(values, 'client-id')
  if (given !== undefined) {
    if (given.trim() === '') throw new UsageError('--client-id is empty')
    return given
  }
  const fromEnv = io.env[ALIPAY_ENV.clientId]?.trim()
  if (fromEnv !== undefined && fromEnv !== '') return fromEnv
  return previous.get(ALIPAY_ENV.clientId) ?? TEST_CLIENT_ID
}

/** The keys the simulator runs with, and the keys directory's test pairs among them. */
export interface SimulatorKeys {
  readonly merchantPublicKey: string
  readonly alipayPrivateKey: KeyInput
  /** The merchant test pair, when no --merchant-public-key was given. */
  readonly merchant?: LocalPair
  /** Alipay's test pair, when no --alipay-private-key was given. */
  readonly alipay?: LocalPair
}

/** Each key given as an option, else the keys directory's test pair (made on the first run). */
export async function keysOf(io: CliIo, values: OptionValues, dir: string): Promise<SimulatorKeys> {
  const givenMerchantKey = await readKeyOption(io, values, 'merchant-public-key')
  if (givenMerchantKey !== undefined) checkMerchantKey(givenMerchantKey)
  const givenAlipayKey = await readKeyOption(io, values, 'alipay-private-key')
  await ensureKeysDir(io, dir)
  const merchant = givenMerchantKey === undefined ? await localPair(io, dir, 'merchant') : undefined
  const alipay = givenAlipayKey === undefined ? await localPair(io, dir, 'alipay') : undefined
  return {
    merchantPublicKey: merchant === undefined ? (givenMerchantKey as string) : merchant.publicKeyBase64,
    alipayPrivateKey: alipay === undefined ? (givenAlipayKey as string) : alipay.privateKey,
    ...(merchant === undefined ? {} : { merchant }),
    ...(alipay === undefined ? {} : { alipay }),
  }
}
