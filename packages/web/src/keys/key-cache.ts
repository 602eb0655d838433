import type { KeyInput, PublicKeys, WebCryptoKey } from '@alipay-kit/core/web'
import { importPrivateKey, importPublicKeyRing, type WebPublicKeyRing } from './key-ring.js'

/**
 * `sign` and `verify` take keys in any form; each distinct input is imported once (style.md
 * principle 3) and its import promise remembered: objects in a WeakMap, strings in a small bounded
 * map. A failed import is forgotten, so a corrected value is tried afresh.
 */
const STRING_LIMIT = 64

/** Imported keys by input, once resolved: the hot path reads them without awaiting anything. */
const resolved = new WeakMap<object, unknown>()
const resolvedText = new Map<string, unknown>()

function makeCache<T>(load: (input: never) => Promise<T>) {
  const byObject = new WeakMap<object, Promise<T>>()
  const byString = new Map<string, Promise<T>>()
  const remember = (input: unknown, hit: Promise<T>): void => {
    hit.then(
      (value) => {
        if (typeof input === 'string') {
          if (resolvedText.size >= STRING_LIMIT) resolvedText.delete(resolvedText.keys().next().value as string)
          resolvedText.set(input, value)
        } else resolved.set(input as object, value)
      },
      () => {},
    )
  }
  return (input: unknown): Promise<T> => {
    if (typeof input === 'string') {
      let hit = byString.get(input)
      if (hit === undefined) {
        hit = load(input as never)
        if (byString.size >= STRING_LIMIT) byString.delete(byString.keys().next().value as string)
        byString.set(input, hit)
        hit.catch(() => byString.delete(input))
        remember(input, hit)
      }
      return hit
    }
    if (input !== null && typeof input === 'object') {
      let hit = byObject.get(input)
      if (hit === undefined) {
        hit = load(input as never)
        byObject.set(input, hit)
        hit.catch(() => byObject.delete(input))
        remember(input, hit)
      }
      return hit
    }
    return load(input as never)
  }
}

export const resolvePublicKeys: (input: PublicKeys) => Promise<WebPublicKeyRing> = makeCache((input: PublicKeys) =>
  importPublicKeyRing(input),
)
export const resolvePrivateKey: (input: KeyInput) => Promise<WebCryptoKey> = makeCache((input: KeyInput) =>
  importPrivateKey(input),
)

/** The ring already imported for `input`, or `undefined` while it is not (yet). */
export function importedPublicKeys(input: PublicKeys): WebPublicKeyRing | undefined {
  return (typeof input === 'string' ? resolvedText.get(input) : resolved.get(input as object)) as
    | WebPublicKeyRing
    | undefined
}
