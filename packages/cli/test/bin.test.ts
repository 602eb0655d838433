import { execFile } from 'node:child_process'
import { chmod, copyFile, mkdir, writeFile } from 'node:fs/promises'
import { promisify } from 'node:util'
import { afterEach, describe, expect, it } from 'vitest'
import { tempDir } from './run-cli.js'

const BIN = new URL('../bin/alipay-kit.js', import.meta.url)
const run = promisify(execFile)

let cleanup: (() => Promise<void>) | undefined
afterEach(async () => {
  await cleanup?.()
  cleanup = undefined
})

/** A copy of the real bin in a package directory holding `files` (no dist unless given). */
async function packageWith(files: { [path: string]: string }) {
  const tmp = await tempDir()
  cleanup = tmp.remove
  await mkdir(tmp.path('bin'))
  await copyFile(BIN, tmp.path('bin/alipay-kit.js'))
  await chmod(tmp.path('bin/alipay-kit.js'), 0o755)
  for (const [path, text] of Object.entries({ 'package.json': '{"type":"module"}', ...files })) {
    await mkdir(tmp.path(path.split('/').slice(0, -1).join('/')), { recursive: true })
    await writeFile(tmp.path(path), text)
  }
  return tmp
}

/** Runs the bin as a shell does (through its #! line) and collects what it printed. */
async function runBin(path: string): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(path, ['--version'], { env: { ...process.env, NO_COLOR: '1' } })
    return { code: 0, stdout, stderr }
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string }
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr }
  }
}

describe('bin/alipay-kit.js, before a build', () => {
  it('with no dist/cli.js: says to build (exit 3), no stack trace', async () => {
    const pkg = await packageWith({})
    const { code, stdout, stderr } = await runBin(pkg.path('bin/alipay-kit.js'))
    expect(code).toBe(3)
    expect(stdout).toBe('')
    expect(stderr).toBe(
      'error: alipay-kit is not built yet. In the alipay-kit repository, run "npx -y pnpm@12.21.0 build", then try again.\n',
    )
  })

  it('with a dist/cli.js whose @alipay-kit dependencies are not built (or not installed): the same message', async () => {
    const unbuilt = await packageWith({
      'dist/cli.js': "import '@alipay-kit/testing'\n",
      'node_modules/@alipay-kit/testing/package.json': '{"type":"module","exports":{".":"./dist/index.js"}}',
    })
    const first = await runBin(unbuilt.path('bin/alipay-kit.js'))
    expect(first.code).toBe(3)
    expect(first.stderr).toContain('alipay-kit is not built yet')
    expect(first.stderr).not.toContain('    at ')
    await cleanup?.()
    const absent = await packageWith({ 'dist/cli.js': "import '@alipay-kit/testing'\n" })
    const second = await runBin(absent.path('bin/alipay-kit.js'))
    expect(second.code).toBe(3)
    expect(second.stderr).toContain('alipay-kit is not built yet')
  })

  it('runs dist/cli.js when it is there, and lets its other failures through', async () => {
    const ok = await packageWith({ 'dist/cli.js': "console.log('ran', process.argv.slice(2).join(' '))\n" })
    expect(await runBin(ok.path('bin/alipay-kit.js'))).toMatchObject({ code: 0, stdout: 'ran --version\n' })
    await cleanup?.()
    const broken = await packageWith({ 'dist/cli.js': "throw new Error('a real bug')\n" })
    const { code, stderr } = await runBin(broken.path('bin/alipay-kit.js'))
    expect(code).toBe(1)
    expect(stderr).toContain('Error: a real bug')
    expect(stderr).not.toContain('not built yet')
  })
})
