import { fail } from './result-codes.js'

/**
 * Idempotency as Alipay's (docs/protocol.md §7): each merchant's `*RequestId` per operation is
 * remembered with a fingerprint of the request that used it.
 */
export class RequestIds {
  readonly #fingerprints = new Map<string, string>()

  /**
   * True for a replay (same id, same content), false for a new id; other content under a known
   * id is REPEAT_REQ_INCONSISTENT.
   */
  isReplay(operation: string, clientId: string, requestId: string, print: string): boolean {
    const seen = this.#fingerprints.get(`${operation}\n${clientId}\n${requestId}`)
    if (seen === undefined) return false
    if (seen !== print) {
      fail('REPEAT_REQ_INCONSISTENT', `The ${operation} request id "${requestId}" was used with other content.`)
    }
    return true
  }

  /**
   * Remembers an accepted request. Only accepted requests are remembered, so a request refused for
   * a bad parameter can be corrected under the same id.
   */
  remember(operation: string, clientId: string, requestId: string, print: string): void {
    this.#fingerprints.set(`${operation}\n${clientId}\n${requestId}`, print)
  }
}
