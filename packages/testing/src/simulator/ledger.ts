import type { Amount } from '@alipay-kit/core'
import { alipayTime, type IdKind } from './ids.js'
import type {
  LedgerEffects,
  NewPayment,
  PaymentOutcome,
  PaymentRef,
  PaymentStatus,
  RefundStatus,
  SimulatedCapture,
  SimulatedPayment,
  SimulatedRefund,
} from './records.js'
import { fail, messageOf, RESULT_CODES } from './result-codes.js'

const key = (...parts: string[]) => parts.join('\n')

function sum(amounts: readonly Amount[]): bigint {
  return amounts.reduce((total, a) => total + BigInt(a.value), 0n)
}

/**
 * The simulator's payments, captures and refunds, and Alipay's rules for moving them
 * (docs/protocol.md §4, §7). Every refusal is a coded result (see result-codes.ts); nothing here
 * touches HTTP.
 */
export class Ledger {
  readonly #payments = new Map<string, SimulatedPayment>()
  readonly #paymentsByRequest = new Map<string, SimulatedPayment>()
  readonly #refunds = new Map<string, SimulatedRefund>()
  readonly #refundsByRequest = new Map<string, SimulatedRefund>()
  readonly #capturesByRequest = new Map<string, SimulatedCapture>()

  constructor(
    private readonly now: () => number,
    private readonly newId: (kind: IdKind) => string,
    private readonly effects: LedgerEffects,
  ) {}

