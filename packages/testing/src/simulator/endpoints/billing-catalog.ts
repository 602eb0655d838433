import type {
  CouponCreateResponse,
  CouponInquireListResponse,
  CouponUpdateResponse,
  PriceCreateResponse,
  PriceInquireListResponse,
  ProductCreateResponse,
  ProductInquireDetailsResponse,
  ProductInquireListResponse,
  PromotionCodeCreateResponse,
  PromotionCodeInquireListResponse,
  PromotionCodeUpdateResponse,
} from '@alipay-kit/core'
import { type Body, flag, optionalString, requiredString } from '../fields.js'
import { alipayTime } from '../ids.js'
import { fail, resultOf } from '../result-codes.js'
import type { BillingState, Stored } from './billing-state.js'
import type { ApiCall, Endpoint, EndpointDeps } from './context.js'
import { answer, cursorPage, idempotent, type Records } from './kit.js'

/** The request's fields among `fields`, for storing as the object's own. */
function pick(body: Body, fields: readonly string[]): Stored {
  const out: Stored = {}
  for (const field of fields) if (body[field] !== undefined) out[field] = body[field]
  return out
}

const PRODUCT = ['name', 'type', 'description', 'images', 'unitLabel', 'metadata'] as const
const PRICE = ['productId', 'name', 'pricingModel', 'usageType', 'unitAmount', 'unitLabel', 'meterId', 'recurring']
const PRICE_MORE = ['includedQuantity', 'tiersMode', 'tiers', 'metadata', 'defaultPrice']
const COUPON = [
  'couponName',
  'discountType',
  'percentOff',
  'amountOff',
  'durationType',
  'durationValue',
  'durationUnit',
]
const COUPON_MORE = ['redeemBy', 'appliesTo', 'metadata', 'maxRedemptions']
const CODE = ['couponId', 'code', 'expiryTime', 'minAmount', 'oneTimeOnly', 'customerId', 'metadata', 'maxRedemptions']

/** Updates the fields given and the update time; `active: false` records when it was deactivated. */
function update(object: Stored, body: Body, fields: readonly string[], deps: EndpointDeps): Stored {
  Object.assign(object, pick(body, fields))
  object.updatedAt = alipayTime(deps.now())
  if (body.active !== undefined) {
    object.active = flag(body.active)
    if (!object.active) object.deactivatedAt = object.updatedAt
  }
  return object
}

/** A price as its update and detail responses show it: J's models there carry no `priceRequestId`. */
function withoutRequestId(price: Stored): Stored {
  const { priceRequestId: _id, ...view } = price
  return view
}

/** A cursor-paged list of `records` that match every filter field the request gives. */
function list(call: ApiCall, records: Records<Stored>, idField: string, filters: readonly string[]) {
  const matching = records
    .list(call.clientId)
    .filter((o) => filters.every((f) => call.body[f] === undefined || String(o[f]) === String(call.body[f])))
  return cursorPage(call.body, matching, (o) => o[idField] as string)
}

/**
 * The billing catalog (`/v1/billing/product|price|coupon|promotionCode/...`): products and their
 * prices, coupons and their promotion codes, created active and changed in place.
 */
