import {
  AlipayConfigError,
  createVerifierSteps,
  type IncomingNotification,
  type NotificationVerifier,
  ownSignData,
  type VerifiedNotification,
  type VerifyNotificationOptions,
  type WebCryptoKey,
  webVerify,
} from '@alipay-kit/core/web'
import { resolvePublicKeys } from '../keys/key-cache.js'
import type { WebPublicKeyRing } from '../keys/key-ring.js'

/** The Web verifier, with the promise of its key import (rejecting with the key's coded error). */
export interface WebNotificationVerifier extends NotificationVerifier<Promise<VerifiedNotification>> {
  /** Resolves once the keys are imported; every verification awaits it first. */
  readonly ready: Promise<void>
}

/**
 * A ring that answers once the import resolved. Core's steps take the ring when they are built
 * (at creation, synchronously); jose imports asynchronously, and the verifier awaits `ready`
 * before any step runs, so `select` never runs on an empty ring.
 */
class PendingRing {
  ring: WebPublicKeyRing | undefined
  select(keyVersion: number | undefined): WebCryptoKey {
    return (this.ring as WebPublicKeyRing).select(keyVersion)
  }
  sizeOf(key: WebCryptoKey): number {
    return (this.ring as WebPublicKeyRing).sizeOf(key)
  }
}

/**
 * Builds the Web verifier on core's shared steps (verify-notification.ts), with WebCrypto for the
 * one crypto call. Options are checked now; the key import starts now and is awaited by each
 * verification (a bad key rejects every one with its `ERR_ALIPAY_KEY_*` code, and `ready` too).
 *
 * The trap of issue 11: core's decoded signature is a view of a scratch buffer that the next
 * decode refills. Everything this verification needs (the signature, the signed bytes) is copied
 * between `prepare` and the first await, so concurrent deliveries never check each other's bytes.
 */
export function createWebVerifier(options: VerifyNotificationOptions): WebNotificationVerifier {
  if (options === null || typeof options !== 'object') throw new TypeError('options are required')
  if (options.alipayPublicKey === undefined || options.alipayPublicKey === null) {
    throw new AlipayConfigError(
      'ERR_ALIPAY_CONFIG_MISSING',
      "alipayPublicKey: Alipay's public key is required to verify notifications (ALIPAY_PUBLIC_KEY)",
    )
  }
  const pending = new PendingRing()
  const steps = createVerifierSteps(options, pending)
  const ready = resolvePublicKeys(options.alipayPublicKey).then((ring) => {
    pending.ring = ring
  })
  // Reported to each request (and to whoever awaits `ready`), never as an unhandled rejection.
  ready.catch(() => {})

  const verify = async (incoming: IncomingNotification): Promise<VerifiedNotification> => {
    await ready
    const prepared = steps.prepare(incoming)
    // Owned copies, made before the first await below.
    const signature = prepared.head.header.signature.slice()
    const candidates = prepared.inputs.map(ownSignData)
    let valid = false
    for (const data of candidates) {
      if (await webVerify(prepared.key, data, signature)) {
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
    ready,
  })
}
