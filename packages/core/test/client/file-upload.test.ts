import { createHash } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import { PRODUCT_IMAGE_MAX_BYTES, prepareProductImage } from '../../src/client/file-upload.js'
import { safeFileName } from '../../src/client/multipart.js'
import { resolveUploadBaseUrl } from '../../src/client/upload-gateway.js'
import {
  type AlipayClientOptions,
  AlipayConfigError,
  type ConfigErrorCode,
  createAlipayClient,
  type ProductUploadImageRequest,
} from '../../src/index.js'
import { CLIENT_ID, keys } from './fake-alipay.js'

// The product image upload as the Java SDK sends it (docs/protocol.md §4.1): what is signed, the
// multipart bytes, the checks before sending, and the file gateway. The whole call against the
// simulator, signatures checked both ways, is test/e2e/client-upload.test.ts.

const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3, 0, 255])
const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex')
const decoder = new TextDecoder('latin1')

describe('prepareProductImage', () => {
  it('signs {"productId","fileSha256"} and sends it as part "body", the file as "file" and "imageFile"', async () => {
    const prepared = await prepareProductImage({ productId: 'PROD_1', file: { content: PNG, fileName: 'mug.png' } })
    const signed = `{"productId":"PROD_1","fileSha256":"${sha256(PNG)}"}`
    expect(new TextDecoder().decode(prepared.signed)).toBe(signed)
    const boundary = /^multipart\/form-data; boundary=(----AlipayKitBoundary[0-9a-f]{32})$/.exec(
      prepared.wire.contentType,
    )?.[1]
    expect(boundary).toBeDefined()
    const filePart = (name: string) =>
      `--${boundary}\r\nContent-Disposition: form-data; name="${name}"; filename="mug.png"\r\n` +
      `Content-Type: image/png\r\nContent-Transfer-Encoding: binary\r\n\r\n${decoder.decode(PNG)}\r\n`
    expect(decoder.decode(prepared.wire.body)).toBe(
      `--${boundary}\r\nContent-Disposition: form-data; name="body"\r\n` +
        `Content-Type: application/json; charset=UTF-8\r\n\r\n${signed}\r\n` +
        filePart('file') +
        filePart('imageFile') +
        `--${boundary}--\r\n`,
    )
    expect(prepared.requestIds).toEqual([['productId', 'PROD_1']])
  })

  it('draws a new boundary for each request', async () => {
    const request = { productId: 'PROD_1', file: { content: PNG, fileName: 'mug.png' } }
    const [a, b] = await Promise.all([prepareProductImage(request), prepareProductImage(request)])
    expect(a.wire.contentType).not.toBe(b.wire.contentType)
  })

  it('reads an ArrayBuffer or a Blob as the same bytes', async () => {
    const signedOf = async (content: ProductUploadImageRequest['file']['content']) =>
      new TextDecoder().decode(
        (await prepareProductImage({ productId: 'P', file: { content, fileName: 'a.png' } })).signed,
      )
    const expected = await signedOf(PNG)
    expect(await signedOf(PNG.slice().buffer)).toBe(expected)
    expect(await signedOf(new Blob([PNG]))).toBe(expected)
  })

  it.each([
    ['mug.PNG', undefined, 'image/png'],
    ['photo.jpeg', undefined, 'image/jpeg'],
    ['photo.jpg', undefined, 'image/jpeg'],
    ['anim.gif', undefined, 'image/gif'],
    ['pic.webp', undefined, 'image/webp'],
    ['notes', undefined, 'application/octet-stream'],
    ['raw.bin', 'image/avif', 'image/avif'],
  ])('%s (contentType %s): the file parts carry %s', async (fileName, contentType, expected) => {
    const file = { content: PNG, fileName, ...(contentType === undefined ? {} : { contentType }) }
    const prepared = await prepareProductImage({ productId: 'P', file })
    expect(decoder.decode(prepared.wire.body)).toContain(`\r\nContent-Type: ${expected}\r\nContent-Transfer-Encoding`)
  })

  it('cuts a path to its name and replaces what would end the header', () => {
    expect(safeFileName('C:\\photos\\mug.png')).toBe('mug.png')
    expect(safeFileName('/tmp/a"b\r\nc.png')).toBe('a_b__c.png')
    expect(safeFileName('dir/')).toBe('file')
  })

  it('takes a file of exactly 2 MiB', async () => {
    const content = new Uint8Array(PRODUCT_IMAGE_MAX_BYTES)
    const prepared = await prepareProductImage({ productId: 'P', file: { content, fileName: 'big.png' } })
    expect(new TextDecoder().decode(prepared.signed)).toContain(sha256(content))
  })

  it.each([
    ['no productId', { file: { content: PNG, fileName: 'a.png' } }],
    ['a blank productId', { productId: '  ', file: { content: PNG, fileName: 'a.png' } }],
    ['a productId of 65 characters', { productId: 'P'.repeat(65), file: { content: PNG, fileName: 'a.png' } }],
    ['no file', { productId: 'P' }],
    ['no file name', { productId: 'P', file: { content: PNG, fileName: '' } }],
    ['content that is not bytes', { productId: 'P', file: { content: 'text', fileName: 'a.png' } }],
    ['an empty file', { productId: 'P', file: { content: new Uint8Array(0), fileName: 'a.png' } }],
    [
      'a file over 2 MiB',
      { productId: 'P', file: { content: new Uint8Array(PRODUCT_IMAGE_MAX_BYTES + 1), fileName: 'a.png' } },
    ],
    [
      'a content type with CRLF',
      { productId: 'P', file: { content: PNG, fileName: 'a.png', contentType: 'image/png\r\nX: 1' } },
    ],
  ])('refuses %s with a TypeError, before anything is sent', async (_name, request) => {
    await expect(prepareProductImage(request as unknown as ProductUploadImageRequest)).rejects.toBeInstanceOf(TypeError)
  })
})

