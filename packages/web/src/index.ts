export type {
  AlipayClient,
  AlipayClientOptions,
  AlipayErrorCode,
  AlipayNotification,
  AlipayOutcome,
  AlipayRegion,
  IncomingNotification,
  KeyInput,
  NotificationCallback,
  NotificationDelivery,
  NotificationHandlers,
  NotificationReply,
  NotificationStore,
  NotificationType,
  PublicKeys,
  RequestOptions,
  RequestTimeWindow,
  SignInput,
} from '@alipay-kit/core/web'
export {
  ACK_REPLY,
  AlipayApiError,
  AlipayConfigError,
  AlipayError,
  AlipayHandlerError,
  AlipayRequestError,
  AlipaySignatureError,
  AlipayTransportError,
  buildSignContent,
  formatSignatureHeader,
  httpStatusOf,
  isAlipayError,
  memoryNotificationStore,
  NOTIFICATION_ACK,
  parseNotification,
  parseSignatureHeader,
  REGION_DOMAINS,
  requireSuccess,
} from '@alipay-kit/core/web'
export type { WebAlipayClient } from './client.js'
export { createAlipayClient } from './client.js'
export { importPrivateKey, importPublicKey, importPublicKeyRing, WebPublicKeyRing } from './keys/key-ring.js'
export type { AlipayFetchHandler, AlipayWebNotifyOptions } from './notify/alipay-notify.js'
export { alipayNotify } from './notify/alipay-notify.js'
// The building blocks of @alipay-kit/hono and other hosts (internal; their shape may change).
export type { WebNotificationEndpoint } from './notify/endpoint.js'
export { createWebEndpoint, toResponse } from './notify/endpoint.js'
export type { SignOptions } from './sign.js'
export { sign } from './sign.js'
export { verify } from './verify.js'
