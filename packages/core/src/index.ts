export type { EndpointName } from './client/endpoints.js'
export { apiPath, ENDPOINT_PATHS } from './client/endpoints.js'
export type * from './client/models/common.js'
export type * from './client/models/disputes-customs.js'
export type * from './client/models/payments.js'
export type * from './client/models/vaulting-subscriptions.js'
export { createAlipayClient } from './client/node.js'
export { REGION_DOMAINS } from './client/options.js'
export { requireSuccess } from './client/outcome.js'
export type {
  AlipayClient,
  AlipayClientOptions,
  AlipayOutcome,
  AlipayPending,
  AlipayRegion,
  AlipaySuccess,
  ApiMethod,
  FetchLike,
  RequestOptions,
} from './client/types.js'
export type { AlipayClientConfig, AlipayConfigOptions, AlipayEnv, AlipayNotifyConfig } from './config.js'
export { ALIPAY_ENV, resolveAlipayClientConfig, resolveAlipayConfig } from './config.js'
export type { BatcherOptions, BatchRunner } from './dedupe/batch.js'
export { createBatcher } from './dedupe/batch.js'
export type { MemoryNotificationStoreOptions } from './dedupe/memory-store.js'
export { memoryNotificationStore } from './dedupe/memory-store.js'
export { notificationKey } from './dedupe/notification-key.js'
export type { ClaimOutcome, NotificationDelivery, NotificationStore } from './dedupe/store.js'
export type {
  AlipayErrorCode,
  ApiErrorCode,
  ConfigErrorCode,
  HandlerErrorCode,
  RequestErrorCode,
  SignatureErrorCode,
  TransportErrorCode,
} from './errors.js'
export {
  AlipayApiError,
  AlipayConfigError,
  AlipayError,
  AlipayHandlerError,
  AlipayRequestError,
  AlipaySignatureError,
  AlipayTransportError,
  ERROR_CODES,
  isAlipayError,
} from './errors.js'
export type { HeadersLike } from './headers.js'
export { readHeader } from './headers.js'
export { httpStatusOf } from './http-status.js'
export type { JsonWebKeyInput, KeyInput, PublicKeyRingInput } from './keys.js'
export { importPrivateKey, importPublicKey, importPublicKeyRing, PublicKeyRing } from './keys.js'
export type {
  NotificationCallback,
  NotificationHandler,
  NotificationHandlerOptions,
  NotificationHandlers,
  NotificationLogger,
  NotificationReceipt,
  ReceiveResult,
} from './notification/handler.js'
export { DEFAULT_NOTIFY_LIMIT, DEFAULT_NOTIFY_PATH } from './notification/handler.js'
export { createNotificationHandler, verifyNotification } from './notification/node.js'
export { isNotificationType, notificationType, parseNotification } from './notification/parse.js'
export type { NotificationReply } from './notification/reply.js'
export { ACK_REPLY, NOTIFICATION_ACK, replyForError } from './notification/reply.js'
export type * from './notification/types.js'
export type {
  IncomingNotification,
  VerifiedNotification,
  VerifyNotificationOptions,
} from './notification/verify-notification.js'
export type { RequestTimeWindow } from './protocol/request-time.js'
export { parseRequestTime } from './protocol/request-time.js'
export type { SignInput } from './protocol/sign-content.js'
export { buildSignContent } from './protocol/sign-content.js'
export type { SignatureHeader, SignatureHeaderParts } from './protocol/signature-header.js'
export { formatSignatureHeader, parseSignatureHeader } from './protocol/signature-header.js'
export type { SignOptions } from './sign.js'
export { sign } from './sign.js'
export type { PublicKeys } from './verify.js'
export { verify } from './verify.js'
