/**
 * Memory and time under abuse (issue 9), per framework adapter with its default options, each
 * server in its own child process, over loopback only. Two phases of N held connections (1000 by
 * default) while a valid notification is sent every 100 ms and must be acknowledged:
 *   a) heads that fail the pre-checks (another client id) promising a body at the default limit
 *      and never sending it: answered at once, the body never buffered. Target: peak RSS < 150 MB.
 *   b) well-formed signed heads promising a body at the default limit, sending all of it but the
 *      last byte, then holding: answered 408 after bodyTimeout. Target: peak RSS < N x limit + 150 MB.
 * The server's RSS is sampled every 50 ms; the peak and the RSS after a GC once the phase ended are
 * printed next to the targets. Every phase ends by itself (all connections answered, or 60 s).
 * Not part of the test suite. Needs about 2 x N + 200 file descriptors per process: it re-runs
 * itself under `ulimit -n` when the soft limit is lower (or run it under `ulimit -n 4096` yourself).
 * Run: node --import tsx bench/abuse.ts [--connections 1000] [--only koa]
 */
import { type ChildProcess, execSync, fork, spawnSync } from 'node:child_process'
import { createPrivateKey, sign } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { type RequestListener, request } from 'node:http'
import type { AddressInfo } from 'node:net'
import { connect, type Socket } from 'node:net'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import { DEFAULT_NOTIFY_LIMIT, NOTIFICATION_ACK } from '@alipay-kit/core'

const FRAMEWORKS = ['express', 'koa', 'fastify'] as const
type Framework = (typeof FRAMEWORKS)[number]
const keys = JSON.parse(readFileSync(new URL('../packages/core/test/fixtures/vectors.json', import.meta.url), 'utf8'))
  .keys as { publicKeyPem: string; privateKeyPkcs8Pem: string }
const CLIENT_ID = 'SANDBOX_5YEZ2N2ZWBJ000001'
const PATH = '/alipay/notify'
const MB = 1_000_000
const merchantSide = createPrivateKey(keys.privateKeyPkcs8Pem)
const PHASE_DEADLINE_MS = 60_000

// --- the server (child process) ------------------------------------------------------------------

async function serve(framework: Framework): Promise<number> {
  const quiet = { warn: () => {}, error: () => {} }
  const options = { alipayPublicKey: keys.publicKeyPem, clientId: CLIENT_ID, onNotification: () => {}, logger: quiet }
  if (framework === 'fastify') {
    const { default: Fastify } = await import('fastify')
    const { alipay } = await import('@alipay-kit/fastify')
    const app = Fastify()
    await app.register(alipay, { alipayPublicKey: keys.publicKeyPem, clientId: CLIENT_ID, notify: options })
    await app.listen({ port: 0, host: '127.0.0.1' })
    return (app.server.address() as AddressInfo).port
  }
  const { createServer } = await import('node:http')
  let listener: RequestListener
  if (framework === 'express') {
    const { default: express } = await import('express')
    const { alipayNotify } = await import('@alipay-kit/express')
    listener = express().use(alipayNotify(options))
  } else {
    const { default: Koa } = await import('koa')
    const { alipayNotify } = await import('@alipay-kit/koa')
    listener = new Koa().use(alipayNotify(options)).callback()
  }
  const server = createServer(listener)
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', 1024, resolve))
  return (server.address() as AddressInfo).port
}

// --- the load (parent process) -------------------------------------------------------------------

interface Server {
  readonly child: ChildProcess
  readonly port: number
}

function start(framework: Framework): Promise<Server> {
  const child = fork(fileURLToPath(import.meta.url), ['--serve', framework], {
    execArgv: ['--import', 'tsx', '--expose-gc'],
  })
  return new Promise((resolve, reject) => {
    child.once('message', (port) => resolve({ child, port: Number(port) }))
    child.once('exit', (code) => reject(new Error(`${framework} server exited with ${code}`)))
  })
}

/** The server's RSS in bytes, after a full GC when `gc`. */
function rssOf(server: Server, gc = false): Promise<number> {
  return new Promise((resolve) => {
    server.child.once('message', (rss) => resolve(Number(rss)))
    server.child.send(gc ? 'gc' : 'rss')
  })
}

