import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { AlipayApiError } from '../../src/index.js'
import { type FakeAlipay, S, startFakeAlipay } from './fake-alipay.js'
import { keptBytes, startFloodServer, tappedFetch } from './flood-server.js'

// maxResponseBytes (issue 9): a huge answer is refused while it streams, never read whole, and a
// non-200 answer is read a few KiB deep only, on every retry. Figures are bytes the client pulled
// from the socket (through a pass-through fetch) and bytes the server got to write, never times.

const MB = 1_000_000
const MIB = 1024 * 1024
const DEFAULT_LIMIT = 8 * MIB
const payment = {
  productCode: 'CASHIER_PAYMENT',
  paymentRequestId: 'big-1',
  paymentAmount: { currency: 'USD', value: '1000' },
  paymentMethod: { paymentMethodType: 'ALIPAY_CN' },
} as const

let fake: FakeAlipay
beforeAll(async () => {
  fake = await startFakeAlipay()
})
afterAll(() => fake.close())

async function codeOf(promise: Promise<unknown>): Promise<string> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  )
  if (!(error instanceof AlipayApiError)) throw new Error(`expected an AlipayApiError, got ${String(error)}`)
  return error.code
}

describe('a 50 MB response', () => {
  it('is refused while streaming: the client keeps at most the default 8 MiB and the server never sends it all', async () => {
    const server = await startFloodServer({ size: 50 * MB })
    try {
      const tap = tappedFetch()
      const client = fake.client({ baseUrl: server.baseUrl, fetch: tap.fetch, retries: 2 })
      expect(client.config.maxResponseBytes).toBe(DEFAULT_LIMIT)
      expect(await codeOf(client.pay(payment))).toBe('ERR_ALIPAY_RESPONSE_TOO_LARGE')
      await server.settled()
      // Not resent: the same request would get the same answer.
      expect(tap.reads).toHaveLength(1)
      const chunks = tap.reads[0] ?? []
      expect(keptBytes(chunks)).toBeLessThanOrEqual(DEFAULT_LIMIT)
      expect(chunks.reduce((a, b) => a + b, 0)).toBeGreaterThan(DEFAULT_LIMIT)
      expect(server.written[0]).toBeLessThan(50 * MB)
    } finally {
      await server.close()
    }
  })

  it('declared in content-length is refused before a byte of the body is read', async () => {
    const server = await startFloodServer({ size: 50 * MB, declareLength: true })
    try {
      const tap = tappedFetch()
      const client = fake.client({ baseUrl: server.baseUrl, fetch: tap.fetch })
      expect(await codeOf(client.pay(payment))).toBe('ERR_ALIPAY_RESPONSE_TOO_LARGE')
      expect(tap.reads).toEqual([[]])
      await server.settled()
      expect(server.written[0]).toBeLessThan(50 * MB)
    } finally {
      await server.close()
    }
  })

  it('with an HTTP 503 is read 4 KiB deep on each of the three attempts, then reported by status', async () => {
    const server = await startFloodServer({ size: 50 * MB, status: 503 })
    try {
      const tap = tappedFetch()
      const client = fake.client({ baseUrl: server.baseUrl, fetch: tap.fetch, retries: 2 })
      const error = await client.pay(payment).catch((e: unknown) => e)
      expect(error).toMatchObject({ code: 'ERR_ALIPAY_HTTP_STATUS', httpStatus: 503 })
      await server.settled()
      expect(tap.reads).toHaveLength(3)
      for (const chunks of tap.reads) expect(keptBytes(chunks)).toBeLessThanOrEqual(4096)
      for (const bytes of server.written) expect(bytes).toBeLessThan(50 * MB)
    } finally {
      await server.close()
    }
  })
})

describe('maxResponseBytes', () => {
  it('accepts a body of exactly the limit and refuses one byte more, whether declared or streamed', async () => {
    fake.reply({ body: S })
    const size = Buffer.byteLength(JSON.stringify(S))
    await expect(fake.client({ maxResponseBytes: size }).pay(payment)).resolves.toMatchObject({ status: 'S' })
    expect(await codeOf(fake.client({ maxResponseBytes: size - 1 }).pay(payment))).toBe('ERR_ALIPAY_RESPONSE_TOO_LARGE')
    const streamed = await startFloodServer({ size: 1000 })
    try {
      const client = fake.client({ baseUrl: streamed.baseUrl, maxResponseBytes: 999 })
      expect(await codeOf(client.pay(payment))).toBe('ERR_ALIPAY_RESPONSE_TOO_LARGE')
      // 1000 bytes of 'a' within the limit get past the size check to the signature check.
      expect(await codeOf(fake.client({ baseUrl: streamed.baseUrl, maxResponseBytes: 1000 }).pay(payment))).toBe(
        'ERR_ALIPAY_RESPONSE_SIGNATURE_INVALID',
      )
    } finally {
      await streamed.close()
    }
  })

  it('can be set per call, over the client setting', async () => {
    fake.reply({ body: S })
    const size = Buffer.byteLength(JSON.stringify(S))
    const client = fake.client({ maxResponseBytes: size - 1 })
    expect(await codeOf(client.pay(payment))).toBe('ERR_ALIPAY_RESPONSE_TOO_LARGE')
    await expect(client.pay(payment, { maxResponseBytes: size })).resolves.toMatchObject({ status: 'S' })
  })

  it('is never retried into a success: a too-large answer ends the call even when the next would do', async () => {
    const before = fake.received.length
    fake.reply({ body: { ...S, padding: 'x'.repeat(2000) } }, { body: S })
    expect(await codeOf(fake.client({ maxResponseBytes: 1000, retries: 2 }).pay(payment))).toBe(
      'ERR_ALIPAY_RESPONSE_TOO_LARGE',
    )
    expect(fake.received.length - before).toBe(1)
  })
})
