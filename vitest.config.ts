import { fileURLToPath } from 'node:url'
import { defineConfig } from 'vitest/config'

const src = (pkg: string) => fileURLToPath(new URL(`./packages/${pkg}/src/index.ts`, import.meta.url))

// Tests run against the sources; the built packages are checked by publint/attw and the examples.
export default defineConfig({
  resolve: {
    alias: {
      '@alipay-kit/core': src('core'),
      '@alipay-kit/express': src('express'),
      '@alipay-kit/koa': src('koa'),
      '@alipay-kit/fastify': src('fastify'),
      '@alipay-kit/testing': src('testing'),
    },
  },
  test: {
    reporters: ['default', './scripts/summary-reporter.ts'],
    include: ['packages/*/test/**/*.test.ts', 'test/**/*.test.ts'],
    typecheck: { enabled: true, include: ['packages/*/test/**/*.test-d.ts', 'test/**/*.test-d.ts'] },
    testTimeout: 20_000,
  },
})
