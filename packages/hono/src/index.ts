export { alipayClient } from './client.js'
export { alipayNotify, sendAlipayAck } from './notify.js'
export type { AlipayHonoNotifyOptions, AlipayVariables } from './types.js'
