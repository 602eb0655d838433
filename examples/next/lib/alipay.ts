import { createAlipayClient } from '@alipay-kit/web'

/**
 * One client for the app, created when the module is first imported (once per server instance or
 * edge isolate). Keys come from the environment as the dashboard gives them; jose imports them once.
 */
export const alipay = createAlipayClient({
  clientId: process.env.ALIPAY_CLIENT_ID as string,
  privateKey: process.env.ALIPAY_PRIVATE_KEY as string,
  alipayPublicKey: process.env.ALIPAY_PUBLIC_KEY as string,
  // A region in production; the local simulator (npx @alipay-kit/cli simulate) in development.
  ...(process.env.ALIPAY_BASE_URL ? { baseUrl: process.env.ALIPAY_BASE_URL } : { region: 'SEA' as const }),
})
