import { afterAll, beforeAll, describe } from 'vitest'
import { runStoreContract } from '../stores/store-contract.js'
import { type RedisServer, startRedis } from '../support/redis.js'
import { type ClientName, storeOpener } from './clients.js'

describe.each<ClientName>(['ioredis', 'node-redis'])('Redis through %s', (name) => {
  let server: RedisServer
  const opener = storeOpener(name, () => server)
  beforeAll(async () => {
    server = await startRedis()
  })
  afterAll(async () => {
    await opener.closeAll()
    await server?.close()
  })

  runStoreContract({
    name: `Redis (${name})`,
    // Each store gets its own connection, as each app instance has; a namespace is a key prefix.
    async open(namespace) {
      return (await opener.open(`test:${namespace}:`)).store
    },
    // No persistence: the server comes back empty, so only reconnection is checked.
    outage: { stop: () => server.stop(), start: () => server.start(), durable: false },
  })
})
