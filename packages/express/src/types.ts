import type {
  AlipayClient,
  AlipayClientOptions,
  AlipayConfigOptions,
  AlipayNotification,
  NotificationDelivery,
  NotificationHandlerOptions,
} from '@alipay-kit/core'
import type { Request } from 'express'

declare global {
  namespace Express {
    interface Request {
      /** The authenticated API client; set by `alipayClient()`. Read it with `getAlipay(req)`. */
      alipay?: AlipayClient
      /** The verified, typed notification; set by `alipayNotify()` when it has no handlers. */
      alipayNotification?: AlipayNotification
      /** The claim this delivery holds (exactly-once processing); set with `alipayNotification`. */
      alipayDelivery?: NotificationDelivery
    }
  }
}

/**
 * Options of `alipayNotify()`. Every key setting falls back to its environment variable
 * (`ALIPAY_PUBLIC_KEY`, `ALIPAY_CLIENT_ID`); handlers receive the notification and `req`.
 * `privateKey` and the gateway settings are accepted so one options object can serve both
 * middlewares, and are not used here.
 */
export interface AlipayNotifyOptions
  extends AlipayConfigOptions,
    Omit<NotificationHandlerOptions<Request>, 'alipayPublicKey' | 'clientId'> {}

/**
 * Options of `alipayClient()`: those of core's `createAlipayClient`, each falling back to its
 * environment variable (`ALIPAY_CLIENT_ID`, `ALIPAY_PRIVATE_KEY`, `ALIPAY_PUBLIC_KEY`,
 * `ALIPAY_REGION` or `ALIPAY_BASE_URL`, `ALIPAY_SANDBOX`).
 */
export type AlipayClientMiddlewareOptions = Partial<AlipayClientOptions>
