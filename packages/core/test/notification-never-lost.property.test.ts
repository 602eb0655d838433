import { readFileSync } from 'node:fs'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  type AlipayError,
  createNotificationHandler,
  NOTIFICATION_ACK,
  type NotificationCallback,
  type NotificationDelivery,
  type NotificationHandlerOptions,
  type NotificationHandlers,
  type NotificationType,
  sign,
} from '../src/index.js'
import { parseTypedNotification } from '../src/notification/parse.js'
import { type Body, type KnownType, SAMPLES, VARIANTS } from './fixtures/notification-samples.js'

/*
 * Issue #14's property at the handler: for every catalogue type, a verified notification with any
 * subset of its fields removed, or any value replaced, never gets a 4xx; it is handled by its typed
 * handler or by the fallback (with the reason it fell back); an unclassified one without a fallback
 * is never acknowledged. Each run gets fresh handlers, so exactly-once dedupe (on, as by default)
 * never hides a delivery of an earlier run.
 */

const { keys } = JSON.parse(readFileSync(new URL('./fixtures/vectors.json', import.meta.url), 'utf8')) as {
  keys: Record<'publicKeyPem' | 'privateKeyPkcs8Pem', string>
}
const CLIENT_ID = 'SANDBOX_5YEZ2N2ZWBJ000001'
const NOW = 1_700_000_000_000
const PATH = '/alipay/notify'
const RUNS = 150

const KNOWN = Object.keys(SAMPLES) as KnownType[]
const BODIES: ReadonlyArray<readonly [KnownType, Body]> = [
  ...(Object.entries(SAMPLES) as Array<[KnownType, Body]>),
  ...VARIANTS.map(([, type, body]) => [type, body] as const),
]

function signed(body: Body) {
  const text = JSON.stringify(body)
  const time = String(NOW)
  const signature = sign({ path: PATH, clientId: CLIENT_ID, time, body: text }, keys.privateKeyPkcs8Pem)
  return {
    method: 'POST',
    url: PATH,
    headers: { 'client-id': CLIENT_ID, 'request-time': time, signature, 'content-type': 'application/json' },
    body: Buffer.from(text),
  }
}

interface Call {
  readonly by: NotificationType | 'onNotification'
  readonly notification: unknown
  readonly delivery: NotificationDelivery
}

/** A handler whose callbacks, warnings and errors are recorded. */
function recorded(shape: { typed: readonly KnownType[]; fallback?: 'onNotification' | 'UNKNOWN' }) {
  const calls: Call[] = []
  const warnings: string[] = []
  const errors: AlipayError[] = []
  const record =
    (by: Call['by']): NotificationCallback<unknown, undefined> =>
    (notification, _context, delivery) => {
      calls.push({ by, notification, delivery })
    }
  const on: Record<string, NotificationCallback<unknown, undefined>> = {}
  for (const type of shape.typed) on[type] = record(type)
  if (shape.fallback === 'UNKNOWN') on.UNKNOWN = record('UNKNOWN')
  const options: NotificationHandlerOptions = {
    alipayPublicKey: keys.publicKeyPem,
    clientId: CLIENT_ID,
    now: () => NOW,
    on: on as NotificationHandlers<undefined>,
    ...(shape.fallback === 'onNotification' ? { onNotification: record('onNotification') } : {}),
    onError: (error) => errors.push(error),
    logger: { warn: (message) => warnings.push(message), error: () => {} },
  }
  return { handle: createNotificationHandler(options), calls, warnings, errors }
}

/** A documented body, damaged: fields removed, values replaced by enum-like strings or any JSON. */
const damagedBody = fc.constantFrom(...BODIES).chain(([type, body]) =>
  fc
    .record({
      removed: fc.subarray(Object.keys(body)),
      patch: fc.dictionary(
        fc.constantFrom(...Object.keys(body)),
        fc.oneof(fc.constantFrom('S', 'F', 'U', 'SUCCESS', 'FAIL', 'PAUSED', 'true', ''), fc.string(), fc.jsonValue()),
      ),
    })
    .map(({ removed, patch }) => {
      const damaged: Body = { ...body, ...patch }
      for (const field of removed) delete damaged[field]
      return { type, damaged }
    }),
)

describe('an authentic notification is never lost (issue #14, docs/protocol.md §9.7, §9.13)', () => {
  it('is handled by its typed handler or the fallback, with the reason, and never answered 4xx', async () => {
    await fc.assert(
      fc.asyncProperty(
        damagedBody,
        fc.constantFrom('onNotification', 'UNKNOWN') as fc.Arbitrary<'onNotification' | 'UNKNOWN'>,
        async ({ damaged }, fallback) => {
          const parsed = parseTypedNotification(JSON.stringify(damaged))
          const { handle, calls } = recorded({ typed: KNOWN, fallback })
          const reply = await handle(signed(damaged), undefined)
          expect(reply.status).toBe(200)
          expect(reply.body).toBe(NOTIFICATION_ACK)
          expect(calls).toHaveLength(1)
          const [call] = calls
          expect(call?.by).toBe(parsed.type === 'UNKNOWN' ? fallback : parsed.type)
          expect(call?.notification).toEqual(parsed.notification)
          expect(call?.delivery.reason).toBe(parsed.reason)
        },
      ),
      { numRuns: RUNS },
    )
  })

  it('without a fallback, is never acknowledged when unclassified, and reaches its typed handler otherwise', async () => {
    await fc.assert(
      fc.asyncProperty(damagedBody, async ({ damaged }) => {
        const parsed = parseTypedNotification(JSON.stringify(damaged))
        const { handle, calls, errors } = recorded({ typed: KNOWN })
        const reply = await handle(signed(damaged), undefined)
        expect(reply.status).not.toBeLessThan(200)
        expect(reply.status >= 400 && reply.status < 500).toBe(false)
        if (parsed.type === 'UNKNOWN') {
          expect(reply.status).toBe(500)
          expect(reply.body).not.toBe(NOTIFICATION_ACK)
          expect(calls).toEqual([])
          expect(errors.map((e) => e.code)).toEqual(['ERR_ALIPAY_NOTIFICATION_UNHANDLED'])
        } else {
          expect(reply.body).toBe(NOTIFICATION_ACK)
          expect(calls.map((c) => c.by)).toEqual([parsed.type])
        }
      }),
      { numRuns: RUNS },
    )
  })

  it('with handlers for other types only: a known type is acknowledged with a warning, an unclassified one is not', async () => {
    await fc.assert(
      fc.asyncProperty(damagedBody, async ({ damaged }) => {
        const parsed = parseTypedNotification(JSON.stringify(damaged))
        const { handle, calls, warnings } = recorded({ typed: ['PAYMENT_RESULT'] })
        const reply = await handle(signed(damaged), undefined)
        expect(reply.status >= 400 && reply.status < 500).toBe(false)
        if (parsed.type === 'PAYMENT_RESULT') {
          expect(calls.map((c) => c.by)).toEqual(['PAYMENT_RESULT'])
          expect(reply.body).toBe(NOTIFICATION_ACK)
        } else if (parsed.type === 'UNKNOWN') {
          expect(reply.status).toBe(500)
          expect(calls).toEqual([])
        } else {
          expect(reply.body).toBe(NOTIFICATION_ACK)
          expect(calls).toEqual([])
          expect(warnings).toHaveLength(1)
          expect(warnings[0]).toContain(parsed.type)
        }
      }),
      { numRuns: RUNS },
    )
  })
})
