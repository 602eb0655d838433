import { createHash } from 'node:crypto'
import { SimulatedFailure } from './result-codes.js'

/** A file part of an upload, as the endpoint sees it. */
export interface UploadedFile {
  /** The form field, e.g. `file` or `imageFile`. */
  readonly name: string
  /** The `filename` the part carried. */
  readonly fileName: string
  /** The part's `Content-Type`, or `application/octet-stream` when it carried none. */
  readonly contentType: string
  readonly content: Uint8Array
  /** Lower-case hex SHA-256 of the content. */
  readonly sha256: string
}

/** An upload: the signed JSON of its `body` part, and its files. */
export interface Upload {
  readonly signed: Buffer
  readonly files: readonly UploadedFile[]
}

interface Part {
  readonly name: string
  readonly fileName: string | undefined
  readonly contentType: string | undefined
  readonly content: Buffer
}

const CRLF = Buffer.from('\r\n')

function malformed(why: string): never {
  throw new SimulatedFailure('PARAM_ILLEGAL', `The multipart body is malformed: ${why}.`)
}

/** The parameters of a header value: `form-data; name="body"; filename="a.png"`. */
function parameters(value: string): Map<string, string> {
  const params = new Map<string, string>()
  for (const m of value.matchAll(/;\s*([A-Za-z0-9_*-]+)\s*=\s*(?:"([^"]*)"|([^;\s]*))/g)) {
    params.set((m[1] as string).toLowerCase(), m[2] ?? m[3] ?? '')
  }
  return params
}

function partOf(head: string, content: Buffer): Part {
  const headers = new Map<string, string>()
  for (const line of head.split('\r\n')) {
    const colon = line.indexOf(':')
    if (colon <= 0) malformed(`a part header line without a name: ${JSON.stringify(line.slice(0, 60))}`)
    headers.set(line.slice(0, colon).trim().toLowerCase(), line.slice(colon + 1).trim())
  }
  const disposition = headers.get('content-disposition')
  if (disposition === undefined || !/^form-data\s*(;|$)/i.test(disposition)) malformed('a part is not form-data')
  const params = parameters(disposition)
  const name = params.get('name') ?? malformed('a part has no name')
  return { name, fileName: params.get('filename'), contentType: headers.get('content-type'), content }
}

/** The parts of a multipart/form-data body (RFC 7578), in order; a preamble is skipped. */
function partsOf(raw: Buffer, boundary: string): Part[] {
  const delimiter = Buffer.from(`--${boundary}`)
  const next = Buffer.concat([CRLF, delimiter])
  let at = raw.subarray(0, delimiter.length).equals(delimiter) ? 0 : raw.indexOf(next)
  if (at < 0) malformed('no boundary')
  at += at === 0 ? delimiter.length : next.length
  const parts: Part[] = []
  for (;;) {
    const after = raw.subarray(at, at + 2).toString('latin1')
    if (after === '--') return parts
    if (after !== '\r\n') malformed('a boundary is not followed by CRLF or "--"')
    const headEnd = raw.indexOf('\r\n\r\n', at + 2)
    if (headEnd < 0) malformed('a part has no end of headers')
    const end = raw.indexOf(next, headEnd + 4)
    if (end < 0) malformed('no closing boundary')
    parts.push(partOf(raw.subarray(at + 2, headEnd).toString('utf8'), raw.subarray(headEnd + 4, end)))
    at = end + next.length
  }
}

/** The boundary of a multipart/form-data content type, or undefined for any other type. */
export function multipartBoundary(contentType: string | undefined): string | undefined {
  if (contentType === undefined || !/^multipart\/form-data\s*(;|$)/i.test(contentType)) return undefined
  const boundary = parameters(contentType).get('boundary')
  if (boundary === undefined || boundary === '' || boundary.length > 70)
    malformed('the boundary is missing or too long')
  return boundary
}

/**
 * An upload as the official SDKs send one (docs/protocol.md §4.1, J `MultipartFileTransport`):
 * the part `body` holds the JSON the signature covers; every part with a file name is a file.
 * Undefined when the content type is not multipart/form-data.
 *
 * @throws {@link SimulatedFailure} PARAM_ILLEGAL for a malformed body or one without a `body` part.
 */
export function uploadOf(contentType: string | undefined, raw: Buffer): Upload | undefined {
  const boundary = multipartBoundary(contentType)
  if (boundary === undefined) return undefined
  const parts = partsOf(raw, boundary)
  const body = parts.find((p) => p.name === 'body' && p.fileName === undefined)
  if (body === undefined) malformed('no part "body" with the signed JSON')
  const files = parts
    .filter((p) => p.fileName !== undefined)
    .map((p) => ({
      name: p.name,
      fileName: p.fileName as string,
      contentType: p.contentType ?? 'application/octet-stream',
      content: new Uint8Array(p.content),
      sha256: createHash('sha256').update(p.content).digest('hex'),
    }))
  return { signed: body.content, files }
}
