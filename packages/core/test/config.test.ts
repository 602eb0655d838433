import { readFileSync } from 'node:fs'
import {
  ALIPAY_ENV,
  type AlipayEnv,
  createAlipayClient,
  createNotificationHandler,
  resolveAlipayClientConfig,
  resolveAlipayConfig,
} from '@alipay-kit/core'
import { describe, expect, it } from 'vitest'

const { keys } = JSON.parse(readFileSync(new URL('./fixtures/vectors.json', import.meta.url), 'utf8')) as {
  keys: {
    publicKeyPem: string
    publicKeyBase64Der: string
    privateKeyPkcs8Pem: string
    wrongPrivateKeyPkcs8Base64: string
  }
}

const fullEnv: AlipayEnv = {
  ALIPAY_CLIENT_ID: 'SANDBOX_5YEZ2N2ZWBJ000001',
  ALIPAY_PUBLIC_KEY: keys.publicKeyBase64Der,
  // The merchant's key is another pair than Alipay's: the same pair is refused as a mix-up.
  ALIPAY_PRIVATE_KEY: keys.wrongPrivateKeyPkcs8Base64,
  ALIPAY_REGION: 'NA',
}

function thrown(fn: () => unknown): { code?: string; message: string } {
  try {
    fn()
  } catch (error) {
    return error as { code?: string; message: string }
  }
  throw new Error('expected an error')
}

describe('resolveAlipayConfig', () => {
  it('fails with ERR_ALIPAY_CONFIG_MISSING naming ALIPAY_PUBLIC_KEY when nothing is configured', () => {
    const error = thrown(() => resolveAlipayConfig({}, {}))
    expect(error.code).toBe('ERR_ALIPAY_CONFIG_MISSING')
    expect(error.message).toContain('ALIPAY_PUBLIC_KEY')
  })

  it('reads every setting from the environment', () => {
    const config = resolveAlipayConfig({}, fullEnv)
    expect(config).toMatchObject({
      alipayPublicKey: keys.publicKeyBase64Der,
      clientId: 'SANDBOX_5YEZ2N2ZWBJ000001',
      privateKey: keys.wrongPrivateKeyPkcs8Base64,
      region: 'NA',
    })
    expect(createNotificationHandler(config).hasHandlers).toBe(false)
  })

  it('needs only the public key: a notify-only merchant configures no private key', () => {
    const config = resolveAlipayConfig({}, { ALIPAY_PUBLIC_KEY: keys.publicKeyPem })
    expect(config.alipayPublicKey).toBe(keys.publicKeyPem)
    expect(config.privateKey).toBeUndefined()
    expect(config.clientId).toBeUndefined()
  })

  it('lets explicit options win over the environment and keeps the other options', () => {
    const onNotification = () => {}
    const config = resolveAlipayConfig(
      { clientId: 'EXPLICIT', alipayPublicKey: keys.publicKeyPem, sandbox: false, onNotification },
      { ...fullEnv, ALIPAY_SANDBOX: 'true' },
    )
    expect(config.clientId).toBe('EXPLICIT')
    expect(config.alipayPublicKey).toBe(keys.publicKeyPem)
    expect(config.sandbox).toBe(false)
    expect(config.onNotification).toBe(onNotification)
  })

  it('treats an empty or blank variable as unset', () => {
    expect(thrown(() => resolveAlipayConfig({}, { ALIPAY_PUBLIC_KEY: '  ' })).code).toBe('ERR_ALIPAY_CONFIG_MISSING')
  })

  it('restores the line breaks of a PEM written on one line with \\n', () => {
    const oneLine = keys.publicKeyPem.trim().replace(/\n/g, '\\n')
    const config = resolveAlipayConfig({}, { ALIPAY_PUBLIC_KEY: oneLine })
    expect(config.alipayPublicKey).toBe(keys.publicKeyPem.trim())
    expect(() => createNotificationHandler(config)).not.toThrow()
  })

  it.each([
    ['1', true],
    ['true', true],
    ['YES', true],
    ['0', false],
    ['false', false],
    ['off', false],
  ])('reads ALIPAY_SANDBOX=%s as %s', (value, expected) => {
    expect(resolveAlipayConfig({}, { ...fullEnv, ALIPAY_SANDBOX: value }).sandbox).toBe(expected)
  })

  it('refuses an unreadable ALIPAY_SANDBOX or ALIPAY_REGION, naming the variable', () => {
    const sandbox = thrown(() => resolveAlipayConfig({}, { ...fullEnv, ALIPAY_SANDBOX: 'maybe' }))
    expect(sandbox.code).toBe('ERR_ALIPAY_OPTION_INVALID')
    expect(sandbox.message).toContain('ALIPAY_SANDBOX')
    const region = thrown(() => resolveAlipayConfig({}, { ...fullEnv, ALIPAY_REGION: 'MARS' }))
    expect(region.code).toBe('ERR_ALIPAY_OPTION_INVALID')
    expect(region.message).toContain('ALIPAY_REGION')
  })

  it('refuses ALIPAY_BASE_URL and ALIPAY_REGION together, but an explicit gateway ignores both', () => {
    const env = { ...fullEnv, ALIPAY_BASE_URL: 'http://127.0.0.1:9' }
    expect(thrown(() => resolveAlipayConfig({}, env)).code).toBe('ERR_ALIPAY_OPTION_INVALID')
    const config = resolveAlipayConfig({ baseUrl: 'https://example.test' }, env)
    expect(config.baseUrl).toBe('https://example.test')
    expect(config.region).toBeUndefined()
  })

  it('reads ALIPAY_BASE_URL and accepts a lower-case region', () => {
    const { ALIPAY_REGION: _, ...rest } = fullEnv
    expect(resolveAlipayConfig({}, { ...rest, ALIPAY_BASE_URL: 'http://127.0.0.1:9' }).baseUrl).toBe(
      'http://127.0.0.1:9',
    )
    expect(resolveAlipayConfig({}, { ...fullEnv, ALIPAY_REGION: 'sea' }).region).toBe('SEA')
  })

  it('refuses options that are not an object with a TypeError', () => {
    expect(() => resolveAlipayConfig(null as never, fullEnv)).toThrow(TypeError)
  })
})

describe('resolveAlipayClientConfig', () => {
  it('names every missing variable in one error', () => {
    const error = thrown(() => resolveAlipayClientConfig({}, { ALIPAY_PUBLIC_KEY: keys.publicKeyPem }))
    expect(error.code).toBe('ERR_ALIPAY_CONFIG_MISSING')
    for (const name of [ALIPAY_ENV.clientId, ALIPAY_ENV.privateKey, ALIPAY_ENV.region, ALIPAY_ENV.baseUrl]) {
      expect(error.message).toContain(name)
    }
    expect(error.message).not.toContain(ALIPAY_ENV.alipayPublicKey)
  })

  it('creates a working client from the environment alone', () => {
    const config = resolveAlipayClientConfig({}, fullEnv)
    const client = createAlipayClient(config)
    expect(typeof client.pay).toBe('function')
  })

  it('takes client-only options through untouched', () => {
    const config = resolveAlipayClientConfig({ timeout: 1234, retries: 0 }, fullEnv)
    expect(config).toMatchObject({ timeout: 1234, retries: 0, clientId: fullEnv.ALIPAY_CLIENT_ID })
  })

  it('never echoes key material in its messages', () => {
    const error = thrown(() => resolveAlipayClientConfig({}, { ALIPAY_PRIVATE_KEY: keys.privateKeyPkcs8Pem }))
    expect(error.message).not.toContain('MII')
  })
})