describe('the file gateway (uploadBaseUrl)', () => {
  it.each([
    ['https://open-na-global.alipay.com', 'https://open-big-na.alipay.com'],
    ['https://open-na.alipay.com', 'https://open-big-na.alipay.com'],
    ['https://open-sea-global.alipay.com', 'https://open-big-sea.alipay.com'],
    ['https://open-sea.alipay.com', 'https://open-big-sea.alipay.com'],
    ['https://open-de-global.alipay.com', 'https://open-big-de-global.alipay.com'],
    ['http://127.0.0.1:4010', 'http://127.0.0.1:4010'],
    ['https://localhost:8443', 'https://localhost:8443'],
    ['https://open.antglobal-us.com', undefined],
    ['https://open-na-global.alipay.com:8443', undefined],
  ])('maps the API origin %s to %s, as the Java SDK does', (baseUrl, gateway) => {
    expect(resolveUploadBaseUrl(undefined, baseUrl)).toBe(gateway)
  })

  it('takes an explicit uploadBaseUrl over the mapping', () => {
    expect(resolveUploadBaseUrl('https://files.example.com/', 'https://open-na-global.alipay.com')).toBe(
      'https://files.example.com',
    )
  })

  const base: AlipayClientOptions = {
    clientId: CLIENT_ID,
    privateKey: keys.merchantPrivate,
    alipayPublicKey: keys.alipayPublic,
    baseUrl: 'https://open.antglobal-us.com',
  }

  it.each([
    ['http off loopback', 'http://files.example.com'],
    ['a path', 'https://files.example.com/upload'],
    ['not a URL', 'files'],
    ['not a string', 42],
  ])('refuses an uploadBaseUrl with %s when the client is created (ERR_ALIPAY_OPTION_INVALID)', (_name, value) => {
    let code: ConfigErrorCode | undefined
    try {
      createAlipayClient({ ...base, uploadBaseUrl: value as string })
    } catch (error) {
      code = (error as AlipayConfigError).code as ConfigErrorCode
    }
    expect(code).toBe('ERR_ALIPAY_OPTION_INVALID')
  })

  it('rejects an upload from a domain with no known gateway and no uploadBaseUrl (ERR_ALIPAY_CONFIG_MISSING), sending nothing', async () => {
    let sent = 0
    const client = createAlipayClient({
      ...base,
      fetch: async () => {
        sent += 1
        return new Response('{}')
      },
    })
    const upload = client.billing.products.uploadImage({ productId: 'P', file: { content: PNG, fileName: 'a.png' } })
    await expect(upload).rejects.toBeInstanceOf(AlipayConfigError)
    await expect(upload).rejects.toMatchObject({ code: 'ERR_ALIPAY_CONFIG_MISSING' })
    expect(sent).toBe(0)
  })
})
