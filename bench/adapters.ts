/**
 * Notifications per second through each framework adapter next to a hand-written endpoint in the
 * same framework (raw body, node:crypto verify with a cached KeyObject, fixed acknowledgement),
 * same run, over loopback with autocannon. Each server runs in its own child process; the rounds
 * alternate adapter and baseline (A B B A ...) so the noise of a shared machine lands on both.
 * The ratio printed is the median of the per-round ratios. Target: >= 0.9 in every framework.
 * Run: node --import tsx bench/adapters.ts [--duration 3] [--rounds 5] [--connections 8] [--only koa]
 */
import { type ChildProcess, fork } from 'node:child_process'
import { createPrivateKey, createPublicKey, sign, verify } from 'node:crypto'
import { readFileSync } from 'node:fs'
import type { IncomingMessage, RequestListener } from 'node:http'
import type { AddressInfo } from 'node:net'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import { NOTIFICATION_ACK } from '@alipay-kit/core'
import autocannon from 'autocannon'

const FRAMEWORKS = ['express', 'koa', 'fastify'] as const
type Framework = (typeof FRAMEWORKS)[number]
type Variant = 'adapter' | 'baseline'

const keys = JSON.parse(readFileSync(new URL('../packages/core/test/fixtures/vectors.json', import.meta.url), 'utf8'))
  .keys as { publicKeyPem: string; privateKeyPkcs8Pem: string }
const CLIENT_ID = 'SANDBOX_5YEZ2N2ZWBJ000001'
const PATH = '/alipay/notify'
const ACK_HEADERS = { 'content-type': 'application/json; charset=UTF-8' }

// --- the servers (child processes) ---------------------------------------------------------------

const alipayKey = createPublicKey(keys.publicKeyPem)

function readAll(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    req.on('data', (chunk: Buffer) => chunks.push(chunk))
    req.on('end', () => resolve(Buffer.concat(chunks)))
    req.on('error', reject)
  })
}

/** What a careful merchant writes by hand: headers, signature over the raw bytes, JSON. */
function handVerified(headers: IncomingMessage['headers'], body: Buffer): boolean {
  const clientId = headers['client-id']
  const time = headers['request-time']
  const header = headers.signature
  if (typeof clientId !== 'string' || typeof time !== 'string' || typeof header !== 'string') return false
  const encoded = header.slice(header.indexOf('signature=') + 'signature='.length)
  const signature = Buffer.from(decodeURIComponent(encoded), 'base64')
  const signed = Buffer.concat([Buffer.from(`POST ${PATH}\n${clientId}.${time}.`), body])
  if (!verify('sha256', signed, alipayKey, signature)) return false
  JSON.parse(body.toString('utf8'))
  return true
}

const adapterOptions = { alipayPublicKey: keys.publicKeyPem, clientId: CLIENT_ID, onNotification: () => {} }

async function expressApp(variant: Variant): Promise<RequestListener> {
  const { default: express } = await import('express')
  const app = express()
  if (variant === 'adapter') {
    const { alipayNotify } = await import('@alipay-kit/express')
    app.use(alipayNotify(adapterOptions))
  } else {
    app.post(PATH, async (req, res) => {
      const ok = handVerified(req.headers, await readAll(req))
      res
        .status(ok ? 200 : 401)
        .set(ACK_HEADERS)
        .send(ok ? NOTIFICATION_ACK : '{}')
    })
  }
  app.use(express.json())
  return app
}

async function koaApp(variant: Variant): Promise<RequestListener> {
  const { default: Koa } = await import('koa')
  const app = new Koa()
  if (variant === 'adapter') {
    const { alipayNotify } = await import('@alipay-kit/koa')
    app.use(alipayNotify(adapterOptions))
  } else {
    app.use(async (ctx, next) => {
      if (ctx.path !== PATH) return next()
      const ok = handVerified(ctx.headers, await readAll(ctx.req))
      ctx.status = ok ? 200 : 401
      ctx.set(ACK_HEADERS)
      ctx.body = ok ? NOTIFICATION_ACK : '{}'
    })
  }
  return app.callback()
}

