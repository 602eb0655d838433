/**
 * The Web verify path of @alipay-kit/web next to bare WebCrypto `crypto.subtle.verify` with a
 * ready-made key and ready-made bytes, same run (issue 11). Target: >= 0.9x. The library's path
 * decodes the Signature header, builds and copies the signed bytes, looks the key up in its cache
 * and awaits WebCrypto; the baseline only awaits WebCrypto. Runs on Node, Bun and Deno alike:
 *   node --import tsx bench/web.ts     bun bench/web.ts     deno run -A bench/web.ts
 */
import { readFileSync } from 'node:fs'
import { sign, verify } from '@alipay-kit/web'

const vectors = JSON.parse(
  readFileSync(new URL('../packages/core/test/fixtures/vectors.json', import.meta.url), 'utf8'),
) as { keys: { publicKeyBase64Der: string; privateKeyPkcs8Pem: string; publicKeyPem: string } }

const notification = {
  notifyType: 'PAYMENT_RESULT',
  result: { resultCode: 'SUCCESS', resultStatus: 'S', resultMessage: 'success' },
  paymentRequestId: 'pay_20240101_000001',
  paymentId: '20240101123456789000001',
  paymentAmount: { currency: 'USD', value: '30000' },
  pad: '',
}
notification.pad = 'x'.repeat(1024 - JSON.stringify(notification).length)
const body = new TextEncoder().encode(JSON.stringify(notification))
const input = { path: '/alipay/notify', clientId: 'SANDBOX_5YEZ2N2ZWBJ000001', time: '1700000000000', body }
const header = await sign(input, vectors.keys.privateKeyPkcs8Pem)
const publicKey = vectors.keys.publicKeyPem

// The baseline's ready-made key and bytes.
const der = Uint8Array.from(atob(vectors.keys.publicKeyBase64Der), (c) => c.charCodeAt(0))
const algorithm = { name: 'RSASSA-PKCS1-v1_5', hash: 'SHA-256' }
const key = await crypto.subtle.importKey('spki', der, algorithm, false, ['verify'])
const signed = new TextEncoder().encode(
  `POST ${input.path}\n${input.clientId}.${input.time}.${JSON.stringify(notification)}`,
)
const signature = Uint8Array.from(atob(decodeURIComponent(header.slice(header.indexOf('signature=') + 10))), (c) =>
  c.charCodeAt(0),
)

if (!(await verify(input, header, publicKey))) throw new Error('verify failed')
if (!(await crypto.subtle.verify(algorithm, key, signature, signed))) throw new Error('baseline failed')

async function opsPerSecond(fn: () => Promise<unknown>, iterations: number): Promise<number> {
  const start = performance.now()
  for (let i = 0; i < iterations; i++) await fn()
  return (iterations * 1000) / (performance.now() - start)
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] as number

/** Alternating rounds, both sides back to back, as bench/measure.ts does for the synchronous paths. */
async function compare(
  subject: () => Promise<unknown>,
  baseline: () => Promise<unknown>,
  rounds = 31,
  iterations = 300,
) {
  for (let i = 0; i < iterations; i++) {
    await subject()
    await baseline()
  }
  const s: number[] = []
  const b: number[] = []
  for (let r = 0; r < rounds; r++) {
    if (r % 2 === 0) {
      s.push(await opsPerSecond(subject, iterations))
      b.push(await opsPerSecond(baseline, iterations))
    } else {
      b.push(await opsPerSecond(baseline, iterations))
      s.push(await opsPerSecond(subject, iterations))
    }
  }
  return { subjectOps: median(s), baselineOps: median(b), ratio: median(s.map((ops, i) => ops / (b[i] as number))) }
}

const runtime =
  typeof (globalThis as { Bun?: { version: string } }).Bun !== 'undefined'
    ? `bun ${(globalThis as unknown as { Bun: { version: string } }).Bun.version}`
    : typeof (globalThis as { Deno?: unknown }).Deno !== 'undefined'
      ? `deno ${(globalThis as unknown as { Deno: { version: { deno: string } } }).Deno.version.deno}`
      : `node ${process.version}`
const r = await compare(
  () => verify(input, header, publicKey),
  () => crypto.subtle.verify(algorithm, key, signature, signed),
)
const target = 0.9
console.log(
  `web verify (1 KB, ${runtime})`.padEnd(34) +
    `${r.subjectOps.toFixed(0).padStart(7)} ops/s  baseline ${r.baselineOps.toFixed(0).padStart(7)} ops/s  ratio ${r.ratio.toFixed(3)} ${r.ratio >= target ? `>= ${target} ok` : `< ${target} BELOW TARGET`}`,
)
if (r.ratio < target) process.exitCode = 1
