import { NOTIFICATION_ACK } from '@alipay-kit/core'
import { afterEach, describe, expect, it } from 'vitest'
import { isAcknowledgement } from '../src/simulator/acknowledgement.js'
import { callApi, field, payBody, startReceiver, startTestSimulator } from './helpers.js'

const cleanups: Array<() => Promise<void>> = []
afterEach(async () => {
  for (const cleanup of cleanups.splice(0)) await cleanup()
})

/** What the Java SDK's listener example sends: fastjson orders the keys alphabetically. */
const JAVA_EXAMPLE = '{"result":{"resultCode":"SUCCESS","resultMessage":"success","resultStatus":"S"}}'
/** What a Python merchant's json.dumps of the documented object sends: a space after each `:` and `,`. */
const PYTHON_DUMPS = '{"result": {"resultCode": "SUCCESS", "resultStatus": "S", "resultMessage": "success"}}'

describe('acknowledgements read by meaning (docs/protocol.md §9.12, issue 12)', () => {
  it.each([
    ['the Java SDK example key order', JAVA_EXAMPLE],
    ["Python's json.dumps spacing", PYTHON_DUMPS],
    ['the exact documented bytes', NOTIFICATION_ACK],
  ])('takes %s as acknowledged at the first delivery and resends nothing', async (_name, body) => {
    const receiver = await startReceiver(() => ({ status: 200, body }))
    // A 2 min resend wait would take 6 ms: a resend, if armed, would come at once.
    const sim = await startTestSimulator({ timeScale: 0.00005 })
    cleanups.push(() => sim.close(), receiver.close)
    const res = await callApi(sim, '/v1/payments/pay', payBody({ paymentNotifyUrl: `${receiver.url}/notify` }))
    sim.completePayment(field(res, 'paymentId'))
    const delivery = await sim.waitForDelivery()
    expect(delivery).toMatchObject({ attempt: 1, status: 200, responseBody: body, acknowledged: true })
    expect(delivery.nextAttemptAt).toBeUndefined()
    // Checked as the delivery is reported: no resend timer armed, nothing in flight.
    expect(sim.pending).toBe(0)
    expect(sim.notifications.map((n) => n.state)).toEqual(['acknowledged'])
    expect(receiver.received).toHaveLength(1)
  })

  it('resends a 200 whose JSON does not say S and SUCCESS', async () => {
    const body = '{"result": {"resultCode": "SUCCESS", "resultStatus": "U"}}'
    const receiver = await startReceiver((n) => (n === 1 ? { status: 200, body } : { status: 200, body: JAVA_EXAMPLE }))
    const sim = await startTestSimulator({ timeScale: 0.00005 })
    cleanups.push(() => sim.close(), receiver.close)
    const res = await callApi(sim, '/v1/payments/pay', payBody({ paymentNotifyUrl: `${receiver.url}/notify` }))
    sim.completePayment(field(res, 'paymentId'))
    const acknowledged = await sim.waitForDelivery((d) => d.acknowledged)
    expect(sim.deliveries.map((d) => [d.attempt, d.acknowledged])).toEqual([
      [1, false],
      [2, true],
    ])
    expect(acknowledged.attempt).toBe(2)
  })

  it.each([
    [200, '{"result":{"resultCode":"SUCCESS","resultStatus":"S"}}', true],
    [200, '\n{ "result" : { "resultStatus" : "S", "resultCode" : "SUCCESS", "extra": [1] } }\n', true],
    [201, NOTIFICATION_ACK, false],
    [500, NOTIFICATION_ACK, false],
    [undefined, undefined, false],
    [200, '', false],
    [200, 'SUCCESS', false],
    [200, 'null', false],
    [200, `[${NOTIFICATION_ACK}]`, false],
    [200, '{"resultCode":"SUCCESS","resultStatus":"S"}', false],
    [200, '{"result":{"resultCode":"SUCCESS"}}', false],
    [200, '{"result":{"resultStatus":"S","resultCode":"success"}}', false],
    [200, '{"result":{"resultStatus":"F","resultCode":"SUCCESS"}}', false],
    [200, '{"result":"SUCCESS"}', false],
    [200, '{"result":null}', false],
  ] as const)('HTTP %s %s: acknowledged %s', (status, body, expected) => {
    expect(isAcknowledgement(status, body)).toBe(expected)
  })
})
