import type { PaymentView } from './records.js'

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c] ?? c)
}

function page(title: string, body: string): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title>
<style>body{font:16px system-ui,sans-serif;max-width:32rem;margin:3rem auto;padding:0 1rem}button{font:inherit;padding:.5rem 1rem;margin-right:.5rem}</style>
</head><body><p><small>alipay-kit simulator: no real payment happens here</small></p>${body}</body></html>`
}

/** The simulated cashier page a pay response's normalUrl points to: the customer's step. */
export function checkoutPage(payment: PaymentView): string {
  const amount = `${payment.paymentAmount.value} ${payment.paymentAmount.currency} (minor units)`
  const open = payment.status === 'PROCESSING' || payment.status === 'PENDING'
  const actions = open
    ? `<form method="post"><button name="status" value="SUCCESS">Pay</button><button name="status" value="FAIL">Fail the payment</button></form>`
    : `<p>This payment is ${escapeHtml(payment.status)}.</p>`
  return page(
    'Simulated checkout',
    `<h1>Checkout</h1><p>Payment <code>${escapeHtml(payment.paymentId)}</code> for ${escapeHtml(amount)} by ${escapeHtml(payment.paymentMethodType)}.</p>${actions}`,
  )
}

/** What a page shows when the payment or subscription is unknown, or after a step with no redirect URL. */
export function messagePage(title: string, message: string): string {
  return page(title, `<h1>${escapeHtml(title)}</h1><p>${escapeHtml(message)}</p>`)
}
