import { AlipayApiError, type AlipayClient, type AlipayClientOptions, createAlipayClient } from '@alipay-kit/core'
import { type AlipaySimulator, startAlipaySimulator, TEST_CLIENT_ID, TEST_KEYS } from '@alipay-kit/testing'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

// Issue 12: billing.products.uploadImage, the one multipart endpoint, sent by the real client as
// the Java SDK sends it (docs/protocol.md §4.1) to the real simulator over real HTTP: the simulator
// verifies the signature over the JSON part and the file's SHA-256, the client verifies the answer.

const SANDBOX_ID = 'SANDBOX_5YUPLOAD000001'
const IMAGE = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 7, 7, 7])

let api: AlipaySimulator
let files: AlipaySimulator
const started: AlipaySimulator[] = []

async function simulator(): Promise<AlipaySimulator> {
  const sim = await startAlipaySimulator({
    merchants: [
      { clientId: TEST_CLIENT_ID, publicKey: TEST_KEYS.merchant.publicKeyPem },
      { clientId: SANDBOX_ID, publicKey: TEST_KEYS.merchant.publicKeyPem },
    ],
    alipayPrivateKey: TEST_KEYS.alipay.privateKeyPem,
  })
  started.push(sim)
  return sim
}

beforeAll(async () => {
  api = await simulator()
  files = await simulator()
})
afterAll(async () => {
  for (const sim of started) await sim.close()
})

function clientOf(sim: AlipaySimulator, options: Partial<AlipayClientOptions> = {}): AlipayClient {
  return createAlipayClient({
    clientId: TEST_CLIENT_ID,
    privateKey: TEST_KEYS.merchant.privateKeyPem,
    alipayPublicKey: sim.alipayPublicKey,
    baseUrl: sim.url,
    retries: 0,
    ...options,
  })
}

let n = 0
async function productIn(client: AlipayClient): Promise<string> {
  const created = await client.billing.products.create({
    productRequestId: `PRODUCT_${Date.now()}_${++n}`,
    name: 'Mug',
  })
  return String(created.response.productId)
}

describe('billing.products.uploadImage against the simulator', () => {
  it('uploads multipart, signed over {productId, fileSha256}, and verifies the signed answer', async () => {
    const client = clientOf(api)
    const productId = await productIn(client)
    const outcome = await client.billing.products.uploadImage({
      productId,
      file: { content: IMAGE, fileName: 'photos/mug.png' },
    })
    expect(outcome.status).toBe('S')
    expect(outcome.response).toMatchObject({ productId, imageName: 'mug.png' })
    expect(outcome.response.imageUrl).toMatch(/\/images\/[0-9a-f]{64}\/mug\.png$/)
    const seen = api.requests.at(-1)
    expect(seen?.path).toBe('/ams/api/v1/billing/product/uploadImage')
    const { fileSha256 } = JSON.parse(seen?.body ?? '{}') as { fileSha256: string }
    expect(seen?.body).toBe(JSON.stringify({ productId, fileSha256 }))
    expect(seen?.files?.map((f) => [f.name, f.fileName, f.contentType, f.size, f.sha256])).toEqual([
      ['file', 'mug.png', 'image/png', IMAGE.length, fileSha256],
      ['imageFile', 'mug.png', 'image/png', IMAGE.length, fileSha256],
    ])
  })

  it('sends a sandbox client to /ams/sandbox/api, as the SDK does', async () => {
    const client = clientOf(api, { clientId: SANDBOX_ID })
    const productId = await productIn(client)
    const outcome = await client.billing.products.uploadImage({
      productId,
      file: { content: IMAGE, fileName: 'a.png' },
    })
    expect(outcome.status).toBe('S')
    expect(api.requests.at(-1)?.path).toBe('/ams/sandbox/api/v1/billing/product/uploadImage')
  })

  it('sends to uploadBaseUrl, the file gateway, and every other call to baseUrl', async () => {
    const productId = await productIn(clientOf(files))
    const client = clientOf(api, { uploadBaseUrl: files.url })
    const before = api.requests.length
    const outcome = await client.billing.products.uploadImage({
      productId,
      file: { content: IMAGE, fileName: 'a.png' },
    })
    expect(outcome.response.productId).toBe(productId)
    expect(files.requests.at(-1)?.api).toBe('/v1/billing/product/uploadImage')
    expect(api.requests.length).toBe(before)
  })

  it('refuses an answer whose signature does not cover its bytes (ERR_ALIPAY_RESPONSE_SIGNATURE_INVALID)', async () => {
    const client = clientOf(api)
    const productId = await productIn(client)
    api.setFaults({ tamperResponse: true, times: 1 })
    const upload = client.billing.products.uploadImage({ productId, file: { content: IMAGE, fileName: 'a.png' } })
    await expect(upload).rejects.toBeInstanceOf(AlipayApiError)
    await expect(upload).rejects.toMatchObject({ code: 'ERR_ALIPAY_RESPONSE_SIGNATURE_INVALID' })
  })

  it('an upload for an unknown product is a signed F: ERR_ALIPAY_API_FAILED with RECORD_NOT_EXIST', async () => {
    const upload = clientOf(api).billing.products.uploadImage({
      productId: 'NO_SUCH_PRODUCT',
      file: { content: IMAGE, fileName: 'a.png' },
    })
    await expect(upload).rejects.toMatchObject({ code: 'ERR_ALIPAY_API_FAILED', resultCode: 'RECORD_NOT_EXIST' })
  })
})
