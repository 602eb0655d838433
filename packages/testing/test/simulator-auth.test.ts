import { sign, verify } from '@alipay-kit/core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  type AlipaySimulator,
  createAlipaySimulator,
  startAlipaySimulator,
  TEST_CLIENT_ID,
  TEST_KEYS,
} from '../src/index.js'
import { type CallResult, callApi, payBody, startTestSimulator } from './helpers.js'

let sim: AlipaySimulator
beforeAll(async () => {
  sim = await startTestSimulator()
})
afterAll(() => sim.close())

/** Verifies a response as a fail-closed client does (docs/protocol.md §1.1, §9.6). */
function responseVerifies(res: CallResult, publicKey: string = TEST_KEYS.alipay.publicKeyPem): boolean {
  const signature = res.headers.get('signature')
  const time = res.headers.get('response-time')
  const clientId = res.headers.get('client-id')
  if (signature === null || time === null || clientId === null) return false
  return verify({ path: res.path, clientId, time, body: res.text }, signature, publicKey)
}

const code = (res: CallResult) => `${res.json.result.resultStatus} ${res.json.result.resultCode}`

describe('request authentication', () => {
  it('accepts a request signed with the merchant key and signs its response with the Alipay key', async () => {
    const res = await callApi(sim, '/v1/payments/pay', payBody())
    expect(code(res)).toBe('U PAYMENT_IN_PROCESS')
    expect(res.headers.get('client-id')).toBe(TEST_CLIENT_ID)
    expect(res.headers.get('signature')).toMatch(/^algorithm=RSA256,keyVersion=1,signature=/)
    expect(responseVerifies(res)).toBe(true)
    expect(responseVerifies(res, TEST_KEYS.other.publicKeyPem)).toBe(false)
  })

  it.each([
    ['signed with another key', { privateKey: TEST_KEYS.other.privateKeyPem }, 'F INVALID_SIGNATURE'],
    ['with no signature header', { headers: { signature: undefined } }, 'F INVALID_SIGNATURE'],
    [
      'with a malformed signature header',
      { headers: { signature: 'algorithm=RSA256,signature=abc' } },
      'F INVALID_SIGNATURE',
    ],
    ['with a changed request-time', { headers: { 'request-time': '1' } }, 'F INVALID_SIGNATURE'],
    ['with no request-time header', { headers: { 'request-time': undefined } }, 'F PARAM_ILLEGAL'],
    ['with no client-id header', { headers: { 'client-id': undefined } }, 'F PARAM_ILLEGAL'],
    ['from an unknown client id', { clientId: 'SOMEONE_ELSE' }, 'F KEY_NOT_FOUND'],
  ])('answers a request %s with HTTP 200 and a signed failure, creating nothing', async (_name, options, expected) => {
    const before = sim.payments.length
    const res = await callApi(sim, '/v1/payments/pay', payBody(), options)
    expect(res.status).toBe(200)
    expect(code(res)).toBe(expected)
    expect(res.json.paymentId).toBeUndefined()
    expect(responseVerifies(res)).toBe(true)
    expect(sim.payments.length).toBe(before)
  })

  /** Sends `body` with a signature made over `signed` (and `signedPath`), by hand. */
  async function sendSignedOver(path: string, body: string, signed: { path: string; body: string }) {
    const time = String(Date.now())
    const signature = sign({ ...signed, clientId: TEST_CLIENT_ID, time }, TEST_KEYS.merchant.privateKeyPem)
    const res = await fetch(sim.url + path, {
      method: 'POST',
      headers: { 'client-id': TEST_CLIENT_ID, 'request-time': time, signature, 'content-type': 'application/json' },
      body,
    })
    expect(res.status).toBe(200)
    return ((await res.json()) as { result: { resultCode: string; resultStatus: string } }).result
  }

  it('refuses a body changed after signing', async () => {
    const path = '/ams/api/v1/payments/pay'
    const body = JSON.stringify(payBody())
    expect((await sendSignedOver(path, body, { path, body })).resultCode).toBe('PAYMENT_IN_PROCESS')
    const changed = JSON.stringify(payBody())
    const result = await sendSignedOver(path, changed.replace('10000', '1'), { path, body: changed })
    expect(result).toMatchObject({ resultCode: 'INVALID_SIGNATURE', resultStatus: 'F' })
  })

  it('signs the path: a signature for the production path does not open the sandbox path', async () => {
    const body = JSON.stringify(payBody())
    const result = await sendSignedOver('/ams/sandbox/api/v1/payments/pay', body, {
      path: '/ams/api/v1/payments/pay',
      body,
    })
    expect(result.resultCode).toBe('INVALID_SIGNATURE')
  })

  it('answers a GET on an API path with METHOD_NOT_SUPPORTED', async () => {
    const res = await callApi(sim, '/v1/payments/pay', {}, { method: 'GET', raw: '' })
    expect(code(res)).toBe('F METHOD_NOT_SUPPORTED')
  })

  it('answers paths outside the API with 404 and an oversized body with 413', async () => {
    expect((await fetch(`${sim.url}/`)).status).toBe(404)
    const big = await fetch(`${sim.url}/ams/api/v1/payments/pay`, { method: 'POST', body: 'x'.repeat(1024 * 1024 + 1) })
    expect(big.status).toBe(413)
  })

  it('records every call for inspection', async () => {
    const res = await callApi(sim, '/v1/payments/inquiryPayment', { paymentId: 'nope' })
    const last = sim.requests.at(-1)
    expect(last).toMatchObject({ api: '/v1/payments/inquiryPayment', clientId: TEST_CLIENT_ID, sandbox: false })
    expect(last?.result.resultCode).toBe('ORDER_NOT_EXIST')
    expect(last?.response).toBe(res.text)
  })
})

