export type { AlipayClientMiddleware } from './client.js'
export { alipayClient, getAlipay } from './client.js'
export { alipayNotify, sendAlipayAck } from './notify.js'
export type { AlipayClientMiddlewareOptions, AlipayNotifyOptions } from './types.js'
