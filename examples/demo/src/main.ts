/**
 * The one-command demo: an Express shop takes a payment and refunds half of it against a local
 * Alipay simulator, with nothing to configure. Each step prints what was signed, what was verified
 * and the result; a failure names its step and exits 1.
 * Run: npx -y pnpm@12.21.0 demo [--fail-handler PAYMENT_RESULT|REFUND_RESULT]
 *
 * It needs no build: tsx applies the root tsconfig.json `paths`, so `@alipay-kit/*` resolve to the
 * workspace sources (from the repository root or from examples/demo alike).
 */
import { createServer } from 'node:http'
import { parseArgs } from 'node:util'
import type { Amount, Result } from '@alipay-kit/core'
import { type AlipaySimulator, generateKeyPair, startAlipaySimulator } from '@alipay-kit/testing'
import { bold, green, keyFingerprint, line, money, red } from './format.js'
import { showApiCall, showNotification } from './report.js'
import { callShop, close, listen, STEP_TIMEOUT_MS, StepFailure, stepper } from './runtime.js'
import { createShop, type Order, type Received } from './shop.js'
import { tapFetch, type WireCall } from './wire.js'

const USAGE = `Usage: pnpm demo [--fail-handler PAYMENT_RESULT|REFUND_RESULT]

An Express shop against a local Alipay simulator, all on 127.0.0.1, nothing to configure:
pay, the customer pays, PAYMENT_RESULT, inquiryPayment, a refund of half, REFUND_RESULT.

  --fail-handler TYPE   make the shop's handler for TYPE throw, to see that notification
                        refused (HTTP 500, not acknowledged: Alipay would resend it) and the
                        demo stop at that step with exit code 1`

const CLIENT_ID = 'DEMO_SHOP_2188000000000001'
type NotificationType = Received['type']

const resultText = (r: Result | undefined) => (r === undefined ? 'no result' : `${r.resultStatus} ${r.resultCode}`)

/** The amount left after the refunds, exact: AMS amounts are whole numbers of minor units. */
const minus = (a: Amount, b: Amount): Amount => ({
  currency: a.currency,
  value: String(BigInt(a.value) - BigInt(b.value)),
})

function parseOptions(): NotificationType | undefined {
  const { values } = parseArgs({ options: { 'fail-handler': { type: 'string' }, help: { type: 'boolean' } } })
  if (values.help) {
    console.log(USAGE)
    process.exit(0)
  }
  const type = values['fail-handler']
  if (type === undefined || type === 'PAYMENT_RESULT' || type === 'REFUND_RESULT') return type
  throw new TypeError(`--fail-handler: expected PAYMENT_RESULT or REFUND_RESULT, not "${type}"`)
}

