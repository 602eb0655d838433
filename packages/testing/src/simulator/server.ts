import { randomUUID } from 'node:crypto'
import type { Result } from '@alipay-kit/core'
import { apiRoute } from './api-route.js'
import { authenticate, type ResolvedMerchant, signResponse } from './auth.js'
import type { ApiAnswer, Endpoint, EndpointDeps } from './endpoints/context.js'
import type { Body } from './fields.js'
import { isGone, type SimulatorRequest, type SimulatorResponse } from './http-io.js'
import { sessionIdOf } from './meter-sessions.js'
import { type UploadedFile, uploadOf } from './multipart.js'
import type { ResolvedOptions, SimulatorFaults } from './options.js'
import { checkoutPage, messagePage } from './pages.js'
import type { PaymentView } from './records.js'
import { originForm } from './request-target.js'
import { resultOf, SimulatedFailure } from './result-codes.js'

/** A file part of a multipart upload, as `simulator.requests` records it (without its bytes). */
export interface RecordedFile {
  /** The form field, e.g. `file` or `imageFile`. */
  readonly name: string
  /** The `filename` the part carried. */
  readonly fileName: string
  /** The part's content type. */
  readonly contentType: string
  /** The file's size in bytes. */
  readonly size: number
  /** Lower-case hex SHA-256 of the file. */
  readonly sha256: string
}

/** One API call as the simulator saw it, for `simulator.requests` and the `request` event. */
export interface ApiRequestRecord {
  /**
   * The path as received, e.g. `/ams/api/v1/payments/pay` (or a path an SDK sends outside
   * `/ams/api`, such as `/ams/v1/aba/funds/createExchange`): of an absolute-form target
   * (`https://127.0.0.1/ams/api/...`, as the Python SDK sends), its path and query.
   */
  readonly path: string
  /** The API, e.g. `/v1/payments/pay` (the same for the sandbox path). */
  readonly api: string
  /** Whether it came through the `/ams/sandbox/api` paths. */
  readonly sandbox: boolean
  /** The client-id header, when present. */
  readonly clientId: string | undefined
  /** The raw request body; of a multipart upload, its part `body`, the JSON the signature covers. */
  readonly body: string
  /** The file parts of a multipart upload (docs/protocol.md §4.1), without their bytes. */
  readonly files?: readonly RecordedFile[]
  /** What was answered (before any fault was applied). */
  readonly result: Result
  /** The response body answered (before any fault was applied). */
  readonly response: string
  /** When it was answered, in epoch milliseconds. */
  readonly at: number
}

/** What the HTTP layer needs from the simulator. */
export interface SimulatorHost {
  readonly options: ResolvedOptions
  readonly deps: EndpointDeps
  readonly endpoints: { readonly [api: string]: Endpoint }
  readonly baseUrl: string
  takeFaults(): SimulatorFaults | undefined
  sign(input: { path: string; clientId: string; time: string; body: string }, faults?: SimulatorFaults): string
  record(request: ApiRequestRecord): void
  paymentView(paymentId: string): PaymentView | undefined
  completePayment(paymentId: string, status: 'SUCCESS' | 'FAIL'): PaymentView
}

const BODY_LIMIT = 1024 * 1024
// A product image upload carries a file of up to 2 MiB twice (parts `file` and `imageFile`).
const UPLOAD_BODY_LIMIT = 5 * 1024 * 1024

function readBody(req: SimulatorRequest, limit = BODY_LIMIT): Promise<Buffer | undefined> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    let size = 0
    req.on('data', (chunk: Buffer) => {
      size += chunk.length
      // Over the limit: answer 413 but keep draining, so the client reads the answer rather
      // than a reset connection; give up on a sender that never stops.
      if (size > limit) {
        resolve(undefined)
        if (size > 8 * limit) req.destroy()
        return
      }
      chunks.push(chunk)
    })
    req.on('end', () => resolve(Buffer.concat(chunks)))
    req.on('error', reject)
  })
}

function parseBody(raw: Buffer): Body {
  let value: unknown
  try {
    value = JSON.parse(raw.toString('utf8'))
  } catch {
    throw new SimulatedFailure('PARAM_ILLEGAL', 'The body is not JSON.')
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    throw new SimulatedFailure('PARAM_ILLEGAL', 'The body is not a JSON object.')
  }
  return value as Body
}

