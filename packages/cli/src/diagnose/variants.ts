import { parseRequestTime, type SignInput } from '@alipay-kit/core'

/** One plausible way the signed string differs from the one given, in one part of it. */
export interface Change {
  /** Which part of the string to sign it touches. */
  readonly part: 'method' | 'path' | 'client-id' | 'request-time' | 'body'
  /** Completes "it verifies with ...", e.g. "the body without its trailing newline". */
  readonly label: string
  /** What probably happened and what to do about it. */
  readonly hint: string
  readonly value: string
}

/** The content as text; a signed string is UTF-8 (docs/protocol.md §1.1). */
export interface TextInput {
  readonly method: string
  readonly path: string
  readonly clientId: string
  readonly time: string
  readonly body: string
}

const REFORMATTED =
  'The body bytes you gave are not the bytes that were signed: the JSON was re-formatted on one side.\n' +
  'Verify the raw bytes exactly as received; never JSON.stringify a parsed body (docs/protocol.md §9.4).'

function methodChanges(method: string): Change[] {
  const changes: Change[] = []
  const upper = method.toUpperCase()
  if (upper !== method) {
    changes.push({
      part: 'method',
      label: `the method in upper case (${upper})`,
      hint: 'The method is signed in upper case (docs/protocol.md §1.1).',
      value: upper,
    })
  }
  for (const other of ['POST', 'GET', 'PUT']) {
    if (other === upper) continue
    changes.push({
      part: 'method',
      label: `the method ${other} instead of ${method}`,
      hint:
        other === 'POST'
          ? 'Alipay signs every request and notification as POST (docs/protocol.md §1.1).'
          : `The signer used ${other}; Alipay APIs and notifications are always POST (docs/protocol.md §1.1).`,
      value: other,
    })
  }
  return changes
}

function pathChanges(path: string): Change[] {
  const changes: Change[] = []
  const add = (value: string, label: string, hint: string) => {
    if (value !== path && !changes.some((c) => c.value === value)) changes.push({ part: 'path', label, hint, value })
  }
  if (/^https?:\/\//i.test(path) && URL.canParse(path)) {
    const url = new URL(path)
    const hint = (value: string) =>
      `The signed path has no scheme and no host (docs/protocol.md §1.1): pass --path ${value}, not a URL.`
    add(
      url.pathname + url.search,
      `the path without scheme and host (${url.pathname + url.search})`,
      hint(url.pathname + url.search),
    )
    add(url.pathname, `the bare path (${url.pathname})`, hint(url.pathname))
  }
  const query = path.indexOf('?')
  if (query !== -1) {
    add(
      path.slice(0, query),
      `the path without its query string (${path.slice(0, query)})`,
      'The signer left the query string out of the signed path. A notify endpoint of this library still accepts it\n' +
        '(it tries the path with its query, then without, docs/protocol.md §9.4); other verifiers may not.',
    )
  }
  if (!path.startsWith('/') && !/^https?:/i.test(path)) {
    add(`/${path}`, `a leading slash (/${path})`, 'The signed path starts with "/".')
  }
  const bare = query === -1 ? path : path.slice(0, query)
  const rest = query === -1 ? '' : path.slice(query)
  if (bare.length > 1 && bare.endsWith('/')) {
    add(
      bare.slice(0, -1) + rest,
      'the path without its trailing slash',
      'The path must match the notify URL exactly, slash for slash.',
    )
  } else if (bare.startsWith('/')) {
    add(
      `${bare}/${rest}`,
      'a trailing slash on the path',
      'The path must match the notify URL exactly, slash for slash.',
    )
  }
  if (path.includes('/ams/api/')) {
    add(
      path.replace('/ams/api/', '/ams/sandbox/api/'),
      'the sandbox path (/ams/sandbox/api/...)',
      'In sandbox mode (a SANDBOX_ client id) the SDKs sign the rewritten /ams/sandbox/api path (docs/protocol.md §1.1).',
    )
  }
  if (path.includes('/ams/sandbox/api/')) {
    add(
      path.replace('/ams/sandbox/api/', '/ams/api/'),
      'the production path (/ams/api/...)',
      'The signer used the production path; sandbox requests sign /ams/sandbox/api (docs/protocol.md §1.1).',
    )
  }
  return changes
}

function clientIdChanges(clientId: string): Change[] {
  const changes: Change[] = []
  const trimmed = clientId.trim()
  if (trimmed !== clientId) {
    changes.push({
      part: 'client-id',
      label: 'the client id without surrounding whitespace',
      hint: 'The client id you gave has stray spaces or a newline.',
      value: trimmed,
    })
  }
  const toggled = trimmed.startsWith('SANDBOX_') ? trimmed.slice('SANDBOX_'.length) : `SANDBOX_${trimmed}`
  changes.push({
    part: 'client-id',
    label: `the client id ${toggled}`,
    hint: 'Sandbox and live client ids differ only by the SANDBOX_ prefix; use the one the signer used.',
    value: toggled,
  })
  return changes
}

