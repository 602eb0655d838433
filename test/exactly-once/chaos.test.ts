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
  // One assertion over the counts, so a failure prints them all.
  expect(report).toMatchObject({
    processedTwiceOrMore: 0,
    neverProcessed: 0,
    processedOnce: 2000,
    acknowledged: 2000,
    exhausted: 0,
    stillDelivering: 0,
  })
  // The faults did happen: duplicates were sent and handlers failed.
  expect(report.duplicated).toBeGreaterThan(300)
  expect(report.handlerFailures).toBeGreaterThan(50)
}, 1_200_000)
