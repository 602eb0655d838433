import { join } from 'node:path'
import { LOCAL_FILES, readIfPresent, writePrivateFile } from './keys-dir.js'

/** One setting of the app: an environment variable and its value (one line, no quotes needed). */
export type EnvEntry = readonly [name: string, value: string]

/**
 * Writes the app's settings to `app.env` in the keys directory, readable by `node --env-file`
 * and dotenv (`shown` is its path as the user types it). Mode 0600: it may hold the merchant
 * test private key.
 */
export async function writeAppEnv(dir: string, shown: string, entries: readonly EnvEntry[]): Promise<void> {
  const text = [
    '# Written by "alipay-kit simulate": the settings an app needs to talk to the local Alipay simulator.',
    `# Test keys only. Start the app with them: node --env-file=${shown} server.js`,
    ...entries.map(([name, value]) => `${name}=${value}`),
    '',
  ].join('\n')
  await writePrivateFile(join(dir, LOCAL_FILES.appEnv), text, 'w')
}

/** The settings a previous `simulate` wrote to the keys directory; empty when there are none. */
export async function readAppEnv(dir: string): Promise<ReadonlyMap<string, string>> {
  const text = await readIfPresent(join(dir, LOCAL_FILES.appEnv))
  const entries = new Map<string, string>()
  for (const line of (text ?? '').split(/\r?\n/)) {
    const match = /^([A-Z_][A-Z0-9_]*)=(.*)$/.exec(line.trim())
    if (match !== null) entries.set(match[1] as string, (match[2] as string).trim())
  }
  return entries
}
