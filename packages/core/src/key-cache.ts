import type { PublicKeys } from './key-input.js'
import { importPrivateKey, importPublicKeyRing, type KeyInput, PublicKeyRing } from './keys.js'
import type { KeyObject } from './runtime/node.js'

/**
 * `sign` and `verify` accept keys in any form, but parsing a PEM per call costs about 6x on
 * verify (style.md principle 3). Each distinct key input is imported once and remembered: objects
 * in a WeakMap, strings in a small bounded map (key text is few and long-lived in practice).
 */
const STRING_LIMIT = 64

function makeCache<T>(load: (input: never) => T) {
  const byObject = new WeakMap<object, T>()
  const byString = new Map<string, T>()
  return (input: unknown): T => {
    if (typeof input === 'string') {
      let hit = byString.get(input)
      if (hit === undefined) {
        hit = load(input as never)
        if (byString.size >= STRING_LIMIT) byString.delete(byString.keys().next().value as string)
        byString.set(input, hit)
      }
      return hit
    }
    if (input !== null && typeof input === 'object') {
      let hit = byObject.get(input)
      if (hit === undefined) {
        hit = load(input as never)
        byObject.set(input, hit)
      }
      return hit
    }
    return load(input as never)
  }
}

const publicRings = makeCache((input: PublicKeys) => importPublicKeyRing(input))
const privateKeys = makeCache((input: KeyInput) => importPrivateKey(input))

/** The imported ring for `input`, importing it on first use only. */
export function resolvePublicKeys(input: PublicKeys): PublicKeyRing {
  if (input instanceof PublicKeyRing) return input
  return publicRings(input)
}

/** The imported private key for `input`, importing it on first use only. */
export function resolvePrivateKey(input: KeyInput): KeyObject {
  return privateKeys(input)
}