async function serveFastify(variant: Variant): Promise<number> {
  const { default: Fastify } = await import('fastify')
  const app = Fastify()
  if (variant === 'adapter') {
    const { alipay } = await import('@alipay-kit/fastify')
    await app.register(alipay, {
      alipayPublicKey: keys.publicKeyPem,
      clientId: CLIENT_ID,
      notify: { onNotification: () => {} },
    })
  } else {
    await app.register(async (scope) => {
      scope.removeAllContentTypeParsers()
      scope.addContentTypeParser('*', { parseAs: 'buffer' }, (_req, body, done) => done(null, body))
      scope.post(PATH, async (request, reply) => {
        const ok = Buffer.isBuffer(request.body) && handVerified(request.headers, request.body)
        return reply
          .code(ok ? 200 : 401)
          .headers(ACK_HEADERS)
          .send(ok ? NOTIFICATION_ACK : '{}')
      })
    })
  }
  await app.listen({ port: 0, host: '127.0.0.1' })
  return (app.server.address() as AddressInfo).port
}

async function serve(framework: Framework, variant: Variant): Promise<number> {
  if (framework === 'fastify') return serveFastify(variant)
  const { createServer } = await import('node:http')
  const server = createServer(framework === 'express' ? await expressApp(variant) : await koaApp(variant))
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  return (server.address() as AddressInfo).port
}

// --- the load (parent process) -------------------------------------------------------------------

interface Running {
  readonly child: ChildProcess
  readonly url: string
}

function start(framework: Framework, variant: Variant): Promise<Running> {
  const child = fork(fileURLToPath(import.meta.url), ['--serve', `${framework}:${variant}`], {
    execArgv: ['--import', 'tsx'],
  })
  return new Promise((resolve, reject) => {
    child.once('message', (port) => resolve({ child, url: `http://127.0.0.1:${port}${PATH}` }))
    child.once('exit', (code) => reject(new Error(`${framework}:${variant} server exited with ${code}`)))
  })
}

function signedRequest() {
  const body = JSON.stringify({
    notifyType: 'PAYMENT_RESULT',
    result: { resultCode: 'SUCCESS', resultStatus: 'S', resultMessage: 'success' },
    paymentRequestId: 'pay_20240101_000001',
    paymentId: '20240101123456789000001',
    paymentAmount: { currency: 'USD', value: '30000' },
    paymentCreateTime: '2024-01-01T00:00:00+08:00',
    paymentTime: '2024-01-01T00:00:05+08:00',
  })
  const time = String(Date.now())
  const signature = sign(
    'sha256',
    Buffer.from(`POST ${PATH}\n${CLIENT_ID}.${time}.${body}`),
    createPrivateKey(keys.privateKeyPkcs8Pem),
  )
  const headers = {
    'content-type': 'application/json; charset=UTF-8',
    'client-id': CLIENT_ID,
    'request-time': time,
    signature: `algorithm=RSA256,keyVersion=1,signature=${encodeURIComponent(signature.toString('base64'))}`,
  }
  return { headers, body }
}

function cpuMicros(server: Running): Promise<number> {
  return new Promise((resolve) => {
    server.child.once('message', (micros) => resolve(Number(micros)))
    server.child.send('cpu')
  })
}

/** Requests per second, and the server's CPU microseconds per request. */
async function load(server: Running, seconds: number, connections: number): Promise<{ rps: number; cpu: number }> {
  const { headers, body } = signedRequest()
  const before = await cpuMicros(server)
  const result = await autocannon({ url: server.url, method: 'POST', headers, body, duration: seconds, connections })
  const cpu = (await cpuMicros(server)) - before
  if (result.non2xx > 0 || result.errors > 0 || result.timeouts > 0) {
    throw new Error(`${server.url}: ${result.non2xx} non-2xx, ${result.errors} errors, ${result.timeouts} timeouts`)
  }
  return { rps: result.requests.average, cpu: cpu / result.requests.total }
}

