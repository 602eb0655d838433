export { alipayClient } from './client.js'
export { alipayNotify, sendAlipayAck } from './notify.js'
export type { AlipayHonoEnv, AlipayHonoNotifyOptions, AlipayVariables } from './types.js'
