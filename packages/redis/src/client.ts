/** An ioredis client (`Redis`, `Cluster`): its generic command method. */
export interface IoRedisLike {
  /** Sends `command` with `args`; resolves with the reply. */
  call(command: string, ...args: string[]): Promise<unknown>
}

/**
 * A node-redis client (`createClient()`, v4 and later), or any client wrapped to this shape:
 * `{ sendCommand: (args) => anyClient.command(args) }`.
 */
export interface SendCommandLike {
  /** Sends one command, its name first (`['SET', key, value]`); resolves with the reply. */
  sendCommand(args: string[]): Promise<unknown>
}

/** The Redis clients the store accepts. */
export type RedisClientLike = IoRedisLike | SendCommandLike

/** One command, its name first. */
export type Send = (args: string[]) => Promise<unknown>

/**
 * The one thing the store needs from a client: send a command. ioredis is recognised by `call`
 * first, since it also has a `sendCommand` that takes its own Command objects.
 */
export function commandSender(client: unknown): Send {
  const candidate = client as Partial<IoRedisLike & SendCommandLike> | null | undefined
  if (typeof candidate?.call === 'function') {
    const io = candidate as IoRedisLike
    return ([command, ...args]) => io.call(command as string, ...args)
  }
  if (typeof candidate?.sendCommand === 'function') {
    const node = candidate as SendCommandLike
    return (args) => node.sendCommand(args)
  }
  throw new TypeError(
    'client: expected an ioredis client, a node-redis client, or an object with sendCommand(args: string[])',
  )
}
