import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { createAlipayClient, importPublicKeyRing, resolveAlipayConfig } from '../src/index.js'

const { keys } = JSON.parse(readFileSync(new URL('./fixtures/vectors.json', import.meta.url), 'utf8')) as {
  keys: Record<'publicKeyPem' | 'privateKeyPkcs8Pem' | 'wrongPublicKeyBase64Der' | 'publicKeyBase64Der', string>
}
const own = { privateKey: keys.privateKeyPkcs8Pem, alipayPublicKey: keys.publicKeyPem }
const mixUp = expect.objectContaining({ code: 'ERR_ALIPAY_KEY_OWN_PUBLIC_KEY' })

describe("the merchant's own public key given as Alipay's", () => {
  it('is refused when the client is created, naming the mix-up', () => {
    const create = () => createAlipayClient({ ...own, clientId: 'SANDBOX_X', baseUrl: 'http://127.0.0.1:9' })
    expect(create).toThrow(mixUp)
    expect(create).toThrow(/public half of your own privateKey/)
  })

  it('is refused in any format, and inside a key ring', () => {
    const ring = importPublicKeyRing({ 1: keys.wrongPublicKeyBase64Der, 2: keys.publicKeyBase64Der })
    expect(() =>
      createAlipayClient({
        privateKey: keys.privateKeyPkcs8Pem,
        alipayPublicKey: ring,
        clientId: 'X',
        baseUrl: 'http://127.0.0.1:9',
      }),
    ).toThrow(mixUp)
  })

  it("is refused by the adapters' configuration when a private key is given too, from options or the environment", () => {
    expect(() => resolveAlipayConfig(own, {})).toThrow(mixUp)
    expect(() =>
      resolveAlipayConfig({}, { ALIPAY_PUBLIC_KEY: keys.publicKeyPem, ALIPAY_PRIVATE_KEY: keys.privateKeyPkcs8Pem }),
    ).toThrow(mixUp)
  })

  it("accepts Alipay's real key, and a notify-only setup without a private key", () => {
    expect(() =>
      resolveAlipayConfig({ privateKey: keys.privateKeyPkcs8Pem, alipayPublicKey: keys.wrongPublicKeyBase64Der }, {}),
    ).not.toThrow()
    expect(() => resolveAlipayConfig({ alipayPublicKey: keys.publicKeyPem }, {})).not.toThrow()
    expect(() =>
      createAlipayClient({
        privateKey: keys.privateKeyPkcs8Pem,
        alipayPublicKey: keys.wrongPublicKeyBase64Der,
        clientId: 'X',
        baseUrl: 'http://127.0.0.1:9',
      }),
    ).not.toThrow()
  })
})

describe('signature errors name the likely causes', () => {
  it('a notification that does not verify says: wrong key, your own key, a re-serialised body', async () => {
    const { sign, verifyNotification } = await import('../src/index.js')
    const body = '{"notifyType":"PAYMENT_RESULT"}'
    const time = String(Date.now())
    const signature = sign({ path: '/alipay/notify', clientId: 'C', time, body }, keys.privateKeyPkcs8Pem)
    const incoming = {
      method: 'POST',
      url: '/alipay/notify',
      headers: { 'client-id': 'C', 'request-time': time, signature },
      body,
    }
    let message = ''
    try {
      verifyNotification(incoming, { alipayPublicKey: keys.wrongPublicKeyBase64Der })
    } catch (error) {
      message = (error as Error).message
    }
    expect(message).toMatch(/wrong key/)
    expect(message).toMatch(/your own public key/)
    expect(message).toMatch(/re-serialised/)
  })
})
