/**
 * Headers as any host gives them: Node's `IncomingHttpHeaders` (lower-case names, arrays for
 * repeats), a Fetch `Headers`, or a plain record in any case.
 */
export type HeadersLike =
  | {
      /** Reads one header by name, as a Fetch `Headers` does; `null` when it is absent. */
      get(name: string): string | null
    }
  | { readonly [name: string]: string | readonly string[] | number | undefined }

/**
 * Reads one header case-insensitively. Repeats of a header that must be single (a second
 * Signature, say) come back as an array so the caller can refuse the ambiguity.
 */
export function readHeader(headers: HeadersLike, name: string): string | readonly string[] | undefined {
  if (typeof (headers as { get?: unknown }).get === 'function') {
    return (headers as { get(name: string): string | null }).get(name) ?? undefined
  }
  const record = headers as { readonly [name: string]: string | readonly string[] | number | undefined }
  const lower = name.toLowerCase()
  let value = record[lower]
  if (value === undefined) {
    for (const key of Object.keys(record)) {
      if (key.toLowerCase() === lower) {
        value = record[key]
        break
      }
    }
  }
  if (typeof value === 'number') return String(value)
  if (Array.isArray(value) && value.length === 1) return value[0] as string
  return value as string | readonly string[] | undefined
}
