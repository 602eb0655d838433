import { AlipayError, parseSignatureHeader } from '@alipay-kit/core'
import type { Finding } from './finding.js'

/** The header as given, or repaired so the rest of the diagnosis can go on. */
export interface HeaderAnalysis {
  /** A header core parses: the one given, or its repaired form; undefined when beyond repair. */
  readonly usable: string | undefined
  /** Why the header as given cannot verify, when it cannot. */
  readonly cause: Finding | undefined
  /** Worth knowing even when it verifies. */
  readonly notes: readonly Finding[]
}

interface Field {
  readonly name: string
  readonly value: string
}

/** Splits a header into name=value fields as core does (docs/protocol.md §9.1), for diagnosis only. */
function fields(header: string): Field[] {
  return header
    .split(',')
    .map((item) => item.trim())
    .filter((item) => item.length > 0)
    .map((item) => {
      const eq = item.indexOf('=')
      return eq <= 0 ? { name: item, value: '' } : { name: item.slice(0, eq).trim(), value: item.slice(eq + 1).trim() }
    })
}

function withSignature(header: string, value: string): string {
  return fields(header)
    .map((f) => `${f.name}=${f.name.toLowerCase() === 'signature' ? value : f.value}`)
    .join(',')
}

function parses(header: string): boolean {
  try {
    parseSignatureHeader(header)
    return true
  } catch {
    return false
  }
}

const RAW_BASE64 = /^[A-Za-z0-9+/ ]+={0,2}$/

function repair(header: string, value: string): { usable: string; cause: Finding } | undefined {
  if (RAW_BASE64.test(value) && /[+ ]/.test(value)) {
    const base64 = value.replace(/ /g, '+')
    const usable = withSignature(header, encodeURIComponent(base64))
    if (!parses(usable)) return undefined
    const detail = value.includes(' ')
      ? [
          'The signature holds spaces where its base64 had "+": it was URL-decoded form-style once too often',
          '(a form decoder turns "+" into a space), or it was never URL-encoded and a decoder ate the "+".',
        ]
      : [
          'The signature value is raw base64 with "+" in it, not URL-encoded. Alipay and the SDKs URL-decode it',
          'form-style, which turns "+" into a space, so it never verifies there (docs/protocol.md §1.2, vector pub-not-urlencoded).',
        ]
    return {
      usable,
      cause: {
        title: 'encoding: the signature is not URL-encoded',
        detail: [...detail, 'Fix: URL-encode the base64 once (encodeURIComponent) before putting it in the header.'],
      },
    }
  }
  if (/%25[0-9A-Fa-f]{2}/.test(value)) {
    let once: string
    try {
      once = decodeURIComponent(value)
    } catch {
      return undefined
    }
    const usable = withSignature(header, once)
    if (!parses(usable)) return undefined
    return {
      usable,
      cause: {
        title: 'encoding: the signature is URL-encoded twice (%252B)',
        detail: [
          'The value was URL-encoded twice: "%2B" became "%252B". Every SDK rejects it (docs/protocol.md §1.2, item 6).',
          'Fix: URL-encode the base64 exactly once.',
        ],
      },
    }
  }
  return undefined
}

function unrepairable(value: string, error: unknown): Finding {
  const detail: string[] = []
  if (/^[0-9a-fA-F]+$/.test(value) && value.length % 2 === 0) {
    detail.push('The value looks like hex. Alipay signatures are base64, then URL-encoded (docs/protocol.md §1.2).')
  } else if (value.length === 0) {
    detail.push('The signature= field is empty.')
  } else {
    detail.push('The value is not URL-encoded standard base64: it may be truncated, wrapped, or not a signature.')
  }
  if (error instanceof AlipayError) detail.push(`core says: ${error.code}: ${error.message}`)
  return { title: 'malformed Signature header', detail }
}

/**
 * Checks how the Signature header is encoded (docs/protocol.md §1.2, §1.3) and repairs the usual
 * mistakes, raw base64 and double encoding, so the key and the content can still be checked.
 */
export function analyseHeader(header: string): HeaderAnalysis {
  const signature = fields(header).find((f) => f.name.toLowerCase() === 'signature')
  try {
    parseSignatureHeader(header)
  } catch (error) {
    if (signature === undefined) {
      return {
        usable: undefined,
        cause: {
          title: 'malformed Signature header: no signature= field',
          detail: ['Expected algorithm=RSA256,keyVersion=1,signature=<URL-encoded base64> (docs/protocol.md §1.3).'],
        },
        notes: [],
      }
    }
    const repaired = repair(header, signature.value)
    if (repaired !== undefined) return { usable: repaired.usable, cause: repaired.cause, notes: [] }
    return { usable: undefined, cause: unrepairable(signature.value, error), notes: [] }
  }
  const notes: Finding[] = []
  const value = signature?.value ?? ''
  if (/[/=]/.test(value)) {
    notes.push({
      title: 'the signature is raw base64 that happens to have no "+"',
      detail: [
        'It verifies, but it was not URL-encoded: the next signature that contains "+" will fail.',
        'URL-encode the base64 once (encodeURIComponent) before putting it in the header (docs/protocol.md §1.2).',
      ],
    })
  }
  if (/%(2b|2f|3d)/.test(value)) {
    notes.push({
      title: 'lower-case percent-encoding (%2b) is fine',
      detail: ['.NET writes lower-case hex; every decoder accepts either case (docs/protocol.md §1.2, item 4).'],
    })
  }
  return { usable: header, cause: undefined, notes }
}
