import { AlipaySignatureError, DEFAULT_NOTIFY_PATH, verifyNotification } from '@alipay-kit/core'
import { describe, expect, it } from 'vitest'
import { buildNotification, signNotification, TEST_CLIENT_ID, TEST_KEYS } from '../src/index.js'

const verifyOptions = { alipayPublicKey: TEST_KEYS.alipay.publicKeyPem, clientId: TEST_CLIENT_ID }

function codeOf(fn: () => unknown): string | undefined {
  try {
    fn()
  } catch (error) {
    return (error as { code?: string }).code
  }
  return undefined
}

describe('signNotification', () => {
  it('produces headers and a body that core verifyNotification accepts', () => {
    const notification = buildNotification('PAYMENT_RESULT')
    const signed = signNotification({
      notification,
      path: '/pay/notify',
      clientId: TEST_CLIENT_ID,
      privateKey: TEST_KEYS.alipay.privateKeyPem,
    })
    expect(Object.keys(signed.headers).sort()).toEqual(['client-id', 'content-type', 'request-time', 'signature'])
    expect(signed.headers['client-id']).toBe(TEST_CLIENT_ID)
    expect(signed.headers.signature).toMatch(/^algorithm=RSA256,keyVersion=1,signature=[A-Za-z0-9%]+$/)
    expect(signed.body).toBe(JSON.stringify(notification))
    const verified = verifyNotification(
      { method: 'POST', url: '/pay/notify', headers: signed.headers, body: signed.body },
      verifyOptions,
    )
    expect(verified).toEqual(notification)
  })

  it('signs an exact body string byte for byte, with the given time and key version', () => {
    const body = JSON.stringify(buildNotification('REFUND_RESULT'), null, 2)
    const signed = signNotification({
      body,
      clientId: TEST_CLIENT_ID,
      privateKey: TEST_KEYS.alipay.privateKeyBase64,
      requestTime: 1700000000000,
      keyVersion: 2,
    })
    expect(signed.body).toBe(body)
    expect(signed.path).toBe(DEFAULT_NOTIFY_PATH)
    expect(signed.headers['request-time']).toBe('1700000000000')
    expect(signed.headers.signature).toContain('keyVersion=2')
    const incoming = { url: DEFAULT_NOTIFY_PATH, headers: signed.headers, body }
    // Pretty-printed JSON verifies as sent; the window is off because the time is old.
    const verified = verifyNotification(incoming, { ...verifyOptions, requestTimeWindow: false })
    expect(verified).toEqual(buildNotification('REFUND_RESULT'))
    expect(codeOf(() => verifyNotification(incoming, verifyOptions))).toBe('ERR_ALIPAY_REQUEST_TIME_OUT_OF_WINDOW')
  })

  it('accepts a Date or an ISO string as requestTime', () => {
    const date = new Date('2024-01-01T00:00:00Z')
    expect(
      signNotification({ body: '{}', clientId: 'C', privateKey: TEST_KEYS.alipay.privateKeyPem, requestTime: date })
        .headers['request-time'],
    ).toBe(String(date.getTime()))
    expect(
      signNotification({
        body: '{}',
        clientId: 'C',
        privateKey: TEST_KEYS.alipay.privateKeyPem,
        requestTime: '2024-01-01T00:00:00+08:00',
      }).headers['request-time'],
    ).toBe('2024-01-01T00:00:00+08:00')
  })

  it('is rejected by the verifier when anything signed changes', () => {
    const signed = signNotification({
      notification: buildNotification('PAYMENT_RESULT'),
      path: '/notify',
      clientId: TEST_CLIENT_ID,
      privateKey: TEST_KEYS.alipay.privateKeyPem,
    })
    const base = { method: 'POST', url: '/notify', headers: signed.headers, body: signed.body }
    expect(codeOf(() => verifyNotification({ ...base, url: '/other' }, verifyOptions))).toBe(
      'ERR_ALIPAY_SIGNATURE_INVALID',
    )
    expect(codeOf(() => verifyNotification({ ...base, body: `${signed.body} ` }, verifyOptions))).toBe(
      'ERR_ALIPAY_SIGNATURE_INVALID',
    )
    const wrongKey = { ...verifyOptions, alipayPublicKey: TEST_KEYS.other.publicKeyPem }
    expect(() => verifyNotification(base, wrongKey)).toThrow(AlipaySignatureError)
  })

  it('refuses misuse with TypeErrors', () => {
    const key = TEST_KEYS.alipay.privateKeyPem
    const bad = [
      { clientId: 'C', privateKey: key },
      { clientId: 'C', privateKey: key, body: '{}', notification: {} },
      { clientId: '', privateKey: key, body: '{}' },
      { clientId: 'C', privateKey: key, body: '{}', path: 'no-slash' },
      { clientId: 'C', privateKey: key, body: 42 },
    ]
    for (const options of bad) {
      expect(() => signNotification(options as never)).toThrow(TypeError)
    }
  })

  it('refuses a public key with the key error code', () => {
    expect(
      codeOf(() => signNotification({ body: '{}', clientId: 'C', privateKey: TEST_KEYS.alipay.publicKeyPem })),
    ).toBe('ERR_ALIPAY_KEY_TYPE_MISMATCH')
  })
})
