import { join } from 'node:path'
import { ALIPAY_ENV, importPrivateKey } from '@alipay-kit/core'
import {
  BUILDABLE_NOTIFICATION_TYPES,
  type BuildableNotificationType,
  buildNotification,
  signNotification,
} from '@alipay-kit/testing'
import { type Command, listOption, type OptionValues, requiredOption, stringOption } from '../command.js'
import { EXIT, USAGE_EXIT_MEANING, UsageError } from '../exit-codes.js'
import { readKeyOption } from '../inputs.js'
import type { CliIo } from '../io.js'
import { readAppEnv } from '../local/app-env.js'
import { DEFAULT_KEYS_DIR, KEYS_DIR_OPTION, keysDirOf, LOCAL_FILES, readIfPresent } from '../local/keys-dir.js'
import { shownPath } from '../shown-path.js'
import { deliver } from '../trigger/deliver.js'
import { applyOverrides, parseOverride } from '../trigger/overrides.js'
import { judgeReply, type SigningKey } from '../trigger/reply.js'
import { targetUrl } from '../trigger/target-url.js'

const BODY_SHOWN = 2000
const DEFAULT_KEY_FILE = `${DEFAULT_KEYS_DIR}/${LOCAL_FILES.alipayPrivateKey}`

function notificationTypeOf(given: string | undefined): BuildableNotificationType {
  const list = BUILDABLE_NOTIFICATION_TYPES.join(', ')
  if (given === undefined) throw new UsageError(`name a notification type: ${list}`)
  const type = given.toUpperCase().replace(/-/g, '_')
  if (!(BUILDABLE_NOTIFICATION_TYPES as readonly string[]).includes(type)) {
    throw new UsageError(`unknown notification type "${given.slice(0, 40)}"; use one of ${list}`)
  }
  return type as BuildableNotificationType
}

/** The type names, a few to a line, for the help page. */
function typeLines(): string[] {
  const lines: string[] = []
  for (let i = 0; i < BUILDABLE_NOTIFICATION_TYPES.length; i += 5) {
    lines.push(`  ${BUILDABLE_NOTIFICATION_TYPES.slice(i, i + 5).join(', ')}`)
  }
  return lines
}

/** The signing key: --key, else the keys directory's Alipay test key that `simulate` made. */
async function signingKeyOf(io: CliIo, values: OptionValues, dir: string): Promise<SigningKey & { text: string }> {
  const given = await readKeyOption(io, values, 'key')
  if (given !== undefined) return { text: given, label: '--key', local: false }
  const file = shownPath(io.cwd, join(dir, LOCAL_FILES.alipayPrivateKey))
  const text = await readIfPresent(join(dir, LOCAL_FILES.alipayPrivateKey))
  if (text === undefined) {
    throw new UsageError(
      `no --key, and no ${file} yet: run "alipay-kit simulate" in this directory once (it makes the test key ` +
        "and prints the ALIPAY_PUBLIC_KEY the app needs), or pass --key with the key standing in for Alipay's",
    )
  }
  return { text, label: file, local: true }
}

/** --client-id, else $ALIPAY_CLIENT_ID, else the client id `simulate` wrote to app.env. */
async function clientIdOf(io: CliIo, values: OptionValues, dir: string): Promise<string> {
  if (stringOption(values, 'client-id') === '') throw new UsageError('--client-id is empty')
  const given = stringOption(values, 'client-id') ?? io.env[ALIPAY_ENV.clientId]?.trim()
  const value = given === undefined || given === '' ? (await readAppEnv(dir)).get(ALIPAY_ENV.clientId) : given
  if (value === undefined || value.length === 0) {
    throw new UsageError('--client-id is required (or set ALIPAY_CLIENT_ID, or run "alipay-kit simulate" here once)')
  }
  return value
}

function positiveInteger(values: Parameters<typeof stringOption>[0], name: string, fallback: number): number {
  const text = stringOption(values, name)
  if (text === undefined) return fallback
  if (!/^\d{1,9}$/.test(text)) throw new UsageError(`--${name} must be a non-negative integer`)
  return Number(text)
}

