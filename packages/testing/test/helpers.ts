import { execFile } from 'node:child_process'
import { createServer, type IncomingHttpHeaders } from 'node:http'
import type { AddressInfo } from 'node:net'
import { fileURLToPath } from 'node:url'
import { type KeyInput, type Result, sign } from '@alipay-kit/core'
import {
  type AlipaySimulator,
  type AlipaySimulatorOptions,
  startAlipaySimulator,
  TEST_CLIENT_ID,
  TEST_KEYS,
} from '../src/index.js'

/** A simulator for the test merchant, with the published Alipay test key so nothing is generated. */
export function startTestSimulator(options: Partial<AlipaySimulatorOptions> = {}): Promise<AlipaySimulator> {
  return startAlipaySimulator({
    clientId: TEST_CLIENT_ID,
    merchantPublicKey: TEST_KEYS.merchant.publicKeyPem,
    alipayPrivateKey: TEST_KEYS.alipay.privateKeyPem,
    ...options,
  })
}

export interface CallOptions {
  readonly clientId?: string
  readonly privateKey?: KeyInput
  readonly sandbox?: boolean
  /** Headers to set or (with undefined) drop after signing. */
  readonly headers?: Readonly<Record<string, string | undefined>>
  /** Send this body instead of JSON.stringify(body) (signed as sent). */
  readonly raw?: string
  readonly method?: string
}

export interface CallResult {
  readonly status: number
  readonly headers: Headers
  readonly text: string
  readonly path: string
  readonly json: ApiJson
}

/** A parsed API response: its result and the API's fields. */
export interface ApiJson {
  readonly result: Result
  readonly [field: string]: unknown
}

/** A string field of a response, or a failed expectation. */
export function field(res: CallResult, name: string): string {
  const value = res.json[name]
  if (typeof value !== 'string') throw new Error(`response has no string ${name}: ${res.text}`)
  return value
}

/** Calls a simulator API as a merchant would: signed with the merchant key, over real HTTP. */
export async function callApi(
  sim: AlipaySimulator,
  api: string,
  body: object,
  options: CallOptions = {},
): Promise<CallResult> {
  const path = `/ams/${options.sandbox ? 'sandbox/' : ''}api${api}`
  const clientId = options.clientId ?? TEST_CLIENT_ID
  const text = options.raw ?? JSON.stringify(body)
  const time = String(Date.now())
  const headers: Record<string, string> = {
    'content-type': 'application/json; charset=UTF-8',
    'client-id': clientId,
    'request-time': time,
    signature: sign({ path, clientId, time, body: text }, options.privateKey ?? TEST_KEYS.merchant.privateKeyPem),
  }
  for (const [name, value] of Object.entries(options.headers ?? {})) {
    if (value === undefined) delete headers[name]
    else headers[name] = value
  }
  const method = options.method ?? 'POST'
  const res = await fetch(sim.url + path, { method, headers, ...(method === 'GET' ? {} : { body: text }) })
  const responseText = await res.text()
  let json = {} as ApiJson
  try {
    json = JSON.parse(responseText) as ApiJson
  } catch {
    // non-JSON answers (HTTP faults) leave json empty
  }
  return { status: res.status, headers: res.headers, text: responseText, path, json }
}

export interface Received {
  readonly url: string
  readonly headers: IncomingHttpHeaders
  readonly body: string
}

/** A merchant notify endpoint on 127.0.0.1 that answers each call with `reply(n)` (n counts from 1). */
export async function startReceiver(reply: (n: number, received: Received) => { status: number; body: string }) {
  const received: Received[] = []
  const server = createServer((req, res) => {
    const chunks: Buffer[] = []
    req.on('data', (c: Buffer) => chunks.push(c))
    req.on('end', () => {
      const r = { url: req.url ?? '', headers: req.headers, body: Buffer.concat(chunks).toString('utf8') }
      received.push(r)
      const { status, body } = reply(received.length, r)
      res.writeHead(status, { 'content-type': 'application/json' }).end(body)
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}`,
    received,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve())
        server.closeAllConnections()
      }),
  }
}

let sequence = 0
/** A unique merchant request id. */
export function requestId(prefix = 'REQ'): string {
  sequence += 1
  return `${prefix}_${Date.now()}_${sequence}`
}

/** A CASHIER_PAYMENT pay request for 100.00 USD. */
export function payBody(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    productCode: 'CASHIER_PAYMENT',
    paymentRequestId: requestId('PAY'),
    paymentAmount: { currency: 'USD', value: '10000' },
    order: {
      referenceOrderId: requestId('ORDER'),
      orderDescription: 'Test order',
      orderAmount: { currency: 'USD', value: '10000' },
    },
    paymentMethod: { paymentMethodType: 'ALIPAY_CN' },
    paymentRedirectUrl: 'http://127.0.0.1:1/return',
    ...overrides,
  }
}

/** How a fixture process ended. */
export interface FixtureRun {
  readonly code: number | null
  readonly signal: NodeJS.Signals | null
  /** Whether it was killed for outliving its limit. */
  readonly killed: boolean
  readonly stdout: string
  readonly stderr: string
}

const ROOT = fileURLToPath(new URL('../../../', import.meta.url))

/**
 * Runs `test/fixtures/<name>` in a fresh Node process (tsx; the root tsconfig's `paths` point the
 * workspace packages at their sources, as vitest's aliases do) and resolves when it ends, or kills
 * it after `limitMs`.
 */
export function runFixture(name: string, limitMs: number): Promise<FixtureRun> {
  const script = fileURLToPath(new URL(`./fixtures/${name}`, import.meta.url))
  return new Promise((resolve) => {
    const child = execFile(
      process.execPath,
      ['--import', 'tsx', script],
      {
        cwd: ROOT,
        env: { ...process.env, TSX_TSCONFIG_PATH: `${ROOT}tsconfig.json` },
        timeout: limitMs,
        killSignal: 'SIGKILL',
      },
      (_error, stdout, stderr) =>
        resolve({ code: child.exitCode, signal: child.signalCode, killed: child.killed, stdout, stderr }),
    )
  })
}
