import { execFile } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import { promisify } from 'node:util'
import { describe, expect, it } from 'vitest'

const run = promisify(execFile)
// The built entries, as merchants load them. Not the sources through tsx: from Node 22 on, tsx's
// loader itself needs Buffer, so a process without it could not load any TypeScript at all.
const built = (file: string) => fileURLToPath(new URL(`../../dist/${file}`, import.meta.url))
const vectors = fileURLToPath(new URL('../fixtures/vectors.json', import.meta.url))

/**
 * Loads an entry in a Node process whose Buffer is gone, as on Workers and Deno without
 * compatibility layers (issue 11), and runs a few of its functions there.
 */
async function withoutBuffer(script: string): Promise<string> {
  const code = `delete globalThis.Buffer; if (typeof Buffer !== 'undefined') throw new Error('Buffer still there');\n${script}`
  const { stdout } = await run(process.execPath, ['--input-type=module', '-e', code], {
    timeout: 30_000,
  })
  return stdout.trim()
}

describe('core without Buffer (issue 11)', () => {
  it('loads the Web entry and verifies a golden vector through WebCrypto', async () => {
    const out = await withoutBuffer(`
      const web = await import(${JSON.stringify(built('web.js'))})
      const { readFileSync } = await import('node:fs')
      const v = JSON.parse(readFileSync(${JSON.stringify(vectors)}, 'utf8'))
      const c = v.cases.find((x) => x.id === 'pub-req-ascii')
      const der = web.decodeBase64(v.keys.publicKeyBase64Der)
      const key = await crypto.subtle.importKey('spki', der, { name: 'RSASSA-PKCS1-v1_5', hash: 'SHA-256' }, false, ['verify'])
      const header = web.decodeSignatureHeader(c.signatureHeader)
      const ok = await web.webVerify(key, web.ownSignData(c.signed), header.signature.slice())
      const bad = await web.webVerify(key, web.ownSignData({ ...c.signed, body: c.signed.body + ' ' }), header.signature.slice())
      const parsed = web.parseSignatureHeader(c.signatureHeader)
      const formatted = web.formatSignatureHeader({ signature: web.decodeBase64(parsed.signature), keyVersion: 1 })
      console.log(JSON.stringify({ ok, bad, same: formatted === c.signatureHeader, code: new web.AlipayRequestError('ERR_ALIPAY_HEADER_MISSING', 'x').code }))
    `)
    expect(JSON.parse(out)).toEqual({ ok: true, bad: false, same: true, code: 'ERR_ALIPAY_HEADER_MISSING' })
  })

  it('loads the Node entry too, and signs and verifies with node:crypto', async () => {
    const out = await withoutBuffer(`
      const core = await import(${JSON.stringify(built('index.js'))})
      const { readFileSync } = await import('node:fs')
      const v = JSON.parse(readFileSync(${JSON.stringify(vectors)}, 'utf8'))
      const c = v.cases.find((x) => x.id === 'pub-req-ascii')
      const header = core.sign(c.signed, v.keys.privateKeyPkcs8Pem)
      console.log(JSON.stringify({ same: header === c.signatureHeader, ok: core.verify(c.signed, header, v.keys.publicKeyPem) }))
    `)
    expect(JSON.parse(out)).toEqual({ same: true, ok: true })
  })
})
