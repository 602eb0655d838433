import { X509Certificate } from 'node:crypto'
import { request } from 'node:https'
import { connect } from 'node:tls'
import { createAlipayClient } from '@alipay-kit/core'
import { afterEach, describe, expect, it } from 'vitest'
import { type AlipaySimulator, createAlipaySimulator, TEST_CLIENT_ID, TEST_KEYS } from '../src/index.js'
import { payBody, startTestSimulator } from './helpers.js'
import { fetchTrusting } from './https-fetch.js'

const simulators: AlipaySimulator[] = []
afterEach(async () => {
  for (const sim of simulators.splice(0)) await sim.close()
})

async function tlsSimulator(): Promise<AlipaySimulator & { ca: string }> {
  const sim = await startTestSimulator({ tls: true })
  simulators.push(sim)
  if (sim.ca === undefined) throw new Error('a TLS simulator has a CA')
  return sim as AlipaySimulator & { ca: string }
}

/** The certificate the simulator serves, read from a handshake that trusts `ca`. */
function servedCertificate(url: string, ca: string): Promise<X509Certificate> {
  const { hostname, port } = new URL(url)
  return new Promise((resolve, reject) => {
    const socket = connect({ host: hostname, port: Number(port), ca, servername: 'localhost' }, () => {
      resolve(socket.getPeerX509Certificate() as X509Certificate)
      socket.end()
    })
    socket.on('error', reject)
  })
}

/** POSTs over HTTPS with node's own checks; resolves with the error code of a failed handshake. */
function handshakeError(url: string, ca?: string): Promise<string | undefined> {
  return new Promise((resolve) => {
    const req = request(url, { method: 'POST', agent: false, ...(ca === undefined ? {} : { ca }) }, (res) => {
      res.resume()
      resolve(undefined)
    })
    req.on('error', (error: NodeJS.ErrnoException) => resolve(error.code))
    req.end('{}')
  })
}

const client = (sim: AlipaySimulator & { ca: string }, baseUrl = sim.url) =>
  createAlipayClient({
    clientId: TEST_CLIENT_ID,
    privateKey: TEST_KEYS.merchant.privateKeyPem,
    alipayPublicKey: sim.alipayPublicKey,
    baseUrl,
    fetch: fetchTrusting(sim.ca),
  })

const agreementPay = () =>
  payBody({
    productCode: 'AGREEMENT_PAYMENT',
    paymentMethod: { paymentMethodType: 'ALIPAY_CN', paymentMethodId: 'TOKEN' },
  }) as Parameters<ReturnType<typeof client>['pay']>[0]

describe('simulator TLS mode (issue 12)', () => {
  it('serves a certificate for localhost, 127.0.0.1 and ::1 that sim.ca signed', async () => {
    const sim = await tlsSimulator()
    expect(sim.url).toMatch(/^https:\/\/127\.0\.0\.1:\d+$/)
    const ca = new X509Certificate(sim.ca)
    const served = await servedCertificate(sim.url, sim.ca)
    expect(ca.ca).toBe(true)
    expect(served.ca).toBe(false)
    expect(served.checkIssued(ca)).toBe(true)
    expect(served.verify(ca.publicKey)).toBe(true)
    expect(served.checkHost('localhost')).toBe('localhost')
    expect(served.checkIP('127.0.0.1')).toBe('127.0.0.1')
    expect(served.checkIP('::1')).toBe('::1')
    expect(served.checkHost('example.com')).toBeUndefined()
    expect(served.subjectAltName).toBe('DNS:localhost, IP Address:127.0.0.1, IP Address:0:0:0:0:0:0:0:1')
  })

  it('answers the typed client over HTTPS when it trusts sim.ca, by IP and by name, signatures checked both ways', async () => {
    const sim = await tlsSimulator()
    const byIp = await client(sim).pay(agreementPay())
    expect(byIp.status).toBe('S')
    const byName = await client(sim, sim.url.replace('127.0.0.1', 'localhost')).pay(agreementPay())
    expect(byName.status).toBe('S')
    expect(sim.requests.map((r) => [r.path, r.result.resultStatus])).toEqual([
      ['/ams/api/v1/payments/pay', 'S'],
      ['/ams/api/v1/payments/pay', 'S'],
    ])
  })

  it('is refused by a client that does not trust its CA, or trusts another simulator', async () => {
    const sim = await tlsSimulator()
    const other = await tlsSimulator()
    expect(other.ca).not.toBe(sim.ca)
    const url = `${sim.url}/ams/api/v1/payments/pay`
    expect(await handshakeError(url)).toBe('UNABLE_TO_VERIFY_LEAF_SIGNATURE')
    expect(await handshakeError(url, other.ca)).toBe('UNABLE_TO_VERIFY_LEAF_SIGNATURE')
    expect(await handshakeError(url, sim.ca)).toBeUndefined()
    expect(sim.requests).toHaveLength(1)
  })

  it('has no CA without tls, and refuses a tls option that is not a boolean', async () => {
    const sim = await startTestSimulator()
    simulators.push(sim)
    expect(sim.ca).toBeUndefined()
    expect(sim.url).toMatch(/^http:\/\//)
    expect(() =>
      createAlipaySimulator({
        clientId: TEST_CLIENT_ID,
        merchantPublicKey: TEST_KEYS.merchant.publicKeyPem,
        tls: 'yes' as unknown as boolean,
      }),
    ).toThrow(expect.objectContaining({ code: 'ERR_ALIPAY_OPTION_INVALID' }))
  })
})
