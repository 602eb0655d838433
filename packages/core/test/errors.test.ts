import { describe, expect, expectTypeOf, it } from 'vitest'
import {
  AlipayApiError,
  AlipayConfigError,
  AlipayError,
  type AlipayErrorCode,
  AlipayHandlerError,
  AlipayRequestError,
  AlipaySignatureError,
  AlipayTransportError,
  ERROR_CODES,
  httpStatusOf,
  isAlipayError,
  replyForError,
} from '../src/index.js'

type ErrorClass = abstract new (...args: never[]) => AlipayError

/**
 * Every code with the class that carries it and the status a notification endpoint answers.
 * Each factory only compiles when the code belongs to that class's union, so the table checks the
 * code families at type level too; `Record<AlipayErrorCode, ...>` makes it list every code.
 */
const TABLE: Record<AlipayErrorCode, { make: (message: string) => AlipayError; class: ErrorClass; status: number }> = {
  ERR_ALIPAY_CONFIG_MISSING: {
    make: (m) => new AlipayConfigError('ERR_ALIPAY_CONFIG_MISSING', m),
    class: AlipayConfigError,
    status: 500,
  },
  ERR_ALIPAY_OPTION_INVALID: {
    make: (m) => new AlipayConfigError('ERR_ALIPAY_OPTION_INVALID', m),
    class: AlipayConfigError,
    status: 500,
  },
  ERR_ALIPAY_KEY_INVALID: {
    make: (m) => new AlipayConfigError('ERR_ALIPAY_KEY_INVALID', m),
    class: AlipayConfigError,
    status: 500,
  },
  ERR_ALIPAY_KEY_TYPE_MISMATCH: {
    make: (m) => new AlipayConfigError('ERR_ALIPAY_KEY_TYPE_MISMATCH', m),
    class: AlipayConfigError,
    status: 500,
  },
  ERR_ALIPAY_KEY_NOT_RSA: {
    make: (m) => new AlipayConfigError('ERR_ALIPAY_KEY_NOT_RSA', m),
    class: AlipayConfigError,
    status: 500,
  },
  ERR_ALIPAY_KEY_TOO_SHORT: {
    make: (m) => new AlipayConfigError('ERR_ALIPAY_KEY_TOO_SHORT', m),
    class: AlipayConfigError,
    status: 500,
  },
  ERR_ALIPAY_KEY_OWN_PUBLIC_KEY: {
    make: (m) => new AlipayConfigError('ERR_ALIPAY_KEY_OWN_PUBLIC_KEY', m),
    class: AlipayConfigError,
    status: 500,
  },
  ERR_ALIPAY_HEADER_MISSING: {
    make: (m) => new AlipayRequestError('ERR_ALIPAY_HEADER_MISSING', m),
    class: AlipayRequestError,
    status: 400,
  },
  ERR_ALIPAY_SIGNATURE_HEADER_MALFORMED: {
    make: (m) => new AlipayRequestError('ERR_ALIPAY_SIGNATURE_HEADER_MALFORMED', m),
    class: AlipayRequestError,
    status: 400,
  },
  ERR_ALIPAY_REQUEST_TIME_INVALID: {
    make: (m) => new AlipayRequestError('ERR_ALIPAY_REQUEST_TIME_INVALID', m),
    class: AlipayRequestError,
    status: 400,
  },
  ERR_ALIPAY_BODY_TOO_LARGE: {
    make: (m) => new AlipayRequestError('ERR_ALIPAY_BODY_TOO_LARGE', m),
    class: AlipayRequestError,
    status: 413,
  },
  // A body parser ran first: the app is mis-mounted, so 500 lets Alipay resend once it is fixed.
  ERR_ALIPAY_BODY_CONSUMED: {
    make: (m) => new AlipayRequestError('ERR_ALIPAY_BODY_CONSUMED', m),
    class: AlipayRequestError,
    status: 500,
  },
  ERR_ALIPAY_BODY_INVALID: {
    make: (m) => new AlipayRequestError('ERR_ALIPAY_BODY_INVALID', m),
    class: AlipayRequestError,
    status: 400,
  },
  ERR_ALIPAY_BODY_NOT_JSON: {
    make: (m) => new AlipayRequestError('ERR_ALIPAY_BODY_NOT_JSON', m),
    class: AlipayRequestError,
    status: 400,
  },
  ERR_ALIPAY_NOTIFICATION_INVALID: {
    make: (m) => new AlipayRequestError('ERR_ALIPAY_NOTIFICATION_INVALID', m),
    class: AlipayRequestError,
    status: 400,
  },
  ERR_ALIPAY_METHOD_NOT_ALLOWED: {
    make: (m) => new AlipayRequestError('ERR_ALIPAY_METHOD_NOT_ALLOWED', m),
    class: AlipayRequestError,
    status: 405,
  },
  ERR_ALIPAY_SIGNATURE_INVALID: {
    make: (m) => new AlipaySignatureError('ERR_ALIPAY_SIGNATURE_INVALID', m),
    class: AlipaySignatureError,
    status: 401,
  },
  ERR_ALIPAY_CLIENT_ID_MISMATCH: {
    make: (m) => new AlipaySignatureError('ERR_ALIPAY_CLIENT_ID_MISMATCH', m),
    class: AlipaySignatureError,
    status: 401,
  },
  ERR_ALIPAY_REQUEST_TIME_OUT_OF_WINDOW: {
    make: (m) => new AlipaySignatureError('ERR_ALIPAY_REQUEST_TIME_OUT_OF_WINDOW', m),
    class: AlipaySignatureError,
    status: 401,
  },
  ERR_ALIPAY_HANDLER_FAILED: {
    make: (m) => new AlipayHandlerError('ERR_ALIPAY_HANDLER_FAILED', m),
    class: AlipayHandlerError,
    status: 500,
  },
  ERR_ALIPAY_NOTIFICATION_UNHANDLED: {
    make: (m) => new AlipayHandlerError('ERR_ALIPAY_NOTIFICATION_UNHANDLED', m),
    class: AlipayHandlerError,
    status: 500,
  },
  ERR_ALIPAY_API_FAILED: {
    make: (m) => new AlipayApiError('ERR_ALIPAY_API_FAILED', m),
    class: AlipayApiError,
    status: 500,
  },
  ERR_ALIPAY_RESULT_UNKNOWN: {
    make: (m) => new AlipayApiError('ERR_ALIPAY_RESULT_UNKNOWN', m),
    class: AlipayApiError,
    status: 500,
  },
  ERR_ALIPAY_RESPONSE_SIGNATURE_MISSING: {
    make: (m) => new AlipayApiError('ERR_ALIPAY_RESPONSE_SIGNATURE_MISSING', m),
    class: AlipayApiError,
    status: 500,
  },
  ERR_ALIPAY_RESPONSE_SIGNATURE_INVALID: {
    make: (m) => new AlipayApiError('ERR_ALIPAY_RESPONSE_SIGNATURE_INVALID', m),
    class: AlipayApiError,
    status: 500,
  },
  ERR_ALIPAY_RESPONSE_INVALID: {
    make: (m) => new AlipayApiError('ERR_ALIPAY_RESPONSE_INVALID', m),
    class: AlipayApiError,
    status: 500,
  },
  ERR_ALIPAY_HTTP_STATUS: {
    make: (m) => new AlipayApiError('ERR_ALIPAY_HTTP_STATUS', m),
    class: AlipayApiError,
    status: 500,
  },
  ERR_ALIPAY_BODY_TIMEOUT: {
    make: (m) => new AlipayRequestError('ERR_ALIPAY_BODY_TIMEOUT', m),
    class: AlipayRequestError,
    status: 408,
  },
  ERR_ALIPAY_NOTIFICATION_IN_PROGRESS: {
    make: (m) => new AlipayHandlerError('ERR_ALIPAY_NOTIFICATION_IN_PROGRESS', m),
    class: AlipayHandlerError,
    status: 409,
  },
  ERR_ALIPAY_STORE_UNAVAILABLE: {
    make: (m) => new AlipayHandlerError('ERR_ALIPAY_STORE_UNAVAILABLE', m),
    class: AlipayHandlerError,
    status: 503,
  },
  ERR_ALIPAY_CLAIM_LOST: {
    make: (m) => new AlipayHandlerError('ERR_ALIPAY_CLAIM_LOST', m),
    class: AlipayHandlerError,
    status: 500,
  },
  ERR_ALIPAY_RESPONSE_TOO_LARGE: {
    make: (m) => new AlipayApiError('ERR_ALIPAY_RESPONSE_TOO_LARGE', m),
    class: AlipayApiError,
    status: 500,
  },
  ERR_ALIPAY_RESPONSE_STALE: {
    make: (m) => new AlipayApiError('ERR_ALIPAY_RESPONSE_STALE', m),
    class: AlipayApiError,
    status: 500,
  },
  ERR_ALIPAY_RESPONSE_MISMATCH: {
    make: (m) => new AlipayApiError('ERR_ALIPAY_RESPONSE_MISMATCH', m),
    class: AlipayApiError,
    status: 500,
  },
  ERR_ALIPAY_TIMEOUT: {
    make: (m) => new AlipayTransportError('ERR_ALIPAY_TIMEOUT', m),
    class: AlipayTransportError,
    status: 500,
  },
  ERR_ALIPAY_NETWORK: {
    make: (m) => new AlipayTransportError('ERR_ALIPAY_NETWORK', m),
    class: AlipayTransportError,
    status: 500,
  },
}

