import { createServer, type RequestListener, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import supertest from 'supertest'
import type { ContractRequest, ContractResponse, TestServer } from '../contract/adapter-contract.js'

/** Serves `listener` on 127.0.0.1 (a free port) and sends requests to it with supertest. */
export async function listen(listener: RequestListener): Promise<TestServer> {
  const server: Server = createServer(listener)
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return overHttp(port, () => closeServer(server))
}

function closeServer(server: Server): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    server.closeAllConnections()
    server.close((error) => (error ? reject(error) : resolve()))
  })
}

/** A test server listening on 127.0.0.1:`port`, sent requests with supertest. */
export function overHttp(port: number, close: () => Promise<void>): TestServer {
  const agent = supertest(`http://127.0.0.1:${port}`)
  return {
    port,
    close,
    async request({ method = 'POST', url, headers = {}, body }: ContractRequest): Promise<ContractResponse> {
      let test = agent[method.toLowerCase() as 'post'](url).set(headers).timeout(5000)
      if (body !== undefined) test = test.send(body)
      const response = await test.buffer(true).parse((res, done) => {
        let text = ''
        res.setEncoding('utf8')
        res.on('data', (chunk: string) => {
          text += chunk
        })
        res.on('end', () => done(null, text))
      })
      return { status: response.status, headers: response.headers, body: response.body as string }
    },
  }
}
