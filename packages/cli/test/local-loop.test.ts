import { mkdir, readFile, stat } from 'node:fs/promises'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import {
  type AlipayNotification,
  createAlipayClient,
  createNotificationHandler,
  resolveAlipayClientConfig,
  resolveAlipayConfig,
} from '@alipay-kit/core'
import { TEST_KEYS } from '@alipay-kit/testing'
import { afterEach, describe, expect, it } from 'vitest'
import { runCli, startCli, tempDir } from './run-cli.js'
import { watch } from './watch-output.js'

/** No Alipay settings from the test runner's own environment leak into the tool. */
const CLEAN_ENV = {
  ALIPAY_CLIENT_ID: undefined,
  ALIPAY_PUBLIC_KEY: undefined,
  ALIPAY_PRIVATE_KEY: undefined,
  ALIPAY_BASE_URL: undefined,
  ALIPAY_REGION: undefined,
}

const cleanups: Array<() => Promise<void>> = []
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup()
})

/** `simulate` with no key options, in `cwd`, until its settings are printed; stopped after the test. */
async function simulate(cwd: string) {
  const child = startCli(['simulate', '--port', '0', '--time-scale', '0.0001'], { cwd, env: CLEAN_ENV })
  const out = watch(child.stdout)
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)))
  cleanups.push(async () => {
    child.kill('SIGTERM')
    await exited
  })
  await out.waitFor(/Press Ctrl\+C to stop\./)
  const settings = Object.fromEntries(
    [...out.text().matchAll(/^ {2}(ALIPAY_[A-Z_]+)=(\S+)$/gm)].map((m) => [m[1] as string, m[2] as string]),
  )
  return { out, settings }
}

