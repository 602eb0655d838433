import { importPrivateKey, sign } from '@alipay-kit/core'
import { type Command, stringOption } from '../command.js'
import { EXIT, USAGE_EXIT_MEANING, UsageError } from '../exit-codes.js'
import { clientIdOption, readBodyOption, readKeyOption } from '../inputs.js'
import { BODY_OPTIONS, methodAndPath, printSignContent, TARGET_OPTIONS } from '../sign-input.js'

/** `alipay-kit sign`: the Signature header for a request, response or notification. */
export const signCommand: Command = {
  name: 'sign',
  summary: 'print the Signature header for a body, path, client id and time',
  usage: [
    'sign --path <path> --client-id <id> --key <private key> [--time <time>] [--body-file <file> | --body <text>]',
  ],
  description: [
    'Signs "<METHOD> <PATH>\\n<CLIENT_ID>.<TIME>.<BODY>" with SHA256withRSA as Alipay and its SDKs do',
    '(docs/protocol.md §1) and prints the Signature header value on stdout:',
    '  algorithm=RSA256,keyVersion=1,signature=<URL-encoded base64>',
    'Sign a request with your merchant private key; sign a test notification with the key that stands',
    "in for Alipay's (the app verifies it with that key's public half): .alipay-kit/alipay-test-private-key.pem",
    'once "alipay-kit simulate" has run here.',
  ].join('\n'),
  options: {
    ...TARGET_OPTIONS,
    time: {
      type: 'string',
      value: '<time>',
      description: 'the request-time header, signed verbatim (default: now, in epoch milliseconds)',
    },
    key: {
      type: 'string',
      value: '<file>',
      description: 'the private key file: PEM (PKCS#8 or PKCS#1) or raw base64 PKCS#8 as the dashboard gives it',
    },
    'key-version': { type: 'string', value: '<n>', description: 'the keyVersion announced in the header (default: 1)' },
    ...BODY_OPTIONS,
  },
  examples: [
    'alipay-kit sign --path /alipay/notify --client-id SANDBOX_5YEZ2N2ZWBJ000001 --time 1700000000000 \\',
    '    --key .alipay-kit/alipay-test-private-key.pem --body \'{"notifyType":"PAYMENT_RESULT"}\'',
    'echo -n \'{"a":1}\' | alipay-kit sign --path /ams/api/v1/payments/pay --client-id SANDBOX_5Y... \\',
    '    --key keys/merchant-private-key.pem --show-content',
  ],
  exitCodes: [
    [EXIT.ok, 'the Signature header was printed'],
    [EXIT.usage, USAGE_EXIT_MEANING],
  ],
  async run({ io, print, values }) {
    const { method, path } = methodAndPath(values)
    const clientId = clientIdOption(io, values)
    const keyText = await readKeyOption(io, values, 'key')
    if (keyText === undefined) throw new UsageError('--key is required (the private key file that signs)')
    const keyVersionText = stringOption(values, 'key-version') ?? '1'
    if (!/^\d{1,9}$/.test(keyVersionText)) throw new UsageError('--key-version must be a non-negative integer')
    const privateKey = importPrivateKey(keyText, '--key')
    const givenTime = stringOption(values, 'time')
    if (givenTime === '') throw new UsageError('--time is empty')
    const time = givenTime ?? String(Date.now())
    const body = await readBodyOption(io, values)
    const input = { method, path, clientId, time, body }
    const header = sign(input, privateKey, { keyVersion: Number(keyVersionText) })
    if (values['show-content'] === true) printSignContent(print.out, input)
    print.out.line(header)
    if (givenTime === undefined)
      print.err.line(print.err.dim(`request-time: ${time} (send it as the request-time header)`))
    return EXIT.ok
  },
}
