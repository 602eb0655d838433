export { TEST_CLIENT_ID, TEST_KEYS } from './fixtures/test-keys.js'
export type { GeneratedKeyPair } from './keys/generate-key-pair.js'
export { generateKeyPair } from './keys/generate-key-pair.js'
export type { KeyPairText } from './keys/key-text.js'
export type { BuildableNotificationType } from './notifications/build-notification.js'
export { BUILDABLE_NOTIFICATION_TYPES, buildNotification } from './notifications/build-notification.js'
export type {
  SignedNotification,
  SignedNotificationHeaders,
  SignNotificationOptions,
} from './sign-notification.js'
export { signNotification } from './sign-notification.js'
export { isAcknowledgement } from './simulator/acknowledgement.js'
export type { NotifyUrlKind, NotifyUrls } from './simulator/endpoints/context.js'
export type { OpenDisputeOptions, SimulatedDispute } from './simulator/endpoints/disputes.js'
export type { SimulatorEvents, SimulatorListener } from './simulator/events.js'
export type { DeliveryAttempt, NotificationState, SimulatedNotification } from './simulator/notifier.js'
export { ALIPAY_RESEND_SCHEDULE_MS } from './simulator/notifier.js'
export type { AlipaySimulatorOptions, SimulatorFaults, SimulatorMerchant } from './simulator/options.js'
export type {
  CaptureMode,
  PaymentOutcome,
  PaymentStatus,
  PaymentView,
  RefundStatus,
  SimulatedCapture,
  SimulatedRefund,
} from './simulator/records.js'
export type { SimulatorResultCode } from './simulator/result-codes.js'
export { RESULT_CODES } from './simulator/result-codes.js'
export type { ApiRequestRecord, RecordedFile } from './simulator/server.js'
export { AlipaySimulator, createAlipaySimulator, startAlipaySimulator } from './simulator/simulator.js'
