/**
 * Why the simulator will not deliver to `url`, or undefined when it may. Notifications go to
 * loopback addresses only: a test tool must never POST signed payment data to the outside world
 * (and this project's machines forbid any other address).
 */
export function loopbackProblem(url: string): string | undefined {
  let parsed: URL
  try {
    parsed = new URL(url)
  } catch {
    return `the notify URL "${url.slice(0, 200)}" is not a URL`
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') {
    return `the notify URL uses ${parsed.protocol}; only http and https are delivered`
  }
  const host = parsed.hostname
  const loopback = host === 'localhost' || host === '[::1]' || /^127(?:\.\d{1,3}){3}$/.test(host)
  if (!loopback) {
    return `the notify URL host "${host}" is not a loopback address; the simulator delivers only to 127.0.0.1, [::1] or localhost`
  }
  return undefined
}
