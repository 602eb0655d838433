/**
 * A real Redis for the tests: Debian's `redis-server` (`apt-get install -y redis-server`; .ci/run
 * installs it) on a free loopback port, with no persistence unless asked, and stop/start/restart
 * for fault tests. Only `pnpm test:redis` uses it, so the main suite never needs the binary.
 */
import { type ChildProcess, spawn } from 'node:child_process'
import { once } from 'node:events'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { freePort } from './free-port.js'

/** Options of {@link startRedis}. */
export interface RedisServerOptions {
  /**
   * Keep the data across stop/start: an append-only file in a temp folder, fsynced on every write
   * (as a production Redis that must not forget done marks would run). @default false
   */
  readonly persistent?: boolean
}

/** A running (or stopped, for fault tests) redis-server of the test suite. */
export interface RedisServer {
  readonly port: number
  /** `redis://127.0.0.1:<port>`, for clients and child processes. */
  readonly url: string
  /** Stops the server; without `persistent`, every key is gone. */
  stop(): Promise<void>
  /** Starts the stopped server again on the same port (empty, or with its data when `persistent`). */
  start(): Promise<void>
  /** Stops then starts. */
  restart(): Promise<void>
  /** Stops the server for good. */
  close(): Promise<void>
}

function launch(port: number, dir: string | undefined): Promise<ChildProcess> {
  const persistence =
    dir === undefined ? ['--appendonly', 'no'] : ['--appendonly', 'yes', '--appendfsync', 'always', '--dir', dir]
  const child = spawn(
    'redis-server',
    ['--port', String(port), '--bind', '127.0.0.1', '--save', '', ...persistence, '--protected-mode', 'yes'],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  )
  return new Promise((resolve, reject) => {
    let output = ''
    const onData = (chunk: Buffer): void => {
      output += chunk.toString('utf8')
      if (output.includes('Ready to accept connections')) {
        child.stdout?.off('data', onData)
        child.stdout?.resume()
        resolve(child)
      }
    }
    child.stdout?.on('data', onData)
    child.stderr?.resume()
    child.once('error', (error) =>
      reject(new Error('redis-server could not be started: apt-get install -y redis-server', { cause: error })),
    )
    child.once('exit', (code) => reject(new Error(`redis-server exited with ${code} on port ${port}:\n${output}`)))
  })
}

/** Starts redis-server on a free loopback port. */
export async function startRedis(options: RedisServerOptions = {}): Promise<RedisServer> {
  const port = await freePort()
  const dir = options.persistent === true ? await mkdtemp(join(tmpdir(), 'alipay-kit-redis-')) : undefined
  let child: ChildProcess | undefined = await launch(port, dir)
  const stop = async (): Promise<void> => {
    const running = child
    child = undefined
    if (running === undefined || running.exitCode !== null) return
    const exited = once(running, 'exit')
    running.kill('SIGTERM')
    await exited
  }
  const start = async (): Promise<void> => {
    if (child === undefined) child = await launch(port, dir)
  }
  return {
    port,
    url: `redis://127.0.0.1:${port}`,
    stop,
    start,
    async restart() {
      await stop()
      await start()
    },
    async close() {
      await stop()
      if (dir !== undefined) await rm(dir, { recursive: true, force: true })
    },
  }
}

/** Runs `fn` with a fresh redis-server and always stops it, e.g. `await withRedis(async (server) => { ... })`. */
export async function withRedis<T>(
  fn: (server: RedisServer) => Promise<T>,
  options: RedisServerOptions = {},
): Promise<T> {
  const server = await startRedis(options)
  try {
    return await fn(server)
  } finally {
    await server.close()
  }
}
