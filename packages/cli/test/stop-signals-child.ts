/**
 * A process stopped the way `alipay-kit simulate` is (onStopSignals, as main.ts wires it), whose
 * shutdown meets the stop signals again: stop.test.ts checks it still exits with its own code.
 */
import { onStopSignals } from '../src/stop-signals.js'

let calls = 0
// Signal handlers do not keep a process alive: this stands in for the simulator's server.
const server = setInterval(() => {}, 2 ** 30)
const off = onStopSignals(() => {
  calls += 1
  // Asked again while shutting down: npx forwarding the terminal's Ctrl+C, a supervisor repeating SIGTERM.
  process.kill(process.pid, 'SIGTERM')
  process.kill(process.pid, 'SIGINT')
  setImmediate(() => {
    clearInterval(server)
    off()
    process.stdout.write(`stopped after ${calls} call\n`)
    process.exitCode = 0
  })
})
process.stdout.write('ready\n')
