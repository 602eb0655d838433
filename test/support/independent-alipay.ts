/**
 * What the per-framework tests share: the published vector keys, a notification signed as Alipay
 * signs it with node:crypto alone (independent of the library under test, docs/protocol.md §1), and
 * a clean environment for the zero-configuration tests.
 */
import { createPrivateKey, sign } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { vi } from 'vitest'

export const keys = JSON.parse(
  readFileSync(new URL('../../packages/core/test/fixtures/vectors.json', import.meta.url), 'utf8'),
).keys as {
  publicKeyPem: string
  publicKeyBase64Der: string
  privateKeyPkcs8Pem: string
  wrongPrivateKeyPkcs8Base64: string
}

/**
 * The merchant's private key for the API client: the vectors' second key pair. Alipay's side signs
 * with the first pair, so the two never coincide (the adapters refuse your own key given as Alipay's).
 */
export const merchantPrivateKey = keys.wrongPrivateKeyPkcs8Base64

export const CLIENT_ID = 'SANDBOX_5YEZ2N2ZWBJ000001'

/** The headers of a notification of `body` to `path`, signed with plain node:crypto. */
export function alipaySigned(path: string, body: string, clientId = CLIENT_ID) {
  const time = String(Date.now())
  const signature = sign(
    'sha256',
    Buffer.from(`POST ${path}\n${clientId}.${time}.${body}`),
    createPrivateKey(keys.privateKeyPkcs8Pem),
  )
  return {
    'content-type': 'application/json; charset=UTF-8',
    'client-id': clientId,
    'request-time': time,
    signature: `algorithm=RSA256,keyVersion=1,signature=${encodeURIComponent(signature.toString('base64'))}`,
  }
}

/** A PAYMENT_RESULT for order-42, USD 19.99. */
export const body = JSON.stringify({
  notifyType: 'PAYMENT_RESULT',
  result: { resultCode: 'SUCCESS', resultStatus: 'S', resultMessage: 'success' },
  paymentRequestId: 'order-42',
  paymentAmount: { currency: 'USD', value: '1999' },
})

const ENV_NAMES = [
  'ALIPAY_CLIENT_ID',
  'ALIPAY_PUBLIC_KEY',
  'ALIPAY_PRIVATE_KEY',
  'ALIPAY_BASE_URL',
  'ALIPAY_REGION',
  'ALIPAY_SANDBOX',
]

/** Unsets every ALIPAY_* variable for this test (undo with `vi.unstubAllEnvs()`). */
export function clearEnv(): void {
  for (const name of ENV_NAMES) vi.stubEnv(name, undefined)
}
