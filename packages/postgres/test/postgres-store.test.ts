import { randomUUID } from 'node:crypto'
import { isAlipayError } from '@alipay-kit/core'
import { postgresNotificationStore, postgresNotificationStoreMigration } from '@alipay-kit/postgres'
import type pg from 'pg'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type PostgresServer, startPostgres } from '../../../test/support/postgres.js'

let server: PostgresServer
let pool: pg.Pool
beforeAll(async () => {
  server = await startPostgres()
  pool = server.pool()
}, 60_000)
afterAll(async () => {
  await server?.close()
})

const LONG_MS = 60_000
const fresh = () => `t_${randomUUID().replaceAll('-', '_')}`
const owner = () => randomUUID()
const key = () => `PAYMENT_RESULT:pay-${randomUUID()}:SUCCESS`

async function until(check: () => Promise<boolean>): Promise<void> {
  while (!(await check())) await new Promise((resolve) => setTimeout(resolve, 20))
}

/** Runs `fn` in a transaction on its own connection: COMMIT if it resolves, ROLLBACK (and rethrow) if not. */
async function transaction<T>(fn: (client: pg.PoolClient) => Promise<T>): Promise<T> {
  const client = await pool.connect()
  try {
    await client.query('BEGIN')
    const result = await fn(client)
    await client.query('COMMIT')
    return result
  } catch (error) {
    await client.query('ROLLBACK')
    throw error
  } finally {
    client.release()
  }
}

async function count(sql: string, values: unknown[] = []): Promise<number> {
  return Number((await pool.query(sql, values)).rows[0].n)
}