function timeChanges(time: string): Change[] {
  const changes: Change[] = []
  const add = (value: string, label: string, hint: string) => {
    if (value !== time && !changes.some((c) => c.value === value)) {
      changes.push({ part: 'request-time', label, hint, value })
    }
  }
  const trimmed = time.trim()
  add(trimmed, 'the request-time without surrounding whitespace', 'The time you gave has stray spaces or a newline.')
  // Ten digits are epoch seconds: the instant is the same, only the format differs.
  const ms = /^\d{10}$/.test(trimmed) ? Number(trimmed) * 1000 : parseRequestTime(trimmed)
  if (ms === undefined || !Number.isFinite(ms) || Math.abs(ms) >= 8.64e15) return changes
  const hint =
    'The request-time is signed verbatim, as a string (docs/protocol.md §1.1): pass the header exactly as it\n' +
    'was sent, in the same format. The signer sent (and signed) this instant in another format.'
  add(String(ms), `the request-time as epoch milliseconds (${ms})`, hint)
  const iso = new Date(ms).toISOString()
  add(iso, `the request-time as ${iso}`, hint)
  const seconds = iso.replace(/\.\d{3}Z$/, '')
  for (const zone of ['Z', '+00:00', '+0000']) add(`${seconds}${zone}`, `the request-time as ${seconds}${zone}`, hint)
  // Alipay's own timestamps are China time (+08:00), as in the docs' examples.
  const china = new Date(ms + 8 * 3_600_000).toISOString().replace(/\.\d{3}Z$/, '+08:00')
  add(china, `the request-time as ${china}`, hint)
  return changes
}

function bodyChanges(body: string): Change[] {
  const changes: Change[] = []
  const add = (value: string, label: string, hint: string) => {
    if (value !== body && !changes.some((c) => c.value === value)) changes.push({ part: 'body', label, hint, value })
  }
  const newline =
    'Editors, `echo` and heredocs add a final newline to files; verify the exact bytes received, not a copy.'
  if (body.endsWith('\r\n')) add(body.slice(0, -2), 'the body without its trailing CRLF', newline)
  if (body.endsWith('\n')) add(body.slice(0, -1), 'the body without its trailing newline', newline)
  else
    add(
      `${body}\n`,
      'a trailing newline added to the body',
      'The signer signed the body with a final newline that your copy lacks.',
    )
  if (body.includes('\r\n')) {
    add(
      body.replace(/\r\n/g, '\n'),
      'the body with LF line ends instead of CRLF',
      'A CRLF/LF conversion (git, Windows editors) changed the body after signing.',
    )
  } else if (body.includes('\n')) {
    add(
      body.replace(/\n/g, '\r\n'),
      'the body with CRLF line ends instead of LF',
      'A CRLF/LF conversion (git, Windows editors) changed the body after signing.',
    )
  }
  if (body.startsWith('\uFEFF'))
    add(body.slice(1), 'the body without its byte-order mark', 'An editor added a UTF-8 BOM to the file.')
  add(body.trim(), 'the body without surrounding whitespace', newline)
  let parsed: unknown
  try {
    parsed = JSON.parse(body)
  } catch {
    return changes
  }
  add(JSON.stringify(parsed), 'the body re-serialised as JSON.stringify(JSON.parse(body))', REFORMATTED)
  add(
    JSON.stringify(parsed, null, 2),
    'the body pretty-printed as JSON.stringify(JSON.parse(body), null, 2)',
    REFORMATTED,
  )
  add(`${JSON.stringify(parsed, null, 2)}\n`, 'the body pretty-printed with a final newline', REFORMATTED)
  return changes
}

/** Every single change worth trying, part by part. */
export function plausibleChanges(input: TextInput): Change[] {
  return [
    ...methodChanges(input.method),
    ...pathChanges(input.path),
    ...clientIdChanges(input.clientId),
    ...timeChanges(input.time),
    ...bodyChanges(input.body),
  ]
}

/** The input with `changes` applied (at most one per part). */
export function applyChanges(input: TextInput, changes: readonly Change[]): SignInput {
  const next = { ...input }
  for (const change of changes) {
    if (change.part === 'method') next.method = change.value
    else if (change.part === 'path') next.path = change.value
    else if (change.part === 'client-id') next.clientId = change.value
    else if (change.part === 'request-time') next.time = change.value
    else next.body = change.value
  }
  return next
}

/**
 * Candidate sets of changes, fewest first: each single change, then each pair touching two
 * different parts. More than two independent mistakes at once is rare, and the search stays a few
 * hundred hashes.
 */
export function* changeSets(changes: readonly Change[]): Generator<readonly Change[]> {
  for (const change of changes) yield [change]
  for (let i = 0; i < changes.length; i++) {
    for (let j = i + 1; j < changes.length; j++) {
      const a = changes[i] as Change
      const b = changes[j] as Change
      if (a.part !== b.part) yield [a, b]
    }
  }
}
