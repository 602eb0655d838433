import { execFile } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import { promisify } from 'node:util'
import { describe, expect, it } from 'vitest'

const run = promisify(execFile)
const root = fileURLToPath(new URL('../..', import.meta.url))

// The adapter contract suite (Express, Koa, Fastify, Hono) and the web package's tests on Node 22
// and 24, from the registry's `node` package through npx (issue 11): the suite itself runs on the
// Node of the machine (20). A representative subset of the suite: the adapters' contract and the
// web package, not every core unit test, to stay under half a minute per version.
const FILES = [
  'test/adapters/express.test.ts',
  'test/adapters/koa.test.ts',
  'test/adapters/fastify.test.ts',
  'test/adapters/hono.test.ts',
  'packages/web/test',
]

describe.each(['22', '24'])('on Node %s', (version) => {
  it('passes the adapter contract suite and the web package tests', { timeout: 240_000 }, async () => {
    const { stdout } = await run(
      'npx',
      [
        '-y',
        '-p',
        `node@${version}`,
        'node',
        'node_modules/vitest/vitest.mjs',
        'run',
        ...FILES,
        '--typecheck.enabled=false',
        '--reporter=json',
        '--silent',
      ],
      { cwd: root, maxBuffer: 64 * 1024 * 1024, timeout: 230_000 },
    )
    const report = JSON.parse(stdout.slice(stdout.indexOf('{'))) as {
      success: boolean
      numTotalTests: number
      numFailedTests: number
      testResults: Array<{ name: string }>
    }
    expect(report.numFailedTests).toBe(0)
    expect(report.success).toBe(true)
    expect(report.testResults).toHaveLength(8)
    expect(report.numTotalTests).toBeGreaterThan(200)
  })

  it(`reports itself as Node ${version}`, async () => {
    const { stdout } = await run('npx', ['-y', '-p', `node@${version}`, 'node', '--version'], { cwd: root })
    expect(stdout.trim()).toMatch(new RegExp(`^v${version}\\.`))
  })
})
