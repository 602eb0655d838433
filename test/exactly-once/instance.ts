/**
 * One merchant app instance for the exactly-once tests, run as its own process
 * (`node --import tsx test/exactly-once/instance.ts`): Express with `alipayNotify()` and a shared
 * store, whose PAYMENT_RESULT handler writes one row per run into a ledger table in PostgreSQL.
 * The ledger has no unique key on purpose: a second run of one notification shows as a second row.
 *
 * Settings come from the environment: PG_URL (ledger, and the store when STORE=postgres),
 * STORE (postgres | redis), REDIS_URL, NAME, ALIPAY_PUBLIC_KEY, ALIPAY_CLIENT_ID, LEASE_MS,
 * DELAY_MS (the handler's own work), FAIL_RATE (0..1: share of runs that throw),
 * FAIL_FIRST (1: the first run of each notification throws). Prints `listening <port>` once ready,
 * then `run <paymentRequestId>` as each handler run starts.
 */
import { once } from 'node:events'
import { alipayNotify } from '@alipay-kit/express'
import { postgresNotificationStore } from '@alipay-kit/postgres'
import { redisNotificationStore } from '@alipay-kit/redis'
import express from 'express'
import { Redis } from 'ioredis'
import pg from 'pg'

const env = process.env
const name = env.NAME ?? 'instance'
const pool = new pg.Pool({ connectionString: env.PG_URL, max: 8 })
pool.on('error', () => {}) // idle connections die when a fault test stops the server
const postgres = postgresNotificationStore({ pool })
const redis =
  env.STORE === 'redis'
    ? new Redis(env.REDIS_URL ?? '', { maxRetriesPerRequest: 1, enableOfflineQueue: false })
    : undefined
redis?.on('error', () => {})
const store = redis === undefined ? postgres : redisNotificationStore({ client: redis })
const delayMs = Number(env.DELAY_MS ?? 0)
const failRate = Number(env.FAIL_RATE ?? 0)

const app = express()
app.use(
  alipayNotify({
    dedupe: store,
    dedupeLeaseMs: Number(env.LEASE_MS ?? 30_000),
    logger: { warn: () => {}, error: () => {} },
    onError: () => {},
    on: {
      PAYMENT_RESULT: async (n, _req, delivery) => {
        process.stdout.write(`run ${n.paymentRequestId}\n`)
        if (delayMs > 0) await new Promise((resolve) => setTimeout(resolve, delayMs))
        if (Math.random() < failRate) throw new Error('random failure')
        if (env.FAIL_FIRST === '1') {
          const first = await pool.query('INSERT INTO failed_once (id) VALUES ($1) ON CONFLICT DO NOTHING', [
            n.paymentRequestId,
          ])
          if (first.rowCount === 1) throw new Error('first run fails')
        }
        if (redis !== undefined) {
          await pool.query('INSERT INTO ledger (payment_request_id, instance) VALUES ($1, $2)', [
            n.paymentRequestId,
            name,
          ])
          return
        }
        // The inbox pattern: the ledger row and the done mark commit together.
        const client = await pool.connect()
        // Checked out, a client has no pool listener, and a connection that ends (the outage test
        // stops PostgreSQL) always emits 'error': unhandled, it ended this process mid-test (a soak
        // run failed so, every later delivery to this instance a transport failure).
        const ignore = () => {}
        client.on('error', ignore)
        try {
          await client.query('BEGIN')
          await client.query('INSERT INTO ledger (payment_request_id, instance) VALUES ($1, $2)', [
            n.paymentRequestId,
            name,
          ])
          await postgres.markDone(client, delivery)
          await client.query('COMMIT')
        } catch (error) {
          await client.query('ROLLBACK').catch(() => {})
          throw error
        } finally {
          client.off('error', ignore)
          client.release()
        }
      },
    },
  }),
)
// Ready before listening: with the offline queue off, a command sent while connecting fails at once.
if (redis !== undefined) await once(redis, 'ready')
const server = app.listen(Number(env.PORT ?? 0), '127.0.0.1', () => {
  const address = server.address()
  process.stdout.write(`listening ${typeof address === 'object' && address !== null ? address.port : ''}\n`)
})
