import { execFile, spawn } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { describe, expect, it } from 'vitest'

const run = promisify(execFile)
const root = new URL('..', import.meta.url).pathname
const packages = [
  'core',
  'core/web',
  'express',
  'koa',
  'fastify',
  'hono',
  'testing',
  'postgres',
  'redis',
  'web',
] as const

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

// The CLI as a user starts it: through the bin link pnpm made from bin/alipay-kit.js, and through
// npx by the scoped name (which resolves to this workspace's package, with no registry lookup).
describe('built @alipay-kit/cli', () => {
  const version = (
    JSON.parse(readFileSync(new URL('../packages/cli/package.json', import.meta.url), 'utf8')) as {
      version: string
    }
  ).version

  it('runs from the build through the bin link: --version', async () => {
    const { stdout } = await run(join(root, 'node_modules', '.bin', 'alipay-kit'), ['--version'], { cwd: root })
    expect(stdout).toBe(`${version}\n`)
  })

  it('runs as "npx @alipay-kit/cli", offline, and its help names that command', async () => {
    const { stdout } = await run('npx', ['--offline', '@alipay-kit/cli', '--help'], {
      cwd: root,
      env: { ...process.env, NO_COLOR: '1' },
    })
    expect(stdout).toMatch(/^alipay-kit: keys, signatures/)
    expect(stdout).toContain('npx @alipay-kit/cli <command>')
  })

  it('keys generate --pkcs1 runs from the build and prints every form', async () => {
    const { stdout } = await run(join(root, 'node_modules', '.bin', 'alipay-kit'), ['keys', 'generate', '--pkcs1'], {
      cwd: root,
      env: { ...process.env, NO_COLOR: '1' },
    })
    expect(stdout).toContain('# merchant-private-key-pkcs1.txt')
    expect(stdout).toContain('-----BEGIN PUBLIC KEY-----')
  })

  it("simulate runs the built testing kit's simulator and prints the app's settings", async () => {
    const cwd = await mkdtemp(join(tmpdir(), 'alipay-kit-dist-'))
    const child = spawn(join(root, 'node_modules', '.bin', 'alipay-kit'), ['simulate', '--port', '0'], {
      cwd,
      env: { ...process.env, NO_COLOR: '1', ALIPAY_CLIENT_ID: 'TEST_5YDIST' },
    })
    let stdout = ''
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      stdout += chunk
    })
    // The signal too: a process that dies of SIGTERM (no handler yet) exits with code null.
    const exited = new Promise((resolve) => child.on('exit', (code, signal) => resolve({ code, signal })))
    try {
      await new Promise<void>((resolve, reject) => {
        child.stdout.on('data', () => stdout.includes('Press Ctrl+C') && resolve())
        child.on('exit', () => reject(new Error(`simulate exited early:\n${stdout}`)))
      })
      expect(stdout).toMatch(/^ {2}ALIPAY_BASE_URL=http:\/\/127\.0\.0\.1:\d+$/m)
      expect(stdout).toContain('  ALIPAY_CLIENT_ID=TEST_5YDIST\n')
      expect(readFileSync(join(cwd, '.alipay-kit', 'app.env'), 'utf8')).toContain('ALIPAY_CLIENT_ID=TEST_5YDIST\n')
    } finally {
      child.kill('SIGTERM')
      expect(await exited).toEqual({ code: 0, signal: null })
      await rm(cwd, { recursive: true, force: true })
    }
  })
})
