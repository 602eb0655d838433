/**
 * `@alipay-kit/core/web`: everything in core that runs without Node (issue 11), for runtimes with
 * `Request`/`Response` and WebCrypto (Workers, Deno, Bun, edge functions). Nothing reachable from
 * here imports `node:*`, reads `Buffer` or `process`, or allocates when it loads; tsconfig.web.json
 * checks that at compile time and test/web-entry.test.ts imports it with `Buffer` deleted.
 * `@alipay-kit/web` builds the Web notification handler, client, sign and verify on it, with keys
 * imported through jose. The building blocks below the line are its internals: not for apps.
 */

// The building blocks of @alipay-kit/web (internal; their shape may change in any release).
export { buildAlipayClient } from './client/create-client.js'
export type { EndpointName } from './client/endpoints.js'
export { apiPath, ENDPOINT_PATHS } from './client/endpoints.js'
export type * from './client/models/common.js'
export type * from './client/models/disputes-customs.js'
export type * from './client/models/payments.js'
export type * from './client/models/vaulting-subscriptions.js'
export {
  type ClientCrypto,
  REGION_DOMAINS,
  type ResolvedClientOptions,
  resolveClientSettings,
} from './client/options.js'
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
export type { JsonWebKeyInput, KeyInput, KeyLike, PublicKeyRingInput, PublicKeys } from './key-input.js'
export { keyTextMistake, restoreLineBreaks } from './key-text.js'
export type {
  NotificationCallback,
  NotificationHandler,
  NotificationHandlerOptions,
  NotificationHandlers,
  NotificationLogger,
  NotificationReceipt,
  ReceiveResult,
} from './notification/handler.js'
export { createNotificationFlow, DEFAULT_NOTIFY_LIMIT, DEFAULT_NOTIFY_PATH } from './notification/handler.js'
export { isNotificationType, notificationType, parseNotification } from './notification/parse.js'
export type { NotificationReply } from './notification/reply.js'
export { ACK_REPLY, NOTIFICATION_ACK, replyForError } from './notification/reply.js'
export type * from './notification/types.js'
export type {
  IncomingNotification,
  VerifiedNotification,
  VerifyNotificationOptions,
} from './notification/verify-notification.js'
export {
  createVerifierSteps,
  type NotificationVerifier,
  type PreparedNotification,
  type VerifierSteps,
} from './notification/verify-notification.js'
export { decodeBase64, encodeBase64 } from './protocol/base64.js'
export type { RequestTimeWindow } from './protocol/request-time.js'
export { parseRequestTime } from './protocol/request-time.js'
export type { SignInput } from './protocol/sign-content.js'
export { buildSignContent, ownSignData, signDataInto } from './protocol/sign-content.js'
export type { SignatureHeader, SignatureHeaderParts } from './protocol/signature-header.js'
export {
  type DecodedSignatureHeader,
  decodeSignatureHeader,
  formatSignatureHeader,
  parseSignatureHeader,
} from './protocol/signature-header.js'
export type { KeyRing } from './runtime/provider.js'
export { type WebCryptoKey, webSign, webVerify } from './runtime/web.js'
