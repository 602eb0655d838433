import type pg from 'pg'
import { afterAll, beforeAll } from 'vitest'
import { exactlyOnceScenarios } from '../exactly-once/scenarios.js'
import { type PostgresServer, startPostgres } from '../support/postgres.js'
import { type RedisServer, startRedis } from '../support/redis.js'

// The instances share Redis as their store; the ledger that counts handler runs is in PostgreSQL.
// Redis keeps its keys across the restart of the outage scenario (an fsynced AOF): exactly once
// across a Redis restart needs that persistence, as docs/stores.md says.
let postgres: PostgresServer
let redis: RedisServer
let pool: pg.Pool
beforeAll(async () => {
  ;[postgres, redis] = await Promise.all([startPostgres(), startRedis({ persistent: true })])
  pool = postgres.pool()
}, 60_000)
afterAll(async () => {
  await Promise.all([postgres?.close(), redis?.close()])
})

exactlyOnceScenarios('Redis', () => ({
  store: 'redis',
  pgUrl: postgres.url,
  redisUrl: redis.url,
  pool,
  stopStore: () => redis.stop(),
  startStore: () => redis.start(),
}))
