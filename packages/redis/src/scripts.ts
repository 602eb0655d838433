import type { Send } from './client.js'

/**
 * The Lua scripts that make each read-check-write one atomic step in Redis. A key holds
 * `claimed:<owner>` with the lease as its TTL, or `done` with the retention as its TTL; an expired
 * key is simply absent, so Redis's own clock decides every lease.
 */
export const CLAIM = `local v = redis.call('GET', KEYS[1])
if not v then
  redis.call('SET', KEYS[1], ARGV[1], 'PX', ARGV[2])
  return 1
end
if v == 'done' then return 2 end
return 0`

export const RENEW = `if redis.call('GET', KEYS[1]) == ARGV[1] then
  return redis.call('PEXPIRE', KEYS[1], ARGV[2])
end
return 0`

export const RELEASE = `if redis.call('GET', KEYS[1]) == ARGV[1] then
  return redis.call('DEL', KEYS[1])
end
return 0`

function isNoScript(error: unknown): boolean {
  return error instanceof Error && error.message.startsWith('NOSCRIPT')
}

/** Runs a script by its SHA (loaded once per store), falling back to EVAL when the server forgot it (a restart, SCRIPT FLUSH). */
export function scriptRunner(send: Send): (body: string, key: string, args: string[]) => Promise<unknown> {
  // SCRIPT LOAD answers the SHA, so no hashing is needed here (and none that would tie this to node:crypto).
  const shas = new Map<string, Promise<string>>()
  const shaOf = (body: string): Promise<string> => {
    let sha = shas.get(body)
    if (sha === undefined) {
      sha = send(['SCRIPT', 'LOAD', body]).then(String)
      sha.catch(() => shas.delete(body))
      shas.set(body, sha)
    }
    return sha
  }
  return async (body, key, args) => {
    try {
      return await send(['EVALSHA', await shaOf(body), '1', key, ...args])
    } catch (error) {
      if (!isNoScript(error)) throw error
      return send(['EVAL', body, '1', key, ...args])
    }
  }
}
