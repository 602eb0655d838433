import { postgresNotificationStore } from '@alipay-kit/postgres'
import { afterAll, beforeAll } from 'vitest'
import { type PostgresServer, startPostgres } from '../support/postgres.js'
import { runStoreContract } from './store-contract.js'

let server: PostgresServer
beforeAll(async () => {
  server = await startPostgres()
}, 60_000)
afterAll(async () => {
  await server?.close()
})

runStoreContract({
  name: 'PostgreSQL',
  // Each store gets its own pool, as each app instance has; a namespace is a table.
  async open(namespace) {
    return postgresNotificationStore({ pool: server.pool(), table: `notifications_${namespace}` })
  },
  outage: {
    stop: () => server.stop(),
    start: () => server.start(),
    durable: true,
  },
})
