import { writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { createAlipaySimulator, TEST_CLIENT_ID } from '@alipay-kit/testing'
import { type Command, stringOption } from '../command.js'
import { CliError, EXIT, USAGE_EXIT_MEANING } from '../exit-codes.js'
import { readAppEnv, writeAppEnv } from '../local/app-env.js'
import { KEYS_DIR_OPTION, keysDirOf, LOCAL_FILES } from '../local/keys-dir.js'
import { shownPath } from '../shown-path.js'
import { deliveryLine, duration, requestLine } from '../simulate/format.js'
import { clientIdOf, DEFAULT_PORT, keysOf, portOf, timeScaleOf } from '../simulate/options.js'
import { printSettings, settingsEnv } from '../simulate/settings.js'

/** Where `--tls` writes the CA of the simulator's certificate, in the keys directory. */
const CA_FILE = 'simulator-ca.pem'

/** `alipay-kit simulate`: the local Alipay simulator in the foreground, with a live log. */
export const simulateCommand: Command = {
  name: 'simulate',
  summary: 'run a local Alipay (AMS) simulator; print the settings your app needs for it',
  usage: [
    'simulate [--client-id <id>] [--merchant-public-key <file>] [--port <n>] [--tls] [--time-scale <x>] [--keys-dir <dir>]',
  ],
  description: [
    'Serves the Alipay payment APIs on 127.0.0.1: it verifies your signed requests with your merchant',
    'public key, answers with signed responses, and delivers signed notifications to your notify URLs,',
    "resending unacknowledged ones on Alipay's schedule: 8 attempts over about 24 h (docs/protocol.md §3.3).",
    '',
    'Its test keys live in --keys-dir (.alipay-kit in this directory, with a .gitignore): made on the',
    'first run, reused after, so the app keeps its settings from run to run:',
    `  ${LOCAL_FILES.alipayPrivateKey.padEnd(31)}stands in for Alipay's private key; "trigger" signs with it too`,
    `  ${LOCAL_FILES.merchantPrivateKey.padEnd(31)}a merchant test key, made when no --merchant-public-key is given`,
    `  ${LOCAL_FILES.appEnv.padEnd(31)}the settings printed at start, for node --env-file (mode 0600)`,
    '  (and the public halves, *-public-key.pem)',
    'The settings are ALIPAY_CLIENT_ID, ALIPAY_BASE_URL, ALIPAY_PUBLIC_KEY and, with the merchant test',
    'key, ALIPAY_PRIVATE_KEY. Then it prints one line per API call and per delivery attempt.',
    'Ctrl+C stops it.',
    '',
    'With --tls it serves HTTPS, which the official Java and Python SDKs need, with a certificate made',
    `at start for localhost and 127.0.0.1; it writes the certificate's CA to ${CA_FILE} in --keys-dir`,
    'for your client to trust. The Python SDK connects to port 443 whatever its URL says: --port 443,',
    "run as root. HTTPS answers HTTP/2 as well as HTTP/1.1, for the SDKs' meter/uploadEvent, which goes",
    'over HTTP/2 with the X-Session-Id of meter/createSession instead of a signature.',
    'docs/sdk-testing.md shows each SDK set up against it.',
  ].join('\n'),
  options: {
    'client-id': {
      type: 'string',
      value: '<id>',
      description: `your client id (default: $ALIPAY_CLIENT_ID, else the last run's, else ${TEST_CLIENT_ID})`,
    },
    'merchant-public-key': {
      type: 'string',
      value: '<file>',
      description:
        'your merchant public key, which verifies your requests (PEM or raw base64)\n(default: a merchant test pair in --keys-dir)',
    },
    port: {
      type: 'string',
      short: 'p',
      value: '<n>',
      description: `the port on 127.0.0.1 (default: ${DEFAULT_PORT}; 0 picks a free one; 443 for the Python SDK, as root)`,
    },
    tls: {
      type: 'boolean',
      description: `serve HTTPS, HTTP/2 and HTTP/1.1 (for the Java and Python SDKs); the CA to trust goes to ${CA_FILE}\nin --keys-dir`,
    },
    'time-scale': {
      type: 'string',
      value: '<x>',
      description: 'multiplies resend waits: 0.001 turns 2 min into 120 ms (default: 1, real time)',
    },
    'alipay-private-key': {
      type: 'string',
      value: '<file>',
      description: `the key standing in for Alipay's (default: ${LOCAL_FILES.alipayPrivateKey} in --keys-dir)`,
    },
    'keys-dir': KEYS_DIR_OPTION,
  },
  examples: [
    'alipay-kit simulate --time-scale 0.001',
    'sudo alipay-kit simulate --tls --port 443',
    'alipay-kit simulate --client-id SANDBOX_5YEZ2N2ZWBJ000001 --merchant-public-key keys/merchant-public-key.pem',
  ],
  exitCodes: [
    [EXIT.ok, 'stopped with Ctrl+C (SIGINT) or SIGTERM'],
    [EXIT.usage, USAGE_EXIT_MEANING],
    [EXIT.error, 'the port is in use or needs root, or the keys directory cannot be written'],
  ],
  async run({ io, print, values }) {
    const port = portOf(stringOption(values, 'port'))
    const timeScale = timeScaleOf(stringOption(values, 'time-scale'))
    const dir = keysDirOf(io, values)
    const keys = await keysOf(io, values, dir)
    const clientId = clientIdOf(io, values, await readAppEnv(dir))
    const simulator = createAlipaySimulator({
      clientId,
      merchantPublicKey: keys.merchantPublicKey,
      alipayPrivateKey: keys.alipayPrivateKey,
      port,
      timeScale,
      tls: values.tls === true,
    })
    try {
      await simulator.listen()
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code
      throw new CliError(
        code === 'EADDRINUSE'
          ? `port ${port} is in use (another simulator?): stop it, pass another --port, or --port 0 for a free one`
          : code === 'EACCES'
            ? `port ${port} needs root (or CAP_NET_BIND_SERVICE): run as root, or pass a port above 1023`
            : `the simulator could not listen: ${error instanceof Error ? error.message : String(error)}`,
      )
    }
    // Listen for the stop signals before printing anything: a caller that sends SIGTERM as soon as
    // it reads the settings (a supervisor, test/dist.test.ts) must find the handler in place. Taken
    // after printing, a process preempted between its last write and the registration died of
    // Node's default action instead, with no exit code and the simulator not closed.
    let off = () => {}
    const stopped = new Promise<void>((resolve) => {
      off = io.onStop(resolve)
    })
    try {
      const entries = settingsEnv({
        clientId,
        baseUrl: simulator.url,
        alipayPublicKeyBase64: simulator.alipayPublicKeyBase64,
        ...(keys.merchant === undefined ? {} : { merchantPrivateKeyBase64: keys.merchant.privateKeyBase64 }),
      })
      const appEnvFile = shownPath(io.cwd, join(dir, LOCAL_FILES.appEnv))
      const caFile = shownPath(io.cwd, join(dir, CA_FILE))
      await writeAppEnv(dir, appEnvFile, entries)
      if (simulator.ca !== undefined) await writeFile(join(dir, CA_FILE), simulator.ca)
      const local = [keys.alipay, keys.merchant].filter((pair) => pair !== undefined)
      const made = local.filter((pair) => pair.created).map((pair) => pair.privateKeyFile)
      const out = print.out
      out.line(`${out.bold('Alipay simulator')} listening on ${out.cyan(simulator.url)}`)
      out.line(`  client id:   ${clientId}`)
      if (simulator.ca !== undefined)
        out.line(`  TLS CA:      ${caFile} (trust it in your client: docs/sdk-testing.md)`)
      out.line(
        `  time scale:  ${timeScale}${timeScale === 1 ? ' (real time)' : ` (a 2 min resend wait takes ${duration(120_000 * timeScale)})`}`,
      )
      const keysNote = made.length > 0 ? ` (new: ${made.join(', ')})` : local.length > 0 ? ' (reused)' : ''
      out.line(`  test keys:   ${shownPath(io.cwd, dir)}${keysNote}`)
      out.line()
      printSettings(out, io, entries, appEnvFile)
      out.line()
      const trustCa = simulator.ca === undefined ? '' : `NODE_EXTRA_CA_CERTS=${caFile} `
      out.line(`Start your app with them:  ${trustCa}node --env-file=${appEnvFile} server.js`)
      out.line(
        'Send it a notification:   npx @alipay-kit/cli trigger payment_result --to http://127.0.0.1:3000/alipay/notify',
      )
      if (keys.alipay === undefined) out.line(out.dim('  (with --key, the same key as --alipay-private-key here)'))
      out.line()
      out.line(out.dim('Press Ctrl+C to stop.'))
      simulator.on('request', (request) => out.line(requestLine(out, request)))
      simulator.on('delivery', (attempt) => out.line(deliveryLine(out, attempt, timeScale)))
      await stopped
      const dropped = simulator.notifications.filter((n) => n.state === 'delivering').length
      await simulator.close()
      out.line(
        `stopped: ${simulator.deliveries.length} delivery attempts${dropped > 0 ? `, ${dropped} notifications left unacknowledged` : ''}`,
      )
      return EXIT.ok
    } finally {
      // Also when writing a file above failed: the simulator must not keep the process alive.
      await simulator.close()
      // Only now, as a repeated signal during close() must still find the handler (stop-signals.ts).
      off()
    }
  },
}
