/**
 * Key text as it arrives from environment variables, secret stores and `.env` files: made ready to
 * parse, or named for what it is when it can never be a key (issue 10, item 4). Both adapters and
 * direct callers go through here, so a key pasted one way works the same everywhere.
 */

/** A line break written out as the two characters `\` `n` (or `\r\n`), as one-line env values carry them. */
const ESCAPED_BREAK = /\\r\\n|\\n|\\r/g

/**
 * Restores the line breaks of a PEM or base64 key written on one line with literal `\n`
 * sequences. JSON text (a JWK) is left alone: its escapes are JSON's to decode.
 */
export function restoreLineBreaks(text: string): string {
  if (!text.includes('\\') || text.startsWith('{')) return text
  return text.replace(ESCAPED_BREAK, '\n').trim()
}

const QUOTES = new Set(['"', "'", '`'])

/**
 * Whole file paths and file names as people pass them by mistake: `/run/secrets/alipay`,
 * `./keys/merchant.pem`, `~/alipay.pem`, `C:\keys\alipay.pem`, `file:///...`, `merchant-private.pem`.
 * A base64 key starts with `MI` and holds no `.`, `~`, `:` or `\`, so none of these match one.
 */
const PATH_LIKE = /^(?:~|\.{1,2})?[\\/]|^[A-Za-z]:[\\/]|^file:|\.(?:pem|key|der|crt|cer|pub|p8|pk8|txt|json|b64)$/i

/** Longer than any path a system accepts, far shorter than a 2048-bit key in any text form. */
const MAX_PATH_LENGTH = 1024

/**
 * Why `text` (already trimmed) can never be a key, when it is a mistake worth naming: key text in
 * quotes, or a file path instead of the file's contents. `undefined` otherwise. The description
 * never repeats the text: it may be a key.
 */
export function keyTextMistake(text: string): string | undefined {
  const first = text[0] ?? ''
  if (QUOTES.has(first)) {
    const inner = text.slice(1).trimStart()
    const what = inner.startsWith('-----BEGIN') ? 'a PEM' : inner.startsWith('{') ? 'JSON' : 'key text'
    return (
      `${what} wrapped in quotes (${first}): the quotes are part of the value, remove them ` +
      '(docker --env-file, some .env loaders and secret stores keep quotes that a shell would strip)'
    )
  }
  if (text.length < MAX_PATH_LENGTH && !/\s/.test(text) && PATH_LIKE.test(text)) {
    return (
      "what looks like a file path, not the key itself: pass the file's contents, for instance " +
      "readFileSync(path, 'utf8')"
    )
  }
  return undefined
}

// Compared as text, not as a Buffer: this module loads on runtimes without Node's Buffer (issue 11).
const PEM_START = '-----BEGIN'

/** Bytes that are PEM text, as `readFileSync(path)` without an encoding returns a PEM file. */
export function isPemBytes(bytes: Uint8Array): boolean {
  let start = 0
  // A UTF-8 byte order mark or leading blank lines, as some editors save them.
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) start = 3
  while (start < bytes.length && (bytes[start] === 0x0a || bytes[start] === 0x0d || bytes[start] === 0x20)) start++
  if (bytes.length - start < PEM_START.length) return false
  for (let i = 0; i < PEM_START.length; i++) {
    if (bytes[start + i] !== PEM_START.charCodeAt(i)) return false
  }
  return true
}
