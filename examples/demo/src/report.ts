import { buildSignContent, parseSignatureHeader } from '@alipay-kit/core'
import type { DeliveryAttempt, SimulatedNotification } from '@alipay-kit/testing'
import { line, truncate } from './format.js'
import type { Received } from './shop.js'
import type { WireCall } from './wire.js'

/** The string-to-sign of docs/protocol.md §1.1 in its two lines: `POST <path>` and `<client-id>.<time>.<body>`. */
function signedLines(input: { path: string; clientId: string; time: string; body: string }): string[] {
  const content = buildSignContent(input)
  const newline = content.indexOf('\n')
  return [content.slice(0, newline), truncate(content.slice(newline + 1), 90)]
}

/** What the client signed for an API call, and how it checked the answer. */
export function showApiCall(call: WireCall | undefined): void {
  if (call === undefined) throw new Error('the shop made no API call')
  line(
    'signed',
    ...signedLines({ path: call.path, clientId: call.clientId, time: call.requestTime, body: call.body }),
    `signature: ${truncate(call.signature, 60)}  (merchant private key)`,
  )
  line(
    'verified',
    `response-time ${call.responseTime}, signature: ${truncate(call.responseSignature ?? '', 60)}`,
    "valid with Alipay's public key over the exact response bytes, checked before the body was read",
  )
}

/** What the simulated Alipay signed for a notification, what the shop verified, and the acknowledgement. */
export function showNotification(sent: SimulatedNotification, delivery: DeliveryAttempt, seen: Received): void {
  const { algorithm, keyVersion } = parseSignatureHeader(seen.signature)
  const input = { path: sent.path, clientId: sent.clientId, time: delivery.requestTime, body: delivery.body }
  line('signed', ...signedLines(input), `signature: ${truncate(seen.signature, 60)}  (Alipay private key)`)
  line(
    'verified',
    `headers client-id, request-time and signature present; client-id ${seen.clientId} is this shop's`,
    `signature ${algorithm} keyVersion ${keyVersion}: valid with Alipay's public key over the exact ${Buffer.byteLength(delivery.body)} bytes`,
    `request-time ${seen.receivedAt - Number(seen.requestTime)} ms before arrival: inside the window (25 h back, 5 min ahead)`,
  )
  line('handled', `the shop's ${seen.type} handler: ${seen.change}`)
  line(
    'ack',
    `HTTP ${delivery.status} ${delivery.responseBody}`,
    `attempt ${delivery.attempt} of ${delivery.maxAttempts}, recorded by the simulator as acknowledged: Alipay stops resending`,
  )
}
