import { createBatcher } from '@alipay-kit/core'
import { describe, expect, it } from 'vitest'

/** A promise the test settles by hand, so no test depends on timing. */
function gate<T>() {
  let open!: (value: T) => void
  let fail!: (reason: unknown) => void
  const promise = new Promise<T>((resolve, reject) => {
    open = resolve
    fail = reject
  })
  return { promise, open, fail }
}

/** Lets every pending turn of the event loop run (setImmediate is what the batcher waits for). */
const turn = () => new Promise((resolve) => setImmediate(resolve))

describe('createBatcher', () => {
  it('sends the calls made in one turn as one batch and answers each with its own result', async () => {
    const batches: number[][] = []
    const double = createBatcher<number, number>(async (items) => {
      batches.push([...items])
      return items.map((n) => n * 2)
    })
    expect(await Promise.all([double(1), double(2), double(3)])).toEqual([2, 4, 6])
    expect(batches).toEqual([[1, 2, 3]])
  })

  it('holds calls while maxInFlight batches are out, then sends them together', async () => {
    const batches: string[][] = []
    const gates: Array<ReturnType<typeof gate<void>>> = []
    const echo = createBatcher<string, string>(
      async (items) => {
        batches.push([...items])
        const g = gate<void>()
        gates.push(g)
        await g.promise
        return items
      },
      { maxInFlight: 1 },
    )
    const first = echo('a')
    await turn()
    expect(batches).toEqual([['a']])
    const later = [echo('b'), echo('c')]
    await turn()
    const third = echo('d')
    await turn()
    expect(batches).toEqual([['a']]) // the only slot is taken: b, c and d wait
    gates[0]?.open()
    expect(await first).toBe('a')
    await turn()
    expect(batches).toEqual([['a'], ['b', 'c', 'd']])
    gates[1]?.open()
    expect(await Promise.all([...later, third])).toEqual(['b', 'c', 'd'])
  })

  it('never puts two calls with the same conflict key in one batch', async () => {
    const batches: string[][] = []
    const run = createBatcher<string, string>(
      async (items) => {
        batches.push([...items])
        return items
      },
      { conflictKey: (item) => item.split(':')[0] as string },
    )
    await Promise.all([run('k:1'), run('j:1'), run('k:2'), run('k:3')])
    expect(batches).toEqual([['k:1', 'j:1'], ['k:2'], ['k:3']])
  })

  it('keeps a batch within maxBatch', async () => {
    const sizes: number[] = []
    const run = createBatcher<number, number>(
      async (items) => {
        sizes.push(items.length)
        return items
      },
      { maxBatch: 2 },
    )
    await Promise.all([1, 2, 3, 4, 5].map(run))
    expect(sizes).toEqual([2, 2, 1])
  })

  it('rejects every call of a failed batch with its error, and goes on with the next', async () => {
    let fail = true
    const run = createBatcher<number, number>(async (items) => {
      if (fail) throw new Error('store down')
      return items
    })
    const results = await Promise.allSettled([run(1), run(2)])
    expect(results.map((r) => r.status === 'rejected' && (r.reason as Error).message)).toEqual([
      'store down',
      'store down',
    ])
    fail = false
    expect(await run(3)).toBe(3)
  })

  it('answers each call as soon as its own promised result settles', async () => {
    const slow = gate<string>()
    const run = createBatcher<string, string>(async (items) =>
      items.map((item) => (item === 'slow' ? slow.promise : Promise.resolve(item))),
    )
    const held = run('slow')
    const quick = run('quick')
    expect(await quick).toBe('quick') // not held back by its neighbour
    slow.open('slow')
    expect(await held).toBe('slow')
  })

  it('rejects the whole batch when the runner answers the wrong number of results', async () => {
    const run = createBatcher<number, number>(async () => [1])
    const results = await Promise.allSettled([run(1), run(2)])
    expect(results.every((r) => r.status === 'rejected')).toBe(true)
  })

  it('rejects a runner that throws synchronously without losing the calls', async () => {
    const run = createBatcher<number, number>(() => {
      throw new Error('sync')
    })
    await expect(run(1)).rejects.toThrow('sync')
  })

  it('checks its options', () => {
    expect(() => createBatcher(async (items) => items, { maxInFlight: 0 })).toThrow(TypeError)
    expect(() => createBatcher(async (items) => items, { maxBatch: 1.5 })).toThrow(TypeError)
  })
})
