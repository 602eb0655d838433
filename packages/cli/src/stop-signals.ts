/** The signals that ask the tool to stop: Ctrl+C in a terminal, and what supervisors send. */
const STOP_SIGNALS = ['SIGINT', 'SIGTERM'] as const

/**
 * The process's `CliIo.onStop` (io.ts): calls `listener` on the first SIGINT or SIGTERM, and keeps
 * handling both until the returned function is called.
 *
 * Not `process.once`: Node removes a `once` listener before calling it, and with no listener left
 * for a signal it restores the default action, which kills the process. A second signal during
 * the shutdown (npx forwards the terminal's Ctrl+C, which the process also gets itself; a
 * supervisor repeats SIGTERM) then ended the command mid-close, by signal instead of with its exit
 * code. Call the returned function once shut down.
 *
 * @example
 * ```ts
 * const off = onStopSignals(() => server.close())
 * ```
 */
export function onStopSignals(listener: () => void): () => void {
  let stopping = false
  const stop = () => {
    if (stopping) return
    stopping = true
    listener()
  }
  for (const signal of STOP_SIGNALS) process.on(signal, stop)
  return () => {
    for (const signal of STOP_SIGNALS) process.off(signal, stop)
  }
}
