import type { NotificationStore } from '@alipay-kit/core'
import type pg from 'pg'

// CREATE TABLE my_notifications (key text PRIMARY KEY, state text NOT NULL, owner text NOT NULL,
//                                expires_at timestamptz NOT NULL)
export function myNotificationStore(pool: pg.Pool): NotificationStore {
  const until = "now() + $3 * interval '1 millisecond'" // the database's clock, not the app's
  return {
    async claim(key, owner, leaseMs) {
      // 1. Forget an expired claim or done mark.
      await pool.query('DELETE FROM my_notifications WHERE key = $1 AND expires_at <= now()', [key])
      // 2. Insert if absent: the primary key lets exactly one concurrent insert win.
      const inserted = await pool.query(
        `INSERT INTO my_notifications VALUES ($1, 'claimed', $2, ${until}) ON CONFLICT (key) DO NOTHING`,
        [key, owner, leaseMs],
      )
      if (inserted.rowCount === 1) return 'claimed'
      // 3. Someone has it. If it vanished meanwhile, say busy: Alipay resends; never guess 'claimed'.
      const { rows } = await pool.query('SELECT state FROM my_notifications WHERE key = $1', [key])
      return rows[0]?.state === 'done' ? 'done' : 'busy'
    },
    async renew(key, owner, leaseMs) {
      const renewed = await pool.query(
        `UPDATE my_notifications SET expires_at = ${until}
         WHERE key = $1 AND owner = $2 AND state = 'claimed' AND expires_at > now()`,
        [key, owner, leaseMs],
      )
      return renewed.rowCount === 1
    },
    async complete(key, owner, retentionMs) {
      await pool.query(
        `INSERT INTO my_notifications VALUES ($1, 'done', $2, ${until})
         ON CONFLICT (key) DO UPDATE SET state = 'done', expires_at = EXCLUDED.expires_at`,
        [key, owner, retentionMs],
      )
    },
    async release(key, owner) {
      await pool.query("DELETE FROM my_notifications WHERE key = $1 AND owner = $2 AND state = 'claimed'", [key, owner])
    },
  }
}
