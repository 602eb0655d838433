/**
 * The exactly-once chaos run (issue #8): the simulator pays N orders and notifies them through a
 * load balancer in front of several app instances sharing PostgreSQL. The balancer sends a share
 * of deliveries to two instances at once, handlers fail at random, one instance is killed and
 * restarted midway. At the end every notification must be in the ledger exactly once and
 * acknowledged. Used by the suite (2,000 notifications) and by `pnpm chaos` (10,000).
 */
import { createServer, request as httpRequest, type IncomingMessage, type Server } from 'node:http'
import { createAlipayClient } from '@alipay-kit/core'
import { startAlipaySimulator, TEST_CLIENT_ID, TEST_KEYS } from '@alipay-kit/testing'
import type pg from 'pg'
import { createLedger, type Instance, ledgerCounts, startInstance } from './instances.js'

export interface ChaosOptions {
  readonly notifications: number
  readonly instances: number
  /** Share of deliveries the balancer also sends, at the same time, to a second instance. */
  readonly duplicateRate: number
  /** Share of handler runs that throw. */
  readonly failRate: number
  readonly pgUrl: string
  readonly pool: pg.Pool
  /** Progress lines, e.g. console.log. */
  readonly log?: (line: string) => void
}

export interface ChaosReport {
  readonly notifications: number
  /** Deliveries the simulator made (first deliveries and resends). */
  readonly deliveries: number
  /** Extra deliveries the balancer sent to a second instance at once. */
  readonly duplicated: number
  /** Handler runs that threw (each released its claim; a resend processed the notification). */
  readonly handlerFailures: number
  /** Handler runs in all, across instances (failures included). */
  readonly handlerRuns: number
  /** Notifications in the ledger once, twice or more, or never. */
  readonly processedOnce: number
  readonly processedTwiceOrMore: number
  readonly neverProcessed: number
  /** Notifications the simulator saw acknowledged. */
  readonly acknowledged: number
  /** Notifications the simulator gave up on after its last attempt, or still delivering at the end. */
  readonly exhausted: number
  readonly stillDelivering: number
  readonly seconds: number
}

function readBody(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    req.on('data', (chunk: Buffer) => chunks.push(chunk))
    req.on('end', () => resolve(Buffer.concat(chunks)))
    req.on('error', reject)
  })
}

function forward(target: string, req: IncomingMessage, body: Buffer): Promise<{ status: number; body: Buffer }> {
  return new Promise((resolve, reject) => {
    const out = httpRequest(
      `${target}${req.url ?? '/'}`,
      { method: req.method, headers: { ...req.headers, host: new URL(target).host }, agent: false },
      (res) => {
        readBody(res).then((b) => resolve({ status: res.statusCode ?? 502, body: b }), reject)
      },
    )
    out.on('error', reject)
    out.end(body)
  })
}

/** A round-robin balancer that duplicates a share of deliveries to the next instance as well. */
function balancer(targets: () => readonly Instance[], duplicateRate: number, counts: { duplicated: number }) {
  let next = 0
  const server: Server = createServer(async (req, res) => {
    const body = await readBody(req)
    const live = targets()
    const primary = live[next++ % live.length] as Instance
    if (live.length > 1 && Math.random() < duplicateRate) {
      counts.duplicated++
      const second = live[next % live.length] as Instance
      forward(second.url, req, body).catch(() => {})
    }
    try {
      const answer = await forward(primary.url, req, body)
      res.writeHead(answer.status, { 'content-type': 'application/json' }).end(answer.body)
    } catch {
      res.writeHead(502).end('instance unreachable')
    }
  })
  return new Promise<{ url: string; close: () => Promise<void> }>((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      const address = server.address()
      const port = typeof address === 'object' && address !== null ? address.port : 0
      resolve({
        url: `http://127.0.0.1:${port}`,
        close: () => new Promise((done) => server.close(() => done())),
      })
    })
  })
}

/** Runs `fn` over `items` with at most `limit` at a time. */
async function pooled<T>(items: readonly T[], limit: number, fn: (item: T) => Promise<void>): Promise<void> {
  let index = 0
  await Promise.all(
    Array.from({ length: limit }, async () => {
      while (index < items.length) await fn(items[index++] as T)
    }),
  )
}

