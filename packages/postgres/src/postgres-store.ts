import { AlipayHandlerError, type ClaimOutcome } from '@alipay-kit/core'
import { migrationSql } from './migration.js'
import { DEFAULT_TABLE, tableName } from './table-name.js'
import type { PostgresNotificationStore, PostgresNotificationStoreOptions, PostgresQueryable } from './types.js'

const DEFAULT_RETENTION_MS = 48 * 60 * 60 * 1000
const PURGE_BATCH = 1000
// Durations are bound as float8 milliseconds; `now()` is the database's clock, never the app's, so
// instances with skewed clocks agree on every lease.
const IN = (param: string) => `now() + ${param}::float8 * interval '1 millisecond'`

function checkDuration(name: string, value: unknown): void {
  if (typeof value !== 'number' || !Number.isFinite(value) || value <= 0) {
    throw new TypeError(`${name}: expected a positive number of milliseconds`)
  }
}

function checkQueryable(name: string, value: unknown): asserts value is PostgresQueryable {
  if (typeof (value as { query?: unknown } | null)?.query !== 'function') {
    throw new TypeError(`${name}: expected a pg Pool or Client (an object with a query method)`)
  }
}

/**
 * A notification store on PostgreSQL (docs/protocol.md §9.10), shared by every instance that uses the
 * same database. Every operation is one atomic statement timed by the database's clock; the table
 * is created on first use unless `createTable` is `false`, and expired rows are purged now and then.
 *
 * @example
 * ```ts
 * import pg from 'pg'
 * const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL })
 * app.use(alipayNotify({ dedupe: postgresNotificationStore({ pool }), on: { PAYMENT_RESULT: fulfil } }))
 * ```
 */
export function postgresNotificationStore(options: PostgresNotificationStoreOptions): PostgresNotificationStore {
  checkQueryable('pool', options?.pool)
  const { pool } = options
  const table = tableName(options.table ?? DEFAULT_TABLE)
  const t = table.quoted
  const purgeIntervalMs = options.purgeIntervalMs ?? 60_000
  if (typeof purgeIntervalMs !== 'number' || !(purgeIntervalMs >= 0)) {
    throw new TypeError('purgeIntervalMs: expected a number of milliseconds, 0 or more')
  }

  let created: Promise<void> | undefined
  const ready = (): Promise<void> => {
    if (options.createTable === false) return Promise.resolve()
    created ??= pool
      // One simple-protocol query is one implicit transaction: the advisory lock, held to its end,
      // serialises instances creating the table at once (plain IF NOT EXISTS can still collide on
      // the catalogue's unique index).
      .query(`SELECT pg_advisory_xact_lock(hashtext('alipay-kit:${table.name}'));\n${migrationSql(table)}`)
      .then(
        () => undefined,
        (error: unknown) => {
          created = undefined // unreachable now, retried by the next call
          throw error
        },
      )
    return created
  }

  // The first purge comes one interval after the store is created, not under the first claims
  // of a starting instance.
  let lastPurge = Date.now()
  const purge = (): void => {
    // The app's clock only paces the purge; what is expired is the database's call.
    if (Date.now() - lastPurge < purgeIntervalMs) return
    lastPurge = Date.now()
    pool
      .query(
        `DELETE FROM ${t} WHERE ctid = ANY (ARRAY(SELECT ctid FROM ${t} WHERE expires_at < now() LIMIT ${PURGE_BATCH}))
         AND expires_at < now()`,
      )
      .catch(() => {
        // A missed purge only leaves expired rows, which every operation already treats as absent.
      })
  }

  return {
    table: table.name,

    async claim(key, owner, leaseMs): Promise<ClaimOutcome> {
      checkDuration('leaseMs', leaseMs)
      await ready()
      // One statement: insert the claim, or on conflict take the row over only if it expired.
      // The row is locked meanwhile, so of any number of concurrent claims exactly one wins; the
      // others see its state after the winner commits. Every branch writes the row's own values
      // when it is alive, so RETURNING reports what is there now.
      const expired = 'n.expires_at <= now()'
      const result = await pool.query(
        `INSERT INTO ${t} AS n (key, state, owner, expires_at) VALUES ($1, 'claimed', $2, ${IN('$3')})
         ON CONFLICT (key) DO UPDATE SET
           state = CASE WHEN ${expired} THEN 'claimed' ELSE n.state END,
           owner = CASE WHEN ${expired} THEN EXCLUDED.owner ELSE n.owner END,
           expires_at = CASE WHEN ${expired} THEN EXCLUDED.expires_at ELSE n.expires_at END
         RETURNING n.state, n.owner = $2 AS mine`,
        [key, owner, leaseMs],
      )
      purge()
      const row = result.rows[0]
      if (row?.state === 'done') return 'done'
      return row?.mine === true ? 'claimed' : 'busy'
    },

    async renew(key, owner, leaseMs) {
      checkDuration('leaseMs', leaseMs)
      await ready()
      const result = await pool.query(
        `UPDATE ${t} SET expires_at = ${IN('$3')}
         WHERE key = $1 AND owner = $2 AND state = 'claimed' AND expires_at > now()`,
        [key, owner, leaseMs],
      )
      return result.rowCount === 1
    },

    async complete(key, owner, retentionMs) {
      checkDuration('retentionMs', retentionMs)
      await ready()
      // Done is final whoever holds the claim; after markDone this only resets the retention.
      await pool.query(
        `INSERT INTO ${t} (key, state, owner, expires_at) VALUES ($1, 'done', $2, ${IN('$3')})
         ON CONFLICT (key) DO UPDATE SET state = 'done', owner = EXCLUDED.owner, expires_at = EXCLUDED.expires_at`,
        [key, owner, retentionMs],
      )
    },

    async release(key, owner) {
      await ready()
      await pool.query(`DELETE FROM ${t} WHERE key = $1 AND owner = $2 AND state = 'claimed'`, [key, owner])
    },

    async markDone(client, delivery, retentionMs = DEFAULT_RETENTION_MS) {
      checkQueryable('client', client)
      if (typeof delivery?.key !== 'string' || typeof delivery.owner !== 'string') {
        throw new TypeError("delivery: expected the handler's third argument ({ key, owner, ... })")
      }
      checkDuration('retentionMs', retentionMs)
      // No expiry check: while the row still names this owner nobody else has claimed it, and the
      // row lock this UPDATE takes makes any later claim wait for the transaction and then see done.
      const result = await client.query(
        `UPDATE ${t} SET state = 'done', expires_at = ${IN('$3')}
         WHERE key = $1 AND owner = $2 AND state = 'claimed'`,
        [delivery.key, delivery.owner, retentionMs],
      )
      if (result.rowCount !== 1) {
        throw new AlipayHandlerError(
          'ERR_ALIPAY_CLAIM_LOST',
          'This delivery no longer holds the claim on the notification (its lease expired and another delivery took it, or it was released); roll the transaction back',
        )
      }
    },
  }
}
