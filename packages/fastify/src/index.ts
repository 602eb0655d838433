import { alipay } from './plugin.js'

export { sendAlipayAck } from './ack.js'
export { getAlipay } from './get-alipay.js'
export { alipay } from './plugin.js'
export type { AlipayNotifyRouteOptions, AlipayPluginOptions } from './types.js'
export default alipay
