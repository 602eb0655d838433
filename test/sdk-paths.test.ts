import { readFileSync } from 'node:fs'
import { apiPath, ENDPOINT_PATHS } from '@alipay-kit/core'
import { describe, expect, it } from 'vitest'

// The catalogue against the official SDKs' own path strings (issue 12: "type every endpoint in the
// newest official SDK's path constants"). test/catalogue-truth.test.ts checks that each endpoint
// the client names has a type, a simulator answer and a docs row; this checks the list itself
// against the SDKs: every path the Java SDK v2.2.8 and the Python SDK v1.5.5 send, production and
// sandbox, is a typed method, and every typed method is a path the Java SDK sends. The fixture
// holds the paths as the SDKs write them (test/e2e/fixtures/sdk-paths.json, with commits).

interface SdkPaths {
  readonly version: string
  readonly commit: string
  readonly paths: readonly string[]
}
const FIXTURE = JSON.parse(readFileSync(new URL('./e2e/fixtures/sdk-paths.json', import.meta.url), 'utf8')) as {
  readonly sdks: { readonly [repo: string]: SdkPaths }
}
const JAVA = 'alipay/global-open-sdk-java'

/**
 * The one path the client sends spelled otherwise, on purpose: J signs retrievePaymentSession with
 * a double slash; the client sends the docs' single slash, and the simulator answers both
 * (docs/protocol.md §4, docs/endpoints.md).
 */
const SPELLED_OTHERWISE: { readonly [sdkPath: string]: string } = {
  '/ams/api//v1/payments/retrievePaymentSession': '/ams/api/v1/payments/retrievePaymentSession',
}

const GROUPED = Object.keys(ENDPOINT_PATHS).filter((name) => name.includes('.')) as Array<keyof typeof ENDPOINT_PATHS>
const PRODUCTION = new Set(GROUPED.map((name) => apiPath(ENDPOINT_PATHS[name], false)))
const SANDBOX = new Set(GROUPED.map((name) => apiPath(ENDPOINT_PATHS[name], true)))

const isSandbox = (path: string) => path.startsWith('/ams/sandbox/api/')
const asClientSends = (path: string) => SPELLED_OTHERWISE[path] ?? path

describe('the catalogue holds every path of the official SDKs (issue 12)', () => {
  it.each(Object.entries(FIXTURE.sdks))('%s: every production path is a typed method', (_repo, sdk) => {
    const missing = sdk.paths.filter((p) => !isSandbox(p)).filter((p) => !PRODUCTION.has(asClientSends(p)))
    expect(missing).toEqual([])
  })

  it.each(Object.entries(FIXTURE.sdks))('%s: every sandbox path is a typed method in sandbox mode', (_repo, sdk) => {
    const sandbox = sdk.paths.filter(isSandbox)
    expect(sandbox.filter((p) => !SANDBOX.has(p))).toEqual([])
  })

  it('types nothing the Java SDK does not send, and the Java SDK sends at least the 46 paths of the issue', () => {
    const java = FIXTURE.sdks[JAVA] as SdkPaths
    expect(java.version).toBe('v2.2.8')
    const sent = new Set(java.paths.filter((p) => !isSandbox(p)).map(asClientSends))
    expect([...PRODUCTION].filter((p) => !sent.has(p))).toEqual([])
    expect(sent.size).toBe(PRODUCTION.size)
    expect(sent.size).toBeGreaterThanOrEqual(46)
  })
})
