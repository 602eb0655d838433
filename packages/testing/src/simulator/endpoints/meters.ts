import type {
  CreditGrant,
  CreditGrantInquireListResponse,
  Meter,
  MeterEventError,
  MeterInquireListResponse,
  MeterUploadEventResponse,
} from '@alipay-kit/core'
import { type Body, optionalObject, optionalString, requiredString } from '../fields.js'
import { alipayTime } from '../ids.js'
import { fail, resultOf } from '../result-codes.js'
import type { ApiCall, Endpoint, EndpointDeps } from './context.js'
import { amountOf, optionalCount, pageOf, Records } from './kit.js'

type Mutable<T> = { -readonly [K in keyof T]: T[K] }

/**
 * Usage meters (`/v1/meter/...`): meters are created ACTIVE; uploadEvent takes the events of an
 * active meter's `eventName` and reports the others as errors (METER_NOT_FOUND), also sent as
 * METER_EVENT to the dashboard `billing` URL (no request names one). Credit grants are created
 * ACTIVE with their whole amount available, and voided as VOIDED.
 */
export function createMeterEndpoints(): { readonly [path: string]: Endpoint } {
  const meters = new Records<Mutable<Meter>>('METER_NOT_FOUND')
  const grants = new Records<Mutable<CreditGrant>>('RECORD_NOT_EXIST')
  const meter = (call: ApiCall) => meters.get(call.clientId, requiredString(call.body, 'meterId'))
  const grant = (call: ApiCall) => grants.get(call.clientId, requiredString(call.body, 'creditGrantId'))
  const touched = <T extends { updatedDateTime?: string }>(deps: EndpointDeps, o: T) => {
    o.updatedDateTime = alipayTime(deps.now())
    return o
  }
  const page = <T>(call: ApiCall, items: readonly T[]) => {
    const p = pageOf(items, optionalCount(call.body, 'pageNum', 1), optionalCount(call.body, 'pageSize', 20))
    return { pageNum: p.page, pageSize: p.size, totalCount: p.totalCount, items: p.items }
  }

  const uploadEvent: Endpoint = (deps, call) => {
    const batches = Array.isArray(call.body.meters) ? (call.body.meters as Body[]) : []
    if (batches.length === 0) fail('PARAM_ILLEGAL', 'meters is required.')
    const errors: MeterEventError[] = []
    batches.forEach((batch, groupIndex) => {
      const eventName = requiredString(batch ?? {}, 'eventName')
      const active = meters.list(call.clientId).find((m) => m.eventName === eventName && m.status === 'ACTIVE')
      const events = Array.isArray(batch.events) ? (batch.events as Body[]) : []
      events.forEach((event, index) => {
        const payload = optionalObject(event ?? {}, 'payload') ?? {}
        const customerId = optionalString(payload, 'customerId')
        // Accepted events are counted by Alipay's metering; the simulator keeps no usage.
        if (active !== undefined) return
        const idempotencyKey = optionalString(event, 'idempotencyKey')
        errors.push({
          index: String(index),
          groupIndex: String(groupIndex),
          eventName,
          idempotencyKey,
          customerId,
          errorCode: 'METER_NOT_FOUND',
        })
      })
    })
    if (errors.length > 0) {
      deps.notify('billing', undefined, call, {
        eventName: errors[0]?.eventName,
        errorEvents: errors.map((e) => ({
          errorCode: e.errorCode,
          idempotencyKey: e.idempotencyKey,
          payload: { customerId: e.customerId },
        })),
      })
    }
    return { result: resultOf('SUCCESS'), errors } satisfies MeterUploadEventResponse
  }

  return {
    '/v1/meter/create': (deps, call) => {
      const now = alipayTime(deps.now())
      const m: Mutable<Meter> = {
        meterId: deps.newId('meter'),
        meterName: requiredString(call.body, 'meterName', 255),
        eventName: requiredString(call.body, 'eventName', 100),
        status: 'ACTIVE',
        aggregationMethod: optionalString(call.body, 'aggregationMethod') ?? 'SUM',
        eventTimeWindow: optionalString(call.body, 'eventTimeWindow'),
        valueKeyOverride: optionalString(call.body, 'valueKeyOverride'),
        createdDateTime: now,
        updatedDateTime: now,
      }
      return { result: resultOf('SUCCESS'), meter: meters.put(call.clientId, m.meterId as string, m) }
    },
    '/v1/meter/update': (deps, call) => {
      const m = meter(call)
      m.meterName = optionalString(call.body, 'meterName') ?? m.meterName
      m.status = optionalString(call.body, 'status') ?? m.status
      return { result: resultOf('SUCCESS'), meter: touched(deps, m) }
    },
    '/v1/meter/inquireDetails': (_deps, call) => ({ result: resultOf('SUCCESS'), meter: meter(call) }),
    '/v1/meter/inquireList': (_deps, call) => {
      const filters = ['meterName', 'eventName', 'status'] as const
      const matching = meters
        .list(call.clientId)
        .filter((m) => filters.every((f) => call.body[f] === undefined || m[f] === call.body[f]))
      const { items, ...counts } = page(call, matching)
      return { result: resultOf('SUCCESS'), ...counts, meters: items } satisfies MeterInquireListResponse
    },
    '/v1/meter/createSession': (deps, call) => {
      // The session authenticates uploadEvent as the SDKs send it, over HTTP/2 (meter-sessions.ts).
      const sessionId = `METER_SESSION_${deps.newId('meter')}`
      const expiresAt = deps.now() + 60 * 60 * 1000
      deps.meterSessions.open(sessionId, call.clientId, expiresAt)
      return { result: resultOf('SUCCESS'), sessionId, sessionExpiryTime: alipayTime(expiresAt) }
    },
    '/v1/meter/uploadEvent': uploadEvent,
    '/v1/meter/creditGrant/create': (deps, call) => {
      const amount = amountOf(call.body, 'amount')
      const now = alipayTime(deps.now())
      const g: Mutable<CreditGrant> = {
        creditGrantId: deps.newId('meter'),
        creditGrantName: optionalString(call.body, 'creditGrantName'),
        customerId: requiredString(call.body, 'customerId'),
        status: 'ACTIVE',
        amount,
        availableAmount: { currency: amount.currency, value: amount.value },
        applicability: optionalObject(call.body, 'applicability'),
        priority:
          typeof call.body.priority === 'string' || typeof call.body.priority === 'number'
            ? call.body.priority
            : undefined,
        category: optionalString(call.body, 'category'),
        effectiveDateTime: optionalString(call.body, 'effectiveDateTime') ?? now,
        expiryDateTime: optionalString(call.body, 'expiryDateTime'),
        createdDateTime: now,
        updatedDateTime: now,
      }
      return { result: resultOf('SUCCESS'), creditGrant: grants.put(call.clientId, g.creditGrantId as string, g) }
    },
    '/v1/meter/creditGrant/updateExpiry': (deps, call) => {
      const g = grant(call)
      if (g.status !== 'ACTIVE') fail('STATUS_INVALID', `Credit grant ${g.creditGrantId} is ${g.status}.`)
      g.expiryDateTime = optionalString(call.body, 'expiryDateTime')
      return { result: resultOf('SUCCESS'), creditGrant: touched(deps, g) }
    },
    '/v1/meter/creditGrant/void': (deps, call) => {
      const g = grant(call)
      if (g.status === 'VOIDED') fail('STATUS_INVALID', `Credit grant ${g.creditGrantId} is voided.`)
      g.status = 'VOIDED'
      return { result: resultOf('SUCCESS'), creditGrant: touched(deps, g) }
    },
    '/v1/meter/creditGrant/inquireDetails': (_deps, call) => ({
      result: resultOf('SUCCESS'),
      creditGrant: grant(call),
    }),
    '/v1/meter/creditGrant/inquireList': (_deps, call) => {
      const customerId = optionalString(call.body, 'customerId')
      const status = optionalString(call.body, 'status')
      const matching = grants
        .list(call.clientId)
        .filter(
          (g) =>
            (customerId === undefined || g.customerId === customerId) && (status === undefined || g.status === status),
        )
      const { items, ...counts } = page(call, matching)
      return { result: resultOf('SUCCESS'), ...counts, creditGrants: items } satisfies CreditGrantInquireListResponse
    },
  }
}