let sequence = 0

/** Signed headers of a fresh notification (its body, when it is to be sent). */
function signed(clientId = CLIENT_ID): { headers: Record<string, string>; body: string } {
  const body = JSON.stringify({
    notifyType: 'PAYMENT_RESULT',
    result: { resultCode: 'SUCCESS', resultStatus: 'S', resultMessage: 'success' },
    paymentRequestId: `abuse-${process.pid}-${++sequence}`,
    paymentAmount: { currency: 'USD', value: '30000' },
  })
  const time = String(Date.now())
  const data = Buffer.from(`POST ${PATH}\n${clientId}.${time}.${body}`)
  const signature = sign('sha256', data, merchantSide).toString('base64')
  const headers = {
    'content-type': 'application/json; charset=UTF-8',
    'client-id': clientId,
    'request-time': time,
    signature: `algorithm=RSA256,keyVersion=1,signature=${encodeURIComponent(signature)}`,
  }
  return { headers, body }
}

/** Sends a valid notification every 100 ms until stopped; counts the acknowledgements. */
function validNotifications(port: number) {
  const counts = { acknowledged: 0, other: 0 }
  const send = () => {
    const { headers, body } = signed()
    const req = request({ host: '127.0.0.1', port, path: PATH, method: 'POST', headers, agent: false, timeout: 30_000 })
    req.on('response', (res) => {
      let text = ''
      res.setEncoding('utf8')
      res.on('data', (chunk: string) => {
        text += chunk
      })
      res.on('end', () => {
        if (res.statusCode === 200 && text === NOTIFICATION_ACK) counts.acknowledged++
        else counts.other++
      })
    })
    req.on('timeout', () => req.destroy())
    req.on('error', () => counts.other++)
    req.end(body)
  }
  const timer = setInterval(send, 100)
  return { counts, stop: () => clearInterval(timer) }
}

interface Held {
  readonly statuses: Map<string, number>
  readonly closed: Promise<void>
}

/** Opens `n` connections, each sending `head` then `body`, and holds them until the server closes them. */
async function hold(port: number, n: number, head: string, body: Buffer | undefined): Promise<Held> {
  const statuses = new Map<string, number>()
  const closings: Array<Promise<void>> = []
  for (let opened = 0; opened < n; opened += 100) {
    const batch: Array<Promise<void>> = []
    for (let i = opened; i < Math.min(n, opened + 100); i++) {
      const socket: Socket = connect(port, '127.0.0.1')
      let first = ''
      socket.on('data', (chunk: Buffer) => {
        if (first === '') first = chunk.toString('latin1').split(' ')[1] ?? '?'
      })
      socket.on('error', () => {})
      closings.push(
        new Promise((resolve) =>
          socket.once('close', () => {
            const status = first === '' ? 'closed without answer' : first
            statuses.set(status, (statuses.get(status) ?? 0) + 1)
            resolve()
          }),
        ),
      )
      socket.setTimeout(PHASE_DEADLINE_MS, () => socket.destroy())
      batch.push(new Promise((resolve) => socket.once('connect', () => resolve())))
      socket.write(head)
      if (body !== undefined) socket.write(body)
    }
    await Promise.all(batch)
  }
  return { statuses, closed: Promise.all(closings).then(() => {}) }
}

interface PhaseResult {
  readonly peak: number
  readonly afterGc: number
  readonly statuses: Map<string, number>
  readonly acknowledged: number
  readonly other: number
  readonly seconds: number
}

async function phase(server: Server, n: number, head: string, body: Buffer | undefined): Promise<PhaseResult> {
  const started = performance.now()
  let peak = 0
  let sampling = true
  const sampler = (async () => {
    while (sampling) {
      peak = Math.max(peak, await rssOf(server))
      await new Promise((resolve) => setTimeout(resolve, 50))
    }
  })()
  const valid = validNotifications(server.port)
  const held = await hold(server.port, n, head, body)
  await held.closed
  sampling = false
  await sampler
  valid.stop()
  await new Promise((resolve) => setTimeout(resolve, 500)) // the last valid notification's answer
  const afterGc = await rssOf(server, true)
  const seconds = (performance.now() - started) / 1000
  return { peak, afterGc, statuses: held.statuses, ...valid.counts, seconds }
}

