import { createPrivateKey, createPublicKey } from 'node:crypto'
import { chmod, lstat, mkdir, readFile, stat, symlink, writeFile } from 'node:fs/promises'
import { sign, verify } from '@alipay-kit/core'
import { afterEach, describe, expect, it } from 'vitest'
import { runCli, tempDir } from './run-cli.js'

const NAMES = [
  'merchant-private-key.txt',
  'merchant-private-key.pem',
  'merchant-public-key.txt',
  'merchant-public-key.pem',
]
const input = { path: '/ams/api/v1/payments/pay', clientId: 'SANDBOX_5Y', time: '1700000000000', body: '{"a":1}' }

let cleanup: (() => Promise<void>) | undefined
afterEach(async () => {
  await cleanup?.()
  cleanup = undefined
})

describe('alipay-kit keys generate', () => {
  it('writes a usable pair in all four forms, private files 0600, and says which key goes where', async () => {
    const tmp = await tempDir()
    cleanup = tmp.remove
    const { code, stdout } = await runCli(['keys', 'generate', '--out', tmp.path('keys')])
    expect(code).toBe(0)
    const text = Object.fromEntries(
      await Promise.all(NAMES.map(async (name) => [name, await readFile(tmp.path(`keys/${name}`), 'utf8')] as const)),
    )
    expect(text['merchant-private-key.txt']).toMatch(/^MII[A-Za-z0-9+/]+={0,2}\n$/)
    expect(text['merchant-private-key.pem']).toMatch(/^-----BEGIN PRIVATE KEY-----\n/)
    expect(text['merchant-public-key.txt']).toMatch(/^MIIBIjAN[A-Za-z0-9+/]+={0,2}\n$/)
    expect(text['merchant-public-key.pem']).toMatch(/^-----BEGIN PUBLIC KEY-----\n/)
    // Sign with each private form, verify with each public form, through core.
    for (const privateKey of [text['merchant-private-key.txt'], text['merchant-private-key.pem']]) {
      const header = sign(input, privateKey as string)
      for (const publicKey of [text['merchant-public-key.txt'], text['merchant-public-key.pem']]) {
        expect(verify(input, header, publicKey as string)).toBe(true)
      }
    }
    for (const name of NAMES) {
      const mode = (await stat(tmp.path(`keys/${name}`))).mode & 0o777
      expect(mode, name).toBe(name.includes('private') ? 0o600 : 0o644)
    }
    expect(stdout).toContain('upload it to the Antom dashboard')
    expect(stdout).toMatch(/Alipay's public key.*DIFFERENT key/)
  })

  it('refuses to overwrite existing key files (exit 3) unless --force', async () => {
    const tmp = await tempDir()
    cleanup = tmp.remove
    await writeFile(tmp.path('merchant-private-key.pem'), 'precious\n', { mode: 0o644 })
    const refused = await runCli(['keys', 'generate', '--out', tmp.dir])
    expect(refused.code).toBe(3)
    expect(refused.stderr).toContain('refusing to overwrite merchant-private-key.pem')
    expect(await readFile(tmp.path('merchant-private-key.pem'), 'utf8')).toBe('precious\n')
    await expect(stat(tmp.path('merchant-public-key.txt'))).rejects.toMatchObject({ code: 'ENOENT' })

    const forced = await runCli(['keys', 'generate', '--out', tmp.dir, '--force'])
    expect(forced.code).toBe(0)
    expect(await readFile(tmp.path('merchant-private-key.pem'), 'utf8')).toMatch(/^-----BEGIN PRIVATE KEY-----/)
    // The overwritten file takes the private mode, not the 0644 it had.
    expect((await stat(tmp.path('merchant-private-key.pem'))).mode & 0o777).toBe(0o600)
  })

  it('--force replaces a symlinked key file instead of writing the private key through it', async () => {
    const tmp = await tempDir({ 'shared.txt': 'not a key\n' })
    cleanup = tmp.remove
    await chmod(tmp.path('shared.txt'), 0o644)
    await mkdir(tmp.path('keys'))
    await symlink('../shared.txt', tmp.path('keys/merchant-private-key.pem'))
    const forced = await runCli(['keys', 'generate', '--out', tmp.path('keys'), '--force'])
    expect(forced.code).toBe(0)
    // The file the link pointed to, outside --out, is untouched; the link became the key file.
    expect(await readFile(tmp.path('shared.txt'), 'utf8')).toBe('not a key\n')
    expect((await stat(tmp.path('shared.txt'))).mode & 0o777).toBe(0o644)
    const key = await lstat(tmp.path('keys/merchant-private-key.pem'))
    expect(key.isFile()).toBe(true)
    expect(key.mode & 0o777).toBe(0o600)
    expect(await readFile(tmp.path('keys/merchant-private-key.pem'), 'utf8')).toMatch(/^-----BEGIN PRIVATE KEY-----/)
  })

  it('--pkcs1 also writes the private key as raw base64 PKCS#1 (the Python SDK form), mode 0600', async () => {
    const tmp = await tempDir()
    cleanup = tmp.remove
    const { code, stdout } = await runCli(['keys', 'generate', '--out', tmp.dir, '--pkcs1'])
    expect(code).toBe(0)
    expect(stdout).toContain('merchant-private-key-pkcs1.txt')
    const pkcs1 = await readFile(tmp.path('merchant-private-key-pkcs1.txt'), 'utf8')
    expect(pkcs1).toMatch(/^MII[A-Za-z0-9+/]+={0,2}\n$/)
    expect((await stat(tmp.path('merchant-private-key-pkcs1.txt'))).mode & 0o777).toBe(0o600)
    // PKCS#1 DER, not PKCS#8 under another name: node reads it only as pkcs1, and it is the same key.
    const der = Buffer.from(pkcs1, 'base64')
    expect(() => createPrivateKey({ key: der, format: 'der', type: 'pkcs8' })).toThrow()
    const key = createPrivateKey({ key: der, format: 'der', type: 'pkcs1' })
    const publicBase64 = createPublicKey(key).export({ format: 'der', type: 'spki' }).toString('base64')
    expect(`${publicBase64}\n`).toBe(await readFile(tmp.path('merchant-public-key.txt'), 'utf8'))
    expect(verify(input, sign(input, key), publicBase64)).toBe(true)
  })

  it('without --pkcs1, writes no PKCS#1 file', async () => {
    const tmp = await tempDir()
    cleanup = tmp.remove
    expect((await runCli(['keys', 'generate', '--out', tmp.dir])).code).toBe(0)
    await expect(stat(tmp.path('merchant-private-key-pkcs1.txt'))).rejects.toMatchObject({ code: 'ENOENT' })
  })

  it('--out naming an existing file: a usage error (exit 2) saying so, not a raw EEXIST', async () => {
    const tmp = await tempDir({ 'keys.txt': 'notes\n' })
    cleanup = tmp.remove
    const { code, stdout, stderr } = await runCli(['keys', 'generate', '--out', tmp.path('keys.txt')])
    expect(code).toBe(2)
    expect(stdout).toBe('')
    expect(stderr).toContain('is a file, not a directory')
    expect(stderr).not.toContain('EEXIST')
    expect(stderr).not.toContain('unexpected failure')
    expect(await readFile(tmp.path('keys.txt'), 'utf8')).toBe('notes\n')
  })

  it('prints the pair when no --out is given', async () => {
    const { code, stdout } = await runCli(['keys', 'generate'])
    expect(code).toBe(0)
    expect(stdout).toContain('-----BEGIN PRIVATE KEY-----')
    expect(stdout).toContain('-----BEGIN PUBLIC KEY-----')
    const [privateBase64] = /^MIIE[A-Za-z0-9+/]+={0,2}$/m.exec(stdout) ?? []
    const [publicBase64] = /^MIIBIjAN[A-Za-z0-9+/]+={0,2}$/m.exec(stdout) ?? []
    expect(privateBase64).toBeDefined()
    expect(verify(input, sign(input, privateBase64 as string), publicBase64 as string)).toBe(true)
  })
})
