import { describe, expect, it } from 'vitest'
import {
  type AlipayClientOptions,
  AlipayConfigError,
  type ConfigErrorCode,
  createAlipayClient,
  REGION_DOMAINS,
} from '../../src/index.js'
import { CLIENT_ID, keys } from './fake-alipay.js'

const valid: AlipayClientOptions = {
  clientId: CLIENT_ID,
  privateKey: keys.merchantPrivate,
  alipayPublicKey: keys.alipayPublic,
  region: 'NA',
}

function configError(options: Partial<Record<keyof AlipayClientOptions, unknown>>): AlipayConfigError {
  try {
    createAlipayClient({ ...valid, ...options } as AlipayClientOptions)
  } catch (error) {
    expect(error).toBeInstanceOf(AlipayConfigError)
    return error as AlipayConfigError
  }
  throw new Error('expected createAlipayClient to throw')
}

describe('createAlipayClient options', () => {
  it('resolves defaults and region domains', () => {
    const client = createAlipayClient(valid)
    expect(client.config).toEqual({
      clientId: CLIENT_ID,
      baseUrl: 'https://open-na-global.alipay.com',
      sandbox: false,
      keyVersion: 1,
      timeout: 15_000,
      retries: 2,
      maxResponseBytes: 8 * 1024 * 1024,
      responseTimeWindow: { maxAgeMs: 300_000, maxFutureMs: 300_000 },
    })
    const custom = createAlipayClient({ ...valid, maxResponseBytes: 1024, responseTimeWindow: { maxAgeMs: 1000 } })
    expect(custom.config.maxResponseBytes).toBe(1024)
    expect(custom.config.responseTimeWindow).toEqual({ maxAgeMs: 1000, maxFutureMs: 300_000 })
    expect(createAlipayClient({ ...valid, responseTimeWindow: false }).config.responseTimeWindow).toBe(false)
    expect(createAlipayClient({ ...valid, region: 'SEA' }).config.baseUrl).toBe(REGION_DOMAINS.SEA)
    expect(createAlipayClient({ ...valid, region: 'EU' }).config.baseUrl).toBe('https://open-de-global.alipay.com')
    expect(createAlipayClient({ ...valid, clientId: 'SANDBOX_5Y' }).config.sandbox).toBe(true)
  })

  it('accepts https origins and plain http on loopback only', () => {
    const base = (baseUrl: string) => createAlipayClient({ ...valid, region: undefined, baseUrl }).config.baseUrl
    expect(base('https://open.antglobal-us.com/')).toBe('https://open.antglobal-us.com')
    expect(base('http://127.0.0.1:8080')).toBe('http://127.0.0.1:8080')
    expect(base('http://localhost:3000')).toBe('http://localhost:3000')
    expect(base('http://[::1]:3000')).toBe('http://[::1]:3000')
  })

  const cases: Array<[string, Partial<Record<keyof AlipayClientOptions, unknown>>, ConfigErrorCode, string]> = [
    ['no clientId', { clientId: undefined }, 'ERR_ALIPAY_CONFIG_MISSING', 'clientId'],
    ['clientId with a space', { clientId: 'A B' }, 'ERR_ALIPAY_OPTION_INVALID', 'clientId'],
    ['clientId not a string', { clientId: 42 }, 'ERR_ALIPAY_OPTION_INVALID', 'clientId'],
    ['no privateKey', { privateKey: undefined }, 'ERR_ALIPAY_CONFIG_MISSING', 'privateKey'],
    ['a public key as privateKey', { privateKey: keys.merchantPublic }, 'ERR_ALIPAY_KEY_TYPE_MISMATCH', 'privateKey'],
    ['no alipayPublicKey', { alipayPublicKey: undefined }, 'ERR_ALIPAY_CONFIG_MISSING', 'alipayPublicKey'],
    ['garbage alipayPublicKey', { alipayPublicKey: 'not a key!' }, 'ERR_ALIPAY_KEY_INVALID', 'alipayPublicKey'],
    ['neither region nor baseUrl', { region: undefined }, 'ERR_ALIPAY_CONFIG_MISSING', 'region or baseUrl'],
    ['both region and baseUrl', { baseUrl: 'https://x.example' }, 'ERR_ALIPAY_OPTION_INVALID', 'region, baseUrl'],
    ['unknown region', { region: 'US' }, 'ERR_ALIPAY_OPTION_INVALID', "'NA', 'SEA', 'EU'"],
    [
      'http on a public host',
      { region: undefined, baseUrl: 'http://open-na-global.alipay.com' },
      'ERR_ALIPAY_OPTION_INVALID',
      'baseUrl',
    ],
    [
      'baseUrl with a path',
      { region: undefined, baseUrl: 'https://x.example/ams/api' },
      'ERR_ALIPAY_OPTION_INVALID',
      'baseUrl',
    ],
    [
      'baseUrl with credentials',
      { region: undefined, baseUrl: 'https://u:p@x.example' },
      'ERR_ALIPAY_OPTION_INVALID',
      'baseUrl',
    ],
    [
      'baseUrl not a URL',
      { region: undefined, baseUrl: 'open-na-global.alipay.com' },
      'ERR_ALIPAY_OPTION_INVALID',
      'baseUrl',
    ],
    ['sandbox not boolean', { sandbox: 'yes' }, 'ERR_ALIPAY_OPTION_INVALID', 'sandbox'],
    ['negative keyVersion', { keyVersion: -1 }, 'ERR_ALIPAY_OPTION_INVALID', 'keyVersion'],
    ['zero timeout', { timeout: 0 }, 'ERR_ALIPAY_OPTION_INVALID', 'timeout'],
    ['fractional timeout', { timeout: 1.5 }, 'ERR_ALIPAY_OPTION_INVALID', 'timeout'],
    ['retries as a string', { retries: '2' }, 'ERR_ALIPAY_OPTION_INVALID', 'retries'],
    ['too many retries', { retries: 11 }, 'ERR_ALIPAY_OPTION_INVALID', 'retries'],
    ['negative retryDelay', { retryDelay: -5 }, 'ERR_ALIPAY_OPTION_INVALID', 'retryDelay'],
    ['fetch not a function', { fetch: 'fetch' }, 'ERR_ALIPAY_OPTION_INVALID', 'fetch'],
    ['zero maxResponseBytes', { maxResponseBytes: 0 }, 'ERR_ALIPAY_OPTION_INVALID', 'maxResponseBytes'],
    ['maxResponseBytes as a string', { maxResponseBytes: '8mb' }, 'ERR_ALIPAY_OPTION_INVALID', 'maxResponseBytes'],
    ['responseTimeWindow true', { responseTimeWindow: true }, 'ERR_ALIPAY_OPTION_INVALID', 'responseTimeWindow'],
    [
      'negative responseTimeWindow.maxAgeMs',
      { responseTimeWindow: { maxAgeMs: -1 } },
      'ERR_ALIPAY_OPTION_INVALID',
      'maxAgeMs',
    ],
    [
      'fractional responseTimeWindow.maxFutureMs',
      { responseTimeWindow: { maxFutureMs: 0.5 } },
      'ERR_ALIPAY_OPTION_INVALID',
      'maxFutureMs',
    ],
  ]

  it.each(cases)('%s gives a coded error naming the option', (_, options, code, named) => {
    const error = configError(options)
    expect(error.code).toBe(code)
    expect(error.message).toContain(named)
    expect(error.message).not.toContain('MIIB')
  })

  it('refuses a call option out of range with a coded error', async () => {
    const client = createAlipayClient(valid)
    await expect(client.cancel({ paymentId: 'a' }, { timeout: -1 })).rejects.toMatchObject({
      code: 'ERR_ALIPAY_OPTION_INVALID',
    })
    await expect(client.cancel({ paymentId: 'a' }, { retries: 1.5 })).rejects.toMatchObject({
      code: 'ERR_ALIPAY_OPTION_INVALID',
    })
    await expect(client.cancel({ paymentId: 'a' }, { maxResponseBytes: 0 })).rejects.toMatchObject({
      code: 'ERR_ALIPAY_OPTION_INVALID',
    })
    await expect(client.cancel({ paymentId: 'a' }, { sandbox: 'no' as never })).rejects.toMatchObject({
      code: 'ERR_ALIPAY_OPTION_INVALID',
    })
  })

  it('throws TypeError for a missing options object', () => {
    expect(() => createAlipayClient(undefined as unknown as AlipayClientOptions)).toThrow(TypeError)
  })
})
