import { execFile } from 'node:child_process'
import { promisify } from 'node:util'
import { describe, expect, it } from 'vitest'

const run = promisify(execFile)
const root = new URL('..', import.meta.url).pathname

// Runs the sign-verify example as the README's `example` script does (tsx resolves the workspace sources).
describe('examples/sign-verify', () => {
  it('signs, verifies, parses and refuses a tampered copy', async () => {
    const { stdout } = await run(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
      cwd: `${root}examples/sign-verify`,
    })
    expect(stdout).toContain('The merchant verifies and parses it: PAYMENT_RESULT for order-1001')
    expect(stdout).toContain('USD 300.00, result S')
    expect(stdout).toContain('refused: ERR_ALIPAY_SIGNATURE_INVALID')
    expect(stdout).toContain('OK: signed, verified, parsed; tampering detected.')
  })
})
