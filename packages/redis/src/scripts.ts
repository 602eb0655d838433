import type { Send } from './client.js'

/**
 * The Lua scripts that make each read-check-write one atomic step in Redis (CLAIM and COMPLETE take
 * a batch of keys, each with its own arguments, and handle each key as if alone). A key holds
 * `claimed:<owner>` with the lease as its TTL, or `done` with the retention as its TTL; an expired
 * key is simply absent, so Redis's own clock decides every lease.
 */
export const CLAIM = `local out = {}
for i, key in ipairs(KEYS) do
  local v = redis.call('GET', key)
  if not v then
    redis.call('SET', key, ARGV[2 * i - 1], 'PX', ARGV[2 * i])
    out[i] = 1
  elseif v == 'done' then
    out[i] = 2
  else
    out[i] = 0
  end
end
return out`

/** Marks each key done with its retention as its TTL: `done` is final whoever held the claim. */
export const COMPLETE = `for i, key in ipairs(KEYS) do
  redis.call('SET', key, 'done', 'PX', ARGV[i])
end
return #KEYS`

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
export function scriptRunner(
  send: Send,
): (body: string, keys: readonly string[], args: readonly string[]) => Promise<unknown> {
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
  return async (body, keys, args) => {
    const rest = [String(keys.length), ...keys, ...args]
    try {
      return await send(['EVALSHA', await shaOf(body), ...rest])
    } catch (error) {
      if (!isNoScript(error)) throw error
      return send(['EVAL', body, ...rest])
    }
  }
}
