// The server of bench/stores-http.ts, as a merchant runs one: plain Node on the built packages (no
// TypeScript loader, whose hooks cost the server more than some stores do). Build first.
//   node bench/store-server.mjs <none|noop|memory|postgres|redis> <database url> <table or prefix>
// Sends its port to the parent process once it listens.
import { readFileSync } from 'node:fs'
import { createServer } from 'node:http'
import { memoryNotificationStore } from '@alipay-kit/core'
import { alipayNotify } from '@alipay-kit/express'
import express from 'express'

const [kind = 'none', url = '', name = ''] = process.argv.slice(2)
const keys = JSON.parse(
  readFileSync(new URL('../packages/core/test/fixtures/vectors.json', import.meta.url), 'utf8'),
).keys

let dedupe = false
if (kind === 'memory') dedupe = memoryNotificationStore()
// The control: a store that claims everything and records nothing. What it costs is core's claim
// path alone, and how far its ratio strays from 1 is how far this machine's noise reaches.
if (kind === 'noop') {
  dedupe = { claim: async () => 'claimed', renew: async () => true, complete: async () => {}, release: async () => {} }
}
if (kind === 'postgres') {
  const { default: pg } = await import('pg')
  const { postgresNotificationStore } = await import('@alipay-kit/postgres')
  const store = postgresNotificationStore({ pool: new pg.Pool({ connectionString: url, max: 16 }), table: name })
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
    clientId: 'SANDBOX_5YEZ2N2ZWBJ000001',
    dedupe,
    on: { PAYMENT_RESULT: async () => {} },
  }),
)
const server = createServer(app)
server.listen(0, '127.0.0.1', () => process.send?.(server.address().port))
process.on('SIGINT', () => process.exit(0))