/** A notify endpoint configured the way an adapter reads the environment, from `env`. */
async function notifyApp(env: { [name: string]: string }, received: AlipayNotification[]): Promise<string> {
  const handle = createNotificationHandler(
    resolveAlipayConfig({ onNotification: (n: AlipayNotification) => void received.push(n) }, env),
  )
  const server: Server = createServer(async (req, res) => {
    const chunks: Buffer[] = []
    for await (const chunk of req) chunks.push(chunk as Buffer)
    const body = Buffer.concat(chunks)
    const reply = await handle(
      { method: req.method ?? 'GET', url: req.url ?? '/', headers: req.headers, body },
      undefined,
    )
    res.writeHead(reply.status, reply.headers).end(reply.body)
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  cleanups.push(
    () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections()
        server.close(() => resolve())
      }),
  )
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}/alipay/notify`
}

describe('the local loop: simulate, then trigger with no key handling', () => {
  it('simulate makes test keys, prints the settings, writes app.env; trigger signs with the same key', async () => {
    const tmp = await tempDir()
    cleanups.push(tmp.remove)
    const { out, settings } = await simulate(tmp.dir)
    expect(Object.keys(settings).sort()).toEqual([
      'ALIPAY_BASE_URL',
      'ALIPAY_CLIENT_ID',
      'ALIPAY_PRIVATE_KEY',
      'ALIPAY_PUBLIC_KEY',
    ])
    expect(out.text()).toContain(
      'test keys:   .alipay-kit (new: .alipay-kit/alipay-test-private-key.pem, .alipay-kit/merchant-test-private-key.pem)',
    )
    // app.env holds exactly the printed settings, private to the user; the directory ignores itself.
    const appEnv = await readFile(tmp.path('.alipay-kit/app.env'), 'utf8')
    for (const [name, value] of Object.entries(settings)) expect(appEnv).toContain(`\n${name}=${value}\n`)
    expect((await stat(tmp.path('.alipay-kit/app.env'))).mode & 0o777).toBe(0o600)
    expect((await stat(tmp.path('.alipay-kit/alipay-test-private-key.pem'))).mode & 0o777).toBe(0o600)
    expect(await readFile(tmp.path('.alipay-kit/.gitignore'), 'utf8')).toMatch(/^\*$/m)

    // An app configured with the printed settings: its client calls the simulator...
    const env = settings as { [name: string]: string }
    const client = createAlipayClient(resolveAlipayClientConfig({}, env))
    const paid = await client.inquiryPayment({ paymentRequestId: 'NO_SUCH_PAYMENT' }).catch((error: unknown) => error)
    expect(paid).toMatchObject({ code: 'ERR_ALIPAY_API_FAILED', resultCode: 'ORDER_NOT_EXIST' })
    // ...and its notify endpoint accepts what trigger sends, with no --key and no --client-id.
    const received: AlipayNotification[] = []
    const notifyUrl = await notifyApp(env, received)
    const sent = await runCli(['trigger', 'payment_result', '--to', notifyUrl, '--set', 'paymentRequestId=LOOP_1'], {
      cwd: tmp.dir,
      env: CLEAN_ENV,
    })
    expect(sent.stderr).toBe('')
    expect(sent.code).toBe(0)
    expect(sent.stdout).toContain("signed in Alipay's place with .alipay-kit/alipay-test-private-key.pem")
    expect(received).toMatchObject([{ notifyType: 'PAYMENT_RESULT', paymentRequestId: 'LOOP_1' }])
  })

  it('a second run reuses the keys and the client id, so the configured app keeps working', async () => {
    const tmp = await tempDir()
    cleanups.push(tmp.remove)
    const first = await simulate(tmp.dir)
    await cleanups.pop()?.()
    const second = await simulate(tmp.dir)
    expect(second.out.text()).toContain('test keys:   .alipay-kit (reused)')
    for (const name of ['ALIPAY_CLIENT_ID', 'ALIPAY_PUBLIC_KEY', 'ALIPAY_PRIVATE_KEY']) {
      expect(second.settings[name], name).toBe(first.settings[name])
    }
  })

  it('--keys-dir keeps the keys elsewhere, and trigger finds them there', async () => {
    const tmp = await tempDir()
    cleanups.push(tmp.remove)
    await mkdir(tmp.path('app'))
    const { settings } = await simulate(tmp.path('app'))
    expect(settings.ALIPAY_PUBLIC_KEY).toBeDefined()
    const received: AlipayNotification[] = []
    const notifyUrl = await notifyApp(settings as { [name: string]: string }, received)
    const sent = await runCli(
      ['trigger', 'refund_result', '--to', notifyUrl, '--keys-dir', tmp.path('app/.alipay-kit')],
      { cwd: tmp.dir, env: CLEAN_ENV },
    )
    expect(sent.code).toBe(0)
    expect(received).toHaveLength(1)
  })

  it('trigger with no --key and no simulate run here: usage error (exit 2) saying what to run', async () => {
    const tmp = await tempDir()
    cleanups.push(tmp.remove)
    const { code, stderr } = await runCli(['trigger', 'payment_result', '--to', 'http://127.0.0.1:9/alipay/notify'], {
      cwd: tmp.dir,
      env: { ...CLEAN_ENV, ALIPAY_CLIENT_ID: 'TEST_5Y' },
    })
    expect(code).toBe(2)
    expect(stderr).toContain('no --key, and no .alipay-kit/alipay-test-private-key.pem yet')
    expect(stderr).toContain('alipay-kit simulate')
  })

  it("a 401 from the app: the hint says the key stands in for Alipay's, and where its public half goes", async () => {
    const tmp = await tempDir({ 'other.pem': TEST_KEYS.other.privateKeyPem })
    cleanups.push(tmp.remove)
    const { settings } = await simulate(tmp.dir)
    const notifyUrl = await notifyApp(settings as { [name: string]: string }, [])
    const wrong = await runCli(['trigger', 'payment_result', '--to', notifyUrl, '--key', tmp.path('other.pem')], {
      cwd: tmp.dir,
      env: CLEAN_ENV,
    })
    expect(wrong.code).toBe(1)
    expect(wrong.stdout).toContain('HTTP 401')
    expect(wrong.stdout).toContain("--key stands in for Alipay's private key")
    expect(wrong.stdout).toContain('must be the public half of --key, not your own merchant public key')
  })
})