const CLASSES: ErrorClass[] = [
  AlipayConfigError,
  AlipayRequestError,
  AlipaySignatureError,
  AlipayHandlerError,
  AlipayApiError,
  AlipayTransportError,
]

describe('ERROR_CODES', () => {
  it('lists exactly the codes of the table, each with a cause-and-fix text', () => {
    expect(Object.keys(ERROR_CODES).sort()).toEqual(Object.keys(TABLE).sort())
    for (const [code, text] of Object.entries(ERROR_CODES)) {
      expect(code).toMatch(/^ERR_ALIPAY_[A-Z0-9_]+$/)
      expect(text.length).toBeGreaterThan(20)
    }
  })
})

describe('error classes', () => {
  for (const [code, row] of Object.entries(TABLE) as Array<[AlipayErrorCode, (typeof TABLE)[AlipayErrorCode]]>) {
    it(`${code} is a ${row.class.name} with its code on the instance`, () => {
      const error = row.make('message text')
      expect(error.code).toBe(code)
      expect(error.message).toBe('message text')
      expect(error.name).toBe(row.class.name)
      expect(error).toBeInstanceOf(row.class)
      expect(error).toBeInstanceOf(AlipayError)
      expect(error).toBeInstanceOf(Error)
      for (const other of CLASSES.filter((c) => c !== row.class)) expect(error).not.toBeInstanceOf(other)
    })
  }

  it('keeps the cause', () => {
    const cause = new Error('root')
    expect(new AlipayHandlerError('ERR_ALIPAY_HANDLER_FAILED', 'x', { cause }).cause).toBe(cause)
  })

  it('carries the API result on AlipayApiError', () => {
    const error = new AlipayApiError('ERR_ALIPAY_API_FAILED', 'failed', {
      resultCode: 'PARAM_ILLEGAL',
      resultStatus: 'F',
      resultMessage: 'illegal parameters',
      httpStatus: 200,
    })
    expect(error).toMatchObject({
      code: 'ERR_ALIPAY_API_FAILED',
      resultCode: 'PARAM_ILLEGAL',
      resultStatus: 'F',
      resultMessage: 'illegal parameters',
      httpStatus: 200,
    })
    expect(new AlipayApiError('ERR_ALIPAY_HTTP_STATUS', 'x').resultCode).toBeUndefined()
  })

  it('narrows code by class at type level', () => {
    expectTypeOf<AlipaySignatureError['code']>().toEqualTypeOf<
      'ERR_ALIPAY_SIGNATURE_INVALID' | 'ERR_ALIPAY_CLIENT_ID_MISMATCH' | 'ERR_ALIPAY_REQUEST_TIME_OUT_OF_WINDOW'
    >()
    expectTypeOf<AlipayConfigError['code']>().toExtend<AlipayErrorCode>()
  })
})