  /** All payments, oldest first. */
  get payments(): readonly SimulatedPayment[] {
    return [...this.#payments.values()]
  }

  createPayment(input: NewPayment): SimulatedPayment {
    const existing = this.#paymentsByRequest.get(key(input.clientId, input.paymentRequestId))
    if (existing !== undefined) {
      // pay and createPaymentSession share the paymentRequestId namespace.
      fail('REPEAT_REQ_INCONSISTENT', `paymentRequestId "${input.paymentRequestId}" already names another request.`)
    }
    const payment: SimulatedPayment = {
      ...input,
      paymentId: this.newId('payment'),
      createTime: alipayTime(this.now()),
      status: 'PROCESSING',
      resultCode: 'PAYMENT_IN_PROCESS',
      resultMessage: RESULT_CODES.PAYMENT_IN_PROCESS[1],
      paymentTime: undefined,
      cancelTime: undefined,
      captures: [],
      refunds: [],
    }
    this.#payments.set(payment.paymentId, payment)
    this.#paymentsByRequest.set(key(input.clientId, input.paymentRequestId), payment)
    return payment
  }

  /** The payment a merchant names, or ORDER_NOT_EXIST (another merchant's payment does not exist for it). */
  findPayment(clientId: string, ref: PaymentRef): SimulatedPayment {
    const payment =
      ref.paymentId !== undefined
        ? this.#payments.get(ref.paymentId)
        : ref.paymentRequestId !== undefined
          ? this.#paymentsByRequest.get(key(clientId, ref.paymentRequestId))
          : fail('PARAM_ILLEGAL', 'paymentId or paymentRequestId is required.')
    if (payment === undefined || payment.clientId !== clientId) {
      fail('ORDER_NOT_EXIST', `No payment ${ref.paymentId ?? ref.paymentRequestId}.`)
    }
    return payment
  }

  /** A payment by paymentId or paymentRequestId, whichever merchant owns it: for the test-side API. */
  lookupPayment(id: string): SimulatedPayment | undefined {
    const byId = this.#payments.get(id)
    if (byId !== undefined) return byId
    return [...this.#payments.values()].find((p) => p.paymentRequestId === id)
  }

  /**
   * The customer's step: PROCESSING or PENDING becomes SUCCESS, FAIL or PENDING. An AUTOMATIC
   * card payment is captured by Alipay at once (docs: "Antom will automatically capture").
   */
  settlePayment(payment: SimulatedPayment, outcome: PaymentOutcome): void {
    if (payment.status !== 'PROCESSING' && payment.status !== 'PENDING') {
      throw new Error(
        `Payment ${payment.paymentId} is ${payment.status}; only PROCESSING or PENDING payments can be completed`,
      )
    }
    const status: PaymentStatus = outcome.status
    payment.status = status
    if (status === 'SUCCESS') {
      payment.resultCode = 'SUCCESS'
      payment.resultMessage = RESULT_CODES.SUCCESS[1]
      payment.paymentTime = alipayTime(this.now())
    } else if (status === 'FAIL') {
      const code = outcome.resultCode ?? 'USER_BALANCE_NOT_ENOUGH'
      payment.resultCode = code
      payment.resultMessage = outcome.resultMessage ?? messageOf(code) ?? 'The payment failed.'
    } else {
      payment.resultCode = 'PAYMENT_PENDING'
      payment.resultMessage = outcome.resultMessage ?? 'The payment is pending.'
    }
    this.effects.paymentSettled(payment)
    if (status === 'SUCCESS' && payment.captureMode === 'AUTOMATIC' && payment.paymentMethodType === 'CARD') {
      const capture = this.#addCapture(payment, `AUTO_${payment.paymentRequestId}`, payment.paymentAmount, true)
      this.effects.captured(payment, capture)
    }
  }

  /**
   * cancel: an unpaid payment is closed; an authorised but uncaptured MANUAL payment is voided;
   * a repeated cancel is answered again. A paid or failed payment is ORDER_STATUS_INVALID: refund
   * it instead. (Alipay can also cancel a paid payment until T+1 for some methods, by refunding
   * it; the simulator does not model that window.)
   */
  cancel(payment: SimulatedPayment): void {
    if (payment.status === 'CANCELLED') return
    const voidable = payment.status === 'SUCCESS' && payment.captureMode === 'MANUAL' && payment.captures.length === 0
    if (payment.status !== 'PROCESSING' && payment.status !== 'PENDING' && !voidable) {
      fail('ORDER_STATUS_INVALID', `Payment ${payment.paymentId} is ${payment.status} and cannot be cancelled.`)
    }
    payment.status = 'CANCELLED'
    payment.resultCode = 'ORDER_IS_CLOSED'
    payment.resultMessage = RESULT_CODES.ORDER_IS_CLOSED[1]
    payment.cancelTime = alipayTime(this.now())
  }

  /**
   * updateAmount: the amount of a MANUAL payment, authorised and not captured yet, changes (in its
   * currency), so a later capture may take up to the new amount.
   */
  updateAmount(payment: SimulatedPayment, amount: Amount): void {
    if (payment.status !== 'SUCCESS' || payment.captureMode !== 'MANUAL' || payment.captures.length > 0) {
      fail('ORDER_STATUS_INVALID', `Payment ${payment.paymentId} is not an authorisation waiting for capture.`)
    }
    if (amount.currency !== payment.paymentAmount.currency) {
      fail('CURRENCY_NOT_SUPPORT', `amount.currency must be ${payment.paymentAmount.currency}.`)
    }
    payment.paymentAmount = amount
  }

  /** The capture a merchant's captureRequestId names, for replays. */
  findCapture(clientId: string, captureRequestId: string): SimulatedCapture | undefined {
    return this.#capturesByRequest.get(key(clientId, captureRequestId))
  }

  /** capture of a MANUAL payment: once, after SUCCESS, up to the authorised amount, same currency. */
  capture(payment: SimulatedPayment, captureRequestId: string, amount: Amount): SimulatedCapture {
    if (payment.status !== 'SUCCESS') {
      fail(
        'ORDER_STATUS_INVALID',
        `Payment ${payment.paymentId} is ${payment.status}; only authorised payments are captured.`,
      )
    }
    if (payment.captureMode !== 'MANUAL') {
      fail('ORDER_STATUS_INVALID', `Payment ${payment.paymentId} is captured automatically (captureMode AUTOMATIC).`)
    }
    if (payment.captures.length > 0) {
      fail('ORDER_STATUS_INVALID', `Payment ${payment.paymentId} is already captured.`)
    }
    if (amount.currency !== payment.paymentAmount.currency) {
      fail('CURRENCY_NOT_SUPPORT', `captureAmount.currency must be ${payment.paymentAmount.currency}.`)
    }
    if (BigInt(amount.value) > BigInt(payment.paymentAmount.value)) {
      fail('CAPTURE_AMOUNT_EXCEED_AUTH_LIMIT', `At most ${payment.paymentAmount.value} can be captured.`)
    }
    const capture = this.#addCapture(payment, captureRequestId, amount, false)
    this.effects.captured(payment, capture)
    return capture
  }

  #addCapture(payment: SimulatedPayment, captureRequestId: string, amount: Amount, automatic: boolean) {
    const capture: SimulatedCapture = {
      captureId: this.newId('capture'),
      captureRequestId,
      paymentId: payment.paymentId,
      captureAmount: amount,
      captureTime: alipayTime(this.now()),
      automatic,
    }
    payment.captures.push(capture)
    this.#capturesByRequest.set(key(payment.clientId, captureRequestId), capture)
    return capture
  }

  /** What can still be refunded: the paid (or captured) amount less refunds not failed. */
  refundable(payment: SimulatedPayment): bigint {
    const paid =
      payment.captureMode === 'MANUAL'
        ? sum(payment.captures.map((c) => c.captureAmount))
        : BigInt(payment.paymentAmount.value)
    return paid - sum(payment.refunds.filter((r) => r.status !== 'FAIL').map((r) => r.refundAmount))
  }

  /** refund: of a paid (and, if MANUAL, captured) payment, in its currency, within what is left. */
  refund(
    payment: SimulatedPayment,
    input: { refundRequestId: string; refundAmount: Amount; refundNotifyUrl: string | undefined },
  ): SimulatedRefund {
    if (payment.status !== 'SUCCESS') {
      fail(
        'ORDER_STATUS_INVALID',
        `Payment ${payment.paymentId} is ${payment.status}; only paid payments are refunded.`,
      )
    }
    if (payment.captureMode === 'MANUAL' && payment.captures.length === 0) {
      fail('ORDER_STATUS_INVALID', `Payment ${payment.paymentId} is not captured yet; cancel it to release the funds.`)
    }
    if (input.refundAmount.currency !== payment.paymentAmount.currency) {
      fail('CURRENCY_NOT_SUPPORT', `refundAmount.currency must be ${payment.paymentAmount.currency}.`)
    }
    const left = this.refundable(payment)
    if (BigInt(input.refundAmount.value) > left) {
      fail('REFUND_AMOUNT_EXCEED', `At most ${left} ${payment.paymentAmount.currency} minor units are left to refund.`)
    }
    const refund: SimulatedRefund = {
      clientId: payment.clientId,
      refundId: this.newId('refund'),
      refundRequestId: input.refundRequestId,
      paymentId: payment.paymentId,
      refundAmount: input.refundAmount,
      refundNotifyUrl: input.refundNotifyUrl,
      createTime: alipayTime(this.now()),
      status: 'PROCESSING',
      refundTime: undefined,
      resultCode: 'REFUND_IN_PROCESS',
      resultMessage: 'The refund is being processed.',
    }
    payment.refunds.push(refund)
    this.#refunds.set(refund.refundId, refund)
    this.#refundsByRequest.set(key(payment.clientId, input.refundRequestId), refund)
    return refund
  }

  /** The refund a merchant names (refundId wins), or REFUND_NOT_EXIST. */
  findRefund(clientId: string, ref: { refundId?: string | undefined; refundRequestId?: string | undefined }) {
    const refund =
      ref.refundId !== undefined
        ? this.#refunds.get(ref.refundId)
        : ref.refundRequestId !== undefined
          ? this.#refundsByRequest.get(key(clientId, ref.refundRequestId))
          : fail('PARAM_ILLEGAL', 'refundId or refundRequestId is required.')
    if (refund === undefined || refund.clientId !== clientId) {
      fail('REFUND_NOT_EXIST', `No refund ${ref.refundId ?? ref.refundRequestId}.`)
    }
    return refund
  }

  /** A refund by refundId or refundRequestId, whichever merchant owns it: for the test-side API. */
  lookupRefund(id: string): SimulatedRefund | undefined {
    return this.#refunds.get(id) ?? [...this.#refunds.values()].find((r) => r.refundRequestId === id)
  }

  /** Moves a PROCESSING refund to SUCCESS or FAIL and tells the merchant. */
  settleRefund(refund: SimulatedRefund, status: Exclude<RefundStatus, 'PROCESSING'>, resultCode?: string): void {
    if (refund.status !== 'PROCESSING') {
      throw new Error(`Refund ${refund.refundId} is ${refund.status}; only PROCESSING refunds can be completed`)
    }
    const payment = this.#payments.get(refund.paymentId) as SimulatedPayment
    refund.status = status
    if (status === 'SUCCESS') {
      refund.refundTime = alipayTime(this.now())
      refund.resultCode = 'SUCCESS'
      refund.resultMessage = RESULT_CODES.SUCCESS[1]
    } else {
      refund.resultCode = resultCode ?? 'PROCESS_FAIL'
      refund.resultMessage = messageOf(refund.resultCode) ?? 'The refund failed.'
    }
    this.effects.refundSettled(payment, refund)
  }
}
