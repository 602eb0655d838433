import { fileURLToPath } from 'node:url'
import { configDefaults, defineConfig } from 'vitest/config'

const src = (pkg: string) => fileURLToPath(new URL(`./packages/${pkg}/src/index.ts`, import.meta.url))

// Tests run against the sources; the built packages are checked by publint/attw and the examples.
export default defineConfig({
  resolve: {
    alias: {
      // Before '@alipay-kit/core', which would otherwise take the subpath as a prefix.
      '@alipay-kit/core/web': fileURLToPath(new URL('./packages/core/src/web.ts', import.meta.url)),
      '@alipay-kit/core': src('core'),
      '@alipay-kit/web': src('web'),
      '@alipay-kit/hono': src('hono'),
      '@alipay-kit/express': src('express'),
      '@alipay-kit/koa': src('koa'),
      '@alipay-kit/fastify': src('fastify'),
      '@alipay-kit/testing': src('testing'),
      '@alipay-kit/postgres': src('postgres'),
      '@alipay-kit/redis': src('redis'),
    },
  },
  test: {
    reporters: ['default', './scripts/summary-reporter.ts'],
    include: ['packages/*/test/**/*.test.ts', 'test/**/*.test.ts'],
    // They need redis-server: `pnpm test:redis` (vitest.redis.config.ts) runs them.
    exclude: [...configDefaults.exclude, 'test/redis/**'],
    typecheck: { enabled: true, include: ['packages/*/test/**/*.test-d.ts', 'test/**/*.test-d.ts'] },
    // Bounds for a hang, never timing targets: a machine loaded by other work (CI neighbours, a CPU
    // hog in the soak run) starts child processes and servers many times slower than a quiet one.
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
})