describe('httpStatusOf: the one status table', () => {
  for (const [code, row] of Object.entries(TABLE)) {
    it(`${code} answers ${row.status}`, () => {
      expect(httpStatusOf(row.make('x'))).toBe(row.status)
      expect(replyForError(row.make('x')).status).toBe(row.status)
    })
  }

  it('answers 500 for anything that is not ours', () => {
    for (const value of [
      new Error('x'),
      new TypeError('x'),
      'string',
      null,
      undefined,
      { code: 'ERR_ALIPAY_HEADER_MISSING' },
    ]) {
      expect(httpStatusOf(value)).toBe(500)
    }
  })
})

describe('isAlipayError', () => {
  it('is true for every class, false for look-alikes', () => {
    for (const row of Object.values(TABLE)) expect(isAlipayError(row.make('x'))).toBe(true)
    expect(isAlipayError(new Error('x'))).toBe(false)
    expect(isAlipayError({ code: 'ERR_ALIPAY_KEY_INVALID', message: 'x', name: 'AlipayConfigError' })).toBe(false)
    expect(isAlipayError(null)).toBe(false)
    expect(isAlipayError(undefined)).toBe(false)
  })

  it('narrows to AlipayError', () => {
    const value: unknown = new AlipayRequestError('ERR_ALIPAY_BODY_NOT_JSON', 'x')
    if (isAlipayError(value)) expectTypeOf(value.code).toEqualTypeOf<AlipayErrorCode>()
    expect(isAlipayError(value)).toBe(true)
  })
})

describe('replyForError', () => {
  it('never answers SUCCESS and never echoes the message', () => {
    for (const row of Object.values(TABLE)) {
      const reply = replyForError(row.make('secret-detail-123'))
      const { result } = JSON.parse(reply.body) as { result: Record<string, string> }
      expect(result.resultStatus).toBe('F')
      expect(result.resultCode).not.toBe('SUCCESS')
      expect(reply.body).not.toContain('secret-detail-123')
    }
    const unknown = replyForError(new Error('secret-detail-123'))
    expect(unknown.status).toBe(500)
    expect(unknown.body).not.toContain('secret-detail-123')
  })
})