describe('markDone: the inbox pattern, in the merchant transaction', () => {
  const orders = `orders_${randomUUID().slice(0, 8)}`
  beforeAll(async () => {
    await pool.query(`CREATE TABLE ${orders} (id text PRIMARY KEY)`)
  })
  const paid = (id: string) => count(`SELECT count(*) AS n FROM ${orders} WHERE id = $1`, [id])

  it('commits the mark with the merchant writes; the handler completing afterwards changes nothing', async () => {
    const store = postgresNotificationStore({ pool })
    const delivery = { key: key(), owner: owner() }
    expect(await store.claim(delivery.key, delivery.owner, LONG_MS)).toBe('claimed')
    await transaction(async (client) => {
      await client.query(`INSERT INTO ${orders} (id) VALUES ($1)`, [delivery.key])
      await store.markDone(client, delivery)
    })
    expect(await paid(delivery.key)).toBe(1)
    expect(await store.claim(delivery.key, owner(), LONG_MS)).toBe('done')
    await store.complete(delivery.key, delivery.owner, LONG_MS)
    expect(await store.claim(delivery.key, owner(), LONG_MS)).toBe('done')
  })

  it('rolls back with the merchant writes: the claim is still held, and released it is processed again', async () => {
    const store = postgresNotificationStore({ pool })
    const delivery = { key: key(), owner: owner() }
    expect(await store.claim(delivery.key, delivery.owner, LONG_MS)).toBe('claimed')
    const failure = new Error('the merchant write failed after the mark')
    await expect(
      transaction(async (client) => {
        await store.markDone(client, delivery)
        throw failure
      }),
    ).rejects.toBe(failure)
    expect(await store.renew(delivery.key, delivery.owner, LONG_MS)).toBe(true)
    await store.release(delivery.key, delivery.owner)
    expect(await store.claim(delivery.key, owner(), LONG_MS)).toBe('claimed')
  })

  it('refuses with ERR_ALIPAY_CLAIM_LOST once another delivery took the expired claim, so the writes roll back', async () => {
    const store = postgresNotificationStore({ pool })
    const late = { key: key(), owner: owner() }
    expect(await store.claim(late.key, late.owner, 200)).toBe('claimed')
    const next = owner()
    await until(async () => (await store.claim(late.key, next, LONG_MS)) === 'claimed')

    const error = await transaction(async (client) => {
      await client.query(`INSERT INTO ${orders} (id) VALUES ($1)`, [late.key])
      await store.markDone(client, late)
    }).catch((caught: unknown) => caught)
    expect(isAlipayError(error) && error.code).toBe('ERR_ALIPAY_CLAIM_LOST')
    expect(await paid(late.key)).toBe(0)
    // The delivery that took over still holds its claim.
    expect(await store.renew(late.key, next, LONG_MS)).toBe(true)
  })

  it('refuses with ERR_ALIPAY_CLAIM_LOST for a delivery that never held a claim (dedupe off, or another store)', async () => {
    const store = postgresNotificationStore({ pool })
    const error = await store.markDone(pool, { key: key(), owner: owner() }).catch((caught: unknown) => caught)
    expect(isAlipayError(error) && error.code).toBe('ERR_ALIPAY_CLAIM_LOST')
  })

  it('holds a competing claim until the transaction ends, even past the lease: it then answers done', async () => {
    const store = postgresNotificationStore({ pool })
    const delivery = { key: key(), owner: owner() }
    expect(await store.claim(delivery.key, delivery.owner, 200)).toBe('claimed')
    const client = await pool.connect()
    try {
      await client.query('BEGIN')
      await store.markDone(client, delivery)
      const competing = store.claim(delivery.key, owner(), LONG_MS)
      // Outlive the 200 ms lease by the database's clock (a sentinel leased later has expired).
      const sentinel = key()
      expect(await store.claim(sentinel, owner(), 200)).toBe('claimed')
      await until(async () => (await store.claim(sentinel, owner(), LONG_MS)) === 'claimed')
      await client.query('COMMIT')
      expect(await competing).toBe('done')
    } finally {
      client.release()
    }
  })

  it('does not hold up the claims that share a batch with a key held by a merchant transaction', async () => {
    const store = postgresNotificationStore({ pool })
    const delivery = { key: key(), owner: owner() }
    expect(await store.claim(delivery.key, delivery.owner, LONG_MS)).toBe('claimed')
    const client = await pool.connect()
    try {
      await client.query('BEGIN')
      await store.markDone(client, delivery)
      // One turn: the held key and three others are sent as one batch.
      const held = store.claim(delivery.key, owner(), LONG_MS)
      const others = await Promise.all([key(), key(), key()].map((k) => store.claim(k, owner(), LONG_MS)))
      expect(others).toEqual(['claimed', 'claimed', 'claimed'])
      await client.query('COMMIT')
      expect(await held).toBe('done')
    } finally {
      client.release()
    }
  })

  it('checks its arguments', async () => {
    const store = postgresNotificationStore({ pool })
    await expect(store.markDone({} as pg.Pool, { key: 'k', owner: 'o' })).rejects.toBeInstanceOf(TypeError)
    await expect(store.markDone(pool, { key: 'k' } as { key: string; owner: string })).rejects.toBeInstanceOf(TypeError)
  })
})

