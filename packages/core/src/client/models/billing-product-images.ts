import type { ApiRequest, ApiResponse } from './common.js'

/*
 * Billing: the product image upload, the one endpoint of the official Java SDK that is not JSON
 * (J `AlipayProductUploadImageRequest`, an `AlipayFileRequest`, and its response). The request is
 * multipart/form-data; what is signed is the JSON of `productId` and the file's SHA-256
 * (docs/protocol.md §4.1). docs/endpoints.md lists every endpoint.
 */

/** A file to upload: its bytes and the name sent with them. */
export interface UploadFile {
  /** The file's bytes; a `Blob` (a browser `File`) is read whole. At most 2 MiB for a product image. */
  readonly content: Uint8Array | ArrayBuffer | Blob
  /** The file name sent in the multipart part, e.g. `mug.png`; a path is cut to its last segment. */
  readonly fileName: string
  /**
   * The content type of the file's part (it is not signed).
   * @default guessed from the file name's extension (`.png` image/png, `.jpg` image/jpeg, ...), else `application/octet-stream`
   */
  readonly contentType?: string
}

/**
 * `POST /v1/billing/product/uploadImage` (J `AlipayProductUploadImageRequest`): an image that a
 * product can use later, sent as multipart/form-data to the regional file gateway.
 */
export interface ProductUploadImageRequest extends ApiRequest {
  /** The product the image is for; at most 64 characters. */
  readonly productId: string
  /** The image, at most 2 MiB. */
  readonly file: UploadFile
}

/** The `billing.products.uploadImage` response (J `AlipayProductUploadImageResponse`). */
export interface ProductUploadImageResponse extends ApiResponse {
  /** The HTTPS URL of the uploaded image; at most 2048 characters. */
  readonly imageUrl?: string
  /** The uploaded image's file name; at most 128 characters. */
  readonly imageName?: string
  /** The product id of the request, echoed. */
  readonly productId?: string
}
