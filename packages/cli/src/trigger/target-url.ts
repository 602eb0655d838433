import { UsageError } from '../exit-codes.js'

/**
 * Whether `hostname` (as `URL` gives it) is this machine: the same rule as the simulator's
 * delivery guard in @alipay-kit/testing, which does not export it.
 */
function isLoopback(hostname: string): boolean {
  return hostname === 'localhost' || hostname === '[::1]' || /^127(?:\.\d{1,3}){3}$/.test(hostname)
}

/**
 * The `--to` URL, refused unless it is http(s) on a loopback address: a test tool never POSTs
 * signed payment data off this machine.
 */
export function targetUrl(to: string): URL {
  const url = URL.canParse(to) ? new URL(to) : undefined
  const why =
    url === undefined
      ? 'it is not a URL'
      : url.protocol !== 'http:' && url.protocol !== 'https:'
        ? `it uses ${url.protocol}, not http or https`
        : isLoopback(url.hostname)
          ? undefined
          : `${url.hostname} is not this machine`
  if (url !== undefined && why === undefined) return url
  throw new UsageError(
    `--to "${to.slice(0, 200)}" refused: ${why}. trigger sends signed test notifications only to loopback URLs: ` +
      'http://127.0.0.1:<port>/..., http://[::1]:<port>/... or http://localhost:<port>/...',
  )
}