describe('batches (concurrent claims sent as one statement)', () => {
  it('gives each key to exactly one of two instances claiming the same keys in opposite orders', async () => {
    const table = fresh()
    const a = postgresNotificationStore({ pool: server.pool({ max: 4 }), table })
    const b = postgresNotificationStore({ pool: server.pool({ max: 4 }), table })
    const keys = Array.from({ length: 200 }, () => key())
    for (let round = 0; round < 3; round++) {
      const mine = keys.map((k) => `${k}:${round}`)
      const [fromA, fromB] = await Promise.all([
        Promise.all(mine.map((k) => a.claim(k, owner(), LONG_MS))),
        Promise.all([...mine].reverse().map((k) => b.claim(k, owner(), LONG_MS))),
      ])
      fromB.reverse()
      for (let i = 0; i < mine.length; i++) {
        expect([fromA[i], fromB[i]].sort()).toEqual(['busy', 'claimed'])
      }
    }
  })

  it('marks a batch done and answers done to every later claim, each with its own retention', async () => {
    const store = postgresNotificationStore({ pool })
    const claims = Array.from({ length: 50 }, () => ({ key: key(), owner: owner() }))
    expect(new Set(await Promise.all(claims.map((c) => store.claim(c.key, c.owner, LONG_MS))))).toEqual(
      new Set(['claimed']),
    )
    await Promise.all(claims.map((c, i) => store.complete(c.key, c.owner, LONG_MS + i * 1000)))
    expect(new Set(await Promise.all(claims.map((c) => store.claim(c.key, owner(), LONG_MS))))).toEqual(
      new Set(['done']),
    )
    const { rows } = await pool.query<{ key: string; ms: number }>(
      `SELECT key, extract(epoch FROM expires_at - now()) * 1000 AS ms FROM alipay_notifications WHERE key = ANY ($1)`,
      [claims.map((c) => c.key)],
    )
    const left = new Map(rows.map((row) => [row.key, Number(row.ms)]))
    claims.forEach((c, i) => {
      const ms = left.get(c.key) as number
      expect(ms).toBeGreaterThan(LONG_MS + i * 1000 - 30_000)
      expect(ms).toBeLessThanOrEqual(LONG_MS + i * 1000)
    })
  })

  it('answers claims of the same key made in one turn one at a time: one claimed, the rest busy', async () => {
    const store = postgresNotificationStore({ pool })
    const k = key()
    const outcomes = await Promise.all(Array.from({ length: 10 }, () => store.claim(k, owner(), LONG_MS)))
    expect(outcomes.filter((o) => o === 'claimed')).toHaveLength(1)
    expect(outcomes.filter((o) => o === 'busy')).toHaveLength(9)
  })
})

describe('prepared statements', () => {
  const prepared = async (one: pg.Pool) =>
    (await one.query<{ name: string }>('SELECT name FROM pg_prepared_statements')).rows.map((row) => row.name)

  it('keeps the claim and done statements prepared on the connection', async () => {
    const one = server.pool({ max: 1 })
    const store = postgresNotificationStore({ pool: one, table: fresh() })
    const k = key()
    const o = owner()
    expect(await store.claim(k, o, LONG_MS)).toBe('claimed')
    await store.complete(k, o, LONG_MS)
    const names = await prepared(one)
    expect(names.filter((name) => name.startsWith('alipay_kit_'))).toHaveLength(2)
  })

  it('sends plain statements with preparedStatements: false', async () => {
    const one = server.pool({ max: 1 })
    const store = postgresNotificationStore({ pool: one, table: fresh(), preparedStatements: false })
    expect(await store.claim(key(), owner(), LONG_MS)).toBe('claimed')
    expect(await prepared(one)).toEqual([])
  })

  it('goes on without them when the server lost them (a pooler handing out another connection)', async () => {
    const one = server.pool({ max: 1 })
    const store = postgresNotificationStore({ pool: one, table: fresh() })
    expect(await store.claim(key(), owner(), LONG_MS)).toBe('claimed')
    // The server forgets what this connection prepared, as a transaction-mode pooler's next server
    // connection would never have known it: pg still believes it is there and answers 26000.
    await one.query('DEALLOCATE ALL')
    const k = key()
    expect(await store.claim(k, owner(), LONG_MS)).toBe('claimed')
    expect(await store.claim(k, owner(), LONG_MS)).toBe('busy')
    expect(await prepared(one)).toEqual([])
  })
})

