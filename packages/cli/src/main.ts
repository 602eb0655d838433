import { runCli } from './run.js'
import { onStopSignals } from './stop-signals.js'

// A reader that stops early (`alipay-kit verify ... | head`) closes the pipe: stop quietly, as
// Unix tools do, instead of dying on an unhandled EPIPE.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0)
    throw error
  })
}

// The tool as bin/alipay-kit.js starts it (built to dist/cli.js by tsup.config.ts).
const exitCode = await runCli(process.argv.slice(2), {
  stdout: process.stdout,
  stderr: process.stderr,
  stdin: process.stdin,
  env: process.env,
  cwd: process.cwd(),
  onStop: onStopSignals,
})
// exitCode, not process.exit(): output still being written to a pipe is flushed first.
process.exitCode = exitCode
