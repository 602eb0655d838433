import { readFile } from 'node:fs/promises'
import { resolve } from 'node:path'
import { type OptionValues, stringOption } from './command.js'
import { UsageError } from './exit-codes.js'
import type { CliIo } from './io.js'

/** Key text given inline rather than as a file: PEM, or base64 DER far longer than any path. */
function isInlineKey(value: string): boolean {
  const trimmed = value.trim()
  return trimmed.startsWith('-----BEGIN') || /^[A-Za-z0-9+/\s]{200,}={0,2}$/.test(trimmed)
}

async function readFileFor(io: CliIo, option: string, path: string): Promise<Buffer> {
  try {
    return await readFile(resolve(io.cwd, path))
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    const why =
      code === 'ENOENT'
        ? 'no such file'
        : code === 'EISDIR'
          ? 'is a directory'
          : code === 'EACCES'
            ? 'permission denied'
            : 'cannot be read'
    throw new UsageError(`--${option} "${path.slice(0, 200)}": ${why}`)
  }
}

/**
 * The text of a key option: a file holding the key in any form core takes (PEM, the dashboard's
 * raw base64, JWK), or the PEM / base64 itself. Messages name the option, never the key.
 */
export async function readKeyOption(io: CliIo, values: OptionValues, option: string): Promise<string | undefined> {
  const value = stringOption(values, option)
  if (value === undefined) return undefined
  if (value.length === 0) throw new UsageError(`--${option} is empty`)
  if (isInlineKey(value)) return value
  return (await readFileFor(io, option, value)).toString('utf8')
}

async function readStdin(io: CliIo): Promise<Buffer> {
  const chunks: Buffer[] = []
  for await (const chunk of io.stdin) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : chunk)
  return Buffer.concat(chunks)
}

/**
 * The exact body bytes: `--body-file <file>` (or `-` for stdin), `--body <text>`, or stdin when it
 * is piped. Bytes are kept as read: a signature covers them exactly (docs/protocol.md §1.1).
 */
export async function readBodyOption(io: CliIo, values: OptionValues): Promise<Buffer> {
  const file = stringOption(values, 'body-file')
  const text = stringOption(values, 'body')
  if (file !== undefined && text !== undefined) throw new UsageError('give --body-file or --body, not both')
  if (text !== undefined) return Buffer.from(text, 'utf8')
  if (file !== undefined && file !== '-') return readFileFor(io, 'body-file', file)
  if (file === undefined && io.stdin.isTTY === true) {
    throw new UsageError('no body: give --body-file <file>, --body <text>, or pipe the body on stdin')
  }
  return readStdin(io)
}

/** `--client-id`, falling back to the ALIPAY_CLIENT_ID environment variable as the adapters do. */
export function clientIdOption(io: CliIo, values: OptionValues): string {
  const value = stringOption(values, 'client-id') ?? io.env.ALIPAY_CLIENT_ID?.trim()
  if (value === undefined || value.length === 0) {
    throw new UsageError('--client-id is required (or set ALIPAY_CLIENT_ID)')
  }
  return value
}
