import type {
  AlipayClient,
  AlipayClientOptions,
  AlipayConfigOptions,
  AlipayNotification,
  NotificationDelivery,
  NotificationHandlerOptions,
} from '@alipay-kit/core'
import type { Context } from 'koa'

declare module 'koa' {
  interface DefaultState {
    /** The verified, typed notification; set by `alipayNotify()` when it has no handlers. */
    alipayNotification?: AlipayNotification
    /** The claim this delivery holds (exactly-once processing); set with `alipayNotification`. */
    alipayDelivery?: NotificationDelivery
  }
  interface DefaultContext {
    /** The authenticated API client; set by `alipayClient()`. Read it with `getAlipay(ctx)`. */
    alipay?: AlipayClient
  }
}

/**
 * Options of `alipayNotify()`. Every key setting falls back to its environment variable
 * (`ALIPAY_PUBLIC_KEY`, `ALIPAY_CLIENT_ID`); handlers receive the notification and `ctx`.
 * `privateKey` and the gateway settings are accepted so one options object can serve both
 * middlewares, and are not used here.
 */
export interface AlipayNotifyOptions
  extends AlipayConfigOptions,
    Omit<NotificationHandlerOptions<Context>, 'alipayPublicKey' | 'clientId'> {}

/**
 * Options of `alipayClient()`: those of core's `createAlipayClient`, each falling back to its
 * environment variable (`ALIPAY_CLIENT_ID`, `ALIPAY_PRIVATE_KEY`, `ALIPAY_PUBLIC_KEY`,
 * `ALIPAY_REGION` or `ALIPAY_BASE_URL`, `ALIPAY_SANDBOX`).
 */
export type AlipayClientMiddlewareOptions = Partial<AlipayClientOptions>
