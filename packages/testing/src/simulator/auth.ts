import type { IncomingHttpHeaders } from 'node:http'
import { type PublicKeyRing, readHeader, verify } from '@alipay-kit/core'
import { SimulatedFailure } from './result-codes.js'

/** A merchant the simulator accepts requests from. */
export interface ResolvedMerchant {
  readonly clientId: string
  readonly publicKeys: PublicKeyRing
}

function header(headers: IncomingHttpHeaders, name: string): string | undefined {
  const value = readHeader(headers, name)
  return typeof value === 'string' && value.length > 0 ? value : undefined
}

/**
 * Authenticates an API request as Alipay does (docs/protocol.md §1): the `client-id` header names a
 * configured merchant, and `signature` verifies with that merchant's public key over
 * `POST <path>\n<client-id>.<request-time>.<body>` (the path as received, the exact body bytes).
 * Alipay answers a failure with HTTP 200 and a failed result, never a success, so this throws a
 * {@link SimulatedFailure}: PARAM_ILLEGAL for a missing header, KEY_NOT_FOUND for an unknown
 * client id, INVALID_SIGNATURE for a signature that is malformed or does not verify.
 */
export function authenticate(
  merchants: ReadonlyMap<string, ResolvedMerchant>,
  path: string,
  headers: IncomingHttpHeaders,
  body: Uint8Array,
): ResolvedMerchant {
  const clientId = header(headers, 'client-id')
  if (clientId === undefined) throw new SimulatedFailure('PARAM_ILLEGAL', 'The client-id header is missing.')
  const merchant = merchants.get(clientId)
  if (merchant === undefined) {
    throw new SimulatedFailure('KEY_NOT_FOUND', 'No merchant with this client-id is configured in the simulator.')
  }
  const time = header(headers, 'request-time')
  if (time === undefined) throw new SimulatedFailure('PARAM_ILLEGAL', 'The request-time header is missing.')
  const signature = header(headers, 'signature')
  if (signature === undefined) throw new SimulatedFailure('INVALID_SIGNATURE', 'The signature header is missing.')
  if (!verify({ path, clientId, time, body }, signature, merchant.publicKeys)) {
    throw new SimulatedFailure('INVALID_SIGNATURE')
  }
  return merchant
}

/** Alipay's response headers (docs/protocol.md §1.4): lower-case `signature`, `response-time`, `client-id`. */
export interface SignedResponseHeaders {
  readonly 'content-type': string
  readonly 'client-id': string
  readonly 'response-time': string
  readonly signature: string
}

/**
 * Signs a response body as Alipay does: `POST <path>\n<client-id>.<response-time>.<body>` with
 * Alipay's private key (docs/protocol.md §1.1), where client-id is the one the request carried.
 */
export function signResponse(
  sign: (input: { path: string; clientId: string; time: string; body: string }) => string,
  path: string,
  clientId: string,
  body: string,
): SignedResponseHeaders {
  const time = new Date().toISOString()
  return {
    'content-type': 'application/json; charset=UTF-8',
    'client-id': clientId,
    'response-time': time,
    signature: sign({ path, clientId, time, body }),
  }
}
