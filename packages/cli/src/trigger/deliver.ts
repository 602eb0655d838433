import type { SignedNotification } from '@alipay-kit/testing'
import { CliError } from '../exit-codes.js'

/** The endpoint's reply to one delivery. */
export interface Reply {
  readonly status: number
  readonly statusText: string
  readonly body: string
  /** How long it took, in whole milliseconds. */
  readonly ms: number
}

/**
 * POSTs a signed notification to `url` and reads the whole reply. No reply, or a reply cut off or
 * not finished within `timeoutMs`, is a {@link CliError} that says which.
 */
export async function deliver(url: URL, signed: SignedNotification, timeoutMs: number): Promise<Reply> {
  const started = performance.now()
  let response: Response | undefined
  try {
    // Never follow a redirect: it could lead off this machine.
    response = await fetch(url, {
      method: 'POST',
      headers: { ...signed.headers },
      body: signed.body,
      redirect: 'manual',
      signal: AbortSignal.timeout(timeoutMs),
    })
    // Read here too: a reply cut off, or not finished within the timeout, is a network failure.
    const body = await response.text()
    const ms = Math.round(performance.now() - started)
    return { status: response.status, statusText: response.statusText, body, ms }
  } catch (error) {
    const cause = (error as { cause?: { code?: string; message?: string } }).cause
    const timedOut = error instanceof DOMException && error.name === 'TimeoutError'
    if (response !== undefined) {
      const why = timedOut
        ? `it did not finish within ${timeoutMs} ms`
        : (cause?.message ?? (error instanceof Error ? error.message : String(error)))
      throw new CliError(`the reply from ${url.href} (HTTP ${response.status}) broke off: ${why}`)
    }
    const why = timedOut
      ? `no reply within ${timeoutMs} ms`
      : (cause?.code ?? cause?.message ?? (error instanceof Error ? error.message : String(error)))
    throw new CliError(`could not deliver to ${url.href}: ${why}. Is the app running and listening there?`)
  }
}
