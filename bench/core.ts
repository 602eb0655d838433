/**
 * Sign and verify of a 1 KB notification through @alipay-kit/core next to bare node:crypto with
 * a cached KeyObject, same run (issue #2 §4). Targets: verify >= 0.9x, sign >= 0.95x. Bare
 * crypto.verify is given the signed bytes and the signature ready-made; the extra line compares
 * with a hand-written verifier that, like the library, builds them from the request each time.
 * Run: node --import tsx bench/core.ts
 */
import { createPrivateKey, createPublicKey, sign as cryptoSign, verify as cryptoVerify } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { sign, verify } from '@alipay-kit/core'
import { compare, report } from './measure.js'

const vectors = JSON.parse(
  readFileSync(new URL('../packages/core/test/fixtures/vectors.json', import.meta.url), 'utf8'),
) as { keys: { publicKeyPem: string; privateKeyPkcs8Pem: string } }
const publicKey = createPublicKey(vectors.keys.publicKeyPem)
const privateKey = createPrivateKey(vectors.keys.privateKeyPkcs8Pem)

const notification = {
  notifyType: 'PAYMENT_RESULT',
  result: { resultCode: 'SUCCESS', resultStatus: 'S', resultMessage: 'success' },
  paymentRequestId: 'pay_20240101_000001',
  paymentId: '20240101123456789000001',
  paymentAmount: { currency: 'USD', value: '30000' },
  paymentCreateTime: '2024-01-01T00:00:00+08:00',
  paymentTime: '2024-01-01T00:00:05+08:00',
  pad: '',
}
notification.pad = 'x'.repeat(1024 - JSON.stringify(notification).length)
const body = Buffer.from(JSON.stringify(notification))
const input = { path: '/alipay/notify', clientId: 'SANDBOX_5YEZ2N2ZWBJ000001', time: '1700000000000', body }
const stringToSign = Buffer.from(`POST ${input.path}\n${input.clientId}.${input.time}.${body.toString()}`)
const header = sign(input, privateKey)
const signatureBytes = cryptoSign('sha256', stringToSign, privateKey)

if (body.length !== 1024) throw new Error(`body is ${body.length} bytes`)
if (!verify(input, header, publicKey)) throw new Error('verify failed')

/** What a careful merchant writes by hand: the signed bytes and the signature decoded per request. */
function handWrittenVerify(): boolean {
  const encoded = header.slice(header.indexOf('signature=') + 'signature='.length)
  const signature = Buffer.from(decodeURIComponent(encoded), 'base64')
  const signed = Buffer.concat([Buffer.from(`POST ${input.path}\n${input.clientId}.${input.time}.`), body])
  return cryptoVerify('sha256', signed, publicKey, signature)
}
if (!handWrittenVerify()) throw new Error('hand-written verify failed')

const results = [
  compare(
    'verify (1 KB notification)',
    () => verify(input, header, publicKey),
    () => cryptoVerify('sha256', stringToSign, publicKey, signatureBytes),
    { iterations: 1000 },
  ),
  compare('verify vs hand-written', () => verify(input, header, publicKey), handWrittenVerify, { iterations: 1000 }),
  compare(
    'sign (1 KB notification)',
    () => sign(input, privateKey),
    () => cryptoSign('sha256', stringToSign, privateKey),
    { iterations: 60, rounds: 21 },
  ),
]
const ok = report(results, { 'verify (1 KB notification)': 0.9, 'sign (1 KB notification)': 0.95 })
process.exitCode = ok ? 0 : 1