/**
 * The merchant of a call the SDKs authenticate by session rather than signature (meter/uploadEvent
 * over HTTP/2 with `X-Session-Id`, docs/protocol.md §4.2), or undefined for any other call.
 */
function sessionMerchant(host: SimulatorHost, api: string, req: SimulatorRequest): ResolvedMerchant | undefined {
  const sessionId = sessionIdOf(api, req.headers)
  if (sessionId === undefined) return undefined
  const clientId = host.deps.meterSessions.clientOf(sessionId, host.deps.now())
  const merchant = host.options.merchants.get(clientId)
  if (merchant === undefined)
    throw new SimulatedFailure('KEY_NOT_FOUND', 'The session belongs to no configured merchant.')
  return merchant
}

function answerFor(
  host: SimulatorHost,
  api: string,
  sandbox: boolean,
  merchant: ResolvedMerchant,
  raw: Buffer,
  files: readonly UploadedFile[] | undefined,
): ApiAnswer {
  const endpoint = Object.hasOwn(host.endpoints, api) ? host.endpoints[api] : undefined
  if (endpoint === undefined) throw new SimulatedFailure('NO_INTERFACE_DEF', `The simulator does not implement ${api}.`)
  const body = parseBody(raw)
  const call = { clientId: merchant.clientId, sandbox, body, baseUrl: host.baseUrl }
  return endpoint(host.deps, files === undefined ? call : { ...call, files })
}

async function handleApi(
  host: SimulatorHost,
  req: SimulatorRequest,
  res: SimulatorResponse,
  path: string,
  api: string,
  sandbox: boolean,
) {
  const contentType = typeof req.headers['content-type'] === 'string' ? req.headers['content-type'] : undefined
  const raw = await readBody(req, /^multipart\//i.test(contentType ?? '') ? UPLOAD_BODY_LIMIT : BODY_LIMIT)
  if (raw === undefined) {
    // HTTP/2 has no Connection header (RFC 9113 §8.2.2); its stream ends with the answer anyway.
    const close = req.httpVersionMajor < 2 ? { connection: 'close' } : {}
    res.writeHead(413, { 'content-type': 'text/plain', ...close }).end('request body too large')
    return
  }
  const header = req.headers['client-id']
  let clientId = typeof header === 'string' ? header : undefined
  const faults = host.takeFaults()
  let answer: ApiAnswer
  let upload: ReturnType<typeof uploadOf>
  try {
    if (req.method !== 'POST') throw new SimulatedFailure('METHOD_NOT_SUPPORTED', 'Alipay APIs are POST only.')
    // A multipart upload is signed over its JSON part only, not the bytes on the wire (§4.1).
    upload = uploadOf(contentType, raw)
    const signed = upload?.signed ?? raw
    const merchant = sessionMerchant(host, api, req) ?? authenticate(host.options.merchants, path, req.headers, signed)
    clientId ??= merchant.clientId
    answer =
      faults?.result !== undefined
        ? { result: faults.result }
        : answerFor(host, api, sandbox, merchant, signed, upload?.files)
  } catch (error) {
    if (!(error instanceof SimulatedFailure)) console.error('[alipay-kit simulator] endpoint failed:', error)
    answer = { result: error instanceof SimulatedFailure ? error.result : resultOf('UNKNOWN_EXCEPTION') }
  }
  const response = JSON.stringify(answer)
  host.record({
    path,
    api,
    sandbox,
    clientId,
    body: (upload?.signed ?? raw).toString('utf8'),
    ...(upload === undefined
      ? {}
      : { files: upload.files.map(({ content, ...file }) => ({ ...file, size: content.length })) }),
    result: answer.result,
    response,
    at: Date.now(),
  })
  await send(host, res, path, clientId ?? '', response, faults)
}

/**
 * Waits `ms` before a delayed answer, or less when the response closes first (the client gave
 * up, or `close()` ended the connection): no timer outlives the simulator.
 */
function delay(ms: number, res: SimulatorResponse): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      clearTimeout(timer)
      res.off('close', done)
      resolve()
    }
    const timer = setTimeout(done, ms)
    res.once('close', done)
  })
}

