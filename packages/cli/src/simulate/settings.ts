import { ALIPAY_ENV } from '@alipay-kit/core'
import type { CliIo, Printer } from '../io.js'
import type { EnvEntry } from '../local/app-env.js'

/** What the app must be configured with to talk to a running simulator. */
export interface AppSettings {
  readonly clientId: string
  readonly baseUrl: string
  /** The simulator's Alipay public key, raw base64 SPKI. */
  readonly alipayPublicKeyBase64: string
  /** The merchant test private key simulate made, raw base64 PKCS#8; absent when the merchant gave its own public key. */
  readonly merchantPrivateKeyBase64?: string
}

/** The settings as environment variables, in the names every adapter reads (core's ALIPAY_ENV). */
export function settingsEnv(settings: AppSettings): EnvEntry[] {
  const entries: EnvEntry[] = [
    [ALIPAY_ENV.clientId, settings.clientId],
    [ALIPAY_ENV.baseUrl, settings.baseUrl],
    [ALIPAY_ENV.alipayPublicKey, settings.alipayPublicKeyBase64],
  ]
  if (settings.merchantPrivateKeyBase64 !== undefined) {
    entries.push([ALIPAY_ENV.privateKey, settings.merchantPrivateKeyBase64])
  }
  return entries
}

/**
 * Prints the settings as env lines, and what would stop them from taking effect: a variable the
 * shell already sets to something else wins over `node --env-file`, and ALIPAY_REGION cannot be
 * set together with ALIPAY_BASE_URL.
 */
export function printSettings(out: Printer, io: CliIo, entries: readonly EnvEntry[], appEnvFile: string): void {
  out.line(`${out.bold('Configure your app with these settings')} (also in ${appEnvFile}):`)
  for (const [name, value] of entries) out.line(`  ${name}=${value}`)
  if (!entries.some(([name]) => name === ALIPAY_ENV.privateKey)) {
    out.line(out.dim(`  ${ALIPAY_ENV.privateKey}: your own, the private half of --merchant-public-key`))
  }
  const clashes = entries.filter(([name, value]) => io.env[name] !== undefined && io.env[name]?.trim() !== value)
  if (io.env[ALIPAY_ENV.region] !== undefined) clashes.push([ALIPAY_ENV.region, ''])
  for (const [name] of clashes) {
    const why =
      name === ALIPAY_ENV.region
        ? `is set in this shell: unset it for the app (it cannot be combined with ${ALIPAY_ENV.baseUrl})`
        : 'is set to another value in this shell, and wins over node --env-file: unset it for the app'
    out.line(`  ${out.yellow('warning:')} ${name} ${why}`)
  }
}
