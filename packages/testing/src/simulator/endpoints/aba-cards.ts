import { randomInt } from 'node:crypto'
import type {
  AbaCard,
  ApplyCardResponse,
  InquireCardDetailResponse,
  InquireCardResponse,
  InquireCardSensitiveInfoResponse,
  InquireCardTransactionEventResponse,
  InquireCardTransactionLifecycleDetailResponse,
  InquireCardTransactionLifecycleResponse,
  UpdateCardResponse,
} from '@alipay-kit/core'
import { optionalObject, optionalString, optionalUrl, requiredString } from '../fields.js'
import { alipayTime } from '../ids.js'
import { fail, resultOf } from '../result-codes.js'
import type { ApiCall, Endpoint } from './context.js'
import { answer, idempotent, optionalCount, pageOf, Records } from './kit.js'

interface IssuedCard {
  readonly assetId: string
  readonly cardNo: string
  readonly cvv: string
  readonly expiredMonth: string
  readonly expiredYear: string
  readonly createdTime: string
  updatedTime: string
  cardStatus: 'ACTIVE' | 'FROZEN' | 'CANCEL'
  cardNickName: string | undefined
  note: string | undefined
  purpose: string | undefined
  metadata: { readonly [key: string]: string } | undefined
  authorizationControl: { readonly [field: string]: unknown } | undefined
}

// FREEZE, UNFREEZE and CANCEL from the states the updateCardStatus page allows them in.
const TRANSITIONS: {
  readonly [operateType: string]: readonly [from: IssuedCard['cardStatus'], to: IssuedCard['cardStatus']]
} = {
  FREEZE: ['ACTIVE', 'FROZEN'],
  UNFREEZE: ['FROZEN', 'ACTIVE'],
}

const summary = (c: IssuedCard): AbaCard => ({
  assetId: c.assetId,
  cardNickName: c.cardNickName,
  maskedCardNo: `************${c.cardNo.slice(-4)}`,
  cardStatus: c.cardStatus,
  cardBrand: 'MASTERCARD',
  createdTime: c.createdTime,
  updatedTime: c.updatedTime,
})

/**
 * Issued cards (`/v1/aba/cards/...`): applyCard issues an ACTIVE virtual Mastercard at once;
 * updateCardStatus freezes, unfreezes or cancels it and sends CARD_STATUS to its `notifyUrl` (or the
 * dashboard `card` URL). Card transactions are not simulated: their lists are empty.
 */
