import { importPrivateKey } from '@alipay-kit/core'
import {
  BUILDABLE_NOTIFICATION_TYPES,
  type BuildableNotificationType,
  buildNotification,
} from '../../notifications/build-notification.js'
import { signNotification } from '../../sign-notification.js'
import { loopbackProblem } from '../../simulator/loopback.js'
import { type Command, listOption, requiredOption, stringOption } from '../command.js'
import { CliError, EXIT, UsageError } from '../exit-codes.js'
import { clientIdOption, readKeyOption } from '../inputs.js'
import { applyOverrides, parseOverride } from '../trigger/overrides.js'
import { judgeReply } from '../trigger/reply.js'

const BODY_SHOWN = 2000

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

function targetUrl(to: string): URL {
  // The simulator's guard decides; the message here speaks of trigger, not the simulator.
  if (loopbackProblem(to) === undefined) return new URL(to)
  const url = URL.canParse(to) ? new URL(to) : undefined
  const why =
    url === undefined
      ? 'it is not a URL'
      : url.protocol !== 'http:' && url.protocol !== 'https:'
        ? `it uses ${url.protocol}, not http or https`
        : `${url.hostname} is not this machine`
  throw new UsageError(
    `--to "${to.slice(0, 200)}" refused: ${why}. trigger sends signed test notifications only to loopback URLs: ` +
      'http://127.0.0.1:<port>/..., http://[::1]:<port>/... or http://localhost:<port>/...',
  )
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
  usage: ['trigger <notifyType> --to <url> --key <private key> --client-id <id> [--set field=value ...]'],
  description: [
    'Builds a realistic notification of <notifyType> (protocol.md §5), signs it as Alipay does, POSTs it',
    'to --to and prints the reply: status, body, and whether it is the exact acknowledgement (§3.2).',
    'Types (lower case is fine: payment_result):',
    ...typeLines(),
    'Only loopback URLs are accepted: 127.0.0.1, [::1], localhost.',
    '',
    "--key is the private key that signs in ALIPAY's place: configure the app's alipayPublicKey with its",
    'public half (for instance the TEST_KEYS.alipay pair of @alipay-kit/testing, or a pair from',
    '"alipay-kit keys generate"). The signed path is the path and query of --to.',
  ].join('\n'),
  maxPositionals: 1,
  options: {
    to: { type: 'string', value: '<url>', description: 'the notify URL, e.g. http://127.0.0.1:3000/alipay/notify' },
    key: {
      type: 'string',
      value: '<file>',
      description: "the private key standing in for Alipay's (PEM or raw base64)",
    },
    'client-id': { type: 'string', value: '<id>', description: 'the client-id header (default: $ALIPAY_CLIENT_ID)' },
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
    'alipay-kit trigger payment_result --to http://127.0.0.1:3000/alipay/notify \\',
    '    --key alipay-test-private-key.pem --client-id SANDBOX_5YEZ2N2ZWBJ000001 \\',
    '    --set paymentRequestId=ORDER_42 --set result.resultStatus=F --set result.resultCode=USER_BALANCE_NOT_ENOUGH',
  ],
  async run({ io, print, values, positionals }) {
    const type = notificationTypeOf(positionals[0])
    const url = targetUrl(requiredOption(values, 'to', ' (the notify URL, e.g. http://127.0.0.1:3000/alipay/notify)'))
    const keyText = await readKeyOption(io, values, 'key')
    if (keyText === undefined) throw new UsageError("--key is required (the private key that signs in Alipay's place)")
    const privateKey = importPrivateKey(keyText, '--key')
    const clientId = clientIdOption(io, values)
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
    const started = performance.now()
    let response: Response | undefined
    let body: string
    try {
      // Never follow a redirect: it could lead off this machine.
      response = await fetch(url, {
        method: 'POST',
        headers: { ...signed.headers },
        body: signed.body,
        redirect: 'manual',
        signal: AbortSignal.timeout(timeoutMs),
      })
      // Read here too: a reply cut off, or not finished within --timeout, is a network failure.
      body = await response.text()
    } catch (error) {
      const cause = (error as { cause?: { code?: string; message?: string } }).cause
      const timedOut = error instanceof DOMException && error.name === 'TimeoutError'
      if (response !== undefined) {
        const why = timedOut
          ? `it did not finish within ${timeoutMs} ms`
          : (cause?.message ?? (error instanceof Error ? error.message : String(error)))
        throw new CliError(`the reply from ${url.href} (HTTP ${response.status}) broke off: ${why}`)
      }
      const why = timedOut
        ? `no reply within ${timeoutMs} ms`
        : (cause?.code ?? cause?.message ?? (error instanceof Error ? error.message : String(error)))
      throw new CliError(`could not deliver to ${url.href}: ${why}. Is the app running and listening there?`)
    }
    const ms = Math.round(performance.now() - started)
    out.line(`${out.cyan('←')} HTTP ${response.status} ${response.statusText} in ${ms} ms`)
    out.line(body.length > BODY_SHOWN ? `${body.slice(0, BODY_SHOWN)}… (${body.length} characters)` : body)
    const verdict = judgeReply(response.status, body)
    if (verdict.acknowledged) {
      out.line(`${out.green('acknowledged')}: the reply is the exact acknowledgement (protocol.md §3.2)`)
      return EXIT.ok
    }
    out.line(`${out.red('not acknowledged')}: Alipay would resend this notification (up to 8 times over 24 h)`)
    for (const reason of verdict.reasons) out.line(`  ${reason}`)
    return EXIT.failed
  },
}
