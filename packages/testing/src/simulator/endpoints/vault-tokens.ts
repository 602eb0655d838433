import type { InquireTokenResponse, UpdateTokenResponse } from '@alipay-kit/core'
import { optionalObject, optionalString, requiredString } from '../fields.js'
import { alipayTime } from '../ids.js'
import { fail, resultOf } from '../result-codes.js'
import type { ApiCall, Endpoint } from './context.js'
import { answer } from './kit.js'
import { brandOf, fetchNonce } from './payment-extras.js'

/** A vaulted token: what vaultPaymentMethod stored, as inquireToken reports it. */
export interface VaultedToken {
  readonly clientId: string
  readonly token: string
  accountHolderName: { readonly [field: string]: unknown } | undefined
  email: string | undefined
  tokenExpiryTime: string
  readonly issuerName: string
  readonly issuingCountry: string
}

/** The tokens of one simulator: vaultPaymentMethod adds them, the token endpoints read and change them. */
export class VaultTokens {
  readonly #tokens = new Map<string, VaultedToken>()

  /** Registers the token of a card just vaulted; it expires when the card does (or in 3 years). */
  add(clientId: string, token: string, card: { readonly [field: string]: unknown } | undefined, now: number): void {
    const digits = typeof card?.cardNo === 'string' ? card.cardNo.replace(/\D/g, '') : ''
    const year = typeof card?.expiryYear === 'string' ? card.expiryYear : undefined
    const month = typeof card?.expiryMonth === 'string' ? card.expiryMonth : undefined
    const expiry =
      year !== undefined && month !== undefined
        ? `20${year.slice(-2)}-${month.padStart(2, '0')}-28T23:59:59+08:00`
        : alipayTime(now + 3 * 365 * 24 * 60 * 60 * 1000)
    this.#tokens.set(token, {
      clientId,
      token,
      accountHolderName: card?.cardholderName as VaultedToken['accountHolderName'],
      email: undefined,
      tokenExpiryTime: expiry,
      issuerName: `${brandOf(digits)} issuer (simulated)`,
      issuingCountry: 'US',
    })
  }

  #find(call: ApiCall): VaultedToken {
    const token = requiredString(call.body, 'token', 256)
    const found = this.#tokens.get(token)
    if (found === undefined || found.clientId !== call.clientId) fail('TOKEN_NOT_EXIST', `No token ${token}.`)
    return found
  }

  readonly endpoints: { readonly [path: string]: Endpoint } = {
    '/v1/vaults/inquireToken': (_deps, call) => {
      const t = this.#find(call)
      return answer<InquireTokenResponse>({
        result: resultOf('SUCCESS'),
        token: t.token,
        accountHolderName: t.accountHolderName,
        email: t.email,
        issuerName: t.issuerName,
        issuingCountry: t.issuingCountry,
        tokenExpiryTime: t.tokenExpiryTime,
      })
    },
    '/v1/vaults/updateToken': (_deps, call) => {
      const t = this.#find(call)
      t.accountHolderName = optionalObject(call.body, 'accountHolderName') ?? t.accountHolderName
      t.email = optionalString(call.body, 'email', 256) ?? t.email
      t.tokenExpiryTime = optionalString(call.body, 'tokenExpiryTime') ?? t.tokenExpiryTime
      return answer<UpdateTokenResponse>({ result: resultOf('SUCCESS'), token: t.token })
    },
    '/v1/vaults/deleteToken': (_deps, call) => {
      this.#tokens.delete(this.#find(call).token)
      return { result: resultOf('SUCCESS') }
    },
    '/v1/vaults/fetchNonce': fetchNonce,
  }
}