/** `alipay-kit trigger`: one signed notification to a local endpoint, as `stripe trigger` does. */
export const triggerCommand: Command = {
  name: 'trigger',
  summary: 'send a signed test notification of any type to a local notify endpoint',
  usage: ['trigger <notifyType> --to <url> [--set field=value ...] [--key <file>] [--client-id <id>]'],
  description: [
    'Builds a realistic notification of <notifyType> (docs/protocol.md §5), signs it as Alipay does, POSTs it',
    'to --to and prints the reply: status, body, and whether it acknowledges the notification: HTTP 200',
    'and JSON whose result.resultStatus is S and result.resultCode is SUCCESS, the rule the simulator',
    'applies (§3.2, §9.12). A reply with other key order or spacing is acknowledged by meaning, and',
    'trigger says it is not the exact bytes of the documented acknowledgement.',
    'Types (lower case is fine: payment_result):',
    ...typeLines(),
    'Only loopback URLs are accepted: 127.0.0.1, [::1], localhost. The signed path is the path and',
    'query of --to.',
    '',
    `With no --key it signs with ${DEFAULT_KEY_FILE}, the test key that`,
    '"alipay-kit simulate" makes in this directory, and takes the client id from its app.env: an app',
    'configured with the settings simulate prints (its ALIPAY_PUBLIC_KEY is the public half of that key)',
    "accepts it with no key handling. --key names another private key to stand in for Alipay's; the",
    "app's alipayPublicKey must then be its public half (e.g. TEST_KEYS.alipay of @alipay-kit/testing).",
  ].join('\n'),
  maxPositionals: 1,
  options: {
    to: { type: 'string', value: '<url>', description: 'the notify URL, e.g. http://127.0.0.1:3000/alipay/notify' },
    key: {
      type: 'string',
      value: '<file>',
      description: `the private key standing in for Alipay's, PEM or raw base64 (default: ${DEFAULT_KEY_FILE})`,
    },
    'client-id': {
      type: 'string',
      value: '<id>',
      description: "the client-id header (default: $ALIPAY_CLIENT_ID, else simulate's app.env)",
    },
    'keys-dir': KEYS_DIR_OPTION,
    set: {
      type: 'string',
      multiple: true,
      value: '<field=value>',
      description:
        'override a field, repeatable: paymentRequestId=ORDER_1, paymentAmount.value=500,\nresult.resultStatus=F; field:=<json> for a JSON value (defendable:=false)',
    },
    time: {
      type: 'string',
      value: '<time>',
      description: 'the request-time header (default: now, epoch milliseconds)',
    },
    'key-version': { type: 'string', value: '<n>', description: 'the keyVersion in the Signature header (default: 1)' },
    timeout: { type: 'string', value: '<ms>', description: 'how long to wait for the reply (default: 10000)' },
    'dry-run': { type: 'boolean', description: 'print the signed request instead of sending it' },
  },
  examples: [
    'alipay-kit trigger payment_result --to http://127.0.0.1:3000/alipay/notify',
    'alipay-kit trigger payment_result --to http://127.0.0.1:3000/alipay/notify \\',
    '    --set paymentRequestId=ORDER_42 --set result.resultStatus=F --set result.resultCode=USER_BALANCE_NOT_ENOUGH',
  ],
  exitCodes: [
    [EXIT.ok, 'the reply was an acknowledgement (exact, or by meaning: the output says which)'],
    [EXIT.failed, 'the reply was not an acknowledgement (Alipay would resend)'],
    [EXIT.usage, USAGE_EXIT_MEANING],
    [EXIT.error, 'no reply: the app is not listening there, the connection broke, or --timeout passed'],
  ],
  async run({ io, print, values, positionals }) {
    const type = notificationTypeOf(positionals[0])
    const url = targetUrl(requiredOption(values, 'to', ' (the notify URL, e.g. http://127.0.0.1:3000/alipay/notify)'))
    const dir = keysDirOf(io, values)
    const key = await signingKeyOf(io, values, dir)
    const privateKey = importPrivateKey(key.text, key.label)
    const clientId = await clientIdOf(io, values, dir)
    const overrides = listOption(values, 'set').map(parseOverride)
    const notification = applyOverrides(buildNotification(type), overrides)
    const time = stringOption(values, 'time')
    if (time === '') throw new UsageError('--time is empty')
    const signed = signNotification({
      notification,
      path: url.pathname + url.search,
      clientId,
      privateKey,
      keyVersion: positiveInteger(values, 'key-version', 1),
      ...(time === undefined ? {} : { requestTime: time }),
    })
    const out = print.out
    if (values['dry-run'] === true) {
      out.line(`POST ${url.href}`)
      for (const [name, value] of Object.entries(signed.headers)) out.line(`${name}: ${value}`)
      out.line()
      out.line(signed.body)
      out.line(out.dim('(dry run: not sent)'))
      return EXIT.ok
    }
    const timeoutMs = positiveInteger(values, 'timeout', 10_000)
    out.line(`${out.cyan('→')} POST ${url.href}  ${out.bold(type)}  request-time ${signed.headers['request-time']}`)
    out.line(out.dim(`  signed in Alipay's place with ${key.label}, client-id ${clientId}`))
    const { status, statusText, body, ms } = await deliver(url, signed, timeoutMs)
    out.line(`${out.cyan('←')} HTTP ${status} ${statusText} in ${ms} ms`)
    out.line(body.length > BODY_SHOWN ? `${body.slice(0, BODY_SHOWN)}… (${body.length} characters)` : body)
    const verdict = judgeReply(status, body, key)
    const reasons = () => {
      for (const line of verdict.reasons.flatMap((reason) => reason.split('\n'))) out.line(`  ${line}`)
    }
    if (verdict.acknowledged && verdict.exact) {
      out.line(`${out.green('acknowledged')}: the reply is the exact acknowledgement (docs/protocol.md §3.2)`)
      return EXIT.ok
    }
    if (verdict.acknowledged) {
      out.line(`${out.green('acknowledged by meaning')}: HTTP 200 and a result of S / SUCCESS (docs/protocol.md §9.12)`)
      reasons()
      return EXIT.ok
    }
    out.line(`${out.red('not acknowledged')}: Alipay would resend this notification (up to 8 times over 24 h)`)
    reasons()
    return EXIT.failed
  },
}
