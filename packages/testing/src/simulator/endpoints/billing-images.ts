import type { ProductUploadImageResponse } from '@alipay-kit/core'
import { requiredString } from '../fields.js'
import { fail, resultOf } from '../result-codes.js'
import type { BillingState } from './billing-state.js'
import type { Endpoint } from './context.js'
import { answer } from './kit.js'

/** The largest image the official SDK sends (J `FileUploadOperationRegistry`: 2 MiB). */
const MAX_IMAGE_BYTES = 2 * 1024 * 1024
/** The parts the Java SDK sends the image under, the same bytes in each (J `FileUploadOperationRegistry`). */
const IMAGE_PARTS = new Set(['file', 'imageFile'])

/**
 * The product image upload (`/v1/billing/product/uploadImage`, docs/protocol.md §4.1): a
 * multipart request whose signed JSON names the product and the image's SHA-256. The simulator
 * checks that every image part holds exactly that file (what the signature vouches for), that it
 * is at most 2 MiB and that the product exists, and answers an `imageUrl` under its own origin
 * (an address only: the simulator keeps no images).
 */
export function createBillingImageEndpoints(state: BillingState): { readonly [path: string]: Endpoint } {
  const uploadImage: Endpoint = (_deps, call) => {
    if (call.files === undefined) {
      fail(
        'PARAM_ILLEGAL',
        'uploadImage takes multipart/form-data: the signed JSON as part "body", the image as "file" and "imageFile".',
      )
    }
    const productId = requiredString(call.body, 'productId', 64)
    const fileSha256 = requiredString(call.body, 'fileSha256', 64)
    const images = call.files.filter((f) => IMAGE_PARTS.has(f.name))
    if (images.length === 0) fail('PARAM_ILLEGAL', 'No image part: send the image as "file" (and "imageFile").')
    if (images.some((f) => f.sha256 !== fileSha256.toLowerCase())) {
      fail('PARAM_ILLEGAL', 'fileSha256 is not the SHA-256 of the uploaded image.')
    }
    const image = images[0] as (typeof images)[number]
    if (image.content.length > MAX_IMAGE_BYTES) fail('PARAM_ILLEGAL', `The image is over ${MAX_IMAGE_BYTES} bytes.`)
    state.products.get(call.clientId, productId)
    return answer<ProductUploadImageResponse>({
      result: resultOf('SUCCESS'),
      imageUrl: `${call.baseUrl}/images/${fileSha256.toLowerCase()}/${encodeURIComponent(image.fileName)}`,
      imageName: image.fileName,
      productId,
    })
  }
  return { '/v1/billing/product/uploadImage': uploadImage }
}
