import { readFileSync } from 'node:fs'
import { sign } from '@alipay-kit/core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { runCli, tempDir } from './run-cli.js'

interface Vector {
  readonly id: string
  readonly signed: { method: string; path: string; clientId: string; time: string; body: string }
  readonly signatureBase64: string
  readonly signatureHeader: string
}
const vectors = JSON.parse(readFileSync(new URL('../../core/test/fixtures/vectors.json', import.meta.url), 'utf8')) as {
  keys: { [name: string]: string }
  cases: Vector[]
}
const { keys } = vectors
const vector = vectors.cases.find((c) => c.id === 'pub-notify-payment') as Vector
const { path, clientId, time, body } = vector.signed

let tmp: Awaited<ReturnType<typeof tempDir>>
beforeAll(async () => {
  tmp = await tempDir({
    'body.json': body,
    'body-newline.json': `${body}\n`,
    'tampered.json': body.replace('"30000"', '"30001"'),
    'private.pem': keys.privateKeyPkcs8Pem as string,
    'public.pem': keys.publicKeyPem as string,
    'merchant-public.txt': keys.wrongPublicKeyBase64Der as string,
    'merchant-private.txt': keys.wrongPrivateKeyPkcs8Base64 as string,
  })
})
afterAll(() => tmp.remove())

/** `alipay-kit verify` on the vector, with some of its arguments replaced. */
function verifyCli(overrides: { [option: string]: string } = {}) {
  const options: { [option: string]: string } = {
    path,
    'client-id': clientId,
    time,
    signature: vector.signatureHeader,
    key: tmp.path('public.pem'),
    'body-file': tmp.path('body.json'),
    ...overrides,
  }
  return runCli(['verify', ...Object.entries(options).flatMap(([name, value]) => [`--${name}`, value])])
}

describe('alipay-kit sign', () => {
  it("prints exactly core's Signature header for vector pub-notify-payment", async () => {
    const args = ['--path', path, '--client-id', clientId, '--time', time, '--key', tmp.path('private.pem')]
    const { code, stdout } = await runCli(['sign', ...args, '--body-file', tmp.path('body.json')])
    expect(code).toBe(0)
    const expected = sign({ path, clientId, time, body }, keys.privateKeyPkcs8Pem as string)
    expect(expected).toBe(vector.signatureHeader)
    expect(stdout).toBe(`${expected}\n`)
  })

  it('reads the body from stdin and shows the string to sign with --show-content', async () => {
    const args = ['--path', path, '--client-id', clientId, '--time', time, '--key', tmp.path('private.pem')]
    const { code, stdout } = await runCli(['sign', ...args, '--show-content'], { input: body })
    expect(code).toBe(0)
    expect(stdout).toContain(`\nPOST ${path}\n${clientId}.${time}.${body}\n`)
    expect(stdout.trimEnd().split('\n').at(-1)).toBe(vector.signatureHeader)
  })
})

describe('alipay-kit verify', () => {
  it('says valid and exits 0 for the vector', async () => {
    const { code, stdout } = await verifyCli()
    expect(code).toBe(0)
    expect(stdout).toMatch(/^valid: the signature matches/)
  })

  it('a tampered body: invalid (exit 1), the key is right but the string to sign differs', async () => {
    const { code, stdout } = await verifyCli({ 'body-file': tmp.path('tampered.json') })
    expect(code).toBe(1)
    expect(stdout).toMatch(/^invalid/)
    expect(stdout).toContain('cause: content: the string to sign differs from what was signed (same key)')
    expect(stdout).toContain('The key is right')
    // The path given was the signed one: the query-string hint speaks of it, and suggests no other.
    expect(path).not.toBe('/notify')
    expect(stdout).toContain(`--path "${path}?<query>"`)
    expect(stdout).not.toMatch(/--path "?\/notify/)
  })

  it('a full URL given as --path: the hint names the path of that URL, not a stock one', async () => {
    const { code, stdout } = await verifyCli({ path: `https://shop.example${path}` })
    expect(code).toBe(1)
    expect(stdout).toContain(`pass --path ${path}, not a URL`)
    expect(stdout).not.toMatch(/--path "?\/notify/)
  })

  it("the merchant's own public key instead of Alipay's: named as such", async () => {
    const { code, stdout } = await verifyCli({
      key: tmp.path('merchant-public.txt'),
      'private-key': tmp.path('merchant-private.txt'),
    })
    expect(code).toBe(1)
    expect(stdout).toContain("cause: wrong key: --key is your OWN merchant public key, not Alipay's")
    expect(stdout).toContain("verify them with Alipay's public key")
  })

  it('a private key given as --key: usage error (exit 2) saying it is a private key', async () => {
    const { code, stderr } = await verifyCli({ key: tmp.path('private.pem') })
    expect(code).toBe(2)
    expect(stderr).toContain('this key is a private key')
  })

  it('raw base64 that was never URL-encoded: an encoding cause', async () => {
    expect(vector.signatureBase64).toContain('+')
    const { code, stdout } = await verifyCli({
      signature: `algorithm=RSA256,keyVersion=1,signature=${vector.signatureBase64}`,
    })
    expect(code).toBe(1)
    expect(stdout).toContain('cause: encoding: the signature is not URL-encoded')
    expect(stdout).not.toContain(vector.signatureBase64)
  })

  it('a path with a query string that was not signed: verifies without the query', async () => {
    const { code, stdout } = await verifyCli({ path: `${path}?source=alipay` })
    expect(code).toBe(1)
    expect(stdout).toContain('cause: content: the path differs from what was signed')
    expect(stdout).toContain(`It verifies with the path without its query string (${path}).`)
  })

  it('a body file with a trailing newline: verifies without it', async () => {
    const { code, stdout } = await verifyCli({ 'body-file': tmp.path('body-newline.json') })
    expect(code).toBe(1)
    expect(stdout).toContain('cause: content: the body differs from what was signed')
    expect(stdout).toContain('It verifies with the body without its trailing newline.')
  })
})
