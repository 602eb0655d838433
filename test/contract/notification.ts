import { createPrivateKey, sign } from 'node:crypto'
import { readFileSync } from 'node:fs'

/** The published test keys of the golden vectors (docs/protocol.md §8). */
export const keys = JSON.parse(
  readFileSync(new URL('../../packages/core/test/fixtures/vectors.json', import.meta.url), 'utf8'),
).keys as {
  publicKeyPem: string
  privateKeyPkcs8Pem: string
  wrongPublicKeyBase64Der: string
  wrongPrivateKeyPkcs8Base64: string
}

/** The merchant's private key for the API client: another key pair than Alipay's side signs with. */
export const merchantPrivateKey = keys.wrongPrivateKeyPkcs8Base64

export const CLIENT_ID = 'SANDBOX_5YEZ2N2ZWBJ000001'

const merchantSide = createPrivateKey(keys.privateKeyPkcs8Pem)

/** A PAYMENT_RESULT body as Alipay sends it (docs/protocol.md §5). */
export function paymentResult(paymentRequestId: string, extra: Record<string, unknown> = {}) {
  return {
    notifyType: 'PAYMENT_RESULT',
    result: { resultCode: 'SUCCESS', resultStatus: 'S', resultMessage: 'success' },
    paymentRequestId,
    paymentId: `2024${paymentRequestId}`,
    paymentAmount: { currency: 'USD', value: '30000' },
    ...extra,
  }
}

export interface SignedNotification {
  readonly headers: Record<string, string>
  readonly body: string
}

/**
 * Signs `body` as Alipay would for `path` (docs/protocol.md §1), with plain node:crypto rather than the
 * library under test: `POST <path>\n<client-id>.<request-time>.<body>`, RSA-SHA256, base64, then
 * URL-encoded into the Signature header.
 */
export function signNotification(
  body: string | object,
  { path = '/alipay/notify', clientId = CLIENT_ID, time = String(Date.now()), pretty = false } = {},
): SignedNotification {
  const text = typeof body === 'string' ? body : JSON.stringify(body, null, pretty ? 2 : undefined)
  const signature = sign('sha256', Buffer.from(`POST ${path}\n${clientId}.${time}.${text}`), merchantSide)
  return {
    headers: {
      'content-type': 'application/json; charset=UTF-8',
      'client-id': clientId,
      'request-time': time,
      signature: `algorithm=RSA256,keyVersion=1,signature=${encodeURIComponent(signature.toString('base64'))}`,
    },
    body: text,
  }
}
