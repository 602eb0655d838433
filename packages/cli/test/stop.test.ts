import { spawn } from 'node:child_process'
import { once } from 'node:events'
import { mkdir } from 'node:fs/promises'
import { createRequire } from 'node:module'
import { join } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { EXIT } from '../src/exit-codes.js'
import type { CliIo } from '../src/io.js'
import { runCli as runInProcess } from '../src/run.js'
import { runCli, tempDir } from './run-cli.js'
import { watch } from './watch-output.js'

const TSX = pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href
const CHILD = fileURLToPath(new URL('./stop-signals-child.ts', import.meta.url))

let tmp: Awaited<ReturnType<typeof tempDir>>
beforeAll(async () => {
  tmp = await tempDir()
})
afterAll(() => tmp.remove())

/** The tool in-process, with a stand-in for the process's stop signals that records their use. */
function stoppableIo(cwd: string) {
  let stdout = ''
  const events: string[] = []
  let stop: (() => void) | undefined
  let ready: () => void = () => {}
  const printed = new Promise<void>((resolve) => {
    ready = resolve
  })
  const io: CliIo = {
    stdout: {
      write: (text: string) => {
        if (stdout === '') events.push(stop === undefined ? 'first line, no stop listener' : 'first line')
        stdout += text
        if (text.includes('Press Ctrl+C to stop.')) ready()
      },
    },
    stderr: { write: () => true },
    stdin: { async *[Symbol.asyncIterator]() {} },
    env: {},
    cwd,
    onStop(listener) {
      events.push('listening for stop')
      stop = listener
      return () => {
        events.push(`listener removed after: ${stdout.trimEnd().split('\n').at(-1)}`)
        stop = undefined
      }
    },
  }
  return { io, events, printed, stop: () => stop?.() }
}

describe('stopping on SIGINT and SIGTERM', () => {
  it('simulate listens for stop before its first line, and until the simulator is closed', async () => {
    const run = stoppableIo(tmp.path('in-process'))
    const exited = runInProcess(['simulate', '--port', '0'], run.io)
    await run.printed
    run.stop()
    expect(await exited).toBe(0)
    expect(run.events).toEqual([
      'listening for stop',
      'first line',
      'listener removed after: stopped: 0 delivery attempts',
    ])
  })

  it('a stop signal repeated during shutdown is absorbed: the process exits with its own code, not by the signal', async () => {
    const child = spawn(process.execPath, ['--import', TSX, CHILD])
    const out = watch(child.stdout.setEncoding('utf8'))
    const ended = once(child, 'exit')
    await out.waitFor(/^ready\n/)
    child.kill('SIGTERM')
    expect(await ended).toEqual([0, null])
    expect(out.text()).toBe('ready\nstopped after 1 call\n')
  })

  it('simulate closes the simulator when it fails after listening, and exits instead of hanging', async () => {
    // A directory where --tls writes the CA file: the write fails once the simulator listens.
    const cwd = tmp.path('ca-not-writable')
    await mkdir(join(cwd, '.alipay-kit', 'simulator-ca.pem'), { recursive: true })
    const { code, stderr } = await runCli(['simulate', '--tls', '--port', '0'], { cwd })
    expect(code).toBe(EXIT.error)
    expect(stderr).toContain('EISDIR')
  })
})
