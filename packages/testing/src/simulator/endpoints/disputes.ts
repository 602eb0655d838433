import type { Amount, DisputeNotificationType } from '@alipay-kit/core'
import { requiredString } from '../fields.js'
import { alipayTime } from '../ids.js'
import type { SimulatedPayment } from '../records.js'
import { fail, resultOf } from '../result-codes.js'
import type { ApiCall, Endpoint, EndpointDeps } from './context.js'

/** A dispute (chargeback) opened by {@link AlipaySimulator.openDispute}. */
export interface SimulatedDispute {
  /** The dispute id the simulator assigned. */
  readonly disputeId: string
  /** The client id of the disputed payment. */
  readonly clientId: string
  /** The disputed payment's `paymentId`. */
  readonly paymentId: string
  /** The disputed payment's `paymentRequestId`. */
  readonly paymentRequestId: string
  /** The disputed amount: `amount` when given, else the whole payment amount. */
  readonly disputeAmount: Amount
  /** The card scheme reason code: `reasonCode` when given, else `'4853'`. */
  readonly disputeReasonCode: string
  /** When it was opened, as `yyyy-MM-ddTHH:mm:ss+08:00`. */
  readonly disputeTime: string
  /** The defence deadline, seven days after `disputeTime`. */
  readonly defenseDueTime: string
  /** `OPEN` until `acceptDispute` (`ACCEPTED`) or `supplyDefenseDocument` (`DEFENDED`). */
  status: 'OPEN' | 'ACCEPTED' | 'DEFENDED'
}

/** What a test may set when it opens a dispute. */
export interface OpenDisputeOptions {
  /** @default the whole payment amount */
  readonly amount?: Amount
  /** A card scheme reason code. @default '4853' (cardholder dispute) */
  readonly reasonCode?: string
  /** Where DISPUTE_CREATED goes. @default the dashboard dispute URL, else the payment's notify URL */
  readonly notifyUrl?: string
}

/**
 * Disputes, simply: a test opens one on a paid payment (the buyer's bank is not simulated), which
 * sends DISPUTE_CREATED; acceptDispute and supplyDefenseDocument close it, and
 * downloadDisputeEvidence returns a placeholder document.
 */
export class Disputes {
  readonly #disputes = new Map<string, SimulatedDispute>()
  readonly #deps: () => EndpointDeps

  constructor(deps: () => EndpointDeps) {
    this.#deps = deps
  }

  open(payment: SimulatedPayment, options: OpenDisputeOptions = {}): SimulatedDispute {
    if (payment.status !== 'SUCCESS') {
      throw new Error(`Payment ${payment.paymentId} is ${payment.status}; only paid payments can be disputed`)
    }
    const deps = this.#deps()
    const now = deps.now()
    const dispute: SimulatedDispute = {
      disputeId: deps.newId('dispute'),
      clientId: payment.clientId,
      paymentId: payment.paymentId,
      paymentRequestId: payment.paymentRequestId,
      disputeAmount: options.amount ?? payment.paymentAmount,
      disputeReasonCode: options.reasonCode ?? '4853',
      disputeTime: alipayTime(now),
      defenseDueTime: alipayTime(now + 7 * 24 * 60 * 60 * 1000),
      status: 'OPEN',
    }
    this.#disputes.set(dispute.disputeId, dispute)
    // No API request names a dispute URL: Alipay uses the one configured in the dashboard, so it
    // comes before the payment's notify URL (the fallback when none is configured).
    const url = options.notifyUrl ?? deps.notifyUrls.dispute ?? payment.paymentNotifyUrl
    this.#tell(dispute, 'DISPUTE_CREATED', url, payment.sandbox)
    return dispute
  }

  #tell(d: SimulatedDispute, type: DisputeNotificationType, url: string | undefined, sandbox: boolean): void {
    this.#deps().notify(
      'dispute',
      url,
      { clientId: d.clientId, sandbox },
      {
        disputeNotificationType: type,
        disputeId: d.disputeId,
        paymentId: d.paymentId,
        paymentRequestId: d.paymentRequestId,
        disputeTime: d.disputeTime,
        disputeAmount: d.disputeAmount,
        disputeReasonCode: d.disputeReasonCode,
        defenseDueTime: d.defenseDueTime,
        defendable: true,
      },
    )
  }

  #find(call: ApiCall): SimulatedDispute {
    const id = requiredString(call.body, 'disputeId')
    const d = this.#disputes.get(id)
    if (d === undefined || d.clientId !== call.clientId) fail('DISPUTE_NOT_EXIST', `No dispute ${id}.`)
    return d
  }

  #close(call: ApiCall, status: 'ACCEPTED' | 'DEFENDED') {
    const d = this.#find(call)
    if (d.status !== 'OPEN') fail('DISPUTE_STATUS_INVALID', `Dispute ${d.disputeId} is ${d.status}.`)
    d.status = status
    return {
      result: resultOf('SUCCESS'),
      disputeId: d.disputeId,
      disputeResolutionTime: alipayTime(this.#deps().now()),
    }
  }

  readonly endpoints: { readonly [path: string]: Endpoint } = {
    '/v1/payments/acceptDispute': (_deps, call) => this.#close(call, 'ACCEPTED'),
    '/v1/payments/supplyDefenseDocument': (_deps, call) => {
      requiredString(call.body, 'disputeEvidence', 10 * 1024 * 1024)
      return this.#close(call, 'DEFENDED')
    },
    '/v1/payments/downloadDisputeEvidence': (_deps, call) => {
      this.#find(call)
      requiredString(call.body, 'disputeEvidenceType')
      return {
        result: resultOf('SUCCESS'),
        disputeEvidence: Buffer.from('%PDF-1.4\n% simulated dispute evidence\n').toString('base64'),
        disputeEvidenceFormat: 'PDF',
      }
    },
  }
}
