import { AlipayConfigError } from '../errors.js'
import { resolvePublicKeys } from '../key-cache.js'
import { signData } from '../protocol/sign-content.js'
import { inContextOfCreation, nodeVerify } from '../runtime/node.js'
import { createNotificationFlow, type NotificationHandler, type NotificationHandlerOptions } from './handler.js'
import type { AlipayNotification } from './types.js'
import {
  createVerifierSteps,
  type IncomingNotification,
  type NotificationVerifier,
  type VerifiedNotification,
  type VerifyNotificationOptions,
} from './verify-notification.js'

/**
 * The Node side of notifications (issue 11): the verifier on node:crypto, and the handler on it.
 * Everything else (the steps around the crypto call, the serving flow) is shared with the Web
 * package and lives in verify-notification.ts and handler.ts, which import no runtime.
 */

/**
 * Builds the Node verifier: options checked and keys imported once (node:crypto), then each
 * notification verified synchronously through the shared steps of verify-notification.ts. The
 * signature bytes are a view of a scratch buffer, safe here because nothing awaits between the
 * decode and node:crypto's verify. `verifyNotification` and the notification handler use it.
 */
export function createNotificationVerifier(options: VerifyNotificationOptions): NotificationVerifier {
  if (options === null || typeof options !== 'object') throw new TypeError('options are required')
  if (options.alipayPublicKey === undefined || options.alipayPublicKey === null) {
    throw new AlipayConfigError(
      'ERR_ALIPAY_CONFIG_MISSING',
      "alipayPublicKey: Alipay's public key is required to verify notifications (set ALIPAY_PUBLIC_KEY)",
    )
  }
  const keys = resolvePublicKeys(options.alipayPublicKey)
  const steps = createVerifierSteps(options, keys)

  const verify = (incoming: IncomingNotification): VerifiedNotification => {
    const prepared = steps.prepare(incoming)
    const { key, head, inputs } = prepared
    // The pre-checks already refused a signature of another size than the key's (§9.3).
    const signature = head.header.signature
    let valid = false
    for (const input of inputs) {
      if (nodeVerify(key, signData(input), signature)) {
        valid = true
        break
      }
    }
    return steps.finish(incoming, prepared, valid)
  }
  return Object.assign(verify, {
    precheck: (head: Parameters<typeof steps.precheck>[0]): void => {
      steps.precheck(head)
    },
    limit: steps.limit,
    bodyTimeout: steps.bodyTimeout,
  })
}

/**
 * Verifies an incoming notification and returns it typed (docs/protocol.md §3, §9): first what the
 * head alone shows (POST, the headers present, client id as configured, a well-formed Signature
 * header of the key's size, request-time within the window, a declared size within the limit:
 * §9.11), then the body's size, the signature over the exact bytes, and the JSON parsed and
 * checked against the catalogue.
 *
 * @throws {@link AlipayRequestError} (400: missing header, malformed signature, bad JSON; 405: not
 *   POST; 413: too large), {@link AlipaySignatureError} (401: bad signature, other client id, stale time).
 * @example
 * ```ts
 * const notification = verifyNotification(
 *   { method: 'POST', url: req.url, headers: req.headers, body: rawBody },
 *   { alipayPublicKey: process.env.ALIPAY_PUBLIC_KEY!, clientId: process.env.ALIPAY_CLIENT_ID },
 * )
 * ```
 */
export function verifyNotification(
  incoming: IncomingNotification,
  options: VerifyNotificationOptions,
): AlipayNotification {
  return createNotificationVerifier(options)(incoming).notification
}

/**
 * Creates the framework-neutral notification endpoint (docs/protocol.md §3, §9.7, §9.10): verify the
 * exact bytes, parse, claim the notification in the `dedupe` store so it runs once across every
 * delivery and instance, dispatch to the handler for the type (or the fallback), and reply with
 * the exact acknowledgement only after the handler resolved. Failures reply from one status
 * table: 400 malformed, 401 not authentic, 409 being processed by another delivery, 413 too
 * large, 500 handler failure, 503 store unreachable (Alipay resends every one of them).
 * Options and keys are checked once, here.
 *
 * @example
 * ```ts
 * const handle = createNotificationHandler({
 *   alipayPublicKey: process.env.ALIPAY_PUBLIC_KEY!,
 *   on: { PAYMENT_RESULT: async (n) => markPaid(n.paymentRequestId, n.result?.resultStatus === 'S') },
 * })
 * const reply = await handle({ method: 'POST', url: '/alipay/notify', headers, body: rawBytes }, undefined)
 * ```
 */
export function createNotificationHandler<Ctx = undefined>(
  options: NotificationHandlerOptions<Ctx>,
): NotificationHandler<Ctx> {
  // Node has no per-request I/O: one renewal ticker per handler serves every live claim, its
  // interval armed in the context the handler is made in, not in a request's.
  return createNotificationFlow(options, createNotificationVerifier(options), { arm: inContextOfCreation() })
}
