/**
 * The table name is spliced into SQL text (identifiers cannot be bound as parameters), so it is
 * checked against a strict identifier grammar first and then quoted: nothing a caller passes can
 * reach the SQL as anything but a name.
 */
const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_]{0,62}$/

/** A checked table name: its parts, and each form the SQL needs. */
export interface TableName {
  /** As given, e.g. `billing.alipay_notifications`. */
  readonly name: string
  /** Quoted for SQL, e.g. `"billing"."alipay_notifications"`. */
  readonly quoted: string
  /** The quoted name of its expiry index (in the table's schema, which PostgreSQL implies). */
  readonly indexQuoted: string
}

/** The table used when none is given. */
export const DEFAULT_TABLE = 'alipay_notifications'

/**
 * Checks `name` as a table name, optionally schema-qualified (`schema.table`), each part a plain
 * identifier of at most 63 characters (PostgreSQL's limit). Quoting keeps the case as written.
 */
export function tableName(name: unknown): TableName {
  if (typeof name !== 'string') throw new TypeError('table: expected a string such as "alipay_notifications"')
  const parts = name.split('.')
  if (parts.length > 2 || !parts.every((part) => IDENTIFIER.test(part))) {
    throw new TypeError(
      `table: expected an identifier (letters, digits, underscores; at most 63 characters), optionally schema-qualified as "schema.table"; got ${JSON.stringify(name)}`,
    )
  }
  const table = parts[parts.length - 1] as string
  // An identifier longer than 63 bytes would be truncated by PostgreSQL; keep the index name within it.
  const index = `${table.slice(0, 63 - '_expires_at'.length)}_expires_at`
  return { name, quoted: parts.map((part) => `"${part}"`).join('.'), indexQuoted: `"${index}"` }
}