export function createAbaCardEndpoints(): { readonly [path: string]: Endpoint } {
  const cards = new Records<IssuedCard>('CARD_NOT_EXIST')
  const find = (call: ApiCall) => cards.get(call.clientId, requiredString(call.body, 'assetId'))

  const applyCard = idempotent('aba/applyCard', 'requestId', (deps, call, requestId) => {
    const now = alipayTime(deps.now())
    const expiry = new Date(deps.now() + 3 * 365 * 24 * 60 * 60 * 1000)
    const card: IssuedCard = {
      assetId: `ASSET_${deps.newId('card')}`,
      cardNo: `5555${String(randomInt(1e12)).padStart(12, '0')}`,
      cvv: String(randomInt(1000)).padStart(3, '0'),
      expiredMonth: String(expiry.getUTCMonth() + 1).padStart(2, '0'),
      expiredYear: String(expiry.getUTCFullYear()),
      createdTime: now,
      updatedTime: now,
      cardStatus: 'ACTIVE',
      cardNickName: optionalString(call.body, 'cardNickName'),
      note: optionalString(call.body, 'note'),
      purpose: optionalString(call.body, 'purpose'),
      metadata: optionalObject(call.body, 'metadata') as IssuedCard['metadata'],
      authorizationControl: optionalObject(call.body, 'authorizationControl'),
    }
    cards.put(call.clientId, card.assetId, card)
    const { assetId, cvv, cardNo, expiredMonth, expiredYear } = card
    return answer<ApplyCardResponse>({
      result: resultOf('SUCCESS'),
      requestId,
      status: 'SUCCESS',
      assetId,
      cvv,
      cardNo,
      expiredMonth,
      expiredYear,
    })
  })

  const updateCardStatus: Endpoint = (deps, call) => {
    const card = find(call)
    const requestId = requiredString(call.body, 'requestId')
    const operateType = requiredString(call.body, 'operateType')
    if (operateType === 'CANCEL') {
      if (card.cardStatus === 'CANCEL') fail('CARD_STATUS_INVALID', `Card ${card.assetId} is cancelled.`)
      card.cardStatus = 'CANCEL'
    } else {
      const transition =
        TRANSITIONS[operateType] ?? fail('PARAM_ILLEGAL', 'operateType must be FREEZE, UNFREEZE or CANCEL.')
      if (card.cardStatus !== transition[0]) fail('CARD_STATUS_INVALID', `Card ${card.assetId} is ${card.cardStatus}.`)
      card.cardStatus = transition[1]
    }
    card.updatedTime = alipayTime(deps.now())
    deps.notify('card', optionalUrl(call.body, 'notifyUrl'), call, {
      requestId,
      assetId: card.assetId,
      operateType,
      cardStatus: card.cardStatus,
      createdTime: card.createdTime,
      updatedTime: card.updatedTime,
      cardBrand: 'MASTERCARD',
    })
    return answer<UpdateCardResponse>({ result: resultOf('SUCCESS'), status: 'SUCCESS', requestId })
  }

  const updateCard: Endpoint = (deps, call) => {
    const card = find(call)
    if (card.cardStatus === 'CANCEL') fail('CARD_STATUS_INVALID', `Card ${card.assetId} is cancelled.`)
    card.cardNickName = optionalString(call.body, 'cardNickName') ?? card.cardNickName
    card.note = optionalString(call.body, 'note') ?? card.note
    card.purpose = optionalString(call.body, 'purpose') ?? card.purpose
    card.metadata = (optionalObject(call.body, 'metadata') as IssuedCard['metadata']) ?? card.metadata
    card.authorizationControl = optionalObject(call.body, 'authorizationControl') ?? card.authorizationControl
    card.updatedTime = alipayTime(deps.now())
    return answer<UpdateCardResponse>({
      result: resultOf('SUCCESS'),
      status: 'SUCCESS',
      requestId: optionalString(call.body, 'requestId'),
    })
  }

  const emptyPage = (call: ApiCall) => {
    const page = pageOf([], optionalCount(call.body, 'pageNumber', 1), optionalCount(call.body, 'pageSize', 20))
    return { totalCount: page.totalCount, totalPageNumber: page.totalPages, currentPageNumber: page.page }
  }

  return {
    '/v1/aba/cards/applyCard': applyCard,
    '/v1/aba/cards/updateCard': updateCard,
    '/v1/aba/cards/updateCardStatus': updateCardStatus,
    '/v1/aba/cards/inquireCard': (_deps, call) => {
      const status = optionalString(call.body, 'cardStatus')
      const lastFour = optionalString(call.body, 'lastFourDigits')
      const nickName = optionalString(call.body, 'cardNickName')
      const matching = cards
        .list(call.clientId)
        .filter(
          (c) =>
            (status === undefined || c.cardStatus === status) &&
            (lastFour === undefined || c.cardNo.endsWith(lastFour)) &&
            (nickName === undefined || c.cardNickName === nickName),
        )
      const page = pageOf(matching, optionalCount(call.body, 'pageNumber', 1), optionalCount(call.body, 'pageSize', 20))
      return answer<InquireCardResponse>({
        result: resultOf('SUCCESS'),
        totalCount: page.totalCount,
        totalPageNumber: page.totalPages,
        currentPageNumber: page.page,
        cardList: page.items.map(summary),
      })
    },
    '/v1/aba/cards/inquireCardDetail': (_deps, call) => {
      const card = find(call)
      return answer<InquireCardDetailResponse>({
        result: resultOf('SUCCESS'),
        ...summary(card),
        purpose: card.purpose,
        note: card.note,
        metadata: card.metadata,
        authorizationControl: card.authorizationControl,
      })
    },
    '/v1/aba/cards/inquireCardSensitiveInfo': (_deps, call) => {
      const { assetId, cvv, cardNo, expiredMonth, expiredYear } = find(call)
      return answer<InquireCardSensitiveInfoResponse>({
        result: resultOf('SUCCESS'),
        assetId,
        cvv,
        cardNo,
        expiredMonth,
        expiredYear,
      })
    },
    '/v1/aba/cards/inquireCardTransactionEvent': (_deps, call) =>
      answer<InquireCardTransactionEventResponse>({ result: resultOf('SUCCESS'), events: [], ...emptyPage(call) }),
    '/v1/aba/cards/inquireCardTransactionLifecycle': (_deps, call) =>
      answer<InquireCardTransactionLifecycleResponse>({
        result: resultOf('SUCCESS'),
        lifecycles: [],
        ...emptyPage(call),
      }),
    '/v1/aba/cards/inquireCardTransactionLifecycleDetail': (_deps, call) => {
      requiredString(call.body, 'lifecycleId')
      // No card transaction is simulated, so no lifecycle matches: the page omits `lifecycle` then.
      return answer<InquireCardTransactionLifecycleDetailResponse>({ result: resultOf('SUCCESS') })
    },
  }
}
