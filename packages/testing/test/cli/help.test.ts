import { describe, expect, it } from 'vitest'
import { runCli as runInProcess } from '../../src/cli/run.js'
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

  it('each command has help with usage, options, an example and the exit codes', async () => {
    const results = await Promise.all(COMMANDS.map((name) => runCli([...name.split(' '), '--help'])))
    for (const [i, { code, stdout }] of results.entries()) {
      expect(code, COMMANDS[i]).toBe(0)
      expect(stdout).toContain(`alipay-kit ${COMMANDS[i]}`)
      for (const section of ['Usage:', 'Options:', 'Exit codes:']) expect(stdout).toContain(section)
      expect(stdout).toMatch(/Examples?:\n {2}alipay-kit /)
    }
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
})
