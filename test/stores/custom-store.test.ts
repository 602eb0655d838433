import { readFileSync } from 'node:fs'
import { postgresNotificationStoreMigration } from '@alipay-kit/postgres'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type PostgresServer, startPostgres } from '../support/postgres.js'
import { myNotificationStore } from './custom-store.js'
import { runStoreContract } from './store-contract.js'

// docs/stores.md shows custom-store.ts as "a store of your own in a few dozen lines": it passes the
// same contract as the packaged stores, and the guide quotes it verbatim.
let server: PostgresServer
beforeAll(async () => {
  server = await startPostgres()
}, 60_000)
afterAll(async () => {
  await server?.close()
})

const created = new Set<string>()
runStoreContract({
  name: "the guide's own-store example",
  // The example hard-codes its table, so a namespace is a database; each store gets its own pool.
  async open(namespace) {
    const database = `custom_${namespace}`
    const url = server.url.replace(/\/postgres$/, `/${database}`)
    if (!created.has(database)) {
      created.add(database)
      await server.pool({ max: 1 }).query(`CREATE DATABASE ${database}`)
      await server
        .pool({ connectionString: url, max: 1 })
        .query(
          'CREATE TABLE my_notifications (key text PRIMARY KEY, state text NOT NULL, owner text NOT NULL, expires_at timestamptz NOT NULL)',
        )
    }
    return myNotificationStore(server.pool({ connectionString: url }))
  },
})

describe('docs/stores.md', () => {
  const guide = readFileSync(new URL('../../docs/stores.md', import.meta.url), 'utf8')

  it('quotes the own-store example verbatim', () => {
    expect(guide).toContain(readFileSync(new URL('./custom-store.ts', import.meta.url), 'utf8').trim())
  })

  it('quotes the PostgreSQL migration verbatim', () => {
    expect(guide).toContain(postgresNotificationStoreMigration().trim())
  })
})
