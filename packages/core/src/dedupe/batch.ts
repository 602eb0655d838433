/** Options of {@link createBatcher}. */
export interface BatcherOptions<I = unknown> {
  /**
   * The most batches in flight at once. Below it a call is sent at the next turn of the event
   * loop with whatever else arrived by then; at it, calls wait and go together in the next batch
   * when one returns, so batches grow with the load and a quiet endpoint sees no added wait.
   * @default 4
   */
  readonly maxInFlight?: number
  /** The most calls in one batch. @default 256 */
  readonly maxBatch?: number
  /**
   * Two calls that may not share a batch (the same row in a database statement): the later one
   * waits for the next batch. By default every call may share.
   */
  readonly conflictKey?: (item: I) => string
}

/**
 * Sends one batch; resolves with one result per item, in the items' order. A result may itself be
 * a promise, which answers its own caller when it settles (a batch split up after a failure).
 */
export type BatchRunner<I, O> = (items: readonly I[]) => Promise<ReadonlyArray<O | PromiseLike<O>>>

interface Pending<I, O> {
  readonly item: I
  readonly resolve: (value: O | PromiseLike<O>) => void
  readonly reject: (reason: unknown) => void
}

// Node and Bun have setImmediate (after this turn's I/O callbacks, so the requests parsed in one
// turn share a batch); Web runtimes get a macrotask through setTimeout.
const nextTurn: (callback: () => void) => void =
  typeof (globalThis as { setImmediate?: unknown }).setImmediate === 'function'
    ? (callback) => {
        ;(globalThis as unknown as { setImmediate: (callback: () => void) => void }).setImmediate(callback)
      }
    : (callback) => {
        setTimeout(callback, 0)
      }

function positiveInteger(name: string, value: number | undefined, fallback: number): number {
  if (value === undefined) return fallback
  if (!Number.isSafeInteger(value) || value <= 0) throw new TypeError(`${name}: expected a positive whole number`)
  return value
}

/**
 * Coalesces concurrent calls into batches (group commit): under load a store sends one statement
 * or script for many notifications instead of one each, which is what lets a shared store keep up
 * with no store at all (issue 8). A batch that fails fails every call in it; each caller then
 * sees the store's error, exactly as if its own call had failed. Runs on every runtime (no Node
 * built-ins).
 *
 * @example
 * ```ts
 * const claim = createBatcher<Row, Outcome>((rows) => db.claimMany(rows))
 * const outcome = await claim({ key, owner, leaseMs })
 * ```
 */
export function createBatcher<I, O>(run: BatchRunner<I, O>, options: BatcherOptions<I> = {}): (item: I) => Promise<O> {
  const maxInFlight = positiveInteger('maxInFlight', options.maxInFlight, 4)
  const maxBatch = positiveInteger('maxBatch', options.maxBatch, 256)
  const { conflictKey } = options
  let queue: Pending<I, O>[] = []
  let inFlight = 0
  let scheduled = false

  const take = (): Pending<I, O>[] => {
    if (conflictKey === undefined && queue.length <= maxBatch) {
      const all = queue
      queue = []
      return all
    }
    const batch: Pending<I, O>[] = []
    const rest: Pending<I, O>[] = []
    const seen = new Set<string>()
    for (const pending of queue) {
      const key = conflictKey?.(pending.item)
      if (batch.length >= maxBatch || (key !== undefined && seen.has(key))) {
        rest.push(pending)
        continue
      }
      if (key !== undefined) seen.add(key)
      batch.push(pending)
    }
    queue = rest
    return batch
  }

  const flush = (): void => {
    scheduled = false
    while (queue.length > 0 && inFlight < maxInFlight) {
      const batch = take()
      inFlight++
      let sent: Promise<ReadonlyArray<O | PromiseLike<O>>>
      try {
        sent = run(batch.map((pending) => pending.item))
      } catch (error) {
        sent = Promise.reject(error)
      }
      sent
        .then((results) => {
          if (results.length !== batch.length) {
            throw new Error(`batch runner answered ${results.length} results for ${batch.length} calls`)
          }
          for (let i = 0; i < batch.length; i++) (batch[i] as Pending<I, O>).resolve(results[i] as O | PromiseLike<O>)
        })
        .catch((error: unknown) => {
          for (const pending of batch) pending.reject(error)
        })
        .finally(() => {
          inFlight--
          // What queued meanwhile has already waited a batch: send it now.
          if (queue.length > 0 && !scheduled) flush()
        })
    }
  }

  return (item) =>
    new Promise<O>((resolve, reject) => {
      queue.push({ item, resolve, reject })
      if (!scheduled && inFlight < maxInFlight) {
        scheduled = true
        nextTurn(flush)
      }
    })
}
