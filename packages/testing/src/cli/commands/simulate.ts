import { AlipayConfigError, importPublicKey } from '@alipay-kit/core'
import { type Command, stringOption } from '../command.js'
import { CliError, EXIT, UsageError } from '../exit-codes.js'
import { clientIdOption, readKeyOption } from '../inputs.js'
import { deliveryLine, duration, requestLine } from '../simulate/format.js'

/** Imports the key once up front so a private key given here gets a message about this option. */
function checkMerchantKey(text: string): void {
  try {
    importPublicKey(text, '--merchant-public-key')
  } catch (error) {
    if (error instanceof AlipayConfigError && error.code === 'ERR_ALIPAY_KEY_TYPE_MISMATCH') {
      throw new UsageError(
        '--merchant-public-key: this is a private key; give its public half (merchant-public-key.pem from "alipay-kit keys generate")',
      )
    }
    throw error
  }
}

function portOf(text: string | undefined): number {
  if (text === undefined) return 0
  if (!/^\d{1,5}$/.test(text) || Number(text) > 65535) throw new UsageError('--port must be an integer from 0 to 65535')
  return Number(text)
}

function timeScaleOf(text: string | undefined): number {
  if (text === undefined) return 1
  const value = Number(text)
  if (text.trim() === '' || !Number.isFinite(value) || value <= 0) {
    throw new UsageError('--time-scale must be a number above 0, e.g. 0.001 (2 min becomes 120 ms)')
  }
  return value
}

/** `alipay-kit simulate`: the local Alipay simulator in the foreground, with a live log. */
export const simulateCommand: Command = {
  name: 'simulate',
  summary: 'run a local Alipay (AMS) simulator, with a live log of deliveries and resends',
  usage: ['simulate --client-id <id> --merchant-public-key <file> [--port <n>] [--time-scale <x>]'],
  description: [
    'Serves the Alipay payment APIs on 127.0.0.1: it verifies your signed requests with your merchant',
    'public key, answers with signed responses, and delivers signed notifications to your notify URLs,',
    "resending unacknowledged ones on Alipay's schedule: 8 attempts over about 24 h (protocol.md §3.3).",
    'It prints its URL and its Alipay public key: configure your app with both (ALIPAY_BASE_URL and',
    'ALIPAY_PUBLIC_KEY). Then one line per API call and per delivery attempt. Ctrl+C stops it.',
  ].join('\n'),
  options: {
    'client-id': { type: 'string', value: '<id>', description: 'your client id (default: $ALIPAY_CLIENT_ID)' },
    'merchant-public-key': {
      type: 'string',
      value: '<file>',
      description: 'your merchant public key, which verifies your requests (PEM or raw base64)',
    },
    port: { type: 'string', short: 'p', value: '<n>', description: 'the port on 127.0.0.1 (default: 0, a free port)' },
    'time-scale': {
      type: 'string',
      value: '<x>',
      description: 'multiplies resend waits: 0.001 turns 2 min into 120 ms (default: 1, real time)',
    },
    'alipay-private-key': {
      type: 'string',
      value: '<file>',
      description: "the key standing in for Alipay's, to keep one across runs (default: a new one each run)",
    },
  },
  examples: [
    'alipay-kit simulate --client-id SANDBOX_5YEZ2N2ZWBJ000001 --merchant-public-key keys/merchant-public-key.pem \\',
    '    --port 4010 --time-scale 0.001',
  ],
  async run({ io, print, values }) {
    const clientId = clientIdOption(io, values)
    const merchantPublicKey = await readKeyOption(io, values, 'merchant-public-key')
    if (merchantPublicKey === undefined) {
      throw new UsageError('--merchant-public-key is required (the public key of the pair that signs your requests)')
    }
    checkMerchantKey(merchantPublicKey)
    const alipayPrivateKey = await readKeyOption(io, values, 'alipay-private-key')
    const timeScale = timeScaleOf(stringOption(values, 'time-scale'))
    // Loaded on demand: the other commands start faster without the simulator's modules.
    const { createAlipaySimulator } = await import('../../simulator/simulator.js')
    const simulator = createAlipaySimulator({
      clientId,
      merchantPublicKey,
      port: portOf(stringOption(values, 'port')),
      timeScale,
      ...(alipayPrivateKey === undefined ? {} : { alipayPrivateKey }),
    })
    try {
      await simulator.listen()
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code
      throw new CliError(
        code === 'EADDRINUSE'
          ? `port ${stringOption(values, 'port')} is in use: pass another --port, or --port 0 for a free one`
          : `the simulator could not listen: ${error instanceof Error ? error.message : String(error)}`,
      )
    }
    const out = print.out
    out.line(`${out.bold('Alipay simulator')} listening on ${out.cyan(simulator.url)}`)
    out.line(`  client id:   ${clientId}`)
    out.line(
      `  time scale:  ${timeScale}${timeScale === 1 ? ' (real time)' : ` (a 2 min resend wait takes ${duration(120_000 * timeScale)})`}`,
    )
    out.line()
    out.line(out.bold('Configure your app with:'))
    out.line(`  ALIPAY_BASE_URL=${simulator.url}`)
    out.line(`  ALIPAY_PUBLIC_KEY=${simulator.alipayPublicKeyBase64}`)
    out.line(out.dim("  (this is the simulator's Alipay public key; its PEM form follows)"))
    out.line(simulator.alipayPublicKey.trimEnd())
    out.line()
    out.line(out.dim('Press Ctrl+C to stop.'))
    simulator.on('request', (request) => out.line(requestLine(out, request)))
    simulator.on('delivery', (attempt) => out.line(deliveryLine(out, attempt, timeScale)))
    await new Promise<void>((resolve) => {
      const off = io.onStop(() => {
        off()
        resolve()
      })
    })
    const dropped = simulator.notifications.filter((n) => n.state === 'delivering').length
    await simulator.close()
    out.line(
      `stopped: ${simulator.deliveries.length} delivery attempts${dropped > 0 ? `, ${dropped} notifications left unacknowledged` : ''}`,
    )
    return EXIT.ok
  },
}
