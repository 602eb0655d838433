/**
 * `pnpm chaos [notifications] [instances]`: the exactly-once chaos run outside the suite, by
 * default 10,000 notifications through three instances sharing a real PostgreSQL (30% delivered
 * twice at once, 10% of handler runs failing, one instance killed and restarted). Prints the
 * counts; exits 1 unless every notification was processed exactly once and acknowledged.
 */
import { startPostgres } from '../support/postgres.js'
import { runChaos } from './chaos.js'

const notifications = Number(process.argv[2] ?? 10_000)
const instances = Number(process.argv[3] ?? 3)
const server = await startPostgres()
const started = Date.now()
let ok = false
try {
  const report = await runChaos({
    notifications,
    instances,
    duplicateRate: 0.3,
    failRate: 0.1,
    pgUrl: server.url,
    pool: server.pool(),
    log: (line) => console.log(`${((Date.now() - started) / 1000).toFixed(1)} s  ${line}`),
  })
  console.table(report)
  ok =
    report.processedOnce === notifications && report.acknowledged === notifications && report.processedTwiceOrMore === 0
  console.log(ok ? 'chaos: every notification processed exactly once and acknowledged' : 'chaos: FAILED')
} finally {
  await server.close()
}
// Stopping the embedded server resets the exit code it inherited, so exit explicitly.
process.exit(ok ? 0 : 1)
