export { postgresNotificationStoreMigration } from './migration.js'
export { postgresNotificationStore } from './postgres-store.js'
export type {
  PostgresNotificationStore,
  PostgresNotificationStoreOptions,
  PostgresQueryable,
  PostgresQueryResult,
} from './types.js'