async function send(
  host: SimulatorHost,
  res: SimulatorResponse,
  path: string,
  clientId: string,
  body: string,
  faults: SimulatorFaults | undefined,
): Promise<void> {
  if (faults?.delayMs !== undefined && !isGone(res)) await delay(faults.delayMs, res)
  if (isGone(res)) return
  if (faults?.httpStatus !== undefined && faults.httpStatus !== 200) {
    res.writeHead(faults.httpStatus, { 'content-type': 'text/plain' }).end('simulated HTTP failure')
    return
  }
  const headers: Record<string, string> = { ...signResponse((input) => host.sign(input, faults), path, clientId, body) }
  if (faults?.omitSignature) delete headers.signature
  if (faults?.omitResponseTime) delete headers['response-time']
  res.writeHead(200, headers).end(faults?.tamperResponse ? body.replace('{', '{ ') : body)
}

const HTML = { 'content-type': 'text/html; charset=utf-8' }

/** The simulated authorisation page of authorizations/consult: the customer agrees at once. */
function authorize(requestPath: string, res: SimulatorResponse): void {
  const query = new URL(requestPath, 'http://simulator.invalid').searchParams
  const target = query.get('authRedirectUrl')
  if (target === null || !URL.canParse(target)) {
    res.writeHead(400, HTML).end(messagePage('Authorization', 'authRedirectUrl is missing.'))
    return
  }
  const url = new URL(target)
  url.searchParams.set('authCode', `AUTH_CODE_${randomUUID().replace(/-/g, '')}`)
  url.searchParams.set('authState', query.get('authState') ?? '')
  res.writeHead(302, { location: url.href }).end()
}

async function handleCheckout(host: SimulatorHost, req: SimulatorRequest, res: SimulatorResponse, paymentId: string) {
  const html = HTML
  let payment = host.paymentView(paymentId)
  if (payment === undefined) {
    res.writeHead(404, html).end(messagePage('Unknown payment', `No payment ${paymentId}.`))
    return
  }
  if (req.method === 'POST') {
    const form = new URLSearchParams(((await readBody(req)) ?? Buffer.alloc(0)).toString('utf8'))
    const status = form.get('status') === 'FAIL' ? 'FAIL' : 'SUCCESS'
    if (payment.status === 'PROCESSING' || payment.status === 'PENDING')
      payment = host.completePayment(paymentId, status)
    if (payment.paymentRedirectUrl !== undefined) {
      res.writeHead(303, { location: payment.paymentRedirectUrl }).end()
      return
    }
  }
  res.writeHead(200, html).end(checkoutPage(payment))
}

function route(host: SimulatorHost, req: SimulatorRequest, res: SimulatorResponse): Promise<void> | undefined {
  // An absolute-form target is routed by its path, which is also what its client signed.
  // Any other form leaves '', which matches no route: a 404.
  const target = originForm(req.url ?? '/') ?? ''
  const pathname = target.split('?')[0] ?? ''
  const api = apiRoute(pathname)
  if (api !== undefined) return handleApi(host, req, res, target, api.api, api.sandbox)
  const checkout = /^\/checkout\/([0-9A-Za-z_]+)$/.exec(pathname)
  if (checkout?.[1] !== undefined) return handleCheckout(host, req, res, checkout[1])
  if (pathname === '/authorize') authorize(target, res)
  else if (pathname.startsWith('/subscriptions/')) {
    res
      .writeHead(200, HTML)
      .end(messagePage('Subscription', 'The simulated customer agreed; the subscription is active.'))
  } else res.writeHead(404, { 'content-type': 'text/plain' }).end('not an Alipay simulator path')
  return undefined
}

/** The simulator's HTTP handler (HTTP/1.1 and HTTP/2): the AMS API, plus the simulated customer pages. */
export function createRequestListener(host: SimulatorHost) {
  return (req: SimulatorRequest, res: SimulatorResponse): void => {
    route(host, req, res)?.catch((error: unknown) => {
      console.error('[alipay-kit simulator] request failed:', error)
      if (!res.headersSent) res.writeHead(500).end()
      else res.destroy()
    })
  }
}
