import type pg from 'pg'
import { afterAll, beforeAll } from 'vitest'
import { type PostgresServer, startPostgres } from '../support/postgres.js'
import { exactlyOnceScenarios } from './scenarios.js'

let server: PostgresServer
let pool: pg.Pool
beforeAll(async () => {
  server = await startPostgres()
  pool = server.pool()
}, 60_000)
afterAll(async () => {
  await server?.close()
})

exactlyOnceScenarios('PostgreSQL', () => ({
  store: 'postgres',
  pgUrl: server.url,
  pool,
  stopStore: () => server.stop(),
  startStore: () => server.start(),
}))