function headOf(headers: Record<string, string>, contentLength: number): string {
  const lines = Object.entries({ ...headers, host: '127.0.0.1', 'content-length': String(contentLength) })
  return `POST ${PATH} HTTP/1.1\r\n${lines.map(([name, value]) => `${name}: ${value}\r\n`).join('')}\r\n`
}

function report(name: string, n: number, result: PhaseResult, target: number): boolean {
  const ok = result.peak < target && result.other === 0 && result.acknowledged > 0
  const statuses = [...result.statuses].map(([status, count]) => `${count} x ${status}`).join(', ')
  console.log(
    `  ${name}: ${n} connections (${statuses}) in ${result.seconds.toFixed(1)} s; server RSS peak ${(result.peak / MB).toFixed(0)} MB, after GC ${(result.afterGc / MB).toFixed(0)} MB; target < ${(target / MB).toFixed(0)} MB; valid notifications acknowledged ${result.acknowledged}, not ${result.other}: ${ok ? 'ok' : 'MISSED'}`,
  )
  return ok
}

/** Re-runs this script under a raised `ulimit -n` when the soft limit is too low for `n` connections. */
function ensureDescriptors(n: number): void {
  const needed = 2 * n + 200
  const soft = Number(execSync('ulimit -n', { shell: '/bin/sh' }).toString().trim())
  if (Number.isNaN(soft) || soft >= needed) return
  if (process.env.ABUSE_BENCH_ULIMIT === '1') {
    throw new Error(`ulimit -n is ${soft}; ${needed} file descriptors are needed: raise the hard limit`)
  }
  const argv = [process.execPath, ...process.execArgv, fileURLToPath(import.meta.url), ...process.argv.slice(2)]
  const { status } = spawnSync('/bin/sh', ['-c', `ulimit -n ${needed} && exec "$@"`, 'sh', ...argv], {
    stdio: 'inherit',
    env: { ...process.env, ABUSE_BENCH_ULIMIT: '1' },
  })
  process.exit(status ?? 1)
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { serve: { type: 'string' }, connections: { type: 'string', default: '1000' }, only: { type: 'string' } },
  })
  if (values.serve !== undefined) {
    const port = await serve(values.serve as Framework)
    process.on('message', (what) => {
      if (what === 'gc') globalThis.gc?.()
      process.send?.(process.memoryUsage.rss())
    })
    process.send?.(port)
    return
  }
  const n = Number(values.connections)
  ensureDescriptors(n)
  const limit = DEFAULT_NOTIFY_LIMIT
  const almostAll = Buffer.alloc(limit - 1, 'x')
  console.log(`${n} held connections per phase, default limit ${limit} bytes, default bodyTimeout, loopback`)
  let ok = true
  for (const framework of FRAMEWORKS.filter((name) => values.only === undefined || values.only === name)) {
    const server = await start(framework)
    try {
      for (let i = 0; i < 20; i++) await phaseWarmUp(server.port)
      console.log(`${framework}: idle RSS after GC ${((await rssOf(server, true)) / MB).toFixed(0)} MB`)
      // One head per phase: the load is the server's, not the signing of a thousand heads here.
      const intruder = headOf(signed('SANDBOX_INTRUDER').headers, limit)
      const failing = await phase(server, n, intruder, undefined)
      ok = report('a) heads failing the pre-checks', n, failing, 150 * MB) && ok
      const wellFormed = headOf(signed().headers, limit)
      const holding = await phase(server, n, wellFormed, almostAll)
      ok = report('b) well-formed heads holding bodies', n, holding, n * limit + 150 * MB) && ok
    } finally {
      server.child.kill()
    }
  }
  process.exitCode = ok ? 0 : 1
}

/** One valid notification, answered before the next: JIT, key caches. */
function phaseWarmUp(port: number): Promise<void> {
  const { headers, body } = signed()
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path: PATH, method: 'POST', headers, agent: false })
    req.on('response', (res) => res.resume().on('end', resolve))
    req.on('error', reject)
    req.end(body)
  })
}

await main()
