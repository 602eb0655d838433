import type {
  AlipayClient,
  AlipayClientOptions,
  AlipayNotification,
  NotificationDelivery,
  NotificationHandlerOptions,
} from '@alipay-kit/core'
import type { FastifyRequest, RouteHandlerMethod } from 'fastify'

declare module 'fastify' {
  interface FastifyInstance {
    /** The authenticated API client, created once at register time. */
    alipay: AlipayClient
  }
  interface FastifyRequest {
    /** The app's API client (the same instance as `fastify.alipay`). */
    alipay: AlipayClient
    /** The verified, typed notification on the notify route with a `notify.handler`; `null` elsewhere. */
    alipayNotification: AlipayNotification | null
    /** The claim this delivery holds (exactly-once processing) with `notify.handler`; `null` elsewhere. */
    alipayDelivery: NotificationDelivery | null
  }
}

/**
 * The notify route. Give handlers (`on`, `onNotification`: they receive the notification and the
 * `request`), or your own route `handler`, which runs after verification with
 * `request.alipayNotification` set and answers with `sendAlipayAck(reply)`.
 */
export interface AlipayNotifyRouteOptions
  extends Omit<NotificationHandlerOptions<FastifyRequest>, 'alipayPublicKey' | 'clientId'> {
  /** Your route handler, instead of `on` / `onNotification`. A verification failure never reaches it. */
  readonly handler?: RouteHandlerMethod
}

/**
 * Options of the plugin: the API client's (each falling back to its environment variable:
 * `ALIPAY_CLIENT_ID`, `ALIPAY_PRIVATE_KEY`, `ALIPAY_PUBLIC_KEY`, `ALIPAY_REGION` or
 * `ALIPAY_BASE_URL`, `ALIPAY_SANDBOX`) and `notify` for the notification route. `clientId` and
 * `alipayPublicKey` serve both.
 */
export interface AlipayPluginOptions extends Partial<AlipayClientOptions> {
  /** Serve notifications; without it the plugin only provides the client. */
  readonly notify?: AlipayNotifyRouteOptions
}
