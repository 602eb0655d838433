import { request as httpRequest } from 'node:http'
import { NOTIFICATION_ACK, verifyNotification } from '@alipay-kit/core'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { ALIPAY_RESEND_SCHEDULE_MS, type AlipaySimulator, TEST_CLIENT_ID, TEST_KEYS } from '../src/index.js'
import {
  callApi,
  field,
  payBody,
  type Received,
  requestId,
  runFixture,
  startReceiver,
  startTestSimulator,
} from './helpers.js'

const ack = { status: 200, body: NOTIFICATION_ACK }
const cleanups: Array<() => Promise<void>> = []
afterEach(async () => {
  for (const cleanup of cleanups.splice(0)) await cleanup()
})

type Reply = (n: number, received: Received) => { status: number; body: string }

async function setup(reply: Reply, options: Parameters<typeof startTestSimulator>[0] = {}) {
  const receiver = await startReceiver(reply)
  const sim = await startTestSimulator({ timeScale: 0.001, ...options })
  cleanups.push(() => sim.close(), receiver.close)
  return { sim, receiver }
}

async function pay(sim: AlipaySimulator, overrides: Record<string, unknown>, sandbox = false) {
  const body = payBody(overrides)
  const res = await callApi(sim, '/v1/payments/pay', body, { sandbox })
  return { paymentId: field(res, 'paymentId'), paymentRequestId: String(body.paymentRequestId) }
}

