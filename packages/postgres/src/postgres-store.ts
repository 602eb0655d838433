import { AlipayHandlerError, type ClaimOutcome, createBatcher } from '@alipay-kit/core'
import { migrationSql } from './migration.js'
import { DEFAULT_TABLE, tableName } from './table-name.js'
import type {
  PostgresNotificationStore,
  PostgresNotificationStoreOptions,
  PostgresQueryable,
  PostgresQueryResult,
} from './types.js'

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

/** A claim or a done mark waiting for its batch. */
interface Row {
  readonly key: string
  readonly owner: string
  readonly ms: number
}

/**
 * An error PostgreSQL itself answered (a SQLSTATE such as 40P01): the statement was refused, not
 * lost in transit, so the batch's calls can be tried one by one. A connection error is not retried.
 */
function refusedByDatabase(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code
  return typeof code === 'string' && /^[0-9A-Z]{5}$/.test(code)
}

/** The batch's rows as parallel arrays for `unnest`, in key order: every batch locks its rows in the
 * same order, so two instances' batches sharing keys wait for each other and never deadlock. */
function columns(rows: readonly Row[]): [string[], string[], number[]] {
  const sorted = [...rows].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))
  return [sorted.map((row) => row.key), sorted.map((row) => row.owner), sorted.map((row) => row.ms)]
}

/** A statement's name for the server to keep it parsed and planned: a hash of its text. */
function statementName(text: string): string {
  // Two FNV-1a 32-bit hashes with different seeds: 64 bits, so two texts never share a name.
  let a = 0x811c9dc5
  let b = 0x01000193 ^ 0x5bd1e995
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    a = Math.imul(a ^ c, 0x01000193)
    b = Math.imul(b ^ c, 0x01000193) ^ (b >>> 13)
  }
  return `alipay_kit_${(a >>> 0).toString(16).padStart(8, '0')}${(b >>> 0).toString(16).padStart(8, '0')}`
}

/**
 * The errors of a server that cannot keep prepared statements for a client: a pooler in transaction
 * mode (PgBouncer before 1.21) hands each statement to another server connection.
 */
function preparedStatementsLost(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code
  return code === '26000' || code === '42P05'
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

  // The claim and done statements run on every notification: named, so each connection parses and
  // plans them once (about half their cost on a local server). Named statements need the same
  // server connection from one statement to the next; behind a pooler that cannot promise it the
  // store goes back to unnamed statements for good.
  let prepare = options.preparedStatements ?? true
  const hot = async (text: string, values: unknown[]): Promise<PostgresQueryResult> => {
    if (!prepare) return pool.query(text, values)
    try {
      return await pool.query({ name: statementName(text), text, values })
    } catch (error) {
      if (!preparedStatementsLost(error)) throw error
      prepare = false
      return pool.query(text, values)
    }
  }

  // A batch of several first takes the row locks of the keys that exist, without waiting: a row
  // held by a merchant transaction (markDone before its COMMIT) must not stall the notifications
  // that happen to share its batch. If any is held, PostgreSQL refuses the batch (55P03) and its
  // rows are sent one by one, where only the held key waits. A batch of one waits, as ever.
  const rows = '$1::text[], $2::text[], $3::float8[]'
  const upsert = (wait: boolean, insert: string): string =>
    wait
      ? `INSERT INTO ${t} AS n (key, state, owner, expires_at)
    SELECT ${insert} FROM unnest(${rows}) AS b(k, o, ms)`
      : `WITH held AS (SELECT 1 FROM ${t} WHERE key = ANY ($1::text[]) FOR UPDATE NOWAIT)
    INSERT INTO ${t} AS n (key, state, owner, expires_at)
    SELECT ${insert} FROM unnest(${rows}) AS b(k, o, ms) WHERE (SELECT count(*) FROM held) >= 0`

  // Insert each claim, or on conflict take the row over only if it expired. Each row is locked
  // meanwhile, so of any number of concurrent claims of a key exactly one wins; the others see
  // its state after the winner commits. Every branch writes the row's own values when it is
  // alive, so RETURNING reports what is there now.
  const expired = 'n.expires_at <= now()'
  const claimSql = (wait: boolean) => `${upsert(wait, `k, 'claimed', o, ${IN('ms')}`)}
    ON CONFLICT (key) DO UPDATE SET
      state = CASE WHEN ${expired} THEN 'claimed' ELSE n.state END,
      owner = CASE WHEN ${expired} THEN EXCLUDED.owner ELSE n.owner END,
      expires_at = CASE WHEN ${expired} THEN EXCLUDED.expires_at ELSE n.expires_at END
    RETURNING n.key, n.state, n.owner`
  const claimSqls = { wait: claimSql(true), nowait: claimSql(false) }
  const claimRows = async (batch: readonly Row[]): Promise<ClaimOutcome[]> => {
    await ready()
    const result = await hot(batch.length === 1 ? claimSqls.wait : claimSqls.nowait, columns(batch))
    purge()
    const found = new Map<string, { state: string; owner: string }>()
    for (const row of result.rows as Array<{ key: string; state: string; owner: string }>) found.set(row.key, row)
    return batch.map(({ key, owner }) => {
      const row = found.get(key)
      if (row?.state === 'done') return 'done'
      return row?.state === 'claimed' && row.owner === owner ? 'claimed' : 'busy'
    })
  }

  // Done is final whoever holds the claim; after markDone this only resets the retention.
  const completeSql = (wait: boolean) => `${upsert(wait, `k, 'done', o, ${IN('ms')}`)}
    ON CONFLICT (key) DO UPDATE SET state = 'done', owner = EXCLUDED.owner, expires_at = EXCLUDED.expires_at`
  const completeSqls = { wait: completeSql(true), nowait: completeSql(false) }
  const completeRows = async (batch: readonly Row[]): Promise<undefined[]> => {
    await ready()
    await hot(batch.length === 1 ? completeSqls.wait : completeSqls.nowait, columns(batch))
    return batch.map(() => undefined)
  }

  /**
   * A batch the database refused (a held row, a deadlock, one bad row) is retried row by row, each
   * answering its own caller as soon as it is through: the held row's caller waits, no other.
   */
  const oneByOne =
    <O>(run: (batch: readonly Row[]) => Promise<O[]>) =>
    async (batch: readonly Row[]): Promise<Array<O | Promise<O>>> => {
      try {
        return await run(batch)
      } catch (error) {
        if (batch.length === 1 || !refusedByDatabase(error)) throw error
        return batch.map(async (row) => (await run([row]))[0] as O)
      }
    }
  // A key appears at most once per statement (ON CONFLICT cannot touch a row twice in one).
  const batching = { conflictKey: (row: Row) => row.key }
  const claimInBatch = createBatcher(oneByOne(claimRows), batching)
  const completeInBatch = createBatcher(oneByOne(completeRows), batching)

  return {
    table: table.name,

    async claim(key, owner, leaseMs): Promise<ClaimOutcome> {
      checkDuration('leaseMs', leaseMs)
      return claimInBatch({ key, owner, ms: leaseMs })
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
      await completeInBatch({ key, owner, ms: retentionMs })
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
