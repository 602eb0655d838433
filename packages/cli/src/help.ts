import type { Command } from './command.js'
import { EXIT_CODES_HELP, exitCodesHelp } from './exit-codes.js'
import type { Printer } from './io.js'

export const TOOL = 'alipay-kit'

function optionLabel(name: string, short: string | undefined, value: string | undefined): string {
  const long = `--${name}${value === undefined ? '' : ` ${value}`}`
  return short === undefined ? `    ${long}` : `-${short}, ${long}`
}

/** The help page of one command: usage, description, options, example, and its own exit codes. */
export function printCommandHelp(command: Command, out: Printer): void {
  out.line(`${out.bold(`${TOOL} ${command.name}`)}: ${command.summary}`)
  out.line()
  out.line(out.bold('Usage:'))
  for (const usage of command.usage) {
    // A continuation line is indented under the first, not prefixed with the tool's name again.
    out.line(usage.startsWith(' ') ? `  ${' '.repeat(TOOL.length)} ${usage.trimStart()}` : `  ${TOOL} ${usage}`)
  }
  if (command.description !== undefined) {
    out.line()
    for (const line of command.description.split('\n')) out.line(line.length === 0 ? '' : `  ${line}`)
  }
  out.line()
  out.line(out.bold('Options:'))
  const rows = [
    ...Object.entries(command.options).map(([name, spec]) => ({
      label: optionLabel(name, spec.short, spec.value),
      text: spec.description,
    })),
    { label: optionLabel('help', 'h', undefined), text: 'show this help' },
  ]
  const width = Math.max(...rows.map((row) => row.label.length)) + 2
  for (const row of rows) {
    const [first = '', ...rest] = row.text.split('\n')
    out.line(`  ${row.label.padEnd(width)}${first}`)
    for (const line of rest) out.line(`  ${' '.repeat(width)}${line}`)
  }
  out.line()
  out.line(out.bold(command.examples.length > 1 ? 'Examples:' : 'Example:'))
  for (const example of command.examples) out.line(`  ${example}`)
  out.line()
  out.line(exitCodesHelp(command.exitCodes))
}

/** The help page of the tool: what it is for, the commands, global options, exit codes. */
export function printToolHelp(commands: readonly Command[], out: Printer): void {
  out.line(`${out.bold(TOOL)}: keys, signatures and test notifications for Alipay global (Antom / AMS) integrations`)
  out.line()
  out.line(out.bold('Usage:'))
  out.line(`  ${TOOL} <command> [options]`)
  out.line(`  ${TOOL} <command> --help     help for one command`)
  out.line()
  out.line(out.bold('Commands:'))
  const width = Math.max(...commands.map((c) => c.name.length)) + 2
  for (const command of commands) out.line(`  ${command.name.padEnd(width)}${command.summary}`)
  out.line()
  out.line(out.bold('Options:'))
  out.line('  -h, --help       show this help')
  out.line('  -v, --version    print the version')
  out.line()
  out.line(out.bold('Examples:'))
  out.line(`  ${TOOL} keys generate --out ./keys`)
  out.line(`  ${TOOL} simulate            # prints the settings your app needs, writes .alipay-kit/app.env`)
  out.line(`  ${TOOL} trigger payment_result --to http://127.0.0.1:3000/alipay/notify`)
  out.line(`  ${TOOL} verify --path /alipay/notify --client-id "$ALIPAY_CLIENT_ID" --time 1700000000000 \\`)
  out.line('      --signature "$SIGNATURE" --key "$ALIPAY_PUBLIC_KEY" --body-file body.json')
  out.line()
  out.line(`Run it with "npx @alipay-kit/cli <command>", or "${TOOL} <command>" where @alipay-kit/cli is installed.`)
  out.line('Colour is used on a terminal only, and never when NO_COLOR is set; FORCE_COLOR=1 forces it')
  out.line('(even over NO_COLOR, as in Node) and FORCE_COLOR=0 turns it off.')
  out.line()
  out.line(EXIT_CODES_HELP)
}
