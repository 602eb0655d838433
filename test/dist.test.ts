import { execFile } from 'node:child_process'
import { promisify } from 'node:util'
import { describe, expect, it } from 'vitest'

const run = promisify(execFile)
const root = new URL('..', import.meta.url).pathname
const packages = ['core', 'express', 'koa', 'fastify', 'testing', 'postgres', 'redis'] as const

/** Export names of a package's build as plain node (no tsx, no aliases) loads it. */
async function exportNames(name: string, mode: 'import' | 'require'): Promise<string[]> {
  const load =
    mode === 'import'
      ? `await import('@alipay-kit/${name}')`
      : `(await import('node:module')).createRequire(process.cwd() + '/')('@alipay-kit/${name}')`
  const { stdout } = await run(
    process.execPath,
    ['--input-type=module', '-e', `const m = ${load}; console.log(JSON.stringify(Object.keys(m).sort()))`],
    { cwd: root },
  )
  return JSON.parse(stdout) as string[]
}

// The suite's other tests run against the sources; this one loads what would be published, as a
// merchant's app would, and pins each package's public names so an accidental API break shows.
describe.each(packages)('built @alipay-kit/%s', (name) => {
  it('exports the same names to ESM and CommonJS, as recorded', async () => {
    const [esm, cjs] = await Promise.all([exportNames(name, 'import'), exportNames(name, 'require')])
    expect(cjs).toEqual(esm)
    expect(esm).toMatchSnapshot()
  })
})
