/** What {@link waitFor} watches. */
export interface WaitForOptions<T> {
  /** What happened already; searched first, so nothing that already happened is missed. */
  readonly past: readonly T[]
  /** Subscribes to what happens next; returns the unsubscribe function. */
  readonly subscribe: (listener: (value: T) => void) => () => void
  readonly predicate: (value: T) => boolean
  readonly timeoutMs: number
  /** Where the simulator keeps the close handlers of pending waits. */
  readonly waiters: Set<() => void>
  /** The simulator is closed already: nothing new will happen, so only the past can match. */
  readonly closed: boolean
  /** The method name, for messages. */
  readonly name: string
}

/**
 * Resolves with the first value, past or future, that the predicate accepts; rejects after the
 * timeout, when the predicate throws, or when the simulator closes. Leaves no timer or listener.
 */
export function waitFor<T>(options: WaitForOptions<T>): Promise<T> {
  const { past, subscribe, predicate, timeoutMs, waiters, closed, name } = options
  return new Promise((resolve, reject) => {
    let off = () => {}
    let timer: NodeJS.Timeout | undefined
    let settled = false
    const stop = () => {
      settled = true
      off()
      clearTimeout(timer)
      waiters.delete(onClose)
    }
    const onClose = () => {
      stop()
      reject(new Error(`${name}: the simulator closed`))
    }
    const matches = (value: T): boolean => {
      try {
        return predicate(value)
      } catch (error) {
        stop()
        reject(error)
        return false
      }
    }
    const found = past.find(matches)
    if (found !== undefined) return resolve(found)
    if (settled) return // the predicate threw
    if (closed) return onClose()
    waiters.add(onClose)
    off = subscribe((value) => {
      if (matches(value)) {
        stop()
        resolve(value)
      }
    })
    timer = setTimeout(() => {
      stop()
      reject(new Error(`${name}: nothing matched within ${timeoutMs} ms (${past.length} so far)`))
    }, timeoutMs)
  })
}
