import type pg from 'pg'
import { afterAll, beforeAll, expect, it } from 'vitest'
import { type PostgresServer, startPostgres } from '../support/postgres.js'
import { runChaos } from './chaos.js'

let server: PostgresServer
let pool: pg.Pool
beforeAll(async () => {
  server = await startPostgres()
  pool = server.pool()
}, 60_000)
afterAll(async () => {
  await server?.close()
})

it('processes 2,000 notifications exactly once through duplicates, handler failures and a killed instance, and acknowledges every one', async () => {
  const report = await runChaos({
    notifications: 2000,
    instances: 2,
    duplicateRate: 0.3,
    failRate: 0.1,
    pgUrl: server.url,
    pool,
  })
  expect(report.processedTwiceOrMore).toBe(0)
  expect(report.neverProcessed).toBe(0)
  expect(report.processedOnce).toBe(2000)
  expect(report.acknowledged).toBe(2000)
  // The faults did happen: duplicates were sent and handlers failed.
  expect(report.duplicated).toBeGreaterThan(300)
  expect(report.handlerFailures).toBeGreaterThan(50)
}, 900_000)
