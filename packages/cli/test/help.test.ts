import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { runCli as runInProcess } from '../src/run.js'
import { runCli } from './run-cli.js'

const COMMANDS = ['keys generate', 'sign', 'verify', 'trigger', 'simulate']

describe('alipay-kit --help and usage errors', () => {
  it('--help exits 0, lists every command and documents the exit codes', async () => {
    const { code, stdout, stderr } = await runCli(['--help'])
    expect(code).toBe(0)
    expect(stderr).toBe('')
    for (const name of COMMANDS) expect(stdout).toMatch(new RegExp(`^  ${name}\\s{2,}\\S`, 'm'))
    expect(stdout).toContain('Exit codes:')
    expect(stdout).toMatch(/^ {2}2 {2}usage error/m)
    expect(stdout).not.toContain('\u001b[')
  })

  it('names the scoped package for npx, never a bare "npx alipay-kit"', async () => {
    const { stdout } = await runCli(['--help'])
    expect(stdout).toContain('npx @alipay-kit/cli <command>')
    expect(stdout).not.toMatch(/npx alipay-kit/)
  })

  it('--version prints the version of @alipay-kit/cli', async () => {
    const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string }
    const { code, stdout } = await runCli(['--version'])
    expect(code).toBe(0)
    expect(stdout).toBe(`${pkg.version}\n`)
  })

  it('each command has help with usage, options, an example and the exit codes', async () => {
    for (const name of COMMANDS) {
      const { code, output } = await helpOf(name)
      expect(code, name).toBe(0)
      expect(output).toContain(`alipay-kit ${name}`)
      for (const section of ['Usage:', 'Options:', 'Exit codes:']) expect(output).toContain(section)
      expect(output).toMatch(/Examples?:\n {2}alipay-kit /)
      expect(output, name).not.toMatch(/npx alipay-kit/)
    }
  })

  it("each command's help lists only the exit codes that command can end with", async () => {
    const expected: { [name: string]: number[] } = {
      'keys generate': [0, 2, 3],
      sign: [0, 2],
      verify: [0, 1, 2],
      trigger: [0, 1, 2, 3],
      simulate: [0, 2, 3],
    }
    for (const name of COMMANDS) {
      const { output } = await helpOf(name)
      const section = output.slice(output.indexOf('Exit codes:'))
      const codes = [...section.matchAll(/^ {2}(\d) {2}\S/gm)].map((m) => Number(m[1]))
      expect(codes, name).toEqual(expected[name])
    }
    const verify = (await helpOf('verify')).output
    expect(verify).toMatch(/^ {2}1 {2}the signature is invalid/m)
    expect(verify).not.toContain('trigger')
  })

  it('an unknown command exits 2 and names it on stderr', async () => {
    const { code, stdout, stderr } = await runCli(['refund-everything'])
    expect(code).toBe(2)
    expect(stdout).toBe('')
    expect(stderr).toContain('unknown command "refund-everything"')
  })

  it('an unknown option exits 2 and points to the command help', async () => {
    const { code, stderr } = await runCli(['sign', '--no-such-option'])
    expect(code).toBe(2)
    expect(stderr).toContain("Unknown option '--no-such-option'")
    expect(stderr).toContain('alipay-kit sign --help')
  })
})

/** A stand-in for the terminal, to see colour decisions without a real TTY. */
function fakeIo(env: { [name: string]: string | undefined }, isTTY: boolean) {
  let stdout = ''
  return {
    io: {
      stdout: { isTTY, write: (text: string) => (stdout += text) },
      stderr: { isTTY, write: () => true },
      stdin: { isTTY, async *[Symbol.asyncIterator]() {} },
      env,
      cwd: process.cwd(),
      onStop: () => () => {},
    },
    output: () => stdout,
  }
}

/** A command's help page, from the tool run in-process (the spawned tool's --help is tested above). */
async function helpOf(name: string): Promise<{ code: number; output: string }> {
  const piped = fakeIo({}, false)
  const code = await runInProcess([...name.split(' '), '--help'], piped.io)
  return { code, output: piped.output() }
}

describe('colour', () => {
  it('is used on a terminal, never when NO_COLOR is set, never off a terminal', async () => {
    const tty = fakeIo({}, true)
    expect(await runInProcess(['--help'], tty.io)).toBe(0)
    expect(tty.output()).toContain('\u001b[1m')
    const noColor = fakeIo({ NO_COLOR: '1' }, true)
    await runInProcess(['--help'], noColor.io)
    expect(noColor.output()).not.toContain('\u001b[')
    const piped = fakeIo({}, false)
    await runInProcess(['--help'], piped.io)
    expect(piped.output()).not.toContain('\u001b[')
    expect(piped.output()).toBe(noColor.output())
  })

  it('FORCE_COLOR decides when set, as in Node: 1/true/empty force it on (over NO_COLOR), 0 turns it off', async () => {
    for (const [env, isTTY, coloured] of [
      [{ FORCE_COLOR: '1' }, false, true],
      [{ FORCE_COLOR: 'true' }, false, true],
      [{ FORCE_COLOR: '' }, false, true],
      [{ FORCE_COLOR: '3', NO_COLOR: '1' }, false, true],
      [{ FORCE_COLOR: '0' }, true, false],
      [{ FORCE_COLOR: 'false' }, true, false],
    ] as const) {
      const run = fakeIo(env, isTTY)
      await runInProcess(['--help'], run.io)
      expect(run.output().includes('\u001b['), JSON.stringify(env)).toBe(coloured)
    }
  })

  it('the real process honours FORCE_COLOR with its output piped', async () => {
    const forced = await runCli(['--help'], { env: { FORCE_COLOR: '1' } })
    expect(forced.stdout).toContain('\u001b[1malipay-kit\u001b[22m')
    const plain = await runCli(['--help'], { env: { FORCE_COLOR: '0', NO_COLOR: undefined } })
    expect(plain.stdout).not.toContain('\u001b[')
  })
})
