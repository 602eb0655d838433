/**
 * The origin form (path and query) of an HTTP request target (RFC 7230 §5.3): the target itself
 * when it is a path, and the part after the authority when it is an absolute URI, which the
 * Python SDK sends (`POST https://127.0.0.1/ams/api/v1/payments/pay HTTP/1.1`; it signs the path
 * alone). The path is cut from the text as sent, never normalised by URL parsing, because the
 * signature covers it byte for byte. Undefined for the other forms (`*`, authority form) and for a
 * path starting `//`, which no client of the simulator sends.
 */
export function originForm(target: string): string | undefined {
  const authority = /^https?:\/\/[^/?#]*/i.exec(target)
  const rest = authority === null ? target : target.slice(authority[0].length)
  if (authority !== null && (rest === '' || rest.startsWith('?'))) return `/${rest}`
  return rest.startsWith('/') && !rest.startsWith('//') ? rest : undefined
}
