import { type ChildProcess, execFile, spawn } from 'node:child_process'
import { existsSync } from 'node:fs'
import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { promisify } from 'node:util'
import { type AlipaySimulator, startAlipaySimulator, TEST_CLIENT_ID, TEST_KEYS } from '@alipay-kit/testing'
import { Miniflare } from 'miniflare'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { keys, paymentResult, signNotification } from '../contract/notification.js'

// The web package, built, on real runtimes from the npm registry (issue 11): Node 22 and 24 (`node`,
// through npx), Bun (`bun`), Deno (`deno`) and workerd (`miniflare`), the last three devDependencies,
// so a machine with Node and npm runs this.
// Each serves fixtures/app.mjs: a notification signed by independent code (node:crypto, below) is
// acknowledged, a tampered one gets 401, and a client call is accepted by the simulator.
const root = fileURLToPath(new URL('../..', import.meta.url))
const fixtures = fileURLToPath(new URL('./fixtures/', import.meta.url))
const bin = (name: string) => join(root, 'node_modules', '.bin', name)
const run = promisify(execFile)

let sim: AlipaySimulator
let env: Record<string, string>
const cleanup: Array<() => Promise<void> | void> = []

beforeAll(async () => {
  if (!existsSync(join(root, 'packages/web/dist/index.js'))) {
    throw new Error('packages/web/dist is missing: run `pnpm build` (pnpm test does) before this test')
  }
  sim = await startAlipaySimulator({
    clientId: TEST_CLIENT_ID,
    merchantPublicKey: TEST_KEYS.merchant.publicKeyPem,
    alipayPrivateKey: TEST_KEYS.alipay.privateKeyPem,
  })
  env = {
    ALIPAY_CLIENT_ID: TEST_CLIENT_ID,
    ALIPAY_PUBLIC_KEY: keys.publicKeyPem,
    MERCHANT_PRIVATE_KEY: TEST_KEYS.merchant.privateKeyBase64,
    SIMULATOR_PUBLIC_KEY: sim.alipayPublicKey,
    SIMULATOR_URL: sim.url,
  }
})
afterAll(async () => {
  for (const step of cleanup.splice(0).reverse()) await step()
  await sim?.close()
  // Nothing a server started may outlive the file: each left behind would hold its memory for good.
  for (const group of groups.splice(0)) {
    for (let i = 0; alive(group); i++) {
      if (i === 100) {
        process.kill(-group, 'SIGKILL') // not left behind even when the check fails
        throw new Error(`process group ${group} still running 10 s after SIGTERM`)
      }
      await new Promise((resolve) => setTimeout(resolve, 100))
    }
  }
})

/** The process groups of the servers started here (each server leads its own). */
const groups: number[] = []

/** Whether any process of `group` is still running. */
function alive(group: number): boolean {
  try {
    process.kill(-group, 0)
    return true
  } catch {
    return false
  }
}

type Send = (path: string, init?: RequestInit) => Promise<Response>

/** Starts a server process that prints `{"port":N}` once it listens; resolves a sender to it. */
async function serve(command: string, args: string[]): Promise<Send> {
  // In a process group of its own, stopped as a group: two runtimes start behind a wrapper
  // (`node_modules/.bin/deno` is a Node script that runs the real binary as its child; `npx` does
  // not pass SIGTERM on to the node it starts), and stopping the wrapper alone left the Deno and
  // both Node servers running after every run of the suite.
  const child: ChildProcess = spawn(command, args, { cwd: fixtures, env: { ...process.env, ...env }, detached: true })
  const group = child.pid ?? 0 // 0: spawning failed, and the 'exit' below reports it
  if (group > 0) groups.push(group)
  cleanup.push(
    () =>
      new Promise<void>((resolve) => {
        const exited = child.exitCode !== null || child.signalCode !== null
        if (!exited) child.once('exit', () => resolve())
        try {
          process.kill(-group, 'SIGTERM')
        } catch {
          // ESRCH: the whole group has already exited.
        }
        if (exited) resolve()
      }),
  )
  const port = await new Promise<number>((resolve, reject) => {
    let out = ''
    let err = ''
    child.stdout?.on('data', (chunk: Buffer) => {
      out += chunk.toString()
      const line = /\{"port":(\d+)\}/.exec(out)
      if (line) resolve(Number(line[1]))
    })
    child.stderr?.on('data', (chunk: Buffer) => {
      err += chunk.toString()
    })
    child.once('exit', (code) => reject(new Error(`${command} exited with ${code} before listening: ${err}`)))
  })
  return (path, init) => fetch(`http://127.0.0.1:${port}${path}`, init)
}

/** The three checks every runtime passes. */
function checks(name: string, start: () => Promise<Send>): void {
  describe(name, { timeout: 60_000 }, () => {
    let send: Send
    beforeAll(async () => {
      send = await start()
    }, 120_000)

    it('acknowledges a notification signed by independent code', async () => {
      const signed = signNotification(paymentResult(`${name}-1`), { clientId: TEST_CLIENT_ID })
      const response = await send('/alipay/notify', { method: 'POST', headers: signed.headers, body: signed.body })
      expect(response.status).toBe(200)
      expect(await response.text()).toBe(
        '{"result":{"resultCode":"SUCCESS","resultStatus":"S","resultMessage":"success"}}',
      )
      expect(await (await send('/paid')).json()).toEqual([`${name}-1`])
    })

    it('refuses a tampered notification with 401', async () => {
      const signed = signNotification(paymentResult(`${name}-2`), { clientId: TEST_CLIENT_ID })
      const body = signed.body.replace('30000', '30001')
      const response = await send('/alipay/notify', { method: 'POST', headers: signed.headers, body })
      expect(response.status).toBe(401)
      expect(((await response.json()) as { result: { resultCode: string } }).result.resultCode).toBe(
        'ERR_ALIPAY_SIGNATURE_INVALID',
      )
      expect(await (await send('/paid')).json()).toEqual([`${name}-1`])
    })

    it('makes a client call the simulator accepts', async () => {
      const before = sim.requests.length
      const response = await send('/pay')
      const text = await response.text()
      expect(text).toMatch(/^\{/)
      expect(JSON.parse(text)).toMatchObject({ status: 'U' })
      expect(sim.requests.length).toBe(before + 1)
    })
  })
}

// Node 22 and 24 from the registry's `node` package (npx caches the download); 20 is the one running.
for (const version of ['22', '24']) {
  checks(`node ${version}`, () => serve('npx', ['-y', '-p', `node@${version}`, 'node', 'node-server.mjs']))
}

checks('bun', () => serve(bin('bun'), ['run', 'bun-server.mjs']))

checks('deno', () => serve(bin('deno'), ['run', '--allow-net', '--allow-env', '--allow-read', 'deno-server.mjs']))

checks('workerd', async () => {
  // Workers load one module graph: bundle the fixture with its packages first (Bun's bundler).
  const dir = await mkdtemp(join(tmpdir(), 'worker-'))
  cleanup.push(() => rm(dir, { recursive: true, force: true }))
  const outfile = join(dir, 'worker.js')
  await run(bin('bun'), [
    'build',
    join(fixtures, 'worker.mjs'),
    '--target=browser',
    '--format=esm',
    `--outfile=${outfile}`,
  ])
  const mf = new Miniflare({
    modules: true,
    script: await readFile(outfile, 'utf8'),
    compatibilityDate: '2025-09-01',
    bindings: env,
  })
  cleanup.push(() => mf.dispose())
  const url = await mf.ready
  return (path, init) => mf.dispatchFetch(new URL(path, url), init as never) as unknown as Promise<Response>
})
