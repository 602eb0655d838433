import { createHash, randomUUID } from 'node:crypto'
import { request } from 'node:https'
import { sign, verify } from '@alipay-kit/core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type AlipaySimulator, TEST_CLIENT_ID, TEST_KEYS } from '../src/index.js'
import { requestId, startTestSimulator } from './helpers.js'

// The product image upload (issue 12, docs/protocol.md §4.1), written here byte for byte as the
// Java SDK writes it (J FileUploadExecutor, MultipartFileTransport): the signature covers the JSON
// {"productId","fileSha256"}, which travels as part "body"; the image follows as "file" and
// "imageFile". Sent over TLS, as the SDK sends it, and checked both ways.

const PATH = '/ams/api/v1/billing/product/uploadImage'
// PNG magic, then bytes that look like a part delimiter: the parser must not split on them.
const IMAGE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 1, 0x0d, 0x0a, 0x2d, 0x2d, 0x2d, 255])
const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex')

interface Answer {
  readonly status: number
  readonly headers: Record<string, string>
  readonly text: string
}

let sim: AlipaySimulator
let productId: string

/** A signed POST over TLS trusting the simulator's CA; the signature covers `signed`. */
function post(path: string, contentType: string, body: Buffer, signed: string | Buffer): Promise<Answer> {
  const time = String(Date.now())
  const signature = sign({ path, clientId: TEST_CLIENT_ID, time, body: signed }, TEST_KEYS.merchant.privateKeyPem)
  return new Promise((resolve, reject) => {
    const headers = {
      'Content-Type': contentType,
      Accept: 'application/json',
      'client-id': TEST_CLIENT_ID,
      'Request-Time': time,
      Signature: signature,
      'Content-Length': String(body.length),
    }
    const req = request(`${sim.url}${path}`, { method: 'POST', ca: sim.ca, agent: false, headers }, (res) => {
      const got: Buffer[] = []
      res.on('data', (chunk: Buffer) => got.push(chunk))
      res.on('end', () =>
        resolve({
          status: res.statusCode ?? 0,
          headers: res.headers as Record<string, string>,
          text: Buffer.concat(got).toString('utf8'),
        }),
      )
    })
    req.on('error', reject)
    req.end(body)
  })
}

const postJson = (path: string, body: object) => {
  const text = JSON.stringify(body)
  return post(path, 'application/json; charset=UTF-8', Buffer.from(text), text)
}

beforeAll(async () => {
  sim = await startTestSimulator({ tls: true })
  const created = await postJson('/ams/api/v1/billing/product/create', {
    productRequestId: requestId('P'),
    name: 'Mug',
  })
  productId = (JSON.parse(created.text) as { productId: string }).productId
})
afterAll(() => sim.close())

interface Upload {
  readonly json?: string
  readonly image?: Buffer
  readonly parts?: readonly string[]
  /** Sign the multipart bytes instead of the JSON part. */
  readonly signMultipart?: boolean
  readonly path?: string
  /** Leave out the closing boundary. */
  readonly cut?: boolean
}

/** One upload as J MultipartFileTransport lays it out, signed as J FileUploadExecutor signs it. */
function upload(options: Upload = {}): Promise<Answer> {
  const image = options.image ?? IMAGE
  const json = options.json ?? JSON.stringify({ productId, fileSha256: sha256(image) })
  const boundary = `----AntomBoundary${randomUUID().replace(/-/g, '')}`
  const chunks: Buffer[] = [
    Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="body"\r\n` +
        `Content-Type: application/json; charset=UTF-8\r\n\r\n${json}\r\n`,
    ),
  ]
  for (const name of options.parts ?? ['file', 'imageFile']) {
    chunks.push(
      Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="${name}"; filename="mug.png"\r\n` +
          'Content-Type: image/png\r\nContent-Transfer-Encoding: binary\r\n\r\n',
      ),
      image,
      Buffer.from('\r\n'),
    )
  }
  if (options.cut !== true) chunks.push(Buffer.from(`--${boundary}--\r\n`))
  const body = Buffer.concat(chunks)
  return post(
    options.path ?? PATH,
    `multipart/form-data; boundary=${boundary}`,
    body,
    options.signMultipart ? body : json,
  )
}

