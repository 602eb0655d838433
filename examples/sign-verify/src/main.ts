/**
 * Signs a PAYMENT_RESULT notification the way Alipay does, then verifies and parses it with
 * @alipay-kit/core exactly as a merchant's endpoint would, and shows a tampered copy refused.
 * Run: npx -y pnpm@12.21.0 example
 */
import { generateKeyPairSync } from 'node:crypto'
import {
  buildSignContent,
  importPrivateKey,
  importPublicKey,
  isAlipayError,
  isNotificationType,
  sign,
  verifyNotification,
} from '@alipay-kit/core'

// One key pair plays Alipay: its private key signs, the merchant holds its public key.
const pair = generateKeyPairSync('rsa', { modulusLength: 2048 })
const alipayPrivateKey = importPrivateKey(pair.privateKey.export({ type: 'pkcs8', format: 'der' }).toString('base64'))
const alipayPublicKey = importPublicKey(pair.publicKey.export({ type: 'spki', format: 'pem' }).toString())

const clientId = 'SANDBOX_5YEZ2N2ZWBJ000001'
const path = '/alipay/notify'
const requestTime = String(Date.now())
const body = JSON.stringify({
  notifyType: 'PAYMENT_RESULT',
  result: { resultCode: 'SUCCESS', resultStatus: 'S', resultMessage: 'success' },
  paymentRequestId: 'order-1001',
  paymentId: '2024010112345678',
  paymentAmount: { currency: 'USD', value: '30000' },
  paymentTime: new Date().toISOString(),
})

const input = { path, clientId, time: requestTime, body }
const signature = sign(input, alipayPrivateKey)
console.log('1. Alipay signs this string (docs/protocol.md §1.1):')
console.log(`   ${JSON.stringify(buildSignContent(input)).slice(0, 110)}...`)
console.log(`2. and sends the header   signature: ${signature.slice(0, 60)}...`)

const headers = { 'client-id': clientId, 'request-time': requestTime, signature }
const notification = verifyNotification(
  { method: 'POST', url: path, headers, body: Buffer.from(body) },
  { alipayPublicKey, clientId },
)
if (!isNotificationType(notification, 'PAYMENT_RESULT')) throw new Error('expected a PAYMENT_RESULT notification')
const { currency, value } = notification.paymentAmount
console.log(`3. The merchant verifies and parses it: ${notification.notifyType} for ${notification.paymentRequestId},`)
console.log(`   ${currency} ${(Number(value) / 100).toFixed(2)}, result ${notification.result?.resultStatus}`)

const tampered = Buffer.from(body.replace('30000', '30001'))
try {
  verifyNotification({ method: 'POST', url: path, headers, body: tampered }, { alipayPublicKey, clientId })
  console.error('FAILED: a tampered notification was accepted')
  process.exit(1)
} catch (error) {
  if (!isAlipayError(error) || error.code !== 'ERR_ALIPAY_SIGNATURE_INVALID') throw error
  console.log(`4. A copy with one amount digit changed is refused: ${error.code}`)
}
console.log('OK: signed, verified, parsed; tampering detected.')
