import { parseArgs } from 'node:util'
import { type ExitCodeHelp, UsageError } from './exit-codes.js'
import type { CliIo, Printers } from './io.js'

/** One option of a command: what `parseArgs` needs, plus what its help line says. */
export interface OptionSpec {
  readonly type: 'string' | 'boolean'
  readonly short?: string
  /** The option may be given several times (`--set a=1 --set b=2`). */
  readonly multiple?: boolean
  /** The placeholder shown in help, e.g. `<file>`. */
  readonly value?: string
  readonly description: string
}

/** The options of a command by name (without the leading `--`). */
export type OptionSpecs = { readonly [name: string]: OptionSpec }

/** What `parseArgs` returned, by option name. */
export type OptionValues = { readonly [name: string]: string | boolean | string[] | undefined }

/** What a command runs with. */
export interface CommandContext {
  readonly io: CliIo
  readonly print: Printers
  readonly values: OptionValues
  readonly positionals: readonly string[]
}

/** A command of the tool: its help, its options, and what it does. */
export interface Command {
  /** The words that name it, e.g. `keys generate`. */
  readonly name: string
  /** One line for the command list. */
  readonly summary: string
  /** Usage lines, without the leading `alipay-kit `. */
  readonly usage: readonly string[]
  /** Paragraphs shown between the usage and the options. */
  readonly description?: string
  readonly options: OptionSpecs
  /** Positional arguments accepted: at most this many. @default 0 */
  readonly maxPositionals?: number
  readonly examples: readonly string[]
  /** The exit codes this command can end with and what each means for it, for its help page. */
  readonly exitCodes: readonly ExitCodeHelp[]
  /** Runs the command; returns the exit code. Throws {@link UsageError} for usage mistakes. */
  run(context: CommandContext): Promise<number>
}

/** The help option every command takes. */
export const HELP_OPTION: OptionSpec = { type: 'boolean', short: 'h', description: 'show this help' }

/**
 * Parses a command's arguments strictly: an unknown option, a missing value or a stray
 * positional is a {@link UsageError} naming it (node:util parseArgs does the parsing).
 */
export function parseCommandArgs(
  command: Command,
  args: readonly string[],
): { values: OptionValues; positionals: string[] } {
  const options: Record<string, { type: 'string' | 'boolean'; short?: string; multiple?: boolean }> = {
    help: { type: 'boolean', short: 'h' },
  }
  for (const [name, spec] of Object.entries(command.options)) {
    options[name] = {
      type: spec.type,
      ...(spec.short === undefined ? {} : { short: spec.short }),
      ...(spec.multiple === true ? { multiple: true } : {}),
    }
  }
  let parsed: ReturnType<typeof parseArgs>
  try {
    parsed = parseArgs({ args: [...args], options, allowPositionals: true, strict: true })
  } catch (error) {
    // parseArgs reports misuse with ERR_PARSE_ARGS_* codes and a readable message.
    throw new UsageError(error instanceof Error ? error.message : String(error))
  }
  const limit = command.maxPositionals ?? 0
  if (parsed.positionals.length > limit && parsed.values.help !== true) {
    const extra = parsed.positionals[limit] ?? ''
    throw new UsageError(`unexpected argument "${extra.slice(0, 80)}"`)
  }
  return { values: parsed.values as OptionValues, positionals: parsed.positionals }
}

/** A string option's value, or undefined. */
export function stringOption(values: OptionValues, name: string): string | undefined {
  const value = values[name]
  return typeof value === 'string' ? value : undefined
}

/** A string option that must be given. */
export function requiredOption(values: OptionValues, name: string, hint = ''): string {
  const value = stringOption(values, name)
  if (value === undefined || value.length === 0) throw new UsageError(`--${name} is required${hint}`)
  return value
}

/** A boolean option's value. */
export function flagOption(values: OptionValues, name: string): boolean {
  return values[name] === true
}

/** Every value of a repeatable option. */
export function listOption(values: OptionValues, name: string): readonly string[] {
  const value = values[name]
  return Array.isArray(value) ? value : []
}
