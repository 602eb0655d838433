import type {
  AlipayClient,
  AlipayError,
  AlipayNotification,
  NotificationCallback,
  NotificationHandlers,
  NotificationLogger,
  NotificationStore,
  RequestTimeWindow,
} from '@alipay-kit/core'
import { DEFAULT_NOTIFY_LIMIT, NOTIFICATION_ACK } from '@alipay-kit/core'
import { afterEach, describe, expect, it } from 'vitest'
import { CLIENT_ID, keys, merchantPrivateKey, paymentResult, signNotification } from './notification.js'
import { rawRequest } from './raw-http.js'

/** Settings shared by the client and the notify endpoint. */
export interface ContractConfig {
  readonly alipayPublicKey: string
  readonly clientId?: string
  readonly privateKey?: string
  readonly baseUrl?: string
}

/** The notify endpoint's own options; handlers see the framework's context as `unknown`. */
export interface ContractNotify {
  readonly path?: string
  readonly limit?: number
  readonly publicPath?: string
  readonly requestTimeWindow?: RequestTimeWindow | false
  readonly on?: NotificationHandlers<unknown>
  readonly onNotification?: NotificationCallback<AlipayNotification, unknown>
  readonly onError?: (error: AlipayError) => void
  readonly logger?: NotificationLogger
  readonly dedupe?: NotificationStore | false
  readonly bodyTimeout?: number
}

/** The app a harness builds, in its framework's own idiom. */
export interface ContractApp {
  readonly config: ContractConfig
  readonly notify: ContractNotify
  /**
   * `app`: at the app level, serving `notify.path` (default `/alipay/notify`);
   * `route`: on the route `POST /pay/notify`; `prefix`: at the app level of a part mounted at `/shop`.
   */
  readonly mount?: 'app' | 'route' | 'prefix'
  /** A JSON body parser mounted before the endpoint that keeps the raw bytes, or one that keeps only the object. */
  readonly parserFirst?: 'keeps-raw' | 'consumes'
  /**
   * No handlers: the app's own route behind the endpoint passes the context's notification to
   * this, then answers with the adapter's acknowledgement helper.
   */
  readonly route?: (notification: AlipayNotification | null | undefined) => unknown
  /** Mount the API client; `GET /client` passes the context's client to this and answers 200. */
  readonly onClient?: (client: AlipayClient | undefined) => void
}

export interface ContractRequest {
  readonly method?: string
  readonly url: string
  readonly headers?: Record<string, string>
  readonly body?: string | Buffer
}

export interface ContractResponse {
  readonly status: number
  readonly headers: Record<string, unknown>
  readonly body: string
}

export interface TestServer {
  /** The port it listens on, at 127.0.0.1, for raw-socket cases. */
  readonly port: number
  request(request: ContractRequest): Promise<ContractResponse>
  close(): Promise<void>
}

/**
 * What a framework supplies to run the contract (bull-board's shape): build a real app, send it
 * requests. Every app also serves `POST /echo`, answering `{ received: <parsed JSON body> }`
 * through the framework's usual JSON parser.
 */
export interface AdapterHarness {
  readonly name: string
  /** Whether a parser that drains the body and keeps no bytes can run before the endpoint. */
  readonly consumingParser: boolean
  /** Whether the framework's context passed to a handler is recognisably its own. */
  isContext(value: unknown): boolean
  build(app: ContractApp): Promise<TestServer>
}

const config: ContractConfig = { alipayPublicKey: keys.publicKeyPem, clientId: CLIENT_ID }

function resultCode(response: { readonly body: string }): unknown {
  return (JSON.parse(response.body) as { result?: { resultCode?: unknown } }).result?.resultCode
}

function flipOneByte(text: string): string {
  const at = text.indexOf('30000')
  return `${text.slice(0, at)}9${text.slice(at + 1)}`
}

