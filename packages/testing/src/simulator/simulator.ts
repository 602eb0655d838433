import { createServer, type Server } from 'node:http'
import { createSecureServer, type Http2SecureServer } from 'node:http2'
import type { AddressInfo, Socket } from 'node:net'
import { type AlipayNotification, type NotificationTypeMap, notificationType, sign } from '@alipay-kit/core'
import type { BuildableNotificationType } from '../notifications/build-notification.js'
import { createAuthorizationEndpoints } from './endpoints/authorizations.js'
import { CAPTURE_REFUND_ENDPOINTS } from './endpoints/captures-refunds.js'
import { createCatalogueEndpoints } from './endpoints/catalogue.js'
import type { Endpoint, EndpointDeps } from './endpoints/context.js'
import { createCustomsEndpoints } from './endpoints/customs.js'
import { Disputes, type OpenDisputeOptions, type SimulatedDispute } from './endpoints/disputes.js'
import { PAYMENT_ENDPOINTS } from './endpoints/payments.js'
import { createSubscriptionEndpoints } from './endpoints/subscriptions.js'
import { createVaultingEndpoints } from './endpoints/vaulting.js'
import { SimulatorEmitter, type SimulatorEvents, type SimulatorListener } from './events.js'
import { RequestIds } from './idempotency.js'
import { createIdFactory } from './ids.js'
import { Ledger } from './ledger.js'
import { MeterSessions } from './meter-sessions.js'
import { captureNotification, paymentNotification, refundNotification } from './notification-bodies.js'
import { type DeliveryAttempt, Notifier, type SimulatedNotification } from './notifier.js'
import { type AlipaySimulatorOptions, type ResolvedOptions, resolveOptions, type SimulatorFaults } from './options.js'
import type { PaymentOutcome, PaymentView, SimulatedPayment, SimulatedRefund } from './records.js'
import { type ApiRequestRecord, createRequestListener, type SimulatorHost } from './server.js'
import { createSimulatorCertificate, type SimulatorCertificate } from './tls-certificate.js'
import { type TriggerOptions, triggered } from './trigger.js'
import { waitFor } from './wait-for.js'

const view = (p: SimulatedPayment): PaymentView => structuredClone(p)

/**
 * A local Alipay (AMS) for tests and demos: a real HTTP server on a loopback address that
 * verifies each request's signature, answers the payment APIs with Alipay's state machine and
 * result codes, signs its responses, and delivers signed notifications with Alipay's resends.
 * Create it with {@link createAlipaySimulator} or {@link startAlipaySimulator}.
 */
export class AlipaySimulator {
  /** Alipay's public key for this simulator (SPKI PEM): configure the client and notify endpoint with it. */
  readonly alipayPublicKey: string
  /** The same key as raw base64 SPKI DER, as the Antom dashboard shows it. */
  readonly alipayPublicKeyBase64: string
  /**
   * With `tls: true`, the PEM of the CA that signed the simulator's certificate: the one
   * certificate a client must trust to reach it (Node: `https.request(url, { ca })`); undefined
   * without TLS. A new CA is made for each simulator and its private key is not kept, so trusting
   * it trusts nothing else.
   */
  readonly ca: string | undefined
  readonly #certificate: SimulatorCertificate | undefined
  readonly #options: ResolvedOptions
  readonly #emitter = new SimulatorEmitter()
  readonly #notifier: Notifier
  readonly #ledger: Ledger
  readonly #disputes: Disputes
  readonly #deps: EndpointDeps
  readonly #endpoints: { readonly [api: string]: Endpoint }
  readonly #deliveries: DeliveryAttempt[] = []
  readonly #requests: ApiRequestRecord[] = []
  readonly #waiters = new Set<() => void>()
  #server: Server | Http2SecureServer | undefined
  /** The TLS connections, HTTP/1.1 and HTTP/2 alike, which `close()` ends (an HTTP/2 server has no closeAllConnections). */
  readonly #sockets = new Set<Socket>()
  #url: string | undefined
  #faults: SimulatorFaults | undefined
  #faultsLeft: number | undefined
  #closing: Promise<void> | undefined