export function createBillingCatalogEndpoints(state: BillingState): { readonly [path: string]: Endpoint } {
  const created = (
    deps: EndpointDeps,
    idField: string,
    requestIdField: string,
    requestId: string,
    fields: Stored,
  ): Stored => {
    const now = alipayTime(deps.now())
    return { [idField]: deps.newId('billing'), [requestIdField]: requestId, ...fields, createdAt: now, updatedAt: now }
  }

  const createProduct = idempotent('billing/product/create', 'productRequestId', (deps, call, requestId) => {
    requiredString(call.body, 'name', 128)
    const p = created(deps, 'productId', 'productRequestId', requestId, {
      type: 'SERVICE',
      ...pick(call.body, PRODUCT),
      active: true,
    })
    state.products.put(call.clientId, p.productId as string, p)
    return answer<ProductCreateResponse>({ result: resultOf('SUCCESS'), ...p })
  })

  const createPrice = idempotent('billing/price/create', 'priceRequestId', (deps, call, requestId) => {
    state.products.get(call.clientId, requiredString(call.body, 'productId'))
    if (call.body.unitAmount === undefined && !Array.isArray(call.body.tiers)) {
      fail('PARAM_ILLEGAL', 'unitAmount (or tiers, for TIERED pricing) is required.')
    }
    const fields = { pricingModel: 'PER_UNIT', usageType: 'LICENSED', ...pick(call.body, [...PRICE, ...PRICE_MORE]) }
    const p = created(deps, 'priceId', 'priceRequestId', requestId, { ...fields, active: true })
    state.prices.put(call.clientId, p.priceId as string, p)
    return answer<PriceCreateResponse>({ result: resultOf('SUCCESS'), ...p })
  })

  const createCode = (deps: EndpointDeps, call: ApiCall, body: Body, requestId: string | undefined) => {
    const c: Stored = {
      promotionCodeId: deps.newId('billing'),
      promotionCodeRequestId: requestId,
      ...pick(body, CODE),
      code: optionalString(body, 'code') ?? `CODE${deps.newId('billing').slice(-6)}`,
      status: 'ACTIVE',
      redeemedCount: '0',
      createTime: alipayTime(deps.now()),
    }
    state.promotionCodes.put(call.clientId, c.promotionCodeId as string, c)
    return c
  }

  const createCoupon = idempotent('billing/coupon/create', 'couponRequestId', (deps, call, requestId) => {
    requiredString(call.body, 'couponName', 128)
    const discountType = requiredString(call.body, 'discountType')
    if (discountType === 'PERCENT' ? call.body.percentOff === undefined : call.body.amountOff === undefined) {
      fail('PARAM_ILLEGAL', 'percentOff (PERCENT) or amountOff (AMOUNT) is required.')
    }
    const coupon: Stored = {
      couponId: deps.newId('billing'),
      couponRequestId: requestId,
      ...pick(call.body, [...COUPON, ...COUPON_MORE]),
      status: 'ACTIVE',
      redeemedCount: '0',
      gmtCreate: alipayTime(deps.now()),
    }
    state.coupons.put(call.clientId, coupon.couponId as string, coupon)
    const codes = (Array.isArray(call.body.promotionCodes) ? (call.body.promotionCodes as Body[]) : []).map((b) =>
      createCode(deps, call, { ...b, couponId: coupon.couponId }, undefined),
    )
    return answer<CouponCreateResponse>({
      result: resultOf('SUCCESS'),
      couponId: coupon.couponId as string,
      couponName: coupon.couponName as string,
      discountType,
      status: 'ACTIVE',
      promotionCodes: codes.map((c) => ({
        promotionCodeId: c.promotionCodeId as string,
        code: c.code as string,
        status: 'ACTIVE',
      })),
    })
  })

  const createPromotionCode = idempotent('billing/promotionCode/create', 'promotionCodeRequestId', (deps, call, id) => {
    const coupon = state.coupons.get(call.clientId, requiredString(call.body, 'couponId'))
    if (coupon.status !== 'ACTIVE')
      fail('STATUS_INVALID', `Coupon ${String(coupon.couponId)} is ${String(coupon.status)}.`)
    const c = createCode(deps, call, call.body, id)
    return answer<PromotionCodeCreateResponse>({
      result: resultOf('SUCCESS'),
      promotionCodeId: c.promotionCodeId as string,
      code: c.code as string,
      status: 'ACTIVE',
    })
  })

  const get = (records: Records<Stored>, field: string) => (call: ApiCall) =>
    records.get(call.clientId, requiredString(call.body, field))
  const product = get(state.products, 'productId')
  const price = get(state.prices, 'priceId')
  const coupon = get(state.coupons, 'couponId')
  const code = get(state.promotionCodes, 'promotionCodeId')
  const ok = resultOf('SUCCESS')

  return {
    '/v1/billing/product/create': createProduct,
    '/v1/billing/product/update': (deps, call) => ({ result: ok, ...update(product(call), call.body, PRODUCT, deps) }),
    '/v1/billing/product/inquireDetails': (_deps, call) => {
      const p = product(call)
      const prices = state.prices.list(call.clientId).filter((x) => x.productId === p.productId)
      return answer<ProductInquireDetailsResponse>({ result: ok, ...p, prices })
    },
    '/v1/billing/product/inquireList': (_deps, call) => {
      const page = list(call, state.products, 'productId', ['active', 'type'])
      return answer<ProductInquireListResponse>({
        result: ok,
        products: page.page,
        hasMore: page.hasMore,
        total: String(page.total),
      })
    },
    '/v1/billing/price/create': createPrice,
    '/v1/billing/price/update': (deps, call) => ({
      result: ok,
      ...withoutRequestId(update(price(call), call.body, ['name', 'metadata', 'defaultPrice'], deps)),
    }),
    '/v1/billing/price/inquireDetails': (_deps, call) => ({ result: ok, ...withoutRequestId(price(call)) }),
    '/v1/billing/price/inquireList': (_deps, call) => {
      const page = list(call, state.prices, 'priceId', ['productId', 'pricingModel', 'active'])
      return answer<PriceInquireListResponse>({
        result: ok,
        prices: page.page,
        hasMore: page.hasMore,
        total: String(page.total),
      })
    },
    '/v1/billing/coupon/create': createCoupon,
    '/v1/billing/coupon/update': (_deps, call) => {
      const c = Object.assign(
        coupon(call),
        pick(call.body, ['couponName', 'status', 'redeemBy', 'metadata', 'maxRedemptions']),
      )
      return answer<CouponUpdateResponse>({ result: ok, couponId: c.couponId as string, status: c.status as string })
    },
    '/v1/billing/coupon/inquireDetails': (_deps, call) => ({ result: ok, ...coupon(call) }),
    '/v1/billing/coupon/inquireList': (_deps, call) => {
      const page = list(call, state.coupons, 'couponId', ['status', 'discountType'])
      return answer<CouponInquireListResponse>({
        result: ok,
        coupons: page.page,
        hasMore: page.hasMore,
        nextCursor: page.nextCursor,
        previousCursor: page.previousCursor,
        total: String(page.total),
      })
    },
    '/v1/billing/promotionCode/create': createPromotionCode,
    '/v1/billing/promotionCode/update': (_deps, call) => {
      const c = Object.assign(code(call), pick(call.body, ['status', 'maxRedemptions', 'expiryTime', 'metadata']))
      return answer<PromotionCodeUpdateResponse>({
        result: ok,
        promotionCodeId: c.promotionCodeId as string,
        status: c.status as string,
      })
    },
    '/v1/billing/promotionCode/inquireDetails': (_deps, call) => ({ result: ok, ...code(call) }),
    '/v1/billing/promotionCode/inquireList': (_deps, call) => {
      const page = list(call, state.promotionCodes, 'promotionCodeId', ['couponId', 'status'])
      return answer<PromotionCodeInquireListResponse>({
        result: ok,
        promotionCodes: page.page,
        hasMore: page.hasMore,
        nextCursor: page.nextCursor,
        previousCursor: page.previousCursor,
        total: String(page.total),
      })
    },
  }
}