export async function runChaos(options: ChaosOptions): Promise<ChaosReport> {
  const log = options.log ?? (() => {})
  const started = Date.now()
  await createLedger(options.pool)
  const settings = {
    pgUrl: options.pgUrl,
    store: 'postgres' as const,
    leaseMs: 1000,
    failRate: options.failRate,
    alipayPublicKey: TEST_KEYS.alipay.publicKeyPem,
    clientId: TEST_CLIENT_ID,
  }
  const instances: Instance[] = await Promise.all(
    Array.from({ length: options.instances }, (_, i) => startInstance({ ...settings, name: `i${i}` })),
  )
  const retired: Instance[] = []
  const counts = { duplicated: 0 }
  const lb = await balancer(() => instances, options.duplicateRate, counts)
  const sim = await startAlipaySimulator({
    clientId: TEST_CLIENT_ID,
    merchantPublicKey: TEST_KEYS.merchant.publicKeyPem,
    alipayPrivateKey: TEST_KEYS.alipay.privateKeyPem,
    // 2 minutes become 600 ms and the whole 24-hour schedule about 7 minutes: room for a machine
    // slowed by other work, where a faster scale would exhaust the 8 attempts in seconds.
    timeScale: 0.005,
    notifyUrls: { payment: `${lb.url}/alipay/notify` },
  })
  const client = createAlipayClient({
    clientId: TEST_CLIENT_ID,
    privateKey: TEST_KEYS.merchant.privateKeyPem,
    alipayPublicKey: sim.alipayPublicKey,
    baseUrl: sim.url,
  })
  try {
    const ids = Array.from({ length: options.notifications }, (_, i) => `chaos-${i}`)
    log(`paying ${ids.length} orders`)
    await pooled(ids, 16, async (id) => {
      await client.pay({
        productCode: 'CASHIER_PAYMENT',
        paymentRequestId: id,
        paymentAmount: { currency: 'USD', value: '1000' },
        paymentMethod: { paymentMethodType: 'ALIPAY_CN' },
        order: { referenceOrderId: id, orderDescription: 'chaos', orderAmount: { currency: 'USD', value: '1000' } },
        paymentNotifyUrl: `${lb.url}/alipay/notify`,
        paymentRedirectUrl: 'https://shop.example/done',
      })
    })
    log('completing payments; the simulator notifies through the balancer')
    const killAt = Math.floor(ids.length / 2)
    for (const [i, id] of ids.entries()) {
      sim.completePayment(id, { status: 'SUCCESS' })
      if (i === killAt) {
        // One instance dies mid-run (SIGKILL: no release), and a fresh one takes its place.
        const victim = instances.splice(instances.length - 1, 1)[0] as Instance
        await victim.kill()
        retired.push(victim)
        log(`killed ${victim.name} after ${i + 1} notifications; restarting it`)
        instances.push(await startInstance({ ...settings, name: `${victim.name}-restarted` }))
      }
      // Pace the first deliveries so the machine, not the test, sets the rate.
      if (i % 200 === 199) await new Promise((resolve) => setTimeout(resolve, 50))
    }
    // A bound for a hang: the schedule itself ends every delivery within about 7 minutes.
    const deadline = Date.now() + 600_000
    while (sim.notifications.some((n) => n.state === 'delivering') && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 200))
    }
    const ledger = await ledgerCounts(options.pool)
    const everyone = [...instances, ...retired]
    const handlerRuns = everyone.reduce((sum, i) => sum + i.runs.length, 0)
    let once = 0
    let more = 0
    for (const id of ids) {
      const count = ledger.get(id) ?? 0
      if (count === 1) once++
      else if (count > 1) more++
    }
    return {
      notifications: ids.length,
      deliveries: sim.deliveries.length,
      duplicated: counts.duplicated,
      handlerFailures: handlerRuns - [...ledger.values()].reduce((a, b) => a + b, 0),
      handlerRuns,
      processedOnce: once,
      processedTwiceOrMore: more,
      neverProcessed: ids.length - once - more,
      acknowledged: sim.notifications.filter((n) => n.state === 'acknowledged').length,
      exhausted: sim.notifications.filter((n) => n.state === 'exhausted').length,
      stillDelivering: sim.notifications.filter((n) => n.state === 'delivering').length,
      seconds: (Date.now() - started) / 1000,
    }
  } finally {
    await sim.close()
    await lb.close()
    await Promise.all(instances.map((i) => i.kill()))
  }
}
