import { AlipayConfigError, AlipayError } from '@alipay-kit/core'
import { type Command, parseCommandArgs } from './command.js'
import { keysGenerateCommand } from './commands/keys-generate.js'
import { signCommand } from './commands/sign.js'
import { simulateCommand } from './commands/simulate.js'
import { triggerCommand } from './commands/trigger.js'
import { verifyCommand } from './commands/verify.js'
import { CliError, EXIT, UsageError } from './exit-codes.js'
import { printCommandHelp, printToolHelp, TOOL } from './help.js'
import { type CliIo, type Printers, printersFor } from './io.js'
import { packageVersion } from './version.js'

/** Every command, in the order the help lists them. */
export const COMMANDS: readonly Command[] = [
  keysGenerateCommand,
  signCommand,
  verifyCommand,
  triggerCommand,
  simulateCommand,
]

/** The command named by the first words of `args`, and the arguments after its name. */
function findCommand(args: readonly string[]): { command: Command; rest: readonly string[] } | undefined {
  for (const command of COMMANDS) {
    const words = command.name.split(' ')
    if (words.every((word, i) => args[i] === word)) return { command, rest: args.slice(words.length) }
  }
  // A group with a single subcommand ("keys") shows that subcommand's help when asked.
  const group = COMMANDS.filter((c) => c.name.startsWith(`${args[0]} `))
  const [only] = group
  if (only !== undefined && group.length === 1 && (args[1] === '--help' || args[1] === '-h')) {
    return { command: only, rest: ['--help'] }
  }
  return undefined
}

function usageFailure(print: Printers, message: string, command: Command | undefined): number {
  print.err.line(`${print.err.red('error:')} ${message}`)
  print.err.line(`Run "${TOOL} ${command === undefined ? '' : `${command.name} `}--help" for usage.`)
  return EXIT.usage
}

async function runCommand(command: Command, args: readonly string[], io: CliIo, print: Printers): Promise<number> {
  try {
    const { values, positionals } = parseCommandArgs(command, args)
    if (values.help === true) {
      printCommandHelp(command, print.out)
      return EXIT.ok
    }
    return await command.run({ io, print, values, positionals })
  } catch (error) {
    if (error instanceof UsageError) return usageFailure(print, error.message, command)
    // A key or option core refuses is the user's input: a usage error (messages never hold keys).
    if (error instanceof AlipayConfigError) return usageFailure(print, `${error.code}: ${error.message}`, command)
    const message =
      error instanceof CliError
        ? error.message
        : error instanceof AlipayError
          ? `${error.code}: ${error.message}`
          : `unexpected failure: ${error instanceof Error ? error.message : String(error)}`
    print.err.line(`${print.err.red('error:')} ${message}`)
    return EXIT.error
  }
}

/**
 * Runs the tool on `args` (without `node` and the script) and returns the exit code ({@link EXIT});
 * never throws and never calls `process.exit`, so tests can run it in-process too.
 *
 * @example
 * ```ts
 * process.exitCode = await runCli(['verify', '--help'], { stdout: process.stdout, ... })
 * ```
 */
export async function runCli(args: readonly string[], io: CliIo): Promise<number> {
  const print = printersFor(io)
  const [first] = args
  if (first === undefined) {
    printToolHelp(COMMANDS, print.err)
    return EXIT.usage
  }
  if (first === '--help' || first === '-h') {
    printToolHelp(COMMANDS, print.out)
    return EXIT.ok
  }
  if (first === '--version' || first === '-v') {
    print.out.line(packageVersion())
    return EXIT.ok
  }
  if (first === 'help') {
    if (args.length === 1) {
      printToolHelp(COMMANDS, print.out)
      return EXIT.ok
    }
    const found = findCommand(args.slice(1)) ?? findCommand([...args.slice(1), '--help'])
    if (found === undefined) return usageFailure(print, `unknown command "${args.slice(1).join(' ')}"`, undefined)
    printCommandHelp(found.command, print.out)
    return EXIT.ok
  }
  const found = findCommand(args)
  const group = COMMANDS.filter((c) => c.name.startsWith(`${first} `)).map((c) => c.name)
  if (found === undefined && group.length > 0) {
    return usageFailure(print, `"${first}" needs a subcommand: ${group.join(', ')}`, undefined)
  }
  if (found === undefined) {
    const names = COMMANDS.map((c) => c.name).join(', ')
    const what = first.startsWith('-') ? `unknown option "${first}"` : `unknown command "${args.slice(0, 2).join(' ')}"`
    return usageFailure(print, `${what}; the commands are: ${names}`, undefined)
  }
  return runCommand(found.command, found.rest, io, print)
}
