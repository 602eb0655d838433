import { createPublicKey, verify as cryptoVerify } from 'node:crypto'
import {
  AlipayApiError,
  type AlipayClient,
  apiPath,
  createAlipayClient,
  ENDPOINT_PATHS,
  type EndpointName,
} from '@alipay-kit/core'
import { type AlipaySimulator, startAlipaySimulator, TEST_CLIENT_ID, TEST_KEYS } from '@alipay-kit/testing'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'

// "Signatures checked both ways", per endpoint (issue 12). client-simulator-catalogue.test.ts shows
// each grouped method succeeding against the simulator, which passes whether or not either side
// checks anything. Here every one of them, on its own path, shows each side checking: the simulator
// refuses a request signed with another key and the client refuses an answer changed after signing
// or signed by another key; and the signatures of an accepted exchange verify under plain
// node:crypto (docs/protocol.md §1.1), independent of the code under test.

type Grouped = Extract<EndpointName, `${string}.${string}`>
const GROUPED = Object.keys(ENDPOINT_PATHS).filter((name): name is Grouped => name.includes('.'))

/** One exchange as it crossed the wire. */
interface Exchange {
  readonly url: string
  readonly requestHeaders: Record<string, string>
  readonly responseHeaders: Headers
  readonly responseBody: string
}

let sim: AlipaySimulator
let wire: Exchange[] = []
/** Records each exchange, then hands the client a response of the same bytes and headers. */
const recordingFetch = async (url: string, init: RequestInit): Promise<Response> => {
  const res = await fetch(url, init)
  const bytes = new Uint8Array(await res.arrayBuffer())
  wire.push({
    url,
    requestHeaders: init.headers as Record<string, string>,
    responseHeaders: res.headers,
    responseBody: new TextDecoder().decode(bytes),
  })
  return new Response(bytes, { status: res.status, headers: res.headers })
}

let client: AlipayClient
let wrongKeyClient: AlipayClient
beforeAll(async () => {
  sim = await startAlipaySimulator({
    clientId: TEST_CLIENT_ID,
    merchantPublicKey: TEST_KEYS.merchant.publicKeyPem,
    alipayPrivateKey: TEST_KEYS.alipay.privateKeyPem,
  })
  const options = { clientId: TEST_CLIENT_ID, alipayPublicKey: sim.alipayPublicKey, baseUrl: sim.url, retries: 0 }
  client = createAlipayClient({ ...options, privateKey: TEST_KEYS.merchant.privateKeyPem, fetch: recordingFetch })
  wrongKeyClient = createAlipayClient({ ...options, privateKey: TEST_KEYS.other.privateKeyPem })
})
afterEach(() => {
  sim.setFaults(undefined)
  wire = []
})
afterAll(() => sim.close())

/** A body the client sends as it is; the upload needs its product and file to leave the client. */
function bodyFor(name: Grouped): Record<string, unknown> {
  return name === 'billing.products.uploadImage'
    ? { productId: 'PRODUCT_NONE', file: { content: new Uint8Array([0x89, 0x50, 0x4e, 0x47]), fileName: 'a.png' } }
    : {}
}

function call(c: AlipayClient, name: Grouped): Promise<unknown> {
  let node: unknown = c
  for (const part of name.split('.')) node = (node as Record<string, unknown>)[part]
  return (node as (body: Record<string, unknown>) => Promise<unknown>)(bodyFor(name))
}

/** The error a call ends with, or the outcome when it resolves. */
const settle = (promise: Promise<unknown>) =>
  promise.then(
    (outcome) => ({ outcome, error: undefined }),
    (error: unknown) => ({ outcome: undefined, error }),
  )

/** Whether `signatureHeader` is an RSA256 signature by `publicKey` over `POST path\nclientId.time.body`. */
function independentlyVerifies(
  signed: { path: string; clientId: string; time: string; body: string },
  signatureHeader: string,
  publicKey: string,
): boolean {
  const value = signatureHeader
    .split(',')
    .map((part) => part.trim())
    .find((part) => part.startsWith('signature='))
  if (value === undefined) return false
  const signature = Buffer.from(decodeURIComponent(value.slice('signature='.length)), 'base64')
  const text = `POST ${signed.path}\n${signed.clientId}.${signed.time}.${signed.body}`
  return cryptoVerify('sha256', Buffer.from(text), createPublicKey(publicKey), signature)
}

describe('every grouped method: signatures checked both ways (issue 12)', () => {
  it('covers the 152 grouped methods', () => {
    expect(GROUPED).toHaveLength(152)
  })

  it.each(GROUPED)('%s: each side accepts the other, and plain node:crypto agrees with both', async (name) => {
    const before = sim.requests.length
    const { error } = await settle(call(client, name))
    // A signed F (the empty body is mostly PARAM_ILLEGAL) is a verified answer; nothing else is.
    if (error !== undefined) expect(error).toMatchObject({ code: 'ERR_ALIPAY_API_FAILED' })
    const seen = sim.requests.slice(before)
    expect(seen).toHaveLength(1)
    const record = seen[0] as (typeof seen)[number]
    const path = apiPath(ENDPOINT_PATHS[name], false)
    expect(record.path).toBe(path)
    expect(record.result.resultCode).not.toBe('INVALID_SIGNATURE')
    expect(wire).toHaveLength(1)
    const exchange = wire[0] as Exchange
    expect(new URL(exchange.url).pathname).toBe(path)
    const sent = exchange.requestHeaders
    // The request: signed over the path and the bytes the simulator took as the signed body (of
    // the upload, its JSON part).
    expect(
      independentlyVerifies(
        { path, clientId: TEST_CLIENT_ID, time: sent['request-time'] ?? '', body: record.body },
        sent.signature ?? '',
        TEST_KEYS.merchant.publicKeyPem,
      ),
    ).toBe(true)
    // The answer: signed over the same path and the exact bytes received.
    const got = (header: string) => exchange.responseHeaders.get(header) ?? ''
    expect(exchange.responseBody).toBe(record.response)
    expect(
      independentlyVerifies(
        { path, clientId: got('client-id'), time: got('response-time'), body: exchange.responseBody },
        got('signature'),
        sim.alipayPublicKey,
      ),
    ).toBe(true)
  })

  it.each(GROUPED)('%s: the simulator refuses a request signed with another key (INVALID_SIGNATURE)', async (name) => {
    const before = sim.requests.length
    const { error } = await settle(call(wrongKeyClient, name))
    expect(error).toBeInstanceOf(AlipayApiError)
    expect(error).toMatchObject({ code: 'ERR_ALIPAY_API_FAILED', resultStatus: 'F', resultCode: 'INVALID_SIGNATURE' })
    expect(sim.requests.slice(before).map((r) => [r.path, r.result.resultCode])).toEqual([
      [apiPath(ENDPOINT_PATHS[name], false), 'INVALID_SIGNATURE'],
    ])
  })

  it.each(GROUPED)('%s: the client refuses an answer changed after signing, or signed by another key', async (name) => {
    sim.setFaults({ tamperResponse: true, times: 1 })
    expect((await settle(call(client, name))).error).toMatchObject({ code: 'ERR_ALIPAY_RESPONSE_SIGNATURE_INVALID' })
    sim.setFaults({ signWith: TEST_KEYS.other.privateKeyPem, times: 1 })
    expect((await settle(call(client, name))).error).toMatchObject({ code: 'ERR_ALIPAY_RESPONSE_SIGNATURE_INVALID' })
  })
})
