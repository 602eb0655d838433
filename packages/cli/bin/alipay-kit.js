#!/usr/bin/env node
// The `alipay-kit` bin. It is plain JavaScript, committed, so the package manager links it even
// before a build; the tool itself is dist/cli.js. Run from a clone that was not built yet, it says
// how to build instead of dying on a module-not-found stack trace (issue 10).
import { existsSync } from 'node:fs'

const cli = new URL('../dist/cli.js', import.meta.url)
const BUILD_HINT =
  'alipay-kit is not built yet. In the alipay-kit repository, run "npx -y pnpm@12.21.0 build", then try again.'

if (!existsSync(cli)) {
  process.stderr.write(`error: ${BUILD_HINT}\n`)
  process.exitCode = 3
} else {
  try {
    await import(cli.href)
  } catch (error) {
    // The tool imports the built @alipay-kit/core and @alipay-kit/testing: one not built yet fails
    // to load before any command runs (the tool catches everything else itself).
    const missing = error?.code === 'ERR_MODULE_NOT_FOUND' && /@alipay-kit\/|[\\/]dist[\\/]/.test(String(error.message))
    if (!missing) throw error
    process.stderr.write(`error: ${BUILD_HINT}\n`)
    process.exitCode = 3
  }
}
