import { refuseOwnPublicKey } from '../key-mixup.js'
import { importPrivateKey, importPublicKeyRing } from '../keys.js'
import { sign } from '../sign.js'
import { verify } from '../verify.js'
import { buildAlipayClient } from './create-client.js'
import { type ClientCrypto, type ResolvedClientOptions, resolveClientSettings } from './options.js'
import type { AlipayClient, AlipayClientOptions } from './types.js'

/**
 * The Node client's crypto (issue 11): keys imported once through node:crypto, the merchant's own
 * public key refused as Alipay's, and synchronous sign and verify.
 */
function nodeClientCrypto(options: AlipayClientOptions): ClientCrypto {
  const privateKey = importPrivateKey(options.privateKey, 'privateKey')
  const publicKeys = importPublicKeyRing(options.alipayPublicKey, 'alipayPublicKey')
  refuseOwnPublicKey(privateKey, publicKeys)
  const keyVersion = options.keyVersion ?? 1
  return {
    sign: (input) => sign(input, privateKey, { keyVersion }),
    verify: (input, header) => verify(input, header, publicKeys),
  }
}

/**
 * Validates every option once and imports the keys through node:crypto.
 *
 * @throws {@link AlipayConfigError} `ERR_ALIPAY_CONFIG_MISSING`, `ERR_ALIPAY_OPTION_INVALID` or a
 *   key code (`ERR_ALIPAY_KEY_*`); each message names the option and the accepted forms.
 */
export function resolveClientOptions(options: AlipayClientOptions): ResolvedClientOptions {
  return resolveClientSettings(options, nodeClientCrypto)
}

/**
 * Creates the authenticated Alipay API client. Options are validated and keys imported here, once.
 *
 * Each call signs the JSON body (docs/protocol.md §1), verifies the response signature over the exact
 * bytes before parsing anything (fail-closed, §9.6), resends only when safe (§7), and resolves
 * with an {@link AlipayOutcome}:
 * - `status: 'S'`: success.
 * - `status: 'U'`: not a success and not a failure (in process, or unknown): redirect the buyer if
 *   the response says so, then wait for the notification or inquire. Never fulfil an order on it.
 * - result F throws {@link AlipayApiError} `ERR_ALIPAY_API_FAILED`: the only definite failure. Any
 *   other error (HTTP status, response signature, timeout, network) leaves the outcome unknown.
 *
 * @throws {@link AlipayConfigError} when an option is missing or malformed.
 * @example
 * ```ts
 * const alipay = createAlipayClient({
 *   clientId: process.env.ALIPAY_CLIENT_ID!,
 *   privateKey: process.env.MERCHANT_PRIVATE_KEY!,
 *   alipayPublicKey: process.env.ALIPAY_PUBLIC_KEY!,
 *   region: 'SEA',
 * })
 * const outcome = await alipay.pay({
 *   productCode: 'CASHIER_PAYMENT',
 *   paymentRequestId: order.id,
 *   paymentAmount: { currency: 'USD', value: '1000' },
 *   paymentMethod: { paymentMethodType: 'ALIPAY_CN' },
 *   paymentRedirectUrl: 'https://shop.example/return',
 *   paymentNotifyUrl: 'https://shop.example/alipay/notify',
 * })
 * if (outcome.status === 'U' && outcome.response.normalUrl) return res.redirect(outcome.response.normalUrl)
 * ```
 */
export function createAlipayClient(options: AlipayClientOptions): AlipayClient {
  return buildAlipayClient(resolveClientOptions(options))
}