describe('faults', () => {
  it('tampers with a response after signing it', async () => {
    sim.setFaults({ tamperResponse: true, times: 1 })
    const tampered = await callApi(sim, '/v1/payments/pay', payBody())
    expect(tampered.status).toBe(200)
    expect(tampered.json.result.resultCode).toBe('PAYMENT_IN_PROCESS')
    expect(responseVerifies(tampered)).toBe(false)
    // times: 1 cleared it.
    expect(responseVerifies(await callApi(sim, '/v1/payments/pay', payBody()))).toBe(true)
  })

  it('omits the signature or response-time header', async () => {
    sim.setFaults({ omitSignature: true })
    const noSignature = await callApi(sim, '/v1/payments/pay', payBody())
    expect(noSignature.headers.get('signature')).toBeNull()
    expect(noSignature.headers.get('response-time')).not.toBeNull()
    sim.setFaults({ omitResponseTime: true })
    const noTime = await callApi(sim, '/v1/payments/pay', payBody())
    expect(noTime.headers.get('response-time')).toBeNull()
    expect(noTime.headers.get('signature')).not.toBeNull()
    sim.setFaults(undefined)
  })

  it('signs with another key', async () => {
    sim.setFaults({ signWith: TEST_KEYS.other.privateKeyPem, times: 1 })
    const res = await callApi(sim, '/v1/payments/pay', payBody())
    expect(responseVerifies(res)).toBe(false)
    expect(responseVerifies(res, TEST_KEYS.other.publicKeyPem)).toBe(true)
  })

  it('answers with an HTTP status, a forced result, or after a delay', async () => {
    sim.setFaults({ httpStatus: 503, times: 2 })
    expect((await callApi(sim, '/v1/payments/pay', payBody())).status).toBe(503)
    expect((await callApi(sim, '/v1/payments/pay', payBody())).status).toBe(503)
    expect((await callApi(sim, '/v1/payments/pay', payBody())).status).toBe(200)

    const before = sim.payments.length
    sim.setFaults({
      result: { resultCode: 'UNKNOWN_EXCEPTION', resultStatus: 'U', resultMessage: 'try later' },
      times: 1,
    })
    const unknown = await callApi(sim, '/v1/payments/pay', payBody())
    expect(unknown.json).toEqual({
      result: { resultCode: 'UNKNOWN_EXCEPTION', resultStatus: 'U', resultMessage: 'try later' },
    })
    expect(responseVerifies(unknown)).toBe(true)
    expect(sim.payments.length).toBe(before)

    sim.setFaults({ delayMs: 150, times: 1 })
    const start = Date.now()
    await callApi(sim, '/v1/payments/pay', payBody())
    expect(Date.now() - start).toBeGreaterThanOrEqual(140)
  })

  it('refuses a times that is not a positive integer', () => {
    expect(() => sim.setFaults({ times: 0 })).toThrow(TypeError)
  })
})

