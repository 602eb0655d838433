import { DEFAULT_TABLE, type TableName, tableName } from './table-name.js'

/** The DDL of the store's table, for a checked name. */
export function migrationSql(table: TableName): string {
  // `state` is 'claimed' (owner holds a lease until expires_at) or 'done' (kept until expires_at).
  // The expiry index serves the periodic purge of expired rows.
  return `CREATE TABLE IF NOT EXISTS ${table.quoted} (
  key text PRIMARY KEY,
  state text NOT NULL CHECK (state IN ('claimed', 'done')),
  owner text NOT NULL,
  expires_at timestamptz NOT NULL
);
CREATE INDEX IF NOT EXISTS ${table.indexQuoted} ON ${table.quoted} (expires_at);
`
}

/**
 * The SQL that creates the store's table and index, for merchants who run their own migrations
 * (then pass `createTable: false` to {@link postgresNotificationStore}). Idempotent: every
 * statement is `IF NOT EXISTS`.
 *
 * @param table - The table name, optionally schema-qualified. @default 'alipay_notifications'
 * @throws TypeError when `table` is not a plain identifier (or `schema.identifier`).
 * @example
 * ```ts
 * import { writeFileSync } from 'node:fs'
 * writeFileSync('migrations/0007_alipay_notifications.sql', postgresNotificationStoreMigration())
 * ```
 */
export function postgresNotificationStoreMigration(table: string = DEFAULT_TABLE): string {
  return migrationSql(tableName(table))
}
