import { fileURLToPath } from 'node:url'
import { configDefaults, defineConfig } from 'vitest/config'
import { BaseSequencer, type TestSpecification } from 'vitest/node'

/**
 * Vitest's order (slowest last time first; larger files first on a fresh clone, which has no
 * timings), except that the Node 22/24 runs always start first: they are the longest file by far,
 * and started last they would leave the other workers idle while they finish.
 */
class NodeVersionsFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files)
    const first = (spec: TestSpecification) => spec.moduleId.includes('node-versions')
    return [...sorted.filter(first), ...sorted.filter((spec) => !first(spec))]
  }
}

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
    // Vitest's default on a two-core machine is one worker, so files ran one after another while
    // most of them wait on child processes, servers and PostgreSQL. Three keep both cores busy.
    maxWorkers: 3,
    sequence: { sequencer: NodeVersionsFirst },
  },
})
