/**
 * The tool's exit codes, documented in `alipay-kit --help`. Scripts branch on them, so each
 * meaning is fixed: 1 is always "the check ran and said no", never a crash.
 */
export const EXIT = {
  /** Done; for `verify` the signature is valid, for `trigger` the reply was an acknowledgement (docs/protocol.md §9.12). */
  ok: 0,
  /** The check ran and failed: `verify` found the signature invalid, `trigger` got no acknowledgement. */
  failed: 1,
  /** Bad usage: unknown command or option, a missing or malformed argument, an unusable key or file. */
  usage: 2,
  /** Anything else: a file that would be overwritten, a port in use, a network failure. */
  error: 3,
} as const

/** One of {@link EXIT}. */
export type ExitCode = (typeof EXIT)[keyof typeof EXIT]

/** What exit code 2 means, the same for every command. */
export const USAGE_EXIT_MEANING = 'usage error (unknown option, missing or bad argument, unusable key or file)'

/** One exit code of a command and what it means there, for its help page. */
export type ExitCodeHelp = readonly [code: ExitCode, meaning: string]

/** The "Exit codes:" section of a help page. */
export function exitCodesHelp(rows: readonly ExitCodeHelp[]): string {
  return ['Exit codes:', ...rows.map(([code, meaning]) => `  ${code}  ${meaning}`)].join('\n')
}

/** Every exit code, for the tool's own help page; each command's page lists only its own. */
export const EXIT_CODES_HELP = exitCodesHelp([
  [EXIT.ok, 'ok (verify: valid; trigger: acknowledged)'],
  [EXIT.failed, 'verification failed, or the notification was not acknowledged'],
  [EXIT.usage, 'usage error (unknown command or option, missing or bad argument, unusable key or file)'],
  [EXIT.error, 'other error (file exists, port in use, network failure, ...)'],
])

/** A usage mistake: reported with a pointer to the command's help, exit code 2. */
export class UsageError extends Error {
  override readonly name = 'UsageError'
}

/** A failure that is not a usage mistake (exit code 3), with a message meant for the user. */
export class CliError extends Error {
  override readonly name = 'CliError'
}