/** The simulator's signature over the answer, checked as the SDK checks it (over the request path). */
function signedOver(res: Answer, path = PATH): boolean {
  return verify(
    { path, clientId: res.headers['client-id'] ?? '', time: res.headers['response-time'] ?? '', body: res.text },
    res.headers.signature ?? '',
    sim.alipayPublicKey,
  )
}

const resultOf = (res: Answer) =>
  (JSON.parse(res.text) as { result: { resultCode: string; resultStatus: string; resultMessage: string } }).result

describe('product image upload, multipart as the Java SDK sends it', () => {
  it('verifies the signature over the JSON part and answers a signed success with the image URL', async () => {
    const res = await upload()
    expect(res.status).toBe(200)
    expect(JSON.parse(res.text)).toEqual({
      result: { resultCode: 'SUCCESS', resultStatus: 'S', resultMessage: 'success' },
      imageUrl: `${sim.url}/images/${sha256(IMAGE)}/mug.png`,
      imageName: 'mug.png',
      productId,
    })
    expect(signedOver(res)).toBe(true)
    const seen = sim.requests.at(-1)
    expect(seen?.body).toBe(JSON.stringify({ productId, fileSha256: sha256(IMAGE) }))
    expect(seen?.files).toEqual(
      ['file', 'imageFile'].map((name) => ({
        name,
        fileName: 'mug.png',
        contentType: 'image/png',
        size: IMAGE.length,
        sha256: sha256(IMAGE),
      })),
    )
  })

  it('takes the image as "file" alone', async () => {
    expect(resultOf(await upload({ parts: ['file'] })).resultCode).toBe('SUCCESS')
  })

  it('answers on the sandbox path too, signed over it', async () => {
    const path = '/ams/sandbox/api/v1/billing/product/uploadImage'
    const res = await upload({ path })
    expect(resultOf(res).resultCode).toBe('SUCCESS')
    expect(signedOver(res, path)).toBe(true)
  })

  const refusals: ReadonlyArray<readonly [string, () => Upload, string]> = [
    ['signed over the multipart bytes, not the JSON', () => ({ signMultipart: true }), 'INVALID_SIGNATURE'],
    [
      'whose image is not the one fileSha256 names',
      () => ({ image: Buffer.from('another image'), json: JSON.stringify({ productId, fileSha256: sha256(IMAGE) }) }),
      'PARAM_ILLEGAL',
    ],
    ['without an image part', () => ({ parts: [] }), 'PARAM_ILLEGAL'],
    ['without its closing boundary', () => ({ cut: true }), 'PARAM_ILLEGAL'],
    [
      'for an unknown product',
      () => ({ json: JSON.stringify({ productId: 'NO_SUCH_PRODUCT', fileSha256: sha256(IMAGE) }) }),
      'RECORD_NOT_EXIST',
    ],
  ]

  it.each(refusals)('refuses an upload %s: a signed F', async (_name, options, code) => {
    const res = await upload(options())
    expect(res.status).toBe(200)
    expect(resultOf(res)).toMatchObject({ resultCode: code, resultStatus: 'F' })
    expect(signedOver(res)).toBe(true)
  })

  it('refuses the endpoint called with JSON: PARAM_ILLEGAL, naming multipart/form-data', async () => {
    const res = await postJson(PATH, { productId, fileSha256: sha256(IMAGE) })
    expect(resultOf(res)).toMatchObject({ resultCode: 'PARAM_ILLEGAL', resultStatus: 'F' })
    expect(resultOf(res).resultMessage).toContain('multipart/form-data')
  })
})