async function check(url: string): Promise<void> {
  const { headers, body } = signedRequest()
  const response = await fetch(url, { method: 'POST', headers, body })
  const text = await response.text()
  if (response.status !== 200 || text !== NOTIFICATION_ACK) throw new Error(`${url}: ${response.status} ${text}`)
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  const mid = sorted.length >> 1
  return sorted.length % 2 === 1 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      serve: { type: 'string' },
      duration: { type: 'string', default: '3' },
      rounds: { type: 'string', default: '5' },
      connections: { type: 'string', default: '8' },
      only: { type: 'string' },
    },
  })
  if (values.serve !== undefined) {
    // One server alone, e.g. to profile it: node --cpu-prof --import tsx bench/adapters.ts --serve koa:adapter
    const [framework, variant] = values.serve.split(':') as [Framework, Variant]
    const port = await serve(framework, variant)
    process.once('SIGTERM', () => process.exit(0)) // a clean exit writes the --cpu-prof profile
    if (process.send === undefined) console.log(`listening on http://127.0.0.1:${port}${PATH}`)
    else process.send(port)
    // The parent asks for the CPU time spent so far, to report CPU per request next to req/s.
    process.on('message', () => {
      const { user, system } = process.cpuUsage()
      process.send?.(user + system)
    })
    return
  }
  const seconds = Number(values.duration)
  const rounds = Number(values.rounds)
  const connections = Number(values.connections)
  console.log(`${rounds} alternating rounds of ${seconds} s per side, ${connections} connections, loopback`)
  let ok = true
  for (const framework of FRAMEWORKS.filter((name) => values.only === undefined || values.only === name)) {
    const servers = { adapter: await start(framework, 'adapter'), baseline: await start(framework, 'baseline') }
    try {
      await check(servers.adapter.url)
      await check(servers.baseline.url)
      await load(servers.adapter, 1, connections) // warm-up: JIT and key caches
      await load(servers.baseline, 1, connections)
      const runs: Record<Variant, Array<{ rps: number; cpu: number }>> = { adapter: [], baseline: [] }
      for (let round = 0; round < rounds; round++) {
        const order: Variant[] = round % 2 === 0 ? ['adapter', 'baseline'] : ['baseline', 'adapter']
        for (const variant of order) runs[variant].push(await load(servers[variant], seconds, connections))
      }
      const [a, b] = [runs.adapter, runs.baseline]
      // Each round's two runs are back to back: their ratio cancels slow drifts in machine load.
      const ratio = median(a.map((run, i) => run.rps / (b[i]?.rps ?? Number.NaN)))
      const cpuRatio = median(a.map((run, i) => (b[i]?.cpu ?? Number.NaN) / run.cpu))
      if (ratio < 0.9) ok = false
      const fixed = (values: Array<{ rps: number; cpu: number }>, key: 'rps' | 'cpu') =>
        median(values.map((run) => run[key]))
          .toFixed(0)
          .padStart(5)
      console.log(
        `${framework.padEnd(8)} req/s: adapter ${fixed(a, 'rps')} baseline ${fixed(b, 'rps')} ratio ${ratio.toFixed(3)} ${ratio >= 0.9 ? '>= 0.9 ok' : '< 0.9 BELOW TARGET'}`,
      )
      console.log(
        `${''.padEnd(8)} per round ${a.map((run, i) => (run.rps / (b[i]?.rps ?? Number.NaN)).toFixed(2)).join(' ')}; server CPU us/request: adapter ${fixed(a, 'cpu')} baseline ${fixed(b, 'cpu')} (baseline/adapter ${cpuRatio.toFixed(3)})`,
      )
    } finally {
      servers.adapter.child.kill()
      servers.baseline.child.kill()
    }
  }
  process.exitCode = ok ? 0 : 1
}

await main()
