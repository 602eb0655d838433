import {
  isNotificationType,
  NOTIFICATION_ACK,
  type NotificationType,
  notificationType,
  parseNotification,
  verifyNotification,
} from '@alipay-kit/core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type AlipaySimulator, BUILDABLE_NOTIFICATION_TYPES, buildNotification } from '../src/index.js'
import { NOTIFICATION_VARIANTS } from '../src/notifications/build-notification.js'
import { NOTIFY_URL_KIND } from '../src/simulator/trigger.js'
import { startReceiver, startTestSimulator } from './helpers.js'

// Every catalogue type can be triggered (issue 12): sim.notify sends it signed, the merchant
// verifies it, and core parses it into its typed form, the same key it was sent as.

let sim: AlipaySimulator
let receiver: Awaited<ReturnType<typeof startReceiver>>
beforeAll(async () => {
  receiver = await startReceiver(() => ({ status: 200, body: NOTIFICATION_ACK }))
  sim = await startTestSimulator({ notifyUrls: { billing: `${receiver.url}/billing`, card: `${receiver.url}/cards` } })
})
afterAll(async () => {
  await sim.close()
  await receiver.close()
})

/** The delivery of one notification, verified as a merchant verifies it. */
async function delivered(id: string) {
  await sim.waitForDelivery((d) => d.notificationId === id && d.acknowledged)
  const sent = sim.notifications.find((n) => n.id === id)
  const got = receiver.received.find((r) => r.body === sent?.body)
  if (got === undefined) throw new Error(`notification ${id} was not received`)
  return verifyNotification(
    { url: got.url, headers: got.headers, body: got.body },
    { alipayPublicKey: sim.alipayPublicKey },
  )
}

describe('sim.notify: every catalogue type, triggered, verified and typed (issue 12)', () => {
  it('knows a notify-URL kind for every type buildNotification builds', () => {
    expect(Object.keys(NOTIFY_URL_KIND).sort()).toEqual([...BUILDABLE_NOTIFICATION_TYPES].sort())
  })

  it.each(BUILDABLE_NOTIFICATION_TYPES)('%s reaches the merchant signed and parses as its own type', async (type) => {
    const sent = sim.notify(type, {}, { url: `${receiver.url}/notify` })
    expect(sent.type).toBe(type)
    const notification = await delivered(sent.id)
    expect(notificationType(notification)).toBe(type)
    const parsed = parseNotification(sent.body)
    expect(isNotificationType(parsed, type)).toBe(true)
    expect(parsed).toEqual(buildNotification(type))
  })

  it.each(NOTIFICATION_VARIANTS)('the %s variant %s is sent as that type', async (type, variant) => {
    const sent = sim.notify(type, {}, { url: `${receiver.url}/variants`, variant: variant as never })
    expect(notificationType(await delivered(sent.id))).toBe(type as NotificationType)
  })

  it('applies overrides, and goes to the dashboard URL of the type when no URL is given', async () => {
    const sent = sim.notify('CARD_STATUS', { assetId: 'ASSET_OVERRIDDEN' })
    expect(sent.url).toBe(`${receiver.url}/cards`)
    const n = await delivered(sent.id)
    expect(n).toMatchObject({ assetId: 'ASSET_OVERRIDDEN', cardStatus: 'FROZEN' })
  })

  it('refuses a type with no URL given or configured, and an unknown merchant, with a TypeError', () => {
    expect(() => sim.notify('TRANSFER_RESULT')).toThrow(/notifyUrls\.transfer/)
    expect(() => sim.notify('INVOICE', {}, { clientId: 'NOBODY' })).toThrow(TypeError)
    expect(() => sim.notify('NOT_A_TYPE' as never, {} as never, { url: `${receiver.url}/x` })).toThrow(TypeError)
  })
})
