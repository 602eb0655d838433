import { type AlipaySimulator, startAlipaySimulator, TEST_CLIENT_ID, TEST_KEYS } from '@alipay-kit/testing'
import { createAlipayClient } from '@alipay-kit/web'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

// The Web client (fetch and WebCrypto) against the local simulator over real HTTP on 127.0.0.1:
// signed by the client, verified by the simulator, answered signed, verified by the client.
let sim: AlipaySimulator
beforeAll(async () => {
  sim = await startAlipaySimulator({
    clientId: TEST_CLIENT_ID,
    merchantPublicKey: TEST_KEYS.merchant.publicKeyPem,
    alipayPrivateKey: TEST_KEYS.alipay.privateKeyPem,
  })
})
afterAll(() => sim.close())

function client(overrides: Record<string, unknown> = {}) {
  return createAlipayClient({
    clientId: TEST_CLIENT_ID,
    privateKey: TEST_KEYS.merchant.privateKeyBase64,
    alipayPublicKey: sim.alipayPublicKey,
    baseUrl: sim.url,
    retries: 0,
    ...overrides,
  })
}

describe('createAlipayClient on fetch and WebCrypto (issue 11)', () => {
  it('makes calls the simulator accepts and verifies its signed answers', async () => {
    const alipay = client()
    await alipay.ready
    const pay = await alipay.pay({
      productCode: 'CASHIER_PAYMENT',
      paymentRequestId: `web_${Date.now()}`,
      paymentAmount: { currency: 'USD', value: '1000' },
      order: { referenceOrderId: 'o1', orderDescription: 'x', orderAmount: { currency: 'USD', value: '1000' } },
      paymentMethod: { paymentMethodType: 'ALIPAY_CN' },
      paymentRedirectUrl: 'https://shop.example/return',
      paymentNotifyUrl: 'http://127.0.0.1:9/notify',
      env: { terminalType: 'WEB' },
    } as never)
    expect(pay.status).toBe('U')
    const inquiry = await alipay.inquiryPayment({
      paymentRequestId: (pay.response as { paymentRequestId: string }).paymentRequestId,
    })
    expect(inquiry.status).toBe('S')
  })

  it('refuses a response that does not verify with the configured Alipay key, fail-closed', async () => {
    const { keys } = await import('../../../test/contract/notification.js')
    const alipay = client({ alipayPublicKey: keys.publicKeyPem })
    await expect(alipay.inquiryPayment({ paymentRequestId: 'nope' })).rejects.toMatchObject({
      code: 'ERR_ALIPAY_RESPONSE_SIGNATURE_INVALID',
    })
  })

  it("refuses the merchant's own public key given as Alipay's, on ready and on every call", async () => {
    const alipay = client({ alipayPublicKey: TEST_KEYS.merchant.publicKeyPem })
    await expect(alipay.ready).rejects.toMatchObject({ code: 'ERR_ALIPAY_KEY_OWN_PUBLIC_KEY' })
    await expect(alipay.consult({} as never)).rejects.toMatchObject({ code: 'ERR_ALIPAY_KEY_OWN_PUBLIC_KEY' })
  })

  it('checks options at creation with core’s codes', () => {
    expect(() => client({ clientId: '' })).toThrow(expect.objectContaining({ code: 'ERR_ALIPAY_CONFIG_MISSING' }))
    expect(() => client({ baseUrl: 'http://example.com' })).toThrow(
      expect.objectContaining({ code: 'ERR_ALIPAY_OPTION_INVALID' }),
    )
  })
})
