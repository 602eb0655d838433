import { readFile } from 'node:fs/promises'
import { request } from 'node:https'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startCli, tempDir } from './run-cli.js'
import { watch } from './watch-output.js'

let tmp: Awaited<ReturnType<typeof tempDir>>
beforeAll(async () => {
  tmp = await tempDir()
})
afterAll(() => tmp.remove())

/** POSTs `{}` over HTTPS; resolves with the status, or the error code of a refused handshake. */
function post(url: string, ca?: string): Promise<number | string | undefined> {
  return new Promise((resolve) => {
    const req = request(url, { method: 'POST', agent: false, ...(ca === undefined ? {} : { ca }) }, (res) => {
      res.resume()
      resolve(res.statusCode)
    })
    req.on('error', (error: NodeJS.ErrnoException) => resolve(error.code))
    req.end('{}')
  })
}

describe('alipay-kit simulate --tls (issue 12)', () => {
  it('serves HTTPS, writes the CA to the keys directory, prints where, and a client trusting it gets through', async () => {
    const child = startCli(['simulate', '--tls', '--port', '0'], { cwd: tmp.dir })
    const out = watch(child.stdout)
    const exited = new Promise((resolve) => child.on('exit', (code, signal) => resolve({ code, signal })))
    try {
      const [, url] = await out.waitFor(/listening on (https:\/\/127\.0\.0\.1:\d+)/)
      await out.waitFor(/ {2}TLS CA: {6}\.alipay-kit\/simulator-ca\.pem \(trust it in your client/)
      await out.waitFor(/ALIPAY_BASE_URL=https:\/\/127\.0\.0\.1:\d+\n/)
      await out.waitFor(/NODE_EXTRA_CA_CERTS=\.alipay-kit\/simulator-ca\.pem node --env-file=/)
      const ca = await readFile(join(tmp.dir, '.alipay-kit', 'simulator-ca.pem'), 'utf8')
      expect(ca).toMatch(/^-----BEGIN CERTIFICATE-----\n[\s\S]+\n-----END CERTIFICATE-----\n$/)
      const pay = `${url}/ams/api/v1/payments/pay`
      expect(await post(pay)).toBe('UNABLE_TO_VERIFY_LEAF_SIGNATURE')
      expect(await post(pay, ca)).toBe(200)
      await out.waitFor(/API {2}\/ams\/api\/v1\/payments\/pay {2}\(no client-id\) {2}F PARAM_ILLEGAL/)
    } finally {
      child.kill('SIGTERM')
    }
    expect(await exited).toEqual({ code: 0, signal: null })
  })
})
