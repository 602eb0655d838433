import { readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

/**
 * This package's version, from its package.json. The tool runs from `dist/cli.js` once built and
 * from `src/*.ts` in development, at different depths, so it looks upwards for the file.
 */
export function packageVersion(): string {
  let dir = dirname(fileURLToPath(import.meta.url))
  for (let i = 0; i < 4; i++) {
    try {
      const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { name?: unknown; version?: unknown }
      if (pkg.name === '@alipay-kit/cli' && typeof pkg.version === 'string') return pkg.version
    } catch {
      // no package.json at this level: look one up
    }
    dir = dirname(dir)
  }
  return 'unknown'
}
