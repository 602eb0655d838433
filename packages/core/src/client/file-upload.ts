import type { ProductUploadImageRequest, UploadFile } from './models/billing-product-images.js'
import { type MultipartBody, multipartBody } from './multipart.js'
import type { RequestIds } from './response-binding.js'

/*
 * The product image upload as the official Java SDK sends it (J `FileUploadExecutor`,
 * `FileUploadOperationRegistry`, docs/protocol.md §4.1): the signature covers the JSON
 * `{"productId":...,"fileSha256":...}` (the lower-case hex SHA-256 of the file), not the multipart
 * bytes; that JSON travels as the part `body`, and the file as the parts `file` and `imageFile`.
 */

const encoder = new TextEncoder()
const HEX = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, '0'))

/** The largest product image the SDK sends (J `FileUploadOperationRegistry`: 2 MiB). */
export const PRODUCT_IMAGE_MAX_BYTES = 2 * 1024 * 1024
/** The form fields the SDK sends the image under, both of them, the same bytes in each. */
export const PRODUCT_IMAGE_PARTS = ['file', 'imageFile'] as const

const CONTENT_TYPES: { readonly [extension: string]: string } = {
  png: 'image/png',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  jpe: 'image/jpeg',
  gif: 'image/gif',
  webp: 'image/webp',
  bmp: 'image/bmp',
}
// A header value: printable ASCII and spaces, so no CR or LF ends the part's header early.
const HEADER_VALUE = /^[\x20-\x7e]+$/

/** A request whose body is signed as one thing and sent as another. */
export interface PreparedUpload {
  /** The bytes the signature covers: `{"productId":"...","fileSha256":"..."}`. */
  readonly signed: Uint8Array
  /** What goes on the wire. */
  readonly wire: MultipartBody
  /** The fields the signed response must not contradict (it echoes `productId`). */
  readonly requestIds: RequestIds
}

async function bytesOf(content: UploadFile['content'] | undefined): Promise<Uint8Array> {
  if (content instanceof Uint8Array) return content
  if (content instanceof ArrayBuffer) return new Uint8Array(content)
  if (typeof Blob !== 'undefined' && content instanceof Blob) return new Uint8Array(await content.arrayBuffer())
  throw new TypeError('billing.products.uploadImage: file.content must be a Uint8Array, an ArrayBuffer or a Blob')
}

async function sha256Hex(bytes: Uint8Array): Promise<string> {
  // Our own or the caller's bytes, never a SharedArrayBuffer view: the cast satisfies the Web lib (issue 11).
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes as Uint8Array<ArrayBuffer>))
  let hex = ''
  for (const byte of digest) hex += HEX[byte]
  return hex
}

function contentTypeOf(file: UploadFile): string {
  if (file.contentType !== undefined) {
    if (typeof file.contentType !== 'string' || !HEADER_VALUE.test(file.contentType)) {
      throw new TypeError('billing.products.uploadImage: file.contentType must be printable ASCII, e.g. image/png')
    }
    return file.contentType
  }
  const extension = /\.([^./\\]+)$/.exec(file.fileName)?.[1]?.toLowerCase() ?? ''
  return Object.hasOwn(CONTENT_TYPES, extension) ? (CONTENT_TYPES[extension] as string) : 'application/octet-stream'
}

/**
 * Checks a product image request as the SDK does (a product id of 1 to 64 characters, a file name,
 * a file of 1 byte to 2 MiB) and builds what is signed and what is sent.
 *
 * @throws TypeError when the request lacks one of these or has it in the wrong form.
 */
export async function prepareProductImage(request: ProductUploadImageRequest): Promise<PreparedUpload> {
  if (request === null || typeof request !== 'object') {
    throw new TypeError('billing.products.uploadImage: expected { productId, file: { content, fileName } }')
  }
  const { productId, file } = request
  if (typeof productId !== 'string' || productId.trim() === '' || productId.length > 64) {
    throw new TypeError('billing.products.uploadImage: productId must be a string of 1 to 64 characters')
  }
  if (file === null || typeof file !== 'object' || typeof file.fileName !== 'string' || file.fileName.trim() === '') {
    throw new TypeError('billing.products.uploadImage: file must be { content, fileName } with a file name')
  }
  const content = await bytesOf(file.content)
  if (content.length === 0 || content.length > PRODUCT_IMAGE_MAX_BYTES) {
    throw new TypeError(
      `billing.products.uploadImage: the file must hold 1 to ${PRODUCT_IMAGE_MAX_BYTES} bytes, got ${content.length}`,
    )
  }
  const contentType = contentTypeOf(file)
  // Key order as the SDK's (a LinkedHashMap: productId, then fileSha256), though only these bytes matter.
  const signed = encoder.encode(JSON.stringify({ productId, fileSha256: await sha256Hex(content) }))
  const parts = PRODUCT_IMAGE_PARTS.map((name) => ({ name, fileName: file.fileName, contentType, content }))
  return { signed, wire: multipartBody(signed, parts), requestIds: [['productId', productId]] }
}
