import { execFile } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import { promisify } from 'node:util'
import { describe, expect, it } from 'vitest'

const run = promisify(execFile)
const root = fileURLToPath(new URL('../..', import.meta.url))

// Every package's tests (the built packages, as pnpm test builds them first) and the adapter
// contract suite (Express, Koa, Fastify, Hono) on Node 22 and 24, from the registry's `node`
// package through npx (issue 11); the rest of the suite runs on the Node of the machine (20).
// About a minute and a half per version on a quiet machine. The two versions run at the same time
// (concurrent tests: each is a child process this worker only waits on), each child with one
// worker, so the pair keeps about two processes busy while the rest of the suite goes on beside it.
// The 20-minute bound is for a hang only: with a second suite and a CPU hog on the same two cores,
// one run took ten minutes.
const FILES = ['packages', 'test/adapters']

describe.concurrent.each(['22', '24'])('on Node %s', (version) => {
  it("passes every package's tests and the adapter contract suite", { timeout: 1_200_000 }, async () => {
    // A failing run exits non-zero: its JSON report is still on stdout, and says what failed.
    let stdout: string
    try {
      ;({ stdout } = await run(
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
          '--maxWorkers=1',
          '--reporter=json',
          '--silent',
        ],
        { cwd: root, maxBuffer: 256 * 1024 * 1024, timeout: 1_190_000 },
      ))
    } catch (error) {
      const out = (error as { stdout?: string }).stdout ?? ''
      if (!out.includes('{')) throw error
      stdout = out
    }
    const report = JSON.parse(stdout.slice(stdout.indexOf('{'))) as {
      success: boolean
      numTotalTests: number
      numPassedTests: number
      numPendingTests: number
      testResults: Array<{
        name: string
        status: string
        message?: string
        assertionResults: Array<{ fullName: string; status: string; failureMessages?: string[] }>
      }>
    }
    // Each failing test by name, with the first lines of its failure: the report of this run.
    const failures = report.testResults.flatMap((file) => [
      ...(file.status === 'failed' && file.message ? [`${file.name}: ${file.message.split('\n')[0]}`] : []),
      ...file.assertionResults
        .filter((test) => test.status === 'failed')
        .map(
          (test) => `${test.fullName}: ${(test.failureMessages ?? []).join('\n').split('\n').slice(0, 3).join(' / ')}`,
        ),
    ])
    expect(failures).toEqual([])
    // False too for an error outside any test (an unhandled rejection), which fails the run.
    expect(report.success).toBe(true)
    // Every test passed: a file that failed to load reports its tests as pending, not failed.
    const notPassed = report.testResults.filter((file) => file.status !== 'passed').map((file) => file.name)
    expect(notPassed).toEqual([])
    expect(report.numPendingTests).toBe(0)
    expect(report.numPassedTests).toBe(report.numTotalTests)
    expect(report.testResults.length).toBeGreaterThan(60)
    expect(report.numTotalTests).toBeGreaterThan(1400)
  })

  it(`reports itself as Node ${version}`, async () => {
    const { stdout } = await run('npx', ['-y', '-p', `node@${version}`, 'node', '--version'], { cwd: root })
    expect(stdout.trim()).toMatch(new RegExp(`^v${version}\\.`))
  })
})
