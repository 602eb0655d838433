import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import {
  AlipayApiError,
  type AlipayClient,
  createAlipayClient,
  ENDPOINT_PATHS,
  type NotificationType,
  notificationType,
} from '@alipay-kit/core'
import {
  type AlipaySimulator,
  BUILDABLE_NOTIFICATION_TYPES,
  buildNotification,
  startAlipaySimulator,
  TEST_CLIENT_ID,
  TEST_KEYS,
} from '@alipay-kit/testing'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { NOTIFY_URL_KIND } from '../packages/testing/src/simulator/trigger.js'

// The catalogue's truth (issue 12): every endpoint the client names has request and response
// types, an answer in the simulator and a row in docs/endpoints.md; every notification dispatch
// key has a model core classifies, a way for the simulator to send it and a section in
// docs/notifications.md. Adding an endpoint or a key without one of these fails here.

const root = new URL('..', import.meta.url).pathname
const read = (...path: string[]) => readFileSync(join(root, ...path), 'utf8')
const ENDPOINTS_DOC = read('docs', 'endpoints.md')
const NOTIFICATIONS_DOC = read('docs', 'notifications.md')

/** The method groups as the client's interfaces declare them: dotted name to [request, response] type. */
function declaredMethods(): Map<string, readonly [string, string]> {
  const dir = join(root, 'packages', 'core', 'src', 'client', 'api')
  const source = readdirSync(dir)
    .map((name) => readFileSync(join(dir, name), 'utf8'))
    .join('\n')
  const interfaces = new Map<string, string>()
  for (const m of source.matchAll(/export interface (\w+) \{([\s\S]*?)\n\}/g))
    interfaces.set(m[1] as string, m[2] as string)
  const methods = new Map<string, readonly [string, string]>()
  const walk = (name: string, prefix: string) => {
    const body = interfaces.get(name) ?? ''
    for (const m of body.matchAll(/readonly (\w+): ApiMethod<\s*(\w+),\s*(\w+),?\s*>/g)) {
      methods.set(`${prefix}${m[1]}`, [m[2] as string, m[3] as string])
    }
    for (const m of body.matchAll(/readonly (\w+): (\w+Api)\b/g)) walk(m[2] as string, `${prefix}${m[1]}.`)
  }
  walk('AlipayApi', '')
  return methods
}

/** The type names the core models export. */
function exportedTypes(): Set<string> {
  const dir = join(root, 'packages', 'core', 'src', 'client', 'models')
  const names = new Set<string>()
  for (const file of readdirSync(dir)) {
    for (const m of readFileSync(join(dir, file), 'utf8').matchAll(/^export (?:interface|type) (\w+)/gm)) {
      names.add(m[1] as string)
    }
  }
  return names
}

const GROUPED = Object.keys(ENDPOINT_PATHS).filter((name) => name.includes('.')) as Array<keyof typeof ENDPOINT_PATHS>

let sim: AlipaySimulator
let client: AlipayClient
beforeAll(async () => {
  sim = await startAlipaySimulator({
    clientId: TEST_CLIENT_ID,
    merchantPublicKey: TEST_KEYS.merchant.publicKeyPem,
    alipayPrivateKey: TEST_KEYS.alipay.privateKeyPem,
  })
  client = createAlipayClient({
    clientId: TEST_CLIENT_ID,
    privateKey: TEST_KEYS.merchant.privateKeyPem,
    alipayPublicKey: sim.alipayPublicKey,
    baseUrl: sim.url,
    retries: 0,
  })
})
afterAll(() => sim.close())

describe('every endpoint: a type, a simulator answer, a docs row', () => {
  const declared = declaredMethods()
  const types = exportedTypes()

  it('declares exactly the endpoints of ENDPOINT_PATHS, each with exported request and response types', () => {
    expect([...declared.keys()].sort()).toEqual([...GROUPED].sort())
    for (const [name, [request, response]] of declared) {
      expect(types.has(request), `${name}: ${request}`).toBe(true)
      expect(types.has(response), `${name}: ${response}`).toBe(true)
    }
  })

  it('documents each in docs/endpoints.md with its path and types', () => {
    for (const name of GROUPED) {
      const row = ENDPOINTS_DOC.split('\n').find((line) => line.startsWith(`| \`${name}\``))
      expect(row, name).toBeDefined()
      const [request, response] = declared.get(name) ?? []
      expect(row).toContain(`\`${ENDPOINT_PATHS[name]}\``)
      expect(row).toContain(`\`${request}\`, \`${response}\``)
    }
  })

  it.each(GROUPED)('the simulator implements %s (answered and verified, whatever the result)', async (name) => {
    const code = await client.request(ENDPOINT_PATHS[name], {}).then(
      (outcome) => outcome.response.result.resultCode,
      (error: unknown) => (error instanceof AlipayApiError ? error.resultCode : String(error)),
    )
    expect(code).not.toBe('NO_INTERFACE_DEF')
    expect(code).toMatch(/^[A-Z_]+$/)
  })
})

describe('every notification dispatch key: a model, a way to send it, a docs section', () => {
  const KNOWN = [...BUILDABLE_NOTIFICATION_TYPES]
  const headings = [...NOTIFICATIONS_DOC.matchAll(/^### ([A-Z_]+)$/gm)].map((m) => m[1])

  it('builds a body of every key that core classifies as that key', () => {
    for (const type of KNOWN) expect(notificationType(buildNotification(type)), type).toBe(type)
  })

  it('can send every key from the simulator', () => {
    expect(Object.keys(NOTIFY_URL_KIND).sort()).toEqual([...KNOWN].sort())
  })

  it('has a section per key in docs/notifications.md, and none for a key that is gone', () => {
    const keys: NotificationType[] = [...KNOWN, 'UNKNOWN']
    expect([...headings].sort()).toEqual([...keys].sort())
  })
})
