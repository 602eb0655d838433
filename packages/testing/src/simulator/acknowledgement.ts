/**
 * Whether a merchant's reply acknowledges a notification (docs/protocol.md §3.2, §9.12): HTTP 200 and a
 * JSON object whose `result.resultStatus` is `S` and `result.resultCode` is `SUCCESS`, whatever
 * the key order, the spacing or the other fields. Alipay documents the acknowledgement as a fixed
 * value, but its own Java SDK example sends the keys in another order and a Python merchant's
 * `json.dumps` adds spaces; judged byte for byte, both were resent 8 times by the simulator while
 * Alipay evidently takes them. The adapters still send the documented bytes (`NOTIFICATION_ACK`).
 * The simulator and `alipay-kit trigger` both judge replies with this one rule.
 *
 * @example
 * ```ts
 * isAcknowledgement(200, '{"result": {"resultStatus": "S", "resultCode": "SUCCESS"}}') // true
 * isAcknowledgement(200, '{"result":{"resultCode":"PROCESS_FAIL","resultStatus":"F"}}') // false
 * ```
 */
export function isAcknowledgement(status: number | undefined, body: string | undefined): boolean {
  if (status !== 200 || body === undefined) return false
  let reply: unknown
  try {
    reply = JSON.parse(body)
  } catch {
    return false
  }
  if (reply === null || typeof reply !== 'object') return false
  const result: unknown = (reply as { result?: unknown }).result
  if (result === null || typeof result !== 'object') return false
  const { resultStatus, resultCode } = result as { resultStatus?: unknown; resultCode?: unknown }
  return resultStatus === 'S' && resultCode === 'SUCCESS'
}
