import { describe, expectTypeOf, it } from 'vitest'
import type {
  AlipayClient,
  AlipayOutcome,
  ApiResponse,
  CreatePayoutResponse,
  EndpointName,
  InquireTokenResponse,
  InquiryPaymentResponse,
  InvoiceInquireDetailsResponse,
  PaymentStatus,
  PayResponse,
  RiskDecideResponse,
} from '../../src/index.js'

declare const client: AlipayClient

describe('client types', () => {
  it('types each method by endpoint and discriminates S from U on status', async () => {
    const outcome = await client.pay({
      productCode: 'CASHIER_PAYMENT',
      paymentRequestId: 'o-1',
      paymentAmount: { currency: 'USD', value: '100' },
      paymentMethod: { paymentMethodType: 'ALIPAY_CN' },
    })
    expectTypeOf(outcome).toEqualTypeOf<AlipayOutcome<PayResponse>>()
    if (outcome.status === 'U') {
      expectTypeOf(outcome.inProcess).toEqualTypeOf<boolean>()
      expectTypeOf(outcome.response.normalUrl).toEqualTypeOf<string | undefined>()
    } else {
      expectTypeOf(outcome).not.toHaveProperty('inProcess')
    }
    const inquiry = await client.inquiryPayment({ paymentId: 'a-1' })
    expectTypeOf(inquiry.response).toEqualTypeOf<InquiryPaymentResponse>()
    expectTypeOf(inquiry.response.paymentStatus).toEqualTypeOf<PaymentStatus | undefined>()
  })

  it('requires a payment reference and a typed generic request', async () => {
    // @ts-expect-error neither paymentRequestId nor paymentId
    client.inquiryPayment({})
    // @ts-expect-error refund needs refundRequestId, paymentId and refundAmount
    client.refund({ paymentId: 'a-1' })
    const custom = await client.request<ApiResponse & { cardBrand?: string }>('/v1/payments/getCardInfo', {})
    expectTypeOf(custom.response.cardBrand).toEqualTypeOf<string | undefined>()
  })

  it('takes the per-call sandbox and maxResponseBytes options, typed', () => {
    client.inquiryPayment({ paymentId: 'a-1' }, { sandbox: false, maxResponseBytes: 1024 })
    // @ts-expect-error sandbox is a boolean
    client.inquiryPayment({ paymentId: 'a-1' }, { sandbox: 'no' })
    expectTypeOf(client.config.maxResponseBytes).toEqualTypeOf<number>()
    expectTypeOf(client.config.responseTimeWindow).toEqualTypeOf<
      { readonly maxAgeMs: number; readonly maxFutureMs: number } | false
    >()
  })

  it('groups every endpoint, typed, and keeps each flat method as its grouped one (issue 12)', async () => {
    expectTypeOf(client.pay).toEqualTypeOf(client.payments.pay)
    expectTypeOf(client.declareCustoms).toEqualTypeOf(client.customs.declare)
    const token = await client.vaults.inquireToken({ token: 't' })
    expectTypeOf(token.response).toEqualTypeOf<InquireTokenResponse>()
    expectTypeOf(token.response.tokenExpiryTime).toEqualTypeOf<string | undefined>()
    // @ts-expect-error inquireToken names its token
    client.vaults.inquireToken({})
    const decision = await client.risk.decide({ referenceTransactionId: 'r-1' })
    expectTypeOf(decision.response).toEqualTypeOf<RiskDecideResponse>()
    const payout = await client.marketplace.createPayout({ transferRequestId: 'p-1' })
    expectTypeOf(payout.response).toEqualTypeOf<CreatePayoutResponse>()
    // @ts-expect-error a payout needs its idempotency key
    client.marketplace.createPayout({})
    const invoice = await client.billing.invoices.inquireDetails({ invoiceId: 'i-1' })
    expectTypeOf(invoice.response).toEqualTypeOf<InvoiceInquireDetailsResponse>()
    // Enums of the new families are open: a value Alipay adds later type-checks.
    client.aba.updateCardStatus({ assetId: 'a', operateType: 'SUSPEND_LATER' })
    expectTypeOf<'billing.invoices.create'>().toMatchTypeOf<EndpointName>()
    expectTypeOf<'refund'>().toMatchTypeOf<EndpointName>()
    // @ts-expect-error not an endpoint
    expectTypeOf<'billing.invoices.teleport'>().toMatchTypeOf<EndpointName>()
  })
})
