import { execFile } from 'node:child_process'
import { describe, expect, it } from 'vitest'

const root = new URL('..', import.meta.url).pathname

interface Run {
  readonly code: number | null
  readonly stdout: string
  readonly stderr: string
}

// As `pnpm demo` runs it (the root script), from the repository root; NO_COLOR keeps the text plain.
function demo(...args: string[]): Promise<Run> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      ['--import', 'tsx', 'examples/demo/src/main.ts', ...args],
      // Generous: a run takes a few seconds, far longer on a loaded machine; a hang still ends.
      { cwd: root, env: { ...process.env, NO_COLOR: '1' }, timeout: 60_000 },
      (error, stdout, stderr) => resolve({ code: error === null ? 0 : (error.code as number | null), stdout, stderr }),
    )
  })
}

describe('pnpm demo', () => {
  it('pays, is notified, confirms, refunds half and is notified, printing each step, and exits 0', async () => {
    const { code, stdout, stderr } = await demo()
    expect(stderr).toBe('')
    expect(code).toBe(0)

    const paymentId = /U PAYMENT_IN_PROCESS: paymentId (\d+), USD 42\.00/.exec(stdout)?.[1]
    const orderId = /order (order-[0-9a-f-]{36}) is paid/.exec(stdout)?.[1]
    expect(paymentId).toBeDefined()
    expect(orderId).toBeDefined()
    expect(stdout).toContain(`the customer is sent to http://127.0.0.1:`)
    expect(stdout).toContain(`/checkout/${paymentId}`)

    const steps = stdout.split(/\n(?=\d\. )/).slice(1)
    expect(steps.map((s) => s.slice(0, s.indexOf('\n')))).toEqual([
      '1. Create a payment: POST /checkout, the shop calls req.alipay.pay()',
      '2. The customer pays: simulator.completePayment()',
      '3. PAYMENT_RESULT notification: received, verified, acknowledged',
      '4. Confirm with inquiryPayment',
      '5. Refund USD 21.00: POST /orders/:id/refunds, the shop calls req.alipay.refund()',
      '6. REFUND_RESULT notification: received, verified, acknowledged',
      '7. Summary',
    ])
    const [pay, customer, paid, inquiry, refund, refunded, summary] = steps as [string, ...string[]]

    expect(pay).toContain('signed    POST /ams/api/v1/payments/pay\n')
    expect(pay).toMatch(/ {13}DEMO_SHOP_2188000000000001\.\d{13}\.\{"productCode":"CASHIER_PAYMENT"/)
    expect(pay).toMatch(
      /signature: algorithm=RSA256,keyVersion=1,signature=\S+… \(\d+ chars\) {2}\(merchant private key\)/,
    )
    expect(pay).toContain("valid with Alipay's public key over the exact response bytes")

    expect(customer).toContain('payment SUCCESS at Alipay: USD 42.00 by ALIPAY_CN')

    expect(paid).toContain('signed    POST /alipay/notify\n')
    expect(paid).toMatch(/DEMO_SHOP_2188000000000001\.\d{13}\.\{"notifyType":"PAYMENT_RESULT"/)
    expect(paid).toContain('(Alipay private key)')
    expect(paid).toMatch(/signature RSA256 keyVersion 1: valid with Alipay's public key over the exact \d+ bytes/)
    expect(paid).toMatch(/request-time \d+ ms before arrival: inside the window/)
    expect(paid).toContain("the shop's PAYMENT_RESULT handler: order marked paid")
    expect(paid).toContain('HTTP 200 {"result":{"resultCode":"SUCCESS","resultStatus":"S","resultMessage":"success"}}')
    expect(paid).toContain('attempt 1 of 8, recorded by the simulator as acknowledged')

    expect(inquiry).toContain('signed    POST /ams/api/v1/payments/inquiryPayment\n')
    expect(inquiry).toContain(`{"paymentRequestId":"${orderId?.slice(0, 20)}`)
    expect(inquiry).toContain('S SUCCESS: paymentStatus SUCCESS, USD 42.00, paid at ')

    expect(refund).toContain('signed    POST /ams/api/v1/payments/refund\n')
    expect(refund).toMatch(/S SUCCESS: refundId \d+, USD 21\.00 of USD 42\.00/)

    expect(refunded).toMatch(/\{"notifyType":"REFUND_RESULT"/)
    expect(refunded).toContain("the shop's REFUND_RESULT handler: refund marked succeeded")
    expect(refunded).toContain('attempt 1 of 8, recorded by the simulator as acknowledged')
    expect(refunded).toMatch(/refund refund-[0-9a-f-]{36} succeeded: USD 21\.00/)

    expect(summary).toContain(`${orderId}: paid USD 42.00, refunded USD 21.00, net USD 21.00`)
    expect(summary).toContain('3 API requests with the merchant key')
    expect(summary).toContain("2 notifications with Alipay's key, acknowledged each at the first attempt")
    expect(stdout).toContain('\nOK: paid, notified, confirmed, refunded, notified')
    expect(stdout).not.toContain('\u001b[') // NO_COLOR, and not a terminal
  })

  it('stops at the step whose notification the shop did not acknowledge, says why, and exits 1', async () => {
    const { code, stdout, stderr } = await demo('--fail-handler', 'PAYMENT_RESULT')
    expect(code).toBe(1)
    expect(stdout).toContain('3. PAYMENT_RESULT notification')
    expect(stdout).not.toContain('4. Confirm with inquiryPayment')
    expect(stdout).not.toContain('OK:')
    expect(stderr).toContain(
      'FAILED: step 3 (PAYMENT_RESULT notification: received, verified, acknowledged) failed: ' +
        'the shop answered the PAYMENT_RESULT notification with HTTP 500 ' +
        '{"result":{"resultCode":"ERR_ALIPAY_HANDLER_FAILED","resultStatus":"F","resultMessage":"notification not processed"}}',
    )
  })

  it('refuses an unknown option with the usage and exit code 2', async () => {
    const { code, stdout, stderr } = await demo('--fail-handler', 'CAPTURE_RESULT')
    expect(code).toBe(2)
    expect(stdout).toBe('')
    expect(stderr).toContain('--fail-handler: expected PAYMENT_RESULT or REFUND_RESULT, not "CAPTURE_RESULT"')
    expect(stderr).toContain('Usage: pnpm demo')
  })
})
