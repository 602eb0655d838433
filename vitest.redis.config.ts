import { configDefaults, defineConfig } from 'vitest/config'
import base from './vitest.config.js'

// `pnpm test:redis`: the tests that need Debian's redis-server, kept out of the main suite so
// `pnpm test` runs on a machine with only Node and npm. Same aliases and reporters as the main config.
export default defineConfig({
  ...base,
  test: {
    ...base.test,
    include: ['test/redis/**/*.test.ts'],
    exclude: configDefaults.exclude,
    typecheck: { enabled: false },
  },
})