/** The adapter contract every framework passes (style.md, Tests). */
export function runAdapterContract(harness: AdapterHarness): void {
  describe(`${harness.name} adapter contract`, () => {
    const open: TestServer[] = []
    afterEach(async () => {
      await Promise.all(open.splice(0).map((server) => server.close()))
    })
    async function build(app: ContractApp): Promise<TestServer> {
      const server = await harness.build(app)
      open.push(server)
      return server
    }
    /** An app whose PAYMENT_RESULT handler records what it was given. */
    async function recording(app: Partial<ContractApp> = {}, notify: ContractNotify = {}) {
      const seen: Array<{ id: string; amount: string; context: unknown }> = []
      const errors: string[] = []
      const server = await build({
        config,
        ...app,
        notify: {
          on: {
            PAYMENT_RESULT: (n, context) => {
              seen.push({ id: n.paymentRequestId, amount: n.paymentAmount.value, context })
            },
          },
          onError: (error) => errors.push(error.code),
          ...notify,
        },
      })
      return { server, seen, errors }
    }
    const post = (server: TestServer, url: string, signed: { headers: Record<string, string>; body: string }) =>
      server.request({ method: 'POST', url, headers: signed.headers, body: signed.body })

    it('answers a valid notification with 200 and the exact acknowledgement after the typed handler ran', async () => {
      const { server, seen } = await recording()
      const response = await post(server, '/alipay/notify', signNotification(paymentResult('order-1')))
      expect(response.status).toBe(200)
      expect(response.body).toBe(NOTIFICATION_ACK)
      expect(String(response.headers['content-type'])).toMatch(/^application\/json/)
      expect(seen).toHaveLength(1)
      expect(seen[0]).toMatchObject({ id: 'order-1', amount: '30000' })
      expect(harness.isContext(seen[0]?.context)).toBe(true)
    })

    it('refuses a body with one byte changed with 401 and never calls the handler', async () => {
      const { server, seen, errors } = await recording()
      const signed = signNotification(paymentResult('order-1'))
      const response = await post(server, '/alipay/notify', { ...signed, body: flipOneByte(signed.body) })
      expect(response.status).toBe(401)
      expect(resultCode(response)).toBe('ERR_ALIPAY_SIGNATURE_INVALID')
      expect(response.body).not.toBe(NOTIFICATION_ACK)
      expect(seen).toHaveLength(0)
      expect(errors).toEqual(['ERR_ALIPAY_SIGNATURE_INVALID'])
    })

    it.each(['client-id', 'request-time', 'signature'])('refuses a notification without %s with 400', async (name) => {
      const { server, seen } = await recording()
      const signed = signNotification(paymentResult('order-1'))
      const headers = Object.fromEntries(Object.entries(signed.headers).filter(([key]) => key !== name))
      const response = await post(server, '/alipay/notify', { headers, body: signed.body })
      expect(response.status).toBe(400)
      expect(resultCode(response)).toBe('ERR_ALIPAY_HEADER_MISSING')
      expect(seen).toHaveLength(0)
    })

    it('refuses a notification for another client id with 401', async () => {
      const { server, seen } = await recording()
      const response = await post(
        server,
        '/alipay/notify',
        signNotification(paymentResult('order-1'), { clientId: 'SANDBOX_SOMEONE_ELSE' }),
      )
      expect(response.status).toBe(401)
      expect(resultCode(response)).toBe('ERR_ALIPAY_CLIENT_ID_MISMATCH')
      expect(seen).toHaveLength(0)
    })

    it('verifies pretty-printed JSON byte for byte', async () => {
      const { server, seen } = await recording()
      const signed = signNotification(paymentResult('order-1'), { pretty: true })
      expect(signed.body).toContain('\n  ')
      const response = await post(server, '/alipay/notify', signed)
      expect(response.status).toBe(200)
      expect(seen.map((s) => s.id)).toEqual(['order-1'])
    })

    it('verifies whatever the content type says (charset, text/plain)', async () => {
      const { server, seen } = await recording()
      const signed = signNotification(paymentResult('order-1'))
      const response = await post(server, '/alipay/notify', {
        ...signed,
        headers: { ...signed.headers, 'content-type': 'text/plain' },
      })
      expect(response.status).toBe(200)
      expect(seen).toHaveLength(1)
    })

    it('serves a custom path, ignores the query when matching, and verifies the path Alipay signed', async () => {
      const { server, seen } = await recording({}, { path: '/hooks/alipay' })
      const signed = signNotification(paymentResult('order-1'), { path: '/hooks/alipay' })
      expect((await post(server, '/hooks/alipay?from=alipay', signed)).status).toBe(200)
      expect((await post(server, '/alipay/notify', signNotification(paymentResult('order-2')))).status).toBe(404)
      expect(seen.map((s) => s.id)).toEqual(['order-1'])
    })

    it('verifies against publicPath when a proxy rewrote the path (docs/protocol.md §9.4)', async () => {
      const { server, seen } = await recording({}, { publicPath: '/public/pay/notify' })
      const signed = signNotification(paymentResult('order-1'), { path: '/public/pay/notify' })
      expect((await post(server, '/alipay/notify', signed)).status).toBe(200)
      expect(seen).toHaveLength(1)
    })

    it('answers another method on the notify path with 405', async () => {
      const { server, seen } = await recording()
      const response = await server.request({ method: 'GET', url: '/alipay/notify' })
      expect(response.status).toBe(405)
      expect(resultCode(response)).toBe('ERR_ALIPAY_METHOD_NOT_ALLOWED')
      expect(seen).toHaveLength(0)
    })

    it('serves a route it is mounted on, and only that route', async () => {
      const { server, seen } = await recording({ mount: 'route' })
      const signed = signNotification(paymentResult('order-1'), { path: '/pay/notify' })
      expect((await post(server, '/pay/notify', signed)).status).toBe(200)
      expect((await post(server, '/alipay/notify', signNotification(paymentResult('order-2')))).status).toBe(404)
      expect(seen.map((s) => s.id)).toEqual(['order-1'])
    })

    it('verifies the full path Alipay called when mounted under a prefix', async () => {
      const { server, seen } = await recording({ mount: 'prefix' })
      const full = signNotification(paymentResult('order-1'), { path: '/shop/alipay/notify' })
      expect((await post(server, '/shop/alipay/notify', full)).status).toBe(200)
      const relative = signNotification(paymentResult('order-2'))
      expect((await post(server, '/shop/alipay/notify', relative)).status).toBe(401)
      expect(seen.map((s) => s.id)).toEqual(['order-1'])
    })

    it('passes every other request on: the JSON routes of the app keep working', async () => {
      const { server, seen } = await recording()
      const echo = await server.request({
        method: 'POST',
        url: '/echo',
        headers: { 'content-type': 'application/json' },
        body: '{"hello":"world"}',
      })
      expect(echo.status).toBe(200)
      expect(JSON.parse(echo.body)).toEqual({ received: { hello: 'world' } })
      expect((await server.request({ method: 'GET', url: '/nowhere' })).status).toBe(404)
      expect(seen).toHaveLength(0)
    })

    it('verifies the raw bytes a JSON parser mounted first kept', async () => {
      const { server, seen } = await recording({ parserFirst: 'keeps-raw' })
      const signed = signNotification(paymentResult('order-1'), { pretty: true })
      expect((await post(server, '/alipay/notify', signed)).status).toBe(200)
      expect(seen).toHaveLength(1)
      const echo = await server.request({
        method: 'POST',
        url: '/echo',
        headers: { 'content-type': 'application/json' },
        body: '{"hello":"world"}',
      })
      expect(JSON.parse(echo.body)).toEqual({ received: { hello: 'world' } })
    })

    if (harness.consumingParser) {
      it('fails at once with ERR_ALIPAY_BODY_CONSUMED when a parser mounted first kept no bytes', async () => {
        const { server, seen, errors } = await recording({ parserFirst: 'consumes' })
        // "At once" is what the suite's hang bound checks: a drained stream never ends, so waiting on it would hang.
        const response = await post(server, '/alipay/notify', signNotification(paymentResult('order-1')))
        expect(response.status).toBe(500)
        expect(resultCode(response)).toBe('ERR_ALIPAY_BODY_CONSUMED')
        expect(errors).toEqual(['ERR_ALIPAY_BODY_CONSUMED'])
        expect(seen).toHaveLength(0)
        const echo = await server.request({
          method: 'POST',
          url: '/echo',
          headers: { 'content-type': 'application/json' },
          body: '{"hello":"world"}',
        })
        expect(JSON.parse(echo.body)).toEqual({ received: { hello: 'world' } })
      })
    }

    it('answers 500 without the acknowledgement when the handler throws', async () => {
      const errors: string[] = []
      const server = await build({
        config,
        notify: {
          on: {
            PAYMENT_RESULT: async () => {
              throw new Error('database down')
            },
          },
          onError: (error) => errors.push(error.code),
        },
      })
      const response = await post(server, '/alipay/notify', signNotification(paymentResult('order-1')))
      expect(response.status).toBe(500)
      expect(response.body).not.toBe(NOTIFICATION_ACK)
      expect(resultCode(response)).toBe('ERR_ALIPAY_HANDLER_FAILED')
      expect(response.body).not.toContain('database down')
      expect(errors).toEqual(['ERR_ALIPAY_HANDLER_FAILED'])
    })

    it('answers 413 to a body over the limit and never calls the handler', async () => {
      const { server, seen } = await recording({}, { limit: 512 })
      const signed = signNotification(paymentResult('order-1', { padding: 'x'.repeat(2048) }))
      const response = await post(server, '/alipay/notify', signed)
      expect(response.status).toBe(413)
      expect(resultCode(response)).toBe('ERR_ALIPAY_BODY_TOO_LARGE')
      expect(seen).toHaveLength(0)
    })

    it('handles 20 concurrent deliveries, each once with its own payload', async () => {
      const { server, seen } = await recording()
      const ids = Array.from({ length: 20 }, (_, i) => `order-${i}`)
      const responses = await Promise.all(
        ids.map((id) => post(server, '/alipay/notify', signNotification(paymentResult(id)))),
      )
      expect(responses.map((r) => r.status)).toEqual(ids.map(() => 200))
      expect(responses.every((r) => r.body === NOTIFICATION_ACK)).toBe(true)
      expect(seen.map((s) => s.id).sort()).toEqual([...ids].sort())
    })

    it('gives ordinary routes the one API client created for the app', async () => {
      const clients: Array<AlipayClient | undefined> = []
      const server = await build({
        config: { ...config, privateKey: merchantPrivateKey, baseUrl: 'http://127.0.0.1:9' },
        notify: { onNotification: () => {} },
        onClient: (client) => clients.push(client),
      })
      for (let i = 0; i < 3; i++) expect((await server.request({ method: 'GET', url: '/client' })).status).toBe(200)
      expect(clients).toHaveLength(3)
      expect(typeof clients[0]?.pay).toBe('function')
      expect(new Set(clients).size).toBe(1)
    })

    it('without handlers, puts the verified notification on the context for the route to acknowledge', async () => {
      const routed: Array<AlipayNotification | null | undefined> = []
      const server = await build({
        config,
        notify: { onError: () => {} },
        route: (notification) => void routed.push(notification),
      })
      const response = await post(server, '/alipay/notify', signNotification(paymentResult('order-1')))
      expect(response.status).toBe(200)
      expect(response.body).toBe(NOTIFICATION_ACK)
      expect(routed).toHaveLength(1)
      expect(routed[0]).toMatchObject({ notifyType: 'PAYMENT_RESULT', paymentRequestId: 'order-1' })

      const signed = signNotification(paymentResult('order-2'))
      const forged = await post(server, '/alipay/notify', { ...signed, body: flipOneByte(signed.body) })
      expect(forged.status).toBe(401)
      expect(routed).toHaveLength(1)
    })

    it('without handlers, also serves a route it is mounted on', async () => {
      const routed: Array<AlipayNotification | null | undefined> = []
      const server = await build({ config, notify: {}, mount: 'route', route: (n) => void routed.push(n) })
      const signed = signNotification(paymentResult('order-1'), { path: '/pay/notify' })
      expect((await post(server, '/pay/notify', signed)).body).toBe(NOTIFICATION_ACK)
      expect(routed).toHaveLength(1)
    })
    describe('exactly once (docs/protocol.md §9.10)', () => {
      /** A route or handler that waits until the test opens it. */
      function held() {
        let open!: () => void
        const opened = new Promise<void>((resolve) => {
          open = resolve
        })
        return { open, opened }
      }

      it('runs the handler once when a resend arrives while it still runs; the resend after it is acknowledged', async () => {
        const gate = held()
        let runs = 0
        const server = await build({
          config,
          notify: {
            onError: () => {},
            on: {
              PAYMENT_RESULT: async () => {
                runs++
                await gate.opened
              },
            },
          },
        })
        const signed = signNotification(paymentResult('order-1'))
        const first = post(server, '/alipay/notify', signed)
        await expect.poll(() => runs, { timeout: 10_000 }).toBe(1)
        const during = await post(server, '/alipay/notify', signed)
        expect(during.status).toBe(409)
        expect(resultCode(during)).toBe('ERR_ALIPAY_NOTIFICATION_IN_PROGRESS')
        gate.open()
        expect((await first).body).toBe(NOTIFICATION_ACK)
        const after = await post(server, '/alipay/notify', signed)
        expect(after.body).toBe(NOTIFICATION_ACK)
        expect(runs).toBe(1)
      })

      it('without handlers, the route runs once per notification and a resend is acknowledged without it', async () => {
        const gate = held()
        const routed: unknown[] = []
        const server = await build({
          config,
          notify: { onError: () => {} },
          route: async (n) => {
            routed.push(n)
            await gate.opened
          },
        })
        const signed = signNotification(paymentResult('order-1'))
        const first = post(server, '/alipay/notify', signed)
        await expect.poll(() => routed.length, { timeout: 10_000 }).toBe(1)
        expect((await post(server, '/alipay/notify', signed)).status).toBe(409)
        gate.open()
        expect((await first).body).toBe(NOTIFICATION_ACK)
        expect((await post(server, '/alipay/notify', signed)).body).toBe(NOTIFICATION_ACK)
        expect(routed).toHaveLength(1)
      })

      it('without handlers, a route that fails releases the claim: the resend reaches the route again', async () => {
        let calls = 0
        const server = await build({
          config,
          notify: { onError: () => {} },
          route: async () => {
            calls++
            if (calls === 1) throw new Error('database down')
          },
        })
        const signed = signNotification(paymentResult('order-1'))
        const failed = await post(server, '/alipay/notify', signed)
        expect(failed.status).toBe(500)
        expect(failed.body).not.toBe(NOTIFICATION_ACK)
        await expect
          .poll(async () => (await post(server, '/alipay/notify', signed)).body, { timeout: 5000 })
          .toBe(NOTIFICATION_ACK)
        expect(calls).toBe(2)
      })

      it('dedupe: false runs the handler for every delivery', async () => {
        const { server, seen } = await recording({}, { dedupe: false })
        const signed = signNotification(paymentResult('order-1'))
        await post(server, '/alipay/notify', signed)
        await post(server, '/alipay/notify', signed)
        expect(seen).toHaveLength(2)
      })
    })

    describe('before and while reading the body (docs/protocol.md §9.11, issue 9)', () => {
      /** A content-length the body never reaches: an answer proves the server did not wait for it. */
      const promised = String(100_000)
      const signedHead = (path = '/alipay/notify', time?: string) =>
        signNotification(paymentResult('order-1'), time === undefined ? { path } : { path, time }).headers
      const failing: Array<[string, string, () => Record<string, string>, number, string]> = [
        [
          'no signature',
          'POST',
          () => {
            const { signature: _, ...headers } = signedHead()
            return headers
          },
          400,
          'ERR_ALIPAY_HEADER_MISSING',
        ],
        [
          'another client id',
          'POST',
          () => ({ ...signedHead(), 'client-id': 'SANDBOX_OTHER' }),
          401,
          'ERR_ALIPAY_CLIENT_ID_MISMATCH',
        ],
        [
          'a request-time two days old',
          'POST',
          () => signedHead('/alipay/notify', String(Date.now() - 48 * 3600_000)),
          401,
          'ERR_ALIPAY_REQUEST_TIME_OUT_OF_WINDOW',
        ],
        [
          'a signature shorter than the key',
          'POST',
          () => ({ ...signedHead(), signature: 'algorithm=RSA256,keyVersion=1,signature=AAAA' }),
          400,
          'ERR_ALIPAY_SIGNATURE_HEADER_MALFORMED',
        ],
        ['PUT', 'PUT', () => signedHead(), 405, 'ERR_ALIPAY_METHOD_NOT_ALLOWED'],
      ]

      it.each(failing)(
        'answers %s at once, its promised body never sent, and closes the connection',
        async (_what, method, headers, status, code) => {
          const { server, seen, errors } = await recording()
          const response = await rawRequest(server.port, {
            method,
            path: '/alipay/notify',
            headers: { ...headers(), 'content-length': promised },
          })
          expect(response.status).toBe(status)
          expect(resultCode(response)).toBe(code)
          expect(response.headers.connection).toBe('close')
          expect(errors).toEqual([code])
          expect(seen).toHaveLength(0)
          expect((await post(server, '/alipay/notify', signNotification(paymentResult('order-2')))).body).toBe(
            NOTIFICATION_ACK,
          )
        },
      )

      it('answers a head that fails the pre-checks before its body in route mode too', async () => {
        const routed: unknown[] = []
        const server = await build({ config, notify: { onError: () => {} }, route: (n) => void routed.push(n) })
        const { signature: _, ...headers } = signedHead()
        const response = await rawRequest(server.port, {
          path: '/alipay/notify',
          headers: { ...headers, 'content-length': promised },
        })
        expect(response.status).toBe(400)
        expect(routed).toHaveLength(0)
      })

      it('answers a declared size over the default limit with 413 before the body, logged as an error', async () => {
        const logged: string[] = []
        const logger = { warn: () => {}, error: (line: string) => void logged.push(line) }
        const server = await build({ config, notify: { onNotification: () => {}, logger } })
        const response = await rawRequest(server.port, {
          path: '/alipay/notify',
          headers: { ...signedHead(), 'content-length': String(DEFAULT_NOTIFY_LIMIT + 1) },
        })
        expect(response.status).toBe(413)
        expect(resultCode(response)).toBe('ERR_ALIPAY_BODY_TOO_LARGE')
        expect(response.headers.connection).toBe('close')
        expect(logged).toHaveLength(1)
        expect(logged[0]).toContain('ERR_ALIPAY_BODY_TOO_LARGE')
      })

      it('logs a body over the limit as an error by default, read or declared', async () => {
        const logged: string[] = []
        const logger = { warn: () => {}, error: (line: string) => void logged.push(line) }
        const server = await build({ config, notify: { onNotification: () => {}, logger, limit: 512 } })
        const response = await post(
          server,
          '/alipay/notify',
          signNotification(paymentResult('order-1', { padding: 'x'.repeat(2048) })),
        )
        expect(response.status).toBe(413)
        expect(logged.filter((line) => line.includes('ERR_ALIPAY_BODY_TOO_LARGE'))).toHaveLength(1)
      })

      it.each(['held back', 'dribbled a byte at a time'])(
        'answers 408 to a body %s past bodyTimeout, never calls the handler, and closes the connection',
        async (how) => {
          const { server, seen, errors } = await recording({}, { bodyTimeout: 200 })
          const signed = signNotification(paymentResult('order-1'))
          const response = await rawRequest(server.port, {
            path: '/alipay/notify',
            headers: { ...signed.headers, 'content-length': String(Buffer.byteLength(signed.body)) },
            body: signed.body.slice(0, 10),
            ...(how === 'held back' ? {} : { dribble: { bytes: signed.body.slice(10), every: 50 } }),
          })
          expect(response.status).toBe(408)
          expect(resultCode(response)).toBe('ERR_ALIPAY_BODY_TIMEOUT')
          expect(response.headers.connection).toBe('close')
          expect(errors).toEqual(['ERR_ALIPAY_BODY_TIMEOUT'])
          expect(seen).toHaveLength(0)
          expect((await post(server, '/alipay/notify', signNotification(paymentResult('order-2')))).body).toBe(
            NOTIFICATION_ACK,
          )
        },
      )

      it('reads a body that arrives in pieces within bodyTimeout', async () => {
        const { server, seen } = await recording()
        const signed = signNotification(paymentResult('order-1'))
        const response = await rawRequest(server.port, {
          path: '/alipay/notify',
          headers: { ...signed.headers, 'content-length': String(Buffer.byteLength(signed.body)), connection: 'close' },
          body: signed.body.slice(0, 40),
          dribble: { bytes: signed.body.slice(40), every: 1 },
        })
        expect(response.status).toBe(200)
        expect(response.body).toBe(NOTIFICATION_ACK)
        expect(seen.map((s) => s.id)).toEqual(['order-1'])
      })

      it.each([
        ['app', '/alipay/%6Eotify'],
        ['prefix', '/shop/alipay/%6Eotify'],
        ['route', '/pay/%6Eotify'],
      ] as const)('answers 404 to a percent-encoded notify path (%s mount), as sent', async (mount, path) => {
        const { server, seen, errors } = await recording({ mount })
        const response = await post(server, path, signNotification(paymentResult('order-1'), { path }))
        expect(response.status).toBe(404)
        expect(seen).toHaveLength(0)
        expect(errors).toEqual([])
      })
    })

    describe('the body limit in every mode (issue #13)', () => {
      const big = () => signNotification(paymentResult('order-1', { padding: 'x'.repeat(2048) }))

      it('without handlers, answers 413 to a body over the limit and never calls the route', async () => {
        const routed: unknown[] = []
        const server = await build({
          config,
          notify: { limit: 512, onError: () => {} },
          route: (n) => void routed.push(n),
        })
        const response = await post(server, '/alipay/notify', big())
        expect(response.status).toBe(413)
        expect(resultCode(response)).toBe('ERR_ALIPAY_BODY_TOO_LARGE')
        expect(routed).toHaveLength(0)
      })

      it('refuses a content-length over the limit before reading the body', async () => {
        const { server, seen } = await recording({}, { limit: 512 })
        const signed = signNotification(paymentResult('order-1'))
        const response = await server.request({
          method: 'POST',
          url: '/alipay/notify',
          headers: { ...signed.headers, 'content-length': '4096' },
          body: `${signed.body}${' '.repeat(4096 - Buffer.byteLength(signed.body))}`,
        })
        expect(response.status).toBe(413)
        expect(seen).toHaveLength(0)
      })

      it('refuses bytes a parser mounted first kept when they are over the limit', async () => {
        const routed: unknown[] = []
        const server = await build({
          config,
          parserFirst: 'keeps-raw',
          notify: { limit: 512, onError: () => {} },
          route: (n) => void routed.push(n),
        })
        const response = await post(server, '/alipay/notify', big())
        expect(response.status).toBe(413)
        expect(routed).toHaveLength(0)
      })
    })
  })
}