describe('the table', () => {
  it('is created once by many instances starting at the same moment', async () => {
    const table = fresh()
    const instances = Array.from({ length: 8 }, () =>
      postgresNotificationStore({ pool: server.pool({ max: 1 }), table }),
    )
    const outcomes = await Promise.all(instances.map((store) => store.claim(key(), owner(), LONG_MS)))
    expect(outcomes).toEqual(Array(8).fill('claimed'))
    expect(await count('SELECT count(*) AS n FROM pg_class WHERE relname = $1', [table])).toBe(1)
  })

  it('lives in the schema named, with the case as written', async () => {
    await pool.query('CREATE SCHEMA IF NOT EXISTS billing')
    const table = `billing.Notifications_${randomUUID().slice(0, 8)}`
    const store = postgresNotificationStore({ pool, table })
    expect(store.table).toBe(table)
    expect(await store.claim(key(), owner(), LONG_MS)).toBe('claimed')
    const [schema, name] = table.split('.')
    const found = await count(
      'SELECT count(*) AS n FROM information_schema.tables WHERE table_schema = $1 AND table_name = $2',
      [schema, name],
    )
    expect(found).toBe(1)
  })

  it('is left to the migrations with createTable: false, and the exported migration creates it', async () => {
    const table = fresh()
    const store = postgresNotificationStore({ pool, table, createTable: false })
    await expect(store.claim(key(), owner(), LONG_MS)).rejects.toMatchObject({ code: '42P01' }) // undefined_table
    const migration = postgresNotificationStoreMigration(table)
    await pool.query(migration)
    await pool.query(migration) // idempotent
    expect(await store.claim(key(), owner(), LONG_MS)).toBe('claimed')
  })

  it('is created again on the next call after the first attempt failed', async () => {
    const instance = server.pool()
    const table = fresh()
    const store = postgresNotificationStore({ pool: instance, table })
    await server.stop()
    try {
      await expect(store.claim(key(), owner(), LONG_MS)).rejects.toBeInstanceOf(Error)
    } finally {
      await server.start()
    }
    await until(() =>
      store.claim(key(), owner(), LONG_MS).then(
        () => true,
        () => false,
      ),
    )
    expect(await count('SELECT count(*) AS n FROM pg_class WHERE relname = $1', [table])).toBe(1)
  })

  it('loses its expired rows in bounded batches, and keeps the live ones', async () => {
    const table = fresh()
    // Rows as the store writes them, 1,500 of them expired; the claim starts one purge.
    await pool.query(postgresNotificationStoreMigration(table))
    await pool.query(
      `INSERT INTO ${table} (key, state, owner, expires_at)
       SELECT 'old-' || i, 'done', 'o', now() - interval '1 hour' FROM generate_series(1, 1500) AS i`,
    )
    const store = postgresNotificationStore({ pool, table, createTable: false, purgeIntervalMs: 0 })
    const live = key()
    expect(await store.claim(live, owner(), LONG_MS)).toBe('claimed')
    const rows = () => count(`SELECT count(*) AS n FROM ${table}`)
    // One DELETE statement of at most 1,000 rows: its result appears all at once.
    await until(async () => (await rows()) < 1501)
    expect(await rows()).toBe(501)
    expect(await store.claim(live, owner(), LONG_MS)).toBe('busy')
  })
})

describe('options', () => {
  it.each([
    'alipay_notifications; DROP TABLE orders',
    '"quoted"',
    'a.b.c',
    '1starts_with_digit',
    'has-dash',
    'x'.repeat(64),
    '',
    'schema.',
  ])('refuses the table name %j', (table) => {
    expect(() => postgresNotificationStore({ pool, table })).toThrow(TypeError)
    expect(() => postgresNotificationStoreMigration(table)).toThrow(TypeError)
  })

  it('quotes an accepted name in the migration', () => {
    const sql = postgresNotificationStoreMigration('billing.Alipay_Inbox')
    expect(sql).toContain('CREATE TABLE IF NOT EXISTS "billing"."Alipay_Inbox" (')
    expect(sql).toContain(
      'CREATE INDEX IF NOT EXISTS "Alipay_Inbox_expires_at" ON "billing"."Alipay_Inbox" (expires_at)',
    )
    expect(postgresNotificationStoreMigration()).toContain('"alipay_notifications"')
  })

  it('refuses a pool without query, and durations that are not positive', async () => {
    expect(() => postgresNotificationStore({ pool: {} as pg.Pool })).toThrow(TypeError)
    expect(() => postgresNotificationStore({ pool, purgeIntervalMs: -1 })).toThrow(TypeError)
    const store = postgresNotificationStore({ pool })
    await expect(store.claim(key(), owner(), 0)).rejects.toBeInstanceOf(TypeError)
    await expect(store.renew(key(), owner(), Number.NaN)).rejects.toBeInstanceOf(TypeError)
    await expect(store.complete(key(), owner(), -5)).rejects.toBeInstanceOf(TypeError)
  })
})
