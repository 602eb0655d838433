/*
 * multipart/form-data (RFC 7578) for the file upload endpoints, laid out as the official Java SDK
 * writes it (J `MultipartFileTransport`, docs/protocol.md §4.1): first a part `body` holding the
 * signed JSON, then one part per file part name, each with a file name, a content type and
 * `Content-Transfer-Encoding: binary`, every part ended by CRLF, then the closing boundary.
 */

const encoder = new TextEncoder()
const CRLF = '\r\n'
const HEX = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, '0'))

/** One file part: the form field name, the file name sent, its content type and its bytes. */
export interface FilePart {
  readonly name: string
  readonly fileName: string
  readonly contentType: string
  readonly content: Uint8Array
}

/** The wire form of a multipart request. */
export interface MultipartBody {
  /** The `content-type` header, with the boundary. */
  readonly contentType: string
  readonly body: Uint8Array
}

/**
 * A fresh boundary with 128 random bits: no file can be crafted to contain it, since it is drawn
 * after the file is given.
 */
export function newBoundary(): string {
  let hex = ''
  for (const byte of crypto.getRandomValues(new Uint8Array(16))) hex += HEX[byte]
  return `----AlipayKitBoundary${hex}`
}

/**
 * The file name as a `filename="..."` parameter can carry it: the last segment of a path, with
 * `"`, CR, LF and other control characters replaced by `_` (they would end the header), `file`
 * when nothing is left. The same rule as J `MultipartFileTransport.sanitizeFileName`.
 */
export function safeFileName(fileName: string): string {
  const base = fileName.slice(Math.max(fileName.lastIndexOf('/'), fileName.lastIndexOf('\\')) + 1)
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what this removes
  const safe = base.replace(/["\x00-\x1f]/g, '_')
  return safe === '' ? 'file' : safe
}

/** The body part `body` (the signed JSON), then each file part, then the closing boundary. */
export function multipartBody(json: Uint8Array, files: readonly FilePart[], boundary = newBoundary()): MultipartBody {
  const chunks: Uint8Array[] = [
    encoder.encode(
      `--${boundary}${CRLF}Content-Disposition: form-data; name="body"${CRLF}` +
        `Content-Type: application/json; charset=UTF-8${CRLF}${CRLF}`,
    ),
    json,
    encoder.encode(CRLF),
  ]
  for (const file of files) {
    chunks.push(
      encoder.encode(
        `--${boundary}${CRLF}Content-Disposition: form-data; name="${file.name}"; filename="${safeFileName(file.fileName)}"${CRLF}` +
          `Content-Type: ${file.contentType}${CRLF}Content-Transfer-Encoding: binary${CRLF}${CRLF}`,
      ),
      file.content,
      encoder.encode(CRLF),
    )
  }
  chunks.push(encoder.encode(`--${boundary}--${CRLF}`))
  const body = new Uint8Array(chunks.reduce((size, chunk) => size + chunk.length, 0))
  let at = 0
  for (const chunk of chunks) {
    body.set(chunk, at)
    at += chunk.length
  }
  return { contentType: `multipart/form-data; boundary=${boundary}`, body }
}
