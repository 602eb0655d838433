import type { AlipayNotification, NotificationDelivery, NotificationHandlerOptions } from '@alipay-kit/core/web'
import type { WebAlipayClient } from '@alipay-kit/web'
import type { Context } from 'hono'

/**
 * What the middleware puts on the context, typed through Hono's variables: `c.get('alipay')` /
 * `c.var.alipay` after `alipayClient()`, the verified notification after `alipayNotify()` without
 * handlers.
 */
export type AlipayVariables = {
  /** The API client `alipayClient()` created once for the app. */
  alipay: WebAlipayClient
  /** The verified notification, for a route behind `alipayNotify()` without handlers. */
  alipayNotification: AlipayNotification
  /** The claim that delivery holds (protocol.md §9.10). */
  alipayDelivery: NotificationDelivery
}

/** The Hono environment the middlewares declare: `c.var.alipay` and the notification variables. */
export type AlipayHonoEnv = {
  /** What `c.get()` / `c.var` hold. */
  Variables: AlipayVariables
}

declare module 'hono' {
  interface ContextVariableMap extends AlipayVariables {}
}

/** Options of `alipayNotify()`: core's notification options, handlers receiving the Hono `Context`. */
export interface AlipayHonoNotifyOptions extends NotificationHandlerOptions<Context> {
  /**
   * The path served when the middleware is mounted with `app.use()`, under the mount's prefix
   * (`app.route('/shop', shop)` with `shop.use(alipayNotify())` serves `/shop/alipay/notify`).
   * On a route (`app.post('/pay/notify', alipayNotify(...))`) the route is served.
   * @default '/alipay/notify'
   */
  readonly path?: string
}
