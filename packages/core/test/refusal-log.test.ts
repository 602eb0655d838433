import { describe, expect, it } from 'vitest'
import { AlipayHandlerError, AlipayRequestError, AlipaySignatureError } from '../src/index.js'
import { createRefusalLog } from '../src/notification/refusal-log.js'

function recorder() {
  const lines: Array<{ level: 'warn' | 'error'; message: string; details: unknown[] }> = []
  return {
    lines,
    logger: {
      warn: (message: string) => void lines.push({ level: 'warn', message, details: [] }),
      error: (message: string, ...details: unknown[]) => void lines.push({ level: 'error', message, details }),
    },
  }
}

describe('the default refusal log', () => {
  it('warns for 4xx, errs for 5xx and 413, with the status, code and message', () => {
    const { lines, logger } = recorder()
    const log = createRefusalLog(logger, () => 0)
    log(new AlipaySignatureError('ERR_ALIPAY_CLIENT_ID_MISMATCH', 'client-id "SANDBOX_X" is not the configured one'))
    log(new AlipayRequestError('ERR_ALIPAY_BODY_TOO_LARGE', 'over the limit'))
    const cause = new Error('db down')
    log(new AlipayHandlerError('ERR_ALIPAY_HANDLER_FAILED', 'handler failed', { cause }))
    expect(lines.map((l) => l.level)).toEqual(['warn', 'error', 'error'])
    expect(lines[0]?.message).toBe(
      '[alipay-kit] notification refused 401 ERR_ALIPAY_CLIENT_ID_MISMATCH: client-id "SANDBOX_X" is not the configured one',
    )
    expect(lines[1]?.message).toContain('413 ERR_ALIPAY_BODY_TOO_LARGE')
    expect(lines[2]?.details).toEqual([cause])
  })

  it('writes at most 10 lines a minute per code, then says how many it left out', () => {
    const { lines, logger } = recorder()
    let clock = 0
    const log = createRefusalLog(logger, () => clock)
    const flood = () => new AlipaySignatureError('ERR_ALIPAY_SIGNATURE_INVALID', 'bad signature')
    for (let i = 0; i < 1000; i++) log(flood())
    log(new AlipayRequestError('ERR_ALIPAY_HEADER_MISSING', 'no signature header'))
    expect(lines).toHaveLength(11)
    clock += 60_000
    log(flood())
    expect(lines).toHaveLength(12)
    expect(lines[11]?.message).toContain('(990 more ERR_ALIPAY_SIGNATURE_INVALID refusals were not logged)')
    log(flood())
    expect(lines[12]?.message).not.toContain('more')
  })
})
