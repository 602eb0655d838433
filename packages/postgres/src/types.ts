import type { NotificationDelivery, NotificationStore } from '@alipay-kit/core'

/** What the store reads back from a query: `pg`'s `QueryResult` fits. */
export interface PostgresQueryResult {
  /** The rows returned. */
  readonly rows: ReadonlyArray<Record<string, unknown>>
  /** The rows inserted, updated or deleted. */
  readonly rowCount: number | null
}

/**
 * Anything that runs a parameterised query: a `pg` `Pool`, a `Client`, or the `PoolClient` of a
 * transaction. The store never imports `pg` itself; it uses the connections you already have.
 */
export interface PostgresQueryable {
  /** Runs `text` with `$1`-style `values` (without values: the simple protocol, several statements allowed). */
  query(text: string, values?: unknown[]): Promise<PostgresQueryResult>
  /**
   * Runs a named statement (pg's query config): the server keeps it parsed and planned per
   * connection. Used for the claim and done statements unless `preparedStatements` is `false`.
   */
  query(config: {
    readonly name: string
    readonly text: string
    readonly values: unknown[]
  }): Promise<PostgresQueryResult>
}

/** Options of {@link postgresNotificationStore}. */
export interface PostgresNotificationStoreOptions {
  /** The pool the store queries (your app's `pg.Pool`); each operation is one autocommitted statement. */
  readonly pool: PostgresQueryable
  /**
   * The table, optionally schema-qualified (`billing.alipay_notifications`); letters, digits and
   * underscores only.
   * @default 'alipay_notifications'
   */
  readonly table?: string
  /**
   * Create the table on first use (`CREATE TABLE IF NOT EXISTS`, serialised with an advisory lock so
   * concurrent instances do not collide). Pass `false` when your migrations create it from
   * {@link postgresNotificationStoreMigration}.
   * @default true
   */
  readonly createTable?: boolean
  /**
   * How often, at most, a claim also deletes expired rows (a bounded batch, in the background);
   * the first time one interval after the store is created. `0` purges on every claim.
   * @default 60000
   */
  readonly purgeIntervalMs?: number
  /**
   * Send the claim and done statements as named (prepared) statements, parsed and planned once per
   * connection, which roughly halves their cost. The store turns them off by itself when the server
   * answers that a prepared statement is missing (a pooler in transaction mode, such as PgBouncer
   * before 1.21); pass `false` to never use them, e.g. for a `query` wrapper that only takes text.
   * @default true
   */
  readonly preparedStatements?: boolean
}

/**
 * The PostgreSQL notification store: a {@link NotificationStore} plus
 * {@link PostgresNotificationStore.markDone | markDone}, which
 * records the notification as processed inside your own transaction (the inbox pattern).
 */
export interface PostgresNotificationStore extends NotificationStore {
  /** The table's name as given (default `alipay_notifications`). */
  readonly table: string
  /**
   * Marks the notification done through `client`, the connection of your open transaction, so the
   * mark commits or rolls back with your own writes: a crash between the two cannot leave them
   * apart. Call it with the `delivery` your handler received (its third argument), before `COMMIT`.
   *
   * @param client - The transaction's connection (`await pool.connect()` then `BEGIN`).
   * @param delivery - The handler's third argument; its `key` and `owner` identify the claim.
   * @param retentionMs - How long the done mark is kept until the handler's own completion resets it
   * to the handler's `dedupeRetentionMs`; 48 hours when omitted.
   * @throws AlipayHandlerError `ERR_ALIPAY_CLAIM_LOST` when this delivery no longer holds the claim
   * (it expired and another delivery took it): roll back, the other delivery processes it.
   * @example
   * ```ts
   * on: {
   *   PAYMENT_RESULT: async (notification, _ctx, delivery) => {
   *     const client = await pool.connect()
   *     // Checked out, a client has no pool listener: an unhandled 'error' (PostgreSQL restarting
   *     // mid-transaction) would end the process. The failed query rejects anyway.
   *     const ignore = () => {}
   *     client.on('error', ignore)
   *     try {
   *       await client.query('BEGIN')
   *       await client.query('UPDATE orders SET paid = true WHERE id = $1', [notification.paymentRequestId])
   *       await store.markDone(client, delivery)
   *       await client.query('COMMIT')
   *     } catch (error) {
   *       await client.query('ROLLBACK').catch(() => {})
   *       throw error
   *     } finally {
   *       client.off('error', ignore)
   *       client.release()
   *     }
   *   },
   * }
   * ```
   */
  markDone(
    client: PostgresQueryable,
    delivery: Pick<NotificationDelivery, 'key' | 'owner'>,
    retentionMs?: number,
  ): Promise<void>
}