describe('notification delivery', () => {
  it('delivers a signed PAYMENT_RESULT that core verifies, once, when acknowledged exactly', async () => {
    const { sim, receiver } = await setup(() => ack)
    const { paymentId, paymentRequestId } = await pay(sim, {
      paymentNotifyUrl: `${receiverUrl(receiver)}/alipay/notify?shop=1`,
    })
    expect(sim.notifications).toHaveLength(0)
    sim.completePayment(paymentId)
    const delivery = await sim.waitForDelivery((d) => d.acknowledged)
    expect(delivery).toMatchObject({ type: 'PAYMENT_RESULT', attempt: 1, status: 200, acknowledged: true })
    expect(delivery.nextAttemptAt).toBeUndefined()

    expect(receiver.received).toHaveLength(1)
    const [got] = receiver.received
    expect(got?.url).toBe('/alipay/notify?shop=1')
    expect(got?.headers['client-id']).toBe(TEST_CLIENT_ID)
    expect(got?.headers['request-time']).toMatch(/^\d{13}$/)
    const notification = verifyNotification(
      { method: 'POST', url: got?.url ?? '', headers: got?.headers ?? {}, body: got?.body ?? '' },
      { alipayPublicKey: sim.alipayPublicKey, clientId: TEST_CLIENT_ID },
    )
    expect(notification).toMatchObject({
      notifyType: 'PAYMENT_RESULT',
      result: { resultCode: 'SUCCESS', resultStatus: 'S' },
      paymentId,
      paymentRequestId,
      paymentAmount: { currency: 'USD', value: '10000' },
      paymentMethodType: 'ALIPAY_CN',
    })
    expect(sim.notifications.find((n) => n.id === delivery.notificationId)?.state).toBe('acknowledged')
    // Nothing is scheduled or under way, so nothing more can arrive.
    expect(sim.pending).toBe(0)
    expect(receiver.received).toHaveLength(1)
  })

  it('resends on anything but an acknowledgement, on the scaled schedule, and stops once acknowledged', async () => {
    const replies = [
      { status: 500, body: '{"result":{"resultCode":"ERR","resultStatus":"F","resultMessage":"down"}}' },
      { status: 200, body: '{"result":{"resultStatus":"S"}}' },
      { status: 201, body: NOTIFICATION_ACK },
      ack,
    ]
    const { sim, receiver } = await setup((n) => replies[n - 1] ?? ack, {
      timeScale: 0.0005, // 2 min -> 60 ms, 10 min -> 300 ms
    })
    const { paymentId } = await pay(sim, { paymentNotifyUrl: `${receiverUrl(receiver)}/notify` })
    sim.completePayment(paymentId, { status: 'FAIL' })
    const last = await sim.waitForDelivery((d) => d.acknowledged, 15_000)
    expect(last.attempt).toBe(4)
    const attempts = sim.deliveries.filter((d) => d.notificationId === last.notificationId)
    expect(attempts.map((d) => [d.attempt, d.status, d.acknowledged])).toEqual([
      [1, 500, false],
      [2, 200, false],
      [3, 201, false],
      [4, 200, true],
    ])
    expect(attempts.every((d) => d.maxAttempts === 8 && d.type === 'PAYMENT_RESULT')).toBe(true)
    // Waits follow the schedule: each resend is due 2 min, 10 min, 10 min (scaled) after the
    // previous reply, and none starts before it is due. How late a loaded machine runs it is not
    // the simulator's to promise, so it is not asserted.
    const expected = ALIPAY_RESEND_SCHEDULE_MS.slice(1, 4).map((ms) => ms * 0.0005)
    attempts.slice(0, 3).forEach((d, i) => {
      expect((d.nextAttemptAt ?? Number.NaN) - d.finishedAt).toBeCloseTo(expected[i] ?? Number.NaN, 0)
      expect(attempts[i + 1]?.startedAt).toBeGreaterThanOrEqual(d.nextAttemptAt ?? Number.POSITIVE_INFINITY)
    })
    // Every resend is the same signed request: same body, same request-time.
    expect(new Set(receiver.received.map((r) => r.body)).size).toBe(1)
    expect(new Set(receiver.received.map((r) => r.headers['request-time'])).size).toBe(1)
    expect(JSON.parse(receiver.received[0]?.body ?? '{}')).toMatchObject({
      notifyType: 'PAYMENT_RESULT',
      result: { resultCode: 'USER_BALANCE_NOT_ENOUGH', resultStatus: 'F' },
    })
    expect(sim.pending).toBe(0)
    expect(receiver.received).toHaveLength(4)
  })

  it('gives up after 8 attempts in all (docs/protocol.md §3.3)', async () => {
    const { sim, receiver } = await setup(() => ({ status: 500, body: 'no' }), { timeScale: 0.000002 })
    const { paymentId } = await pay(sim, { paymentNotifyUrl: `${receiverUrl(receiver)}/notify` })
    sim.completePayment(paymentId)
    const last = await sim.waitForDelivery((d) => d.attempt === 8, 15_000)
    expect(last.nextAttemptAt).toBeUndefined()
    expect(sim.notifications.find((n) => n.id === last.notificationId)?.state).toBe('exhausted')
    expect(sim.pending).toBe(0)
    expect(receiver.received).toHaveLength(8)
  })

  it('re-signs each resend with a fresh request-time when asked', async () => {
    const { sim, receiver } = await setup((n) => (n < 2 ? { status: 500, body: '' } : ack), {
      timeScale: 0.0001,
      resignResends: true,
    })
    const { paymentId } = await pay(sim, { paymentNotifyUrl: `${receiverUrl(receiver)}/n` })
    sim.completePayment(paymentId)
    // The resend starts no sooner than 12 ms after the first reply, so its request-time differs.
    await sim.waitForDelivery((d) => d.acknowledged)
    const [first, second] = receiver.received
    expect(second?.body).toBe(first?.body)
    expect(second?.headers.signature).not.toBe(first?.headers.signature)
    for (const r of receiver.received) {
      expect(() =>
        verifyNotification(
          { url: r.url, headers: r.headers, body: r.body },
          { alipayPublicKey: TEST_KEYS.alipay.publicKeyPem },
        ),
      ).not.toThrow()
    }
  })

  it('resends to a URL where nothing listens, recording the network error', async () => {
    const { sim, receiver } = await setup(() => ack, { timeScale: 0.0001 })
    const gone = receiverUrl(receiver)
    await receiver.close()
    const { paymentId } = await pay(sim, { paymentNotifyUrl: `${gone}/notify` })
    sim.completePayment(paymentId)
    const second = await sim.waitForDelivery((d) => d.attempt === 2)
    expect(second.status).toBeUndefined()
    expect(second.error).toMatch(/ECONNREFUSED/)
    expect(second.acknowledged).toBe(false)
  })

  it('sends REFUND_RESULT to refundNotifyUrl and CAPTURE_RESULT to paymentNotifyUrl', async () => {
    const { sim, receiver } = await setup(() => ack)
    const url = receiverUrl(receiver)
    const { paymentId } = await pay(sim, {
      paymentNotifyUrl: `${url}/pay`,
      paymentMethod: { paymentMethodType: 'CARD' },
      paymentFactor: { captureMode: 'MANUAL' },
    })
    sim.completePayment(paymentId)
    const captureRequestId = requestId('C')
    const amount = { currency: 'USD', value: '10000' }
    await callApi(sim, '/v1/payments/capture', { captureRequestId, paymentId, captureAmount: amount })
    const refundRequestId = requestId('R')
    await callApi(sim, '/v1/payments/refund', {
      refundRequestId,
      paymentId,
      refundAmount: amount,
      refundNotifyUrl: `${url}/refund`,
    })
    await sim.waitForDelivery((d) => d.type === 'REFUND_RESULT' && d.acknowledged)
    await sim.waitForDelivery((d) => d.type === 'CAPTURE_RESULT' && d.acknowledged)
    const byPath = Object.fromEntries(
      receiver.received.map((r) => [
        `${r.url} ${(JSON.parse(r.body) as { notifyType: string }).notifyType}`,
        JSON.parse(r.body),
      ]),
    )
    expect(Object.keys(byPath).sort()).toEqual(['/pay CAPTURE_RESULT', '/pay PAYMENT_RESULT', '/refund REFUND_RESULT'])
    expect(byPath['/pay CAPTURE_RESULT']).toMatchObject({ captureRequestId, paymentId, captureAmount: amount })
    expect(byPath['/refund REFUND_RESULT']).toMatchObject({
      refundRequestId,
      refundStatus: 'SUCCESS',
      refundAmount: amount,
    })
  })

  it('uses the dashboard notify URL when the request carries none, and sends nothing when neither exists', async () => {
    const { sim, receiver } = await setup(() => ack)
    const silent = await pay(sim, {})
    sim.completePayment(silent.paymentId)
    expect(sim.notifications).toHaveLength(0)
    const configured = await startTestSimulator({ notifyUrls: { payment: `${receiverUrl(receiver)}/dashboard` } })
    cleanups.push(() => configured.close())
    const { paymentId } = await pay(configured, {})
    configured.completePayment(paymentId)
    expect((await configured.waitForDelivery()).url).toBe(`${receiverUrl(receiver)}/dashboard`)
  })

  it('delivers sandbox payments once when resendInSandbox is false, as the real sandbox does', async () => {
    const { sim, receiver } = await setup(() => ({ status: 500, body: '' }), { resendInSandbox: false })
    const { paymentId } = await pay(sim, { paymentNotifyUrl: `${receiverUrl(receiver)}/n` }, true)
    sim.completePayment(paymentId)
    const only = await sim.waitForDelivery()
    expect(only).toMatchObject({ attempt: 1, maxAttempts: 1, acknowledged: false, nextAttemptAt: undefined })
    expect(sim.notifications[0]?.state).toBe('exhausted')
    expect(sim.pending).toBe(0)
  })

  it('refuses to deliver outside loopback, with a clear error and no request', async () => {
    const { sim } = await setup(() => ack)
    const { paymentId } = await pay(sim, { paymentNotifyUrl: 'https://merchant.example.com/alipay/notify' })
    sim.completePayment(paymentId)
    const refused = await sim.waitForDelivery()
    expect(refused.acknowledged).toBe(false)
    expect(refused.status).toBeUndefined()
    expect(refused.error).toMatch(/not a loopback address/)
    expect(sim.notifications[0]?.state).toBe('refused')
    expect(sim.pending).toBe(0)
  })
})