describe('options', () => {
  const codeOf = (fn: () => unknown) => {
    try {
      fn()
    } catch (error) {
      return (error as { code?: string }).code ?? (error as Error).name
    }
    return undefined
  }
  const merchant = { clientId: 'M', merchantPublicKey: TEST_KEYS.merchant.publicKeyPem }

  it.each([
    ['no merchant', {}, 'ERR_ALIPAY_CONFIG_MISSING'],
    ['a client id without a key', { clientId: 'M' }, 'ERR_ALIPAY_OPTION_INVALID'],
    [
      'a merchant private key as its public key',
      { clientId: 'M', merchantPublicKey: TEST_KEYS.merchant.privateKeyPem },
      'ERR_ALIPAY_KEY_TYPE_MISMATCH',
    ],
    [
      'the same client id twice',
      { merchants: [{ clientId: 'M', publicKey: TEST_KEYS.merchant.publicKeyPem }], ...merchant },
      'ERR_ALIPAY_OPTION_INVALID',
    ],
    [
      'a public key as the Alipay private key',
      { ...merchant, alipayPrivateKey: TEST_KEYS.alipay.publicKeyPem },
      'ERR_ALIPAY_KEY_TYPE_MISMATCH',
    ],
    ['a zero timeScale', { ...merchant, timeScale: 0 }, 'ERR_ALIPAY_OPTION_INVALID'],
    ['a non-loopback host', { ...merchant, host: '0.0.0.0' }, 'ERR_ALIPAY_OPTION_INVALID'],
    ['a bad port', { ...merchant, port: 70000 }, 'ERR_ALIPAY_OPTION_INVALID'],
    ['an empty resend schedule', { ...merchant, resendSchedule: [] }, 'ERR_ALIPAY_OPTION_INVALID'],
    ['an unknown refunds mode', { ...merchant, refunds: 'later' }, 'ERR_ALIPAY_OPTION_INVALID'],
    ['a bad dashboard notify URL', { ...merchant, notifyUrls: { payment: 'not a url' } }, 'ERR_ALIPAY_OPTION_INVALID'],
  ])('refuses %s', (_name, options, expected) => {
    expect(codeOf(() => createAlipaySimulator(options as never))).toBe(expected)
  })

  it('generates an Alipay key when none is given and exposes its public key', async () => {
    const fresh = await startAlipaySimulator(merchant)
    try {
      expect(fresh.alipayPublicKey).toMatch(/^-----BEGIN PUBLIC KEY-----\n/)
      expect(fresh.alipayPublicKey).not.toBe(TEST_KEYS.alipay.publicKeyPem)
      expect(fresh.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/)
      const res = await callApi(fresh, '/v1/payments/pay', payBody(), { clientId: 'M' })
      expect(responseVerifies(res, fresh.alipayPublicKey)).toBe(true)
      expect(responseVerifies(res, fresh.alipayPublicKeyBase64)).toBe(true)
    } finally {
      await fresh.close()
    }
  })

  it('has no url before listen and cannot listen after close', async () => {
    const idle = createAlipaySimulator({ ...merchant, alipayPrivateKey: TEST_KEYS.alipay.privateKeyPem })
    expect(() => idle.url).toThrow(/not listening/)
    await idle.close()
    await expect(idle.listen()).rejects.toThrow(/closed/)
  })
})
