import type { RefundFromMethod } from '../client/models/aba-funds.js'
import type { TransferFromDetail, TransferToDetail } from '../client/models/marketplace-objects.js'
import type { FailReason } from '../client/models/notification-objects.js'
import type { Amount, Result } from './types.js'

/*
 * The notifications of transfers, payouts and the Antom Business Account (ABA): J
 * `request/ams/notify/AlipayABATransferNotify`, `AlipayDirectRefundNotify`, `AlipayCardStatusNotify`
 * and `AlipayCardBillNotify`, with the fields the Antom pages mark required (docs/notifications.md
 * gives each page). As everywhere in the catalogue, only what every source shows always present is
 * required; a value set Alipay may extend is typed `'A' | (string & {})`.
 */

/**
 * notifyTransfer and notifyPayout (marketplace `createTransfer` and `createPayout`, ABA transfers):
 * recognised by `transferResult`, the transfer's own outcome. The body has no `notifyType`.
 */
export interface TransferResultNotification {
  readonly notifyType?: string
  readonly result?: Result
  /** Your idempotency key of the transfer or payout. */
  readonly transferRequestId: string
  readonly transferId: string
  /** The transfer's outcome: S transferred, F failed (see `resultCode`), U unknown. */
  readonly transferResult: Result
  readonly transferFinishTime?: string
  /** Returned when `transferResult.resultStatus` is S, the payout page says. */
  readonly transferFromDetail?: TransferFromDetail
  /** Returned when `transferResult.resultStatus` is S, the payout page says. */
  readonly transferToDetail?: TransferToDetail
  readonly businessSceneCode?: 'THIRD_PARTY_TRANSFER' | (string & {})
}

/**
 * notifyDirectRefund: the refund of an ABA direct payment. It shares `notifyType: 'REFUND_RESULT'`
 * with notifyRefund, and is told apart by the fields only it has (`refundFromMethod`,
 * `refundFromAmount`, `refundToAmount`, `refundResultCode`, `refundResultMessage`). Its page shows
 * no `result` and no `refundAmount`.
 */
export interface DirectRefundNotification {
  readonly notifyType?: 'REFUND_RESULT'
  readonly result?: Result
  /** SUCCESS or FAIL on the page; a plain string in the SDKs. */
  readonly refundStatus: 'SUCCESS' | 'FAIL' | (string & {})
  readonly refundId?: string
  readonly paymentId?: string
  readonly refundRequestId?: string
  readonly refundTime?: string
  /** Returned when `refundStatus` is FAIL. */
  readonly refundResultCode?: string
  /** Returned when `refundStatus` is FAIL. */
  readonly refundResultMessage?: string
  readonly refundFromMethod?: RefundFromMethod
  readonly refundFromAmount?: Amount
  readonly refundToAmount?: Amount
}

/** notifyCardStatus: an issued card was frozen, unfrozen or cancelled. Recognised by `cardStatus` with `assetId`. */
export interface CardStatusNotification {
  readonly notifyType?: string
  readonly result?: Result
  /** The `requestId` of the `updateCardStatus` (or `applyCard`) call behind the change. */
  readonly requestId?: string
  readonly assetId: string
  readonly operateType?: 'ADD' | 'FREEZE' | 'UNFREEZE' | 'CANCEL' | (string & {})
  readonly cardStatus: 'ACTIVE' | 'FROZEN' | 'CANCEL' | (string & {})
  readonly createdTime?: string
  readonly updatedTime?: string
  /** MASTERCARD when absent, the page says. */
  readonly cardBrand?: string
}

/** notifyCardBill: one authorisation (a bill) on an issued card. Recognised by `billNo`. */
export interface CardBillNotification {
  readonly notifyType?: string
  readonly result?: Result
  readonly billNo: string
  readonly assetId?: string
  readonly maskedCardNo?: string
  /** The payment the bill belongs to; one order may hold several bills. */
  readonly orderNo?: string
  readonly cardNickName?: string
  readonly transactionTime?: string
  readonly merchantName?: string
  readonly tradeAmount: Amount
  readonly inAmount?: Amount
  readonly outAmount?: Amount
  readonly exchangeRate?: string
  /** CARD_PAYMENT by default, the page says. */
  readonly billType?: 'CARD_PAYMENT' | (string & {})
  readonly tradeCountry?: string
  /** The page lists WAITING_CLEARANCE among others; open. */
  readonly billStatus: string
  readonly billFailReason?: FailReason
  readonly lastUpdate?: string
  readonly metadata?: { readonly [key: string]: string }
}
