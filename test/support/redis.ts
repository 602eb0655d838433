/**
 * A real Redis for the tests: Debian's `redis-server` (`apt-get install -y redis-server`; .ci/run
 * installs it) on a free loopback port, with no persistence, and stop/start/restart for fault tests.
 * Only `pnpm test:redis` uses it, so the main suite never needs the binary.
 */
import { type ChildProcess, spawn } from 'node:child_process'
import { once } from 'node:events'
import { freePort } from './free-port.js'

/** A running (or stopped, for fault tests) redis-server of the test suite. */
export interface RedisServer {
  readonly port: number
  /** `redis://127.0.0.1:<port>`, for clients and child processes. */
  readonly url: string
  /** Stops the server; with no persistence, every key is gone. */
  stop(): Promise<void>
  /** Starts the stopped server again on the same port (empty). */
  start(): Promise<void>
  /** Stops then starts. */
  restart(): Promise<void>
  /** Stops the server for good. */
  close(): Promise<void>
}

function launch(port: number): Promise<ChildProcess> {
  const child = spawn(
    'redis-server',
    ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', '--protected-mode', 'yes'],
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
export async function startRedis(): Promise<RedisServer> {
  const port = await freePort()
  let child: ChildProcess | undefined = await launch(port)
  const stop = async (): Promise<void> => {
    const running = child
    child = undefined
    if (running === undefined || running.exitCode !== null) return
    const exited = once(running, 'exit')
    running.kill('SIGTERM')
    await exited
  }
  const start = async (): Promise<void> => {
    if (child === undefined) child = await launch(port)
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
    close: stop,
  }
}

/** Runs `fn` with a fresh redis-server and always stops it, e.g. `await withRedis(async (server) => { ... })`. */
export async function withRedis<T>(fn: (server: RedisServer) => Promise<T>): Promise<T> {
  const server = await startRedis()
  try {
    return await fn(server)
  } finally {
    await server.close()
  }
}
