import type { Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { bold } from './format.js'

/** How long any one step may take: every wait in the demo is bounded. */
export const STEP_TIMEOUT_MS = 5000

/** A step that did not complete; its message names the step. */
export class StepFailure extends Error {}

/** Runs the numbered steps, each under a deadline so a lost answer ends the demo with a reason, never a hang. */
export function stepper() {
  let n = 0
  return async function step<T>(title: string, run: () => Promise<T>): Promise<T> {
    n += 1
    console.log(`\n${bold(`${n}. ${title}`)}`)
    let timer: NodeJS.Timeout | undefined
    const deadline = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`nothing happened within ${STEP_TIMEOUT_MS} ms`)), STEP_TIMEOUT_MS)
    })
    try {
      return await Promise.race([run(), deadline])
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error)
      throw new StepFailure(`step ${n} (${title}) failed: ${reason}`, { cause: error })
    } finally {
      clearTimeout(timer)
    }
  }
}

/** Listens on 127.0.0.1 and a free port; resolves with the base URL. */
export function listen(server: Server): Promise<string> {
  return new Promise((resolve, reject) => {
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => resolve(`http://127.0.0.1:${(server.address() as AddressInfo).port}`))
  })
}

/** Closes the server and its idle keep-alive connections, so the process can exit at once. */
export function close(server: Server): Promise<void> {
  return new Promise((resolve) => {
    if (!server.listening) return resolve()
    server.close(() => resolve())
    server.closeAllConnections()
  })
}

/** Calls the shop as its web front end would; a non-2xx answer is an error that quotes it. */
export async function callShop<T>(shopUrl: string, method: 'GET' | 'POST', path: string, body?: object): Promise<T> {
  const response = await fetch(shopUrl + path, {
    method,
    headers: body === undefined ? {} : { 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  })
  const text = await response.text()
  if (!response.ok) throw new Error(`the shop answered ${method} ${path} with HTTP ${response.status} ${text}`)
  return JSON.parse(text) as T
}