  constructor(options: AlipaySimulatorOptions) {
    const o = resolveOptions(options)
    this.#options = o
    this.alipayPublicKey = o.alipayPublicKeyPem
    this.alipayPublicKeyBase64 = o.alipayPublicKeyBase64
    this.#certificate = o.tls ? createSimulatorCertificate() : undefined
    this.ca = this.#certificate?.ca
    this.setFaults(options.faults)
    this.#notifier = new Notifier({
      sign: (input) => sign(input, o.alipayKey, { keyVersion: o.keyVersion }),
      schedule: o.schedule,
      timeScale: o.timeScale,
      timeoutMs: o.deliveryTimeoutMs,
      resign: o.resign,
      onAttempt: (attempt) => {
        this.#deliveries.push(attempt)
        this.#emitter.emit('delivery', attempt)
      },
    })
    const now = Date.now
    const newId = createIdFactory(now)
    this.#ledger = new Ledger(now, newId, {
      paymentSettled: (p) => this.#changed(p, 'payment', p.paymentNotifyUrl, paymentNotification(p)),
      captured: (p, c) => this.#changed(p, 'payment', p.paymentNotifyUrl, captureNotification(c)),
      refundSettled: (p, r) => this.#changed(p, 'refund', r.refundNotifyUrl, refundNotification(r)),
    })
    this.#deps = {
      ledger: this.#ledger,
      meterSessions: new MeterSessions(),
      requestIds: new RequestIds(),
      newId,
      now,
      autoComplete: o.autoComplete,
      instantRefunds: o.instantRefunds,
      notifyUrls: o.notifyUrls,
      notify: (kind, url, call, body) => {
        const target = url ?? o.notifyUrls[kind]
        // Nothing in the request and nothing "in the dashboard": Alipay has nowhere to send it.
        if (target === undefined) return
        const notification = this.#notifier.send({
          type: notificationType(body as AlipayNotification),
          url: target,
          clientId: call.clientId,
          body: JSON.stringify(body),
          resend: !call.sandbox || o.resendInSandbox,
        })
        this.#emitter.emit('notification', notification)
      },
    }
    this.#disputes = new Disputes(() => this.#deps)
    this.#endpoints = {
      ...PAYMENT_ENDPOINTS,
      ...CAPTURE_REFUND_ENDPOINTS,
      ...this.#disputes.endpoints,
      ...createVaultingEndpoints(),
      ...createSubscriptionEndpoints(),
      ...createCustomsEndpoints(),
      ...createAuthorizationEndpoints(),
      ...createCatalogueEndpoints(),
    }
  }

  #changed(p: SimulatedPayment, kind: 'payment' | 'refund', url: string | undefined, body: object): void {
    this.#emitter.emit('payment', view(p))
    this.#deps.notify(kind, url, p, body as { readonly [field: string]: unknown })
  }

  /** The base URL, e.g. `http://127.0.0.1:53121` (`https://` with `tls`); pass it to the client as `baseUrl`. */
  get url(): string {
    if (this.#url === undefined)
      throw new Error('The simulator is not listening; call listen() (or use startAlipaySimulator)')
    return this.#url
  }

  /** The client ids of the configured merchants. */
  get clientIds(): readonly string[] {
    return [...this.#options.merchants.keys()]
  }

  /** Every API call answered, oldest first. */
  get requests(): readonly ApiRequestRecord[] {
    return this.#requests
  }

  /** Every notification sent, with its state. */
  get notifications(): readonly SimulatedNotification[] {
    return this.#notifier.notifications
  }

  /** Every delivery attempt, oldest first: attempt number, status, reply, acknowledged, times. */
  get deliveries(): readonly DeliveryAttempt[] {
    return this.#deliveries
  }

  /** Resend timers and deliveries under way; 0 after `close()`. */
  get pending(): number {
    return this.#notifier.pending
  }

  /** Copies of every payment, oldest first. */
  get payments(): readonly PaymentView[] {
    return this.#ledger.payments.map(view)
  }

  /** A copy of the payment with this paymentId or paymentRequestId. */
  getPayment(id: string): PaymentView | undefined {
    const p = this.#ledger.lookupPayment(id)
    return p === undefined ? undefined : view(p)
  }

  /** A copy of the refund with this refundId or refundRequestId. */
  getRefund(id: string): Readonly<SimulatedRefund> | undefined {
    const r = this.#ledger.lookupRefund(id)
    return r === undefined ? undefined : structuredClone(r)
  }

  /**
   * The customer's step: moves a PROCESSING (or PENDING) payment to SUCCESS, FAIL or PENDING and
   * sends notifyPayment to its paymentNotifyUrl (an AUTOMATIC card payment also gets
   * CAPTURE_RESULT). Throws for an unknown payment or one already final.
   *
   * @param id - The paymentId or paymentRequestId.
   * @example
   * ```ts
   * simulator.completePayment(paymentRequestId, { status: 'SUCCESS' })
   * await simulator.waitForDelivery((d) => d.type === 'PAYMENT_RESULT' && d.acknowledged)
   * ```
   */
  completePayment(id: string, outcome: Partial<PaymentOutcome> = {}): PaymentView {
    this.#assertOpen()
    const p = this.#ledger.lookupPayment(id)
    if (p === undefined) throw new Error(`completePayment: no payment has paymentId or paymentRequestId "${id}"`)
    const status = outcome.status ?? 'SUCCESS'
    if (status !== 'SUCCESS' && status !== 'FAIL' && status !== 'PENDING') {
      throw new TypeError('completePayment: status must be SUCCESS, FAIL or PENDING')
    }
    this.#ledger.settlePayment(p, { ...outcome, status })
    return view(p)
  }

  /** Settles a PROCESSING refund (with `refunds: 'manual'`) and sends REFUND_RESULT. */
  completeRefund(id: string, outcome: { status?: 'SUCCESS' | 'FAIL'; resultCode?: string } = {}) {
    this.#assertOpen()
    const r = this.#ledger.lookupRefund(id)
    if (r === undefined) throw new Error(`completeRefund: no refund has refundId or refundRequestId "${id}"`)
    this.#ledger.settleRefund(r, outcome.status === 'FAIL' ? 'FAIL' : 'SUCCESS', outcome.resultCode)
    return structuredClone(r)
  }

  /** Opens a dispute on a paid payment and sends DISPUTE_CREATED. */
  openDispute(paymentId: string, options?: OpenDisputeOptions): SimulatedDispute {
    this.#assertOpen()
    const p = this.#ledger.lookupPayment(paymentId)
    if (p === undefined) throw new Error(`openDispute: no payment has paymentId or paymentRequestId "${paymentId}"`)
    return structuredClone(this.#disputes.open(p, options))
  }

  /**
   * Sends a notification of any catalogue type, built as `buildNotification(type, overrides,
   * options.variant)` builds it, signed and resent like every other, to `options.url` or the
   * dashboard URL of its kind (`notifyUrls`). For the types no simulated flow sends.
   *
   * @example
   * ```ts
   * simulator.notify('CARD_BILL', { assetId }, { url: `${shop}/alipay/notify` })
   * await simulator.waitForDelivery((d) => d.type === 'CARD_BILL' && d.acknowledged)
   * ```
   */
  notify<T extends BuildableNotificationType>(
    type: T,
    overrides: Partial<NotificationTypeMap[T]> = {},
    options: TriggerOptions<T> = {},
  ): SimulatedNotification {
    this.#assertOpen()
    const { url, clientId, body } = triggered(type, overrides, options, this.#options.notifyUrls, this.clientIds)
    const notification = this.#notifier.send({
      type: notificationType(body as AlipayNotification),
      url,
      clientId,
      body: JSON.stringify(body),
      resend: options.sandbox !== true || this.#options.resendInSandbox,
    })
    this.#emitter.emit('notification', notification)
    return notification
  }

  #assertOpen(): void {
    if (this.#closing !== undefined) throw new Error('The simulator is closed')
  }

  /** Sets (or with undefined clears) the faults applied to API responses. */
  setFaults(faults: SimulatorFaults | undefined): void {
    if (faults?.times !== undefined && (!Number.isInteger(faults.times) || faults.times < 1)) {
      throw new TypeError('setFaults: times must be a positive integer')
    }
    this.#faults = faults
    this.#faultsLeft = faults?.times
  }

  /** Listens to `request`, `notification`, `delivery` or `payment`; returns a function that stops listening. */
  on<E extends keyof SimulatorEvents>(event: E, listener: SimulatorListener<E>): () => void {
    return this.#emitter.on(event, listener)
  }

  /**
   * Resolves with the first delivery attempt, past or future, that `predicate` accepts; rejects
   * after `timeoutMs` or when the simulator closes.
   *
   * @example
   * ```ts
   * const third = await simulator.waitForDelivery((d) => d.attempt === 3)
   * ```
   */
  waitForDelivery(predicate: (d: DeliveryAttempt) => boolean = () => true, timeoutMs = 5000): Promise<DeliveryAttempt> {
    return waitFor({
      past: this.#deliveries,
      subscribe: (listener) => this.#emitter.on('delivery', listener),
      predicate,
      timeoutMs,
      waiters: this.#waiters,
      closed: this.#closing !== undefined,
      name: 'waitForDelivery',
    })
  }

  /** Starts listening (port 0 picks a free one). */
  async listen(): Promise<this> {
    if (this.#closing !== undefined) throw new Error('The simulator is closed')
    if (this.#server !== undefined) return this
    const listener = createRequestListener(this.#host())
    const tls = this.#certificate
    // TLS mode answers HTTP/2 and HTTP/1.1 on one port, chosen by ALPN: the Java and Python SDKs
    // send meter/uploadEvent over HTTP/2 only and everything else over HTTP/1.1 (docs/protocol.md §4.2).
    const server =
      tls === undefined
        ? createServer(listener)
        : createSecureServer({ key: tls.key, cert: tls.cert, allowHTTP1: true }, listener)
    if (tls !== undefined) {
      // Tracked from the TCP accept, not the end of the TLS handshake: a handshake still under way
      // when close() runs would otherwise open a session that keeps the server from closing.
      server.on('connection', (socket: Socket) => {
        if (this.#closing !== undefined) {
          socket.destroy()
          return
        }
        this.#sockets.add(socket)
        socket.once('close', () => this.#sockets.delete(socket))
      })
    }
    this.#server = server
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject)
      server.listen(this.#options.port, this.#options.host, () => {
        server.off('error', reject)
        resolve()
      })
    })
    const { address, port } = server.address() as AddressInfo
    this.#url = `${tls === undefined ? 'http' : 'https'}://${address.includes(':') ? `[${address}]` : address}:${port}`
    return this
  }

  #host(): SimulatorHost {
    const self = this
    return {
      options: this.#options,
      deps: this.#deps,
      endpoints: this.#endpoints,
      get baseUrl() {
        return self.url
      },
      takeFaults: () => {
        const faults = this.#faults
        if (faults !== undefined && this.#faultsLeft !== undefined) {
          this.#faultsLeft -= 1
          if (this.#faultsLeft <= 0) this.setFaults(undefined)
        }
        return faults
      },
      sign: (input, faults) =>
        sign(input, faults?.signWith ?? this.#options.alipayKey, { keyVersion: this.#options.keyVersion }),
      record: (request) => {
        this.#requests.push(request)
        this.#emitter.emit('request', request)
      },
      paymentView: (id) => this.getPayment(id),
      completePayment: (id, status) => this.completePayment(id, { status }),
    }
  }

  /** Stops the server, every resend timer and delivery, and rejects pending waits. Idempotent. */
  close(): Promise<void> {
    if (this.#closing !== undefined) return this.#closing
    this.#notifier.close()
    for (const onClose of [...this.#waiters]) onClose()
    const server = this.#server
    this.#closing = new Promise<void>((resolve) => {
      if (server === undefined) return resolve()
      server.close(() => resolve())
      if ('closeAllConnections' in server) server.closeAllConnections()
      for (const socket of this.#sockets) socket.destroy()
    })
    return this.#closing
  }
}

/**
 * Creates a simulator without starting it; call `listen()`. See {@link startAlipaySimulator}.
 *
 * @throws `AlipayConfigError` for missing merchants or an invalid option.
 * @example
 * ```ts
 * const simulator = createAlipaySimulator({
 *   merchants: [{ clientId: 'SHOP_A', publicKey: shopA.publicKeyPem }],
 *   alipayPrivateKey: TEST_KEYS.alipay.privateKeyPem,
 *   port: 8930,
 * })
 * await simulator.listen()
 * ```
 */
export function createAlipaySimulator(options: AlipaySimulatorOptions): AlipaySimulator {
  return new AlipaySimulator(options)
}

/**
 * Starts a local Alipay simulator on 127.0.0.1 and a free port.
 *
 * @example
 * ```ts
 * const simulator = await startAlipaySimulator({
 *   clientId: TEST_CLIENT_ID,
 *   merchantPublicKey: TEST_KEYS.merchant.publicKeyPem,
 *   timeScale: 0.001,
 * })
 * const client = createAlipayClient({
 *   clientId: TEST_CLIENT_ID,
 *   privateKey: TEST_KEYS.merchant.privateKeyPem,
 *   alipayPublicKey: simulator.alipayPublicKey,
 *   baseUrl: simulator.url,
 * })
 * // ... pay, then simulator.completePayment(paymentRequestId)
 * await simulator.close()
 * ```
 */
export async function startAlipaySimulator(options: AlipaySimulatorOptions): Promise<AlipaySimulator> {
  return createAlipaySimulator(options).listen()
}
