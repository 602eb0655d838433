/**
 * Starts merchant app instances (test/exactly-once/instance.ts) as separate processes sharing a
 * store, and delivers signed notifications to them over real HTTP, as Alipay and a load balancer
 * would. Shared by the PostgreSQL tests (main suite) and the Redis tests (`pnpm test:redis`).
 */
import { type ChildProcess, spawn } from 'node:child_process'
import { once } from 'node:events'
import { fileURLToPath } from 'node:url'
import type pg from 'pg'
import { CLIENT_ID, keys, paymentResult, signNotification } from '../contract/notification.js'

const root = fileURLToPath(new URL('../..', import.meta.url))

/** One running instance: its URL, the handler runs it reported, and a way to kill it. */
export interface Instance {
  readonly name: string
  readonly url: string
  /** The paymentRequestIds whose handler run started here, in order. */
  readonly runs: string[]
  /** SIGKILL: no cleanup, no release, as a crash. */
  kill(): Promise<void>
  /** Graceful stop. */
  stop(): Promise<void>
  /** How the process ended and the tail of its stderr, or `undefined` while it runs: for failure messages. */
  exited(): string | undefined
}

export interface InstanceSettings {
  readonly name: string
  readonly pgUrl: string
  readonly store: 'postgres' | 'redis'
  readonly redisUrl?: string
  readonly leaseMs?: number
  readonly delayMs?: number
  readonly failRate?: number
  readonly failFirst?: boolean
  /** Alipay's public key the instance verifies with. @default the vector key test/contract signs with */
  readonly alipayPublicKey?: string
  /** @default the contract's CLIENT_ID */
  readonly clientId?: string
}

/** Starts one instance and resolves once it listens. */
export async function startInstance(settings: InstanceSettings): Promise<Instance> {
  const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', 'test/exactly-once/instance.ts'], {
    cwd: root,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: {
      ...process.env,
      NAME: settings.name,
      PG_URL: settings.pgUrl,
      STORE: settings.store,
      REDIS_URL: settings.redisUrl ?? '',
      LEASE_MS: String(settings.leaseMs ?? 30_000),
      DELAY_MS: String(settings.delayMs ?? 0),
      FAIL_RATE: String(settings.failRate ?? 0),
      FAIL_FIRST: settings.failFirst ? '1' : '0',
      ALIPAY_PUBLIC_KEY: settings.alipayPublicKey ?? keys.publicKeyPem,
      ALIPAY_CLIENT_ID: settings.clientId ?? CLIENT_ID,
    },
  })
  const runs: string[] = []
  let stderr = ''
  child.stderr?.on('data', (chunk: Buffer) => {
    stderr = (stderr + chunk.toString('utf8')).slice(-4000)
  })
  const port = await new Promise<number>((resolve, reject) => {
    let buffered = ''
    child.stdout?.on('data', (chunk: Buffer) => {
      buffered += chunk.toString('utf8')
      let newline = buffered.indexOf('\n')
      while (newline !== -1) {
        const line = buffered.slice(0, newline)
        buffered = buffered.slice(newline + 1)
        if (line.startsWith('listening ')) resolve(Number(line.slice('listening '.length)))
        else if (line.startsWith('run ')) runs.push(line.slice('run '.length))
        newline = buffered.indexOf('\n')
      }
    })
    child.once('exit', (code) => reject(new Error(`instance ${settings.name} exited with ${code}:\n${stderr}`)))
  })
  const end = async (signal: NodeJS.Signals) => {
    if (child.exitCode !== null || child.signalCode !== null) return
    const exited = once(child, 'exit')
    child.kill(signal)
    await exited
  }
  return {
    name: settings.name,
    url: `http://127.0.0.1:${port}`,
    runs,
    kill: () => end('SIGKILL'),
    stop: () => end('SIGTERM'),
    exited: () =>
      child.exitCode === null && child.signalCode === null
        ? undefined
        : `exited with ${child.exitCode ?? child.signalCode}: ${stderr.slice(-1000)}`,
  }
}

/** The answer to one delivery: its status and whether it was the exact acknowledgement; `aborted` when the sender gave up. */
export interface Delivered {
  readonly status: number | 'aborted' | 'failed'
  readonly acknowledged: boolean
}

/** A signed PAYMENT_RESULT for `id`, ready to deliver any number of times (a resend carries the same body). */
export function signedPayment(id: string) {
  return signNotification(paymentResult(id))
}

/** Delivers a signed notification to an instance, as Alipay would; `timeoutMs` is Alipay giving up on the reply. */
export async function deliver(
  instance: Pick<Instance, 'url'>,
  signed: ReturnType<typeof signedPayment>,
  timeoutMs?: number,
): Promise<Delivered> {
  try {
    const response = await fetch(`${instance.url}/alipay/notify`, {
      method: 'POST',
      headers: signed.headers,
      body: signed.body,
      ...(timeoutMs === undefined ? {} : { signal: AbortSignal.timeout(timeoutMs) }),
    })
    const body = await response.text()
    return {
      status: response.status,
      acknowledged:
        response.status === 200 &&
        body === '{"result":{"resultCode":"SUCCESS","resultStatus":"S","resultMessage":"success"}}',
    }
  } catch (error) {
    return { status: (error as Error).name === 'TimeoutError' ? 'aborted' : 'failed', acknowledged: false }
  }
}

/** Creates the ledger tables an instance writes to (no unique key: a double run shows as two rows). */
export async function createLedger(pool: pg.Pool): Promise<void> {
  await pool.query(`
    CREATE TABLE IF NOT EXISTS ledger (
      n serial PRIMARY KEY,
      payment_request_id text NOT NULL,
      instance text NOT NULL
    );
    CREATE TABLE IF NOT EXISTS failed_once (id text PRIMARY KEY);
    TRUNCATE ledger, failed_once;
  `)
}

/** How many times each notification was processed, by paymentRequestId. */
export async function ledgerCounts(pool: pg.Pool): Promise<Map<string, number>> {
  const { rows } = await pool.query<{ id: string; count: string }>(
    'SELECT payment_request_id AS id, count(*) AS count FROM ledger GROUP BY payment_request_id',
  )
  return new Map(rows.map((row) => [row.id, Number(row.count)]))
}
