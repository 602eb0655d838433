/** Collects a stream's text and resolves when `pattern` first matches it. */
export function watch(stream: NodeJS.ReadableStream) {
  let text = ''
  const waiters: Array<{ pattern: RegExp; resolve: (m: RegExpMatchArray) => void }> = []
  stream.on('data', (chunk: string) => {
    text += chunk
    for (const w of [...waiters]) {
      const m = text.match(w.pattern)
      if (m !== null) {
        waiters.splice(waiters.indexOf(w), 1)
        w.resolve(m)
      }
    }
  })
  return {
    text: () => text,
    waitFor: (pattern: RegExp, ms = 60_000) =>
      new Promise<RegExpMatchArray>((resolve, reject) => {
        const m = text.match(pattern)
        if (m !== null) return resolve(m)
        const timer = setTimeout(() => reject(new Error(`no ${pattern} within ${ms} ms in:\n${text}`)), ms)
        waiters.push({
          pattern,
          resolve: (match) => {
            clearTimeout(timer)
            resolve(match)
          },
        })
      }),
  }
}
