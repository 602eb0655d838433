import { AlipayConfigError } from '../errors.js'

/*
 * File uploads go to a regional file gateway, not the API domain (J `UploadGatewayResolver`,
 * docs/protocol.md §4.1): the SDK maps each API domain to its gateway and needs
 * `setUploadGatewayUrl` for any other.
 */

/** The file gateway of each Alipay API domain, as the Java SDK maps them. */
export const FILE_GATEWAYS: { readonly [apiHost: string]: string } = {
  'open-sea-global.alipay.com': 'https://open-big-sea.alipay.com',
  'open-sea.alipay.com': 'https://open-big-sea.alipay.com',
  'open-na-global.alipay.com': 'https://open-big-na.alipay.com',
  'open-na.alipay.com': 'https://open-big-na.alipay.com',
  'open-de-global.alipay.com': 'https://open-big-de-global.alipay.com',
}

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]'])

function invalid(expected: string): AlipayConfigError {
  return new AlipayConfigError('ERR_ALIPAY_OPTION_INVALID', `uploadBaseUrl: expected ${expected}`)
}

/**
 * The origin file uploads go to: `uploadBaseUrl` when given (an https origin, or http on a
 * loopback host); else the gateway the Java SDK maps the API origin to; else, for a loopback
 * `baseUrl` (a local simulator or proxy, which serves both), that origin. Undefined otherwise:
 * an upload then fails with `ERR_ALIPAY_CONFIG_MISSING` naming the option, as the SDK does.
 *
 * @throws {@link AlipayConfigError} `ERR_ALIPAY_OPTION_INVALID` for a malformed `uploadBaseUrl`.
 */
export function resolveUploadBaseUrl(uploadBaseUrl: unknown, baseUrl: string): string | undefined {
  if (uploadBaseUrl !== undefined) {
    const shape = "an origin such as 'https://open-big-na.alipay.com', or 'http://127.0.0.1:<port>' for a local server"
    if (typeof uploadBaseUrl !== 'string' || !URL.canParse(uploadBaseUrl)) throw invalid(shape)
    const url = new URL(uploadBaseUrl)
    const secure = url.protocol === 'https:' || (url.protocol === 'http:' && LOOPBACK.has(url.hostname))
    if (!secure) throw invalid(`https (plain http only on 127.0.0.1, localhost or [::1]): ${shape}`)
    if (url.username !== '' || url.password !== '' || url.pathname !== '/' || url.search !== '' || url.hash !== '') {
      throw invalid(`${shape}, with no path, query or credentials`)
    }
    return url.origin
  }
  const api = new URL(baseUrl)
  if (api.protocol === 'https:' && api.port === '' && Object.hasOwn(FILE_GATEWAYS, api.hostname)) {
    return FILE_GATEWAYS[api.hostname]
  }
  return LOOPBACK.has(api.hostname) ? api.origin : undefined
}

/** The coded error of an upload from a client whose API origin maps to no file gateway. */
export function uploadGatewayMissing(baseUrl: string): AlipayConfigError {
  return new AlipayConfigError(
    'ERR_ALIPAY_CONFIG_MISSING',
    `uploadBaseUrl is required: file uploads go to a regional file gateway, and ${new URL(baseUrl).host} maps to none ` +
      `(known: ${Object.values(FILE_GATEWAYS)
        .filter((g, i, all) => all.indexOf(g) === i)
        .join(', ')})`,
  )
}
