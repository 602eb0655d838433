import { expect } from 'vitest'
import { type Env, id, type Row, usd } from './env.js'

const first = (list: unknown, field: string) => (list as Array<Record<string, unknown>>).map((x) => x[field])

/** Billing: the catalog, a customer, invoices with credit notes and receipts, subscriptions. */
export const BILLING_ROWS: readonly Row[] = [
  {
    method: 'billing.customers.create',
    body: () => ({ customerRequestId: id('CUSTOMER'), email: 'ada@example.com', firstName: 'Ada', country: 'SG' }),
    check: (r, env) => {
      expect(r.status).toBe('ACTIVE')
      env.ctx.customerId = String(r.customerId)
    },
  },
  {
    method: 'billing.customers.update',
    body: (env) => ({ customerId: env.ctx.customerId, lastName: 'Lovelace' }),
  },
  {
    method: 'billing.customers.inquireDetails',
    body: (env) => ({ customerId: env.ctx.customerId }),
    check: (r) => expect(r).toMatchObject({ firstName: 'Ada', lastName: 'Lovelace', status: 'ACTIVE' }),
  },
  {
    method: 'billing.customers.inquireList',
    body: () => ({ emailPrefix: 'ada@', limit: '10' }),
    check: (r, env) => expect(first(r.customers, 'customerId')).toContain(env.ctx.customerId),
  },
  {
    method: 'billing.customers.createPortalLink',
    body: (env) => ({ customerId: env.ctx.customerId }),
    check: (r) => expect(String(r.portalUrl)).toContain('/billing/portal/'),
  },
  {
    method: 'billing.products.create',
    body: () => ({ productRequestId: id('PRODUCT'), name: 'Pro plan', type: 'SERVICE' }),
    check: (r, env) => {
      expect(r.active).toBe(true)
      env.ctx.productId = String(r.productId)
    },
  },
  {
    method: 'billing.products.update',
    body: (env) => ({ productId: env.ctx.productId, description: 'Everything in Pro' }),
    check: (r) => expect(r.description).toBe('Everything in Pro'),
  },
  {
    // Multipart, signed over {productId, fileSha256} (docs/protocol.md §4.1; test/e2e/client-upload.test.ts).
    method: 'billing.products.uploadImage',
    body: (env) => ({
      productId: env.ctx.productId,
      file: { content: new Uint8Array([0x89, 0x50, 0x4e, 0x47, 1, 2, 3]), fileName: 'pro.png' },
    }),
    check: (r, env) => expect(r).toMatchObject({ productId: env.ctx.productId, imageName: 'pro.png' }),
  },
  {
    method: 'billing.prices.create',
    body: (env) => ({
      priceRequestId: id('PRICE'),
      productId: env.ctx.productId,
      unitAmount: usd('1500'),
      recurring: { periodRule: { periodType: 'MONTH', periodCount: '1' } },
    }),
    check: (r, env) => {
      env.ctx.priceId = String(r.priceId)
    },
  },
  {
    method: 'billing.prices.update',
    body: (env) => ({ priceId: env.ctx.priceId, name: 'Monthly' }),
    check: (r) => expect(r.name).toBe('Monthly'),
  },
  {
    method: 'billing.prices.inquireDetails',
    body: (env) => ({ priceId: env.ctx.priceId }),
    check: (r) => expect(r.unitAmount).toEqual(usd('1500')),
  },
  {
    method: 'billing.prices.inquireList',
    body: (env) => ({ productId: env.ctx.productId }),
    check: (r, env) => expect(first(r.prices, 'priceId')).toEqual([env.ctx.priceId]),
  },
  {
    method: 'billing.products.inquireDetails',
    body: (env) => ({ productId: env.ctx.productId }),
    check: (r, env) => expect(first(r.prices, 'priceId')).toEqual([env.ctx.priceId]),
  },
  {
    method: 'billing.products.inquireList',
    body: () => ({ limit: '50' }),
    check: (r, env) => expect(first(r.products, 'productId')).toContain(env.ctx.productId),
  },
  {
    method: 'billing.coupons.create',
    body: () => ({
      couponRequestId: id('COUPON'),
      couponName: 'Launch',
      discountType: 'PERCENT',
      percentOff: '20',
      durationType: 'ONCE',
    }),
    check: (r, env) => {
      env.ctx.couponId = String(r.couponId)
    },
  },
  {
    method: 'billing.coupons.update',
    body: (env) => ({ couponId: env.ctx.couponId, couponName: 'Launch week' }),
    check: (r) => expect(r.status).toBe('ACTIVE'),
  },
  {
    method: 'billing.coupons.inquireDetails',
    body: (env) => ({ couponId: env.ctx.couponId }),
    check: (r) => expect(r).toMatchObject({ couponName: 'Launch week', percentOff: '20' }),
  },
  {
    method: 'billing.coupons.inquireList',
    body: () => ({ status: 'ACTIVE' }),
    check: (r, env) => expect(first(r.coupons, 'couponId')).toContain(env.ctx.couponId),
  },
  {
    method: 'billing.promotionCodes.create',
    body: (env) => ({ promotionCodeRequestId: id('PROMO'), couponId: env.ctx.couponId, code: 'LAUNCH20' }),
    check: (r, env) => {
      expect(r.code).toBe('LAUNCH20')
      env.ctx.promotionCodeId = String(r.promotionCodeId)
    },
  },
  {
    method: 'billing.promotionCodes.update',
    body: (env) => ({ promotionCodeId: env.ctx.promotionCodeId, maxRedemptions: '100' }),
  },
  {
    method: 'billing.promotionCodes.inquireDetails',
    body: (env) => ({ promotionCodeId: env.ctx.promotionCodeId }),
    check: (r) => expect(r.maxRedemptions).toBe('100'),
  },
  {
    method: 'billing.promotionCodes.inquireList',
    body: (env) => ({ couponId: env.ctx.couponId }),
    check: (r, env) => expect(first(r.promotionCodes, 'promotionCodeId')).toEqual([env.ctx.promotionCodeId]),
  },
  {
    method: 'billing.invoices.create',
    body: (env) => {
      env.ctx.invoiceRequestId = id('INVOICE')
      return {
        invoiceRequestId: env.ctx.invoiceRequestId,
        customerId: env.ctx.customerId,
        currency: 'USD',
        items: [
          { priceId: env.ctx.priceId, quantity: '2' },
          { description: 'Setup', itemAmount: usd('1000') },
        ],
        invoiceNotifyUrl: env.notifyUrl,
      }
    },
    check: (r, env) => {
      expect(r.status).toBe('DRAFT')
      env.ctx.invoiceId = String(r.invoiceId)
    },
  },
  {
    method: 'billing.invoices.update',
    body: (env) => ({ invoiceId: env.ctx.invoiceId, description: 'January', dueDate: '2030-02-01' }),
  },
  {
    method: 'billing.invoices.finalize',
    body: (env) => ({ invoiceId: env.ctx.invoiceId }),
    check: (r) => expect(r.status).toBe('OPEN'),
  },
  {
    method: 'billing.invoices.send',
    body: (env) => ({ invoiceId: env.ctx.invoiceId }),
    check: (r) => expect(r.sendStatus).toBe('SENT'),
  },
  {
    method: 'billing.invoices.inquireDetails',
    body: (env) => ({ invoiceRequestId: env.ctx.invoiceRequestId }),
    check: (r) => expect(r).toMatchObject({ status: 'OPEN', totalAmount: usd('4000'), description: 'January' }),
  },
  {
    method: 'billing.invoices.createViewLink',
    body: (env) => ({ invoiceId: env.ctx.invoiceId }),
    check: (r) => expect(typeof r.viewUrl).toBe('string'),
  },
  {
    method: 'billing.creditNotes.create',
    body: (env) => ({
      creditNoteRequestId: id('CREDIT'),
      invoiceId: env.ctx.invoiceId,
      totalAmount: usd('1000'),
      reason: 'DUPLICATE',
      creditNoteNotifyUrl: env.notifyUrl,
    }),
    check: (r, env) => {
      expect(r.status).toBe('ISSUED')
      env.ctx.creditNoteId = String(r.creditNoteId)
    },
  },
  {
    method: 'billing.creditNotes.inquireDetails',
    body: (env) => ({ creditNoteId: env.ctx.creditNoteId }),
    check: (r) => expect(r.totalAmount).toEqual(usd('1000')),
  },
  {
    method: 'billing.creditNotes.inquireList',
    body: (env) => ({ invoiceId: env.ctx.invoiceId }),
    check: (r) => expect(r.list).toHaveLength(1),
  },
  {
    method: 'billing.creditNotes.void',
    body: (env) => ({ creditNoteId: env.ctx.creditNoteId }),
    check: (r) => expect(r.status).toBe('VOID'),
  },
  {
    method: 'billing.invoices.confirmPayment',
    body: (env) => ({ invoiceId: env.ctx.invoiceId, confirmationType: 'OFFLINE', reference: 'bank transfer 42' }),
    check: (r, env) => {
      expect(r.status).toBe('PAID')
      env.ctx.receiptId = String(r.receiptId)
    },
  },
  {
    method: 'billing.receipts.inquireDetails',
    body: (env) => ({ invoiceId: env.ctx.invoiceId }),
    check: (r, env) => expect(r).toMatchObject({ receiptId: env.ctx.receiptId, paidAmount: usd('4000') }),
  },
  {
    method: 'billing.receipts.send',
    body: (env) => ({ receiptId: env.ctx.receiptId }),
    check: (r) => expect(r.sendStatus).toBe('SENT'),
  },
  {
    method: 'billing.receipts.inquireList',
    body: (env) => ({ customerId: env.ctx.customerId }),
    check: (r, env) => expect(first(r.receipts, 'receiptId')).toContain(env.ctx.receiptId),
  },
  {
    method: 'billing.receipts.export',
    body: () => ({ downloadType: 'RECEIPT', fileFormat: 'CSV' }),
    check: (r) => expect(String(r.fileName)).toMatch(/\.csv$/),
  },
  {
    method: 'billing.invoices.revise',
    body: async (env: Env) => {
      const open = await env.client.billing.invoices.create({
        invoiceRequestId: id('INVOICE'),
        customerId: env.ctx.customerId,
        currency: 'USD',
        status: 'OPEN',
        items: [{ description: 'Consulting', itemAmount: usd('9000') }],
      })
      env.ctx.openInvoiceId = String(open.response.invoiceId)
      return { invoiceId: env.ctx.openInvoiceId, invoiceRevisionRequestId: id('REVISION'), void: true }
    },
    check: (r, env) => {
      expect(r.voidedInvoiceId).toBe(env.ctx.openInvoiceId)
      env.ctx.revisedInvoiceId = String(r.newInvoiceId)
    },
  },
  {
    method: 'billing.invoices.void',
    body: (env) => ({ invoiceId: env.ctx.revisedInvoiceId, invoiceNote: 'not needed' }),
    check: (r) => expect(r.status).toBe('VOID'),
  },
  {
    method: 'billing.invoices.markUncollectible',
    body: async (env: Env) => {
      const open = await env.client.billing.invoices.create({
        invoiceRequestId: id('INVOICE'),
        customerId: env.ctx.customerId,
        currency: 'USD',
        status: 'OPEN',
        items: [{ description: 'Old debt', itemAmount: usd('700') }],
      })
      return { invoiceId: String(open.response.invoiceId) }
    },
    check: (r) => expect(r.status).toBe('UNCOLLECTIBLE'),
  },
  {
    method: 'billing.invoices.inquireList',
    body: (env) => ({ customerId: env.ctx.customerId, limit: '2' }),
    check: (r) => expect(r).toMatchObject({ total: '4', hasMore: true }),
  },
  {
    method: 'billing.invoices.export',
    body: () => ({ downloadType: 'INVOICE', fileFormat: 'XLSX' }),
    check: (r) => expect(r.fileFormat).toBe('XLSX'),
  },
  {
    method: 'billing.subscriptions.create',
    body: (env) => ({
      subscriptionRequestId: id('BILLING_SUB'),
      customerId: env.ctx.customerId,
      priceItems: [{ priceId: env.ctx.priceId, quantity: '1' }],
      subscriptionNotifyUrl: env.notifyUrl,
    }),
    check: (r, env) => {
      expect(r.status).toBe('ACTIVE')
      expect(typeof r.invoiceId).toBe('string')
      env.ctx.billingSubscriptionId = String(r.subscriptionId)
    },
  },
  {
    method: 'billing.subscriptions.update',
    body: (env) => ({ subscriptionId: env.ctx.billingSubscriptionId, description: 'Pro, monthly' }),
    check: (r) => expect(r.status).toBe('ACTIVE'),
  },
  {
    method: 'billing.subscriptions.cancel',
    body: (env) => ({ subscriptionId: env.ctx.billingSubscriptionId, cancellationType: 'END_OF_PERIOD' }),
    check: (r) => expect(r).toMatchObject({ status: 'ACTIVE', cancelAtPeriodEnd: true }),
  },
  {
    method: 'billing.subscriptions.resume',
    body: (env) => ({ subscriptionId: env.ctx.billingSubscriptionId }),
    check: (r) => expect(r.status).toBe('ACTIVE'),
  },
  {
    method: 'billing.subscriptions.inquireDetails',
    body: (env) => ({ subscriptionId: env.ctx.billingSubscriptionId }),
    check: (r) => expect(r).toMatchObject({ description: 'Pro, monthly', cancelAtPeriodEnd: false }),
  },
  {
    method: 'billing.subscriptions.inquireList',
    body: (env) => ({ customerId: env.ctx.customerId }),
    check: (r, env) => expect(first(r.subscriptions, 'subscriptionId')).toEqual([env.ctx.billingSubscriptionId]),
  },
  {
    method: 'billing.customers.delete',
    body: (env) => ({ customerId: env.ctx.customerId }),
    check: (r) => expect(r.status).toBe('DELETED'),
  },
]