async function run(failHandler: NotificationType | undefined): Promise<void> {
  const started = Date.now()
  const merchant = generateKeyPair()
  const alipay = generateKeyPair() // the simulator's stand-in for Alipay's own pair
  const simulator: AlipaySimulator = await startAlipaySimulator({
    clientId: CLIENT_ID,
    merchantPublicKey: merchant.publicKeyPem,
    alipayPrivateKey: alipay.privateKeyPem,
  })
  const shopServer = createServer()
  try {
    const shopUrl = await listen(shopServer)
    const calls: WireCall[] = []
    const shop = createShop({
      alipay: {
        clientId: CLIENT_ID,
        privateKey: merchant.privateKeyPem,
        alipayPublicKey: alipay.publicKeyPem,
        baseUrl: simulator.url,
        sandbox: false,
        fetch: tapFetch(calls), // only watches, to print what was signed
      },
      publicUrl: shopUrl,
      failHandler,
    })
    shopServer.on('request', shop.app)

    console.log(bold('alipay-kit demo: an Express shop takes a payment and refunds half, against a local Alipay'))
    console.log('Nothing to configure: this run generated two RSA-2048 key pairs.')
    line(
      'merchant',
      `key ${keyFingerprint(merchant.publicKeyBase64)}: the shop signs its API calls with the private key;`,
    )
    line('', 'the simulator checks them with the public key (the one a merchant uploads to the Antom dashboard)')
    line('Alipay', `key ${keyFingerprint(alipay.publicKeyBase64)}: the simulator signs responses and notifications;`)
    line('', 'the shop checks them with the public key (its alipayPublicKey option)')
    line('simulator', `${simulator.url}  stands in for Alipay's gateway (client id ${CLIENT_ID})`)
    line('shop', `${shopUrl}  Express: POST /checkout, POST /orders/:id/refunds, notifications at /alipay/notify`)

    const step = stepper()
    const since = (count: number) => calls.slice(count)

    /** Waits for the delivery of this notification and fails the step unless the shop acknowledged it. */
    const delivered = async (type: NotificationType, field: string, id: string) => {
      const delivery = await simulator.waitForDelivery(
        (d) => d.type === type && (JSON.parse(d.body) as Record<string, unknown>)[field] === id,
        STEP_TIMEOUT_MS,
      )
      if (!delivery.acknowledged) {
        const reply =
          delivery.status === undefined
            ? `no reply (${delivery.error})`
            : `HTTP ${delivery.status} ${delivery.responseBody}`
        throw new Error(
          `the shop answered the ${type} notification with ${reply}: not acknowledged, so Alipay would resend it ` +
            `(attempt ${delivery.attempt} of ${delivery.maxAttempts})`,
        )
      }
      const sent = simulator.notifications.find((n) => n.id === delivery.notificationId)
      const seen = shop.received.filter((r) => r.type === type).at(-1)
      if (sent === undefined || seen === undefined)
        throw new Error(`the shop acknowledged ${type} but did not record it`)
      showNotification(sent, delivery, seen)
    }

    // 1. The shop asks Alipay for a payment; a cashier payment answers U and a page for the customer.
    const checkout = await step('Create a payment: POST /checkout, the shop calls req.alipay.pay()', async () => {
      const before = calls.length
      const answer = await callShop<{ order: Order; result: Result; redirectTo?: string }>(
        shopUrl,
        'POST',
        '/checkout',
        { item: 'tea-set' },
      )
      showApiCall(since(before)[0])
      const { order, result, redirectTo } = answer
      if (result.resultStatus !== 'U' || redirectTo === undefined || order.paymentId === undefined) {
        throw new Error(`expected U PAYMENT_IN_PROCESS with a normalUrl, got ${resultText(result)}`)
      }
      line(
        'result',
        `${resultText(result)}: paymentId ${order.paymentId}, ${money(order.amount)}`,
        `the customer is sent to ${redirectTo}`,
      )
      return { orderId: order.id, paymentId: order.paymentId }
    })

    // 2. The customer pays on Alipay's page; the simulator plays that part.
    await step('The customer pays: simulator.completePayment()', async () => {
      const payment = simulator.completePayment(checkout.paymentId, { status: 'SUCCESS' })
      line(
        'result',
        `payment ${payment.status} at Alipay: ${money(payment.paymentAmount)} by ${payment.paymentMethodType}`,
      )
      line('', `Alipay sends PAYMENT_RESULT to ${payment.paymentNotifyUrl}`)
    })

    // 3. Alipay tells the shop; the shop verifies before it believes anything, then acknowledges.
    await step('PAYMENT_RESULT notification: received, verified, acknowledged', async () => {
      await delivered('PAYMENT_RESULT', 'paymentRequestId', checkout.orderId)
      const { order } = await callShop<{ order: Order }>(shopUrl, 'GET', `/orders/${checkout.orderId}`)
      if (order.status !== 'paid') throw new Error(`the order is ${order.status}, expected paid`)
      line('result', `order ${order.id} is ${order.status}`)
    })

    // 4. A notification can be lost or late: a job confirms with the same client (alipayClient().client).
    const paid = await step('Confirm with inquiryPayment', async () => {
      const before = calls.length
      const outcome = await shop.client.inquiryPayment({ paymentRequestId: checkout.orderId })
      showApiCall(since(before)[0])
      const { paymentStatus, paymentAmount, paymentTime } = outcome.response
      line(
        'result',
        `${resultText(outcome.response.result)}: paymentStatus ${paymentStatus}, ${paymentAmount ? money(paymentAmount) : '?'}, paid at ${paymentTime}`,
      )
      if (paymentStatus !== 'SUCCESS' || paymentAmount === undefined)
        throw new Error(`paymentStatus is ${paymentStatus}, expected SUCCESS`)
      return paymentAmount
    })

    // 5. Refund half; the refund's final state comes as REFUND_RESULT.
    const refundAmount: Amount = { currency: paid.currency, value: String(BigInt(paid.value) / 2n) }
    const refund = await step(
      `Refund ${money(refundAmount)}: POST /orders/:id/refunds, the shop calls req.alipay.refund()`,
      async () => {
        const before = calls.length
        const answer = await callShop<{ refundRequestId: string; refundId?: string; result: Result }>(
          shopUrl,
          'POST',
          `/orders/${checkout.orderId}/refunds`,
          { value: refundAmount.value },
        )
        showApiCall(since(before)[0])
        line(
          'result',
          `${resultText(answer.result)}: refundId ${answer.refundId}, ${money(refundAmount)} of ${money(paid)}`,
        )
        return answer
      },
    )

    // 6. Alipay tells the shop the refund's outcome.
    await step('REFUND_RESULT notification: received, verified, acknowledged', async () => {
      await delivered('REFUND_RESULT', 'refundRequestId', refund.refundRequestId)
      const { order } = await callShop<{ order: Order }>(shopUrl, 'GET', `/orders/${checkout.orderId}`)
      const status = order.refunds[refund.refundRequestId]?.status
      if (status !== 'succeeded') throw new Error(`the refund is ${status}, expected succeeded`)
      line('result', `refund ${refund.refundRequestId} ${status}: ${money(refundAmount)}`)
    })

    await step('Summary', async () => {
      const acknowledged = simulator.deliveries.filter((d) => d.acknowledged)
      const attempts = acknowledged.every((d) => d.attempt === 1) ? 'each at the first attempt' : 'after resends'

      line(
        'order',
        `${checkout.orderId}: paid ${money(paid)}, refunded ${money(refundAmount)}, net ${money(minus(paid, refundAmount))}`,
      )
      line('signed', `${calls.length} API requests with the merchant key; every response verified with Alipay's key`)
      line('verified', `${acknowledged.length} notifications with Alipay's key, acknowledged ${attempts}`)
      line('took', `${Date.now() - started} ms`)
    })
    console.log(`\n${green('OK')}: paid, notified, confirmed, refunded, notified; every message signed and verified.`)
  } finally {
    await Promise.all([simulator.close(), close(shopServer)])
  }
}

async function main(): Promise<number> {
  let failHandler: NotificationType | undefined
  try {
    failHandler = parseOptions()
  } catch (error) {
    console.error(`${error instanceof Error ? error.message : String(error)}\n\n${USAGE}`)
    return 2
  }
  try {
    await run(failHandler)
    return 0
  } catch (error) {
    const message = error instanceof StepFailure ? error.message : `the demo could not start: ${String(error)}`
    console.error(`\n${red('FAILED')}: ${message}`)
    return 1
  }
}

process.exitCode = await main()
