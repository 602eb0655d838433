import { AlipayConfigError } from './errors.js'
import type { PublicKeyRing } from './keys.js'
import { createPublicKey, type KeyObject } from './runtime/node.js'

function spki(key: KeyObject): Buffer {
  return key.export({ type: 'spki', format: 'der' })
}

/**
 * Refuses, at startup, an `alipayPublicKey` that is the public half of the merchant's own private
 * key: the most common mix-up (protocol.md §7, alipay/global-open-sdk-php#3). Nothing could ever
 * verify with it; without this check every notification gets 401 and every API call fails.
 *
 * @throws {@link AlipayConfigError} `ERR_ALIPAY_KEY_OWN_PUBLIC_KEY`.
 */
export function refuseOwnPublicKey(privateKey: KeyObject, alipayKeys: PublicKeyRing): void {
  const own = spki(createPublicKey(privateKey))
  const keys = [alipayKeys.select(undefined), ...alipayKeys.versions.map((v) => alipayKeys.select(v))]
  if (keys.some((key) => own.equals(spki(key)))) {
    throw new AlipayConfigError(
      'ERR_ALIPAY_KEY_OWN_PUBLIC_KEY',
      "alipayPublicKey is the public half of your own privateKey. It must be Alipay's public key, which the " +
        "Antom dashboard shows next to the public key you uploaded (ALIPAY_PUBLIC_KEY: Alipay's; ALIPAY_PRIVATE_KEY: yours).",
    )
  }
}