describe('events, waits and close', () => {
  it('emits request, notification, payment and delivery events, and stops after unsubscribing', async () => {
    const { sim, receiver } = await setup(() => ack)
    const seen: string[] = []
    const offs = [
      sim.on('request', (r) => seen.push(`request ${r.api}`)),
      sim.on('payment', (p) => seen.push(`payment ${p.status}`)),
      sim.on('notification', (n) => seen.push(`notification ${n.type}`)),
      sim.on('delivery', (d) => seen.push(`delivery ${d.attempt} ${d.acknowledged}`)),
    ]
    const report = vi.spyOn(console, 'error').mockImplementation(() => {})
    sim.on('delivery', () => {
      throw new Error('a broken listener must not break the simulator')
    })
    const { paymentId } = await pay(sim, { paymentNotifyUrl: `${receiverUrl(receiver)}/n` })
    sim.completePayment(paymentId)
    await sim.waitForDelivery()
    expect(report).toHaveBeenCalledWith('[alipay-kit simulator] a "delivery" listener threw:', expect.any(Error))
    report.mockRestore()
    expect(seen).toEqual([
      'request /v1/payments/pay',
      'payment SUCCESS',
      'notification PAYMENT_RESULT',
      'delivery 1 true',
    ])
    for (const off of offs) off()
    await callApi(sim, '/v1/payments/inquiryPayment', { paymentId })
    expect(seen).toHaveLength(4)
  })

  it('waitForDelivery rejects on timeout and when the simulator closes', async () => {
    const { sim } = await setup(() => ack)
    await expect(sim.waitForDelivery(() => true, 30)).rejects.toThrow(/nothing matched within 30 ms/)
    const { paymentId } = await pay(sim, { paymentNotifyUrl: 'http://example.com/n' })
    sim.completePayment(paymentId)
    const broken = new Error('predicate bug')
    await expect(
      sim.waitForDelivery(() => {
        throw broken
      }),
    ).rejects.toBe(broken)
    const waiting = sim.waitForDelivery((d) => d.acknowledged, 5000)
    await sim.close()
    await expect(waiting).rejects.toThrow(/closed/)
    // After close: what already happened is still found; a wait for more fails at once, before
    // any timer or I/O could run (not after its 60 s timeout).
    await expect(sim.waitForDelivery((d) => d.error !== undefined)).resolves.toMatchObject({ attempt: 1 })
    const late = sim
      .waitForDelivery((d) => d.acknowledged, 60_000)
      .then(
        () => 'resolved',
        (error: Error) => error.message,
      )
    const nextTurn = new Promise((resolve) => setImmediate(() => resolve('still waiting')))
    expect(await Promise.race([late, nextTurn])).toMatch(/closed/)
  })

  it('close() stops the server and cancels pending resends: none is sent, even past its due time', async () => {
    const { sim, receiver } = await setup(() => ({ status: 503, body: '' }), { timeScale: 0.001 })
    const { paymentId } = await pay(sim, { paymentNotifyUrl: `${receiverUrl(receiver)}/n` })
    const url = sim.url
    sim.completePayment(paymentId)
    const first = await sim.waitForDelivery()
    // The next attempt is due 2 min (scaled: 120 ms) after the reply.
    const dueAt = first.nextAttemptAt ?? Number.NaN
    expect(dueAt - first.finishedAt).toBeCloseTo(120, 0)
    expect(sim.pending).toBe(1)
    await sim.close()
    expect(sim.pending).toBe(0)
    expect(sim.notifications[0]?.state).toBe('cancelled')
    // Wait out the due time with room to spare: a resend that survived close() would reach the
    // receiver, which records every request. (That no timer is left at all is the next test's.)
    await new Promise((resolve) => setTimeout(resolve, Math.max(0, dueAt - Date.now()) + 300))
    expect(receiver.received).toHaveLength(1)
    expect(sim.deliveries).toHaveLength(1)
    await expect(fetch(`${url}/ams/api/v1/payments/pay`, { method: 'POST', body: '{}' })).rejects.toThrow()
    expect(() => sim.completePayment(paymentId)).toThrow()
    await sim.close() // idempotent
  })

  it('close() leaves nothing running: a process with a resend due and a delayed answer held exits on its own', async () => {
    // A child process does what a test file does (a resend due in 2 real minutes, an API answer
    // held for an hour by a delayMs fault), closes the simulator, and simply ends. Node exits once
    // nothing is left to run, so a timer or socket that survived close() would hold it for minutes.
    const child = await runFixture('close-leaves-nothing.ts', 60_000)
    expect(child.stderr).toBe('')
    expect(child).toMatchObject({ code: 0, signal: null, killed: false })
    expect(JSON.parse(child.stdout)).toEqual({ pendingBeforeClose: 1, pendingAfterClose: 0, heldCall: 'ECONNRESET' })
  }, 90_000)

  it('close() also ends a response held back by a delayMs fault', async () => {
    // The delay (an hour) outlasts the test's timeout (vitest.config.ts): if close() waited it out, this fails.
    const sim = await startTestSimulator({ faults: { delayMs: 60 * 60_000 } })
    cleanups.push(() => sim.close())
    const answered = new Promise<void>((resolve) => sim.on('request', () => resolve()))
    const call = new Promise<string>((resolve) => {
      const req = httpRequest(`${sim.url}/ams/api/v1/payments/pay`, { method: 'POST', agent: false })
      req.on('error', (error: NodeJS.ErrnoException) => resolve(error.code ?? error.message))
      req.on('response', () => resolve('answered'))
      req.end('{}')
    })
    await answered // the answer is computed and now waits out its hour
    await sim.close()
    expect(await call).toBe('ECONNRESET')
  })
})

function receiverUrl(receiver: { url: string }): string {
  return receiver.url
}
