/**
 * Runs two functions in alternating rounds on the same machine, in the same run, and reports the
 * median operations per second of each and the median of the per-round ratios. Each round measures
 * both sides back to back, so a slow spell on a shared machine lands on both halves of a ratio
 * instead of on one side's total.
 */
export interface Comparison {
  readonly name: string
  readonly subjectOps: number
  readonly baselineOps: number
  readonly ratio: number
}

function opsPerSecond(fn: () => unknown, iterations: number): number {
  const start = process.hrtime.bigint()
  for (let i = 0; i < iterations; i++) fn()
  const ns = Number(process.hrtime.bigint() - start)
  return (iterations * 1e9) / ns
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.floor(sorted.length / 2)] as number
}

export function compare(
  name: string,
  subject: () => unknown,
  baseline: () => unknown,
  { rounds = 31, iterations = 1000 } = {},
): Comparison {
  for (let i = 0; i < iterations; i++) {
    subject()
    baseline()
  }
  const s: number[] = []
  const b: number[] = []
  for (let r = 0; r < rounds; r++) {
    // Swap the order every round so neither side always runs on a warmer or cooler machine.
    if (r % 2 === 0) {
      s.push(opsPerSecond(subject, iterations))
      b.push(opsPerSecond(baseline, iterations))
    } else {
      b.push(opsPerSecond(baseline, iterations))
      s.push(opsPerSecond(subject, iterations))
    }
  }
  const ratios = s.map((ops, i) => ops / (b[i] as number))
  return { name, subjectOps: median(s), baselineOps: median(b), ratio: median(ratios) }
}

export function report(results: readonly Comparison[], targets: Readonly<Record<string, number>>): boolean {
  let ok = true
  for (const r of results) {
    const target = targets[r.name]
    const verdict = target === undefined ? '' : r.ratio >= target ? `>= ${target} ok` : `< ${target} BELOW TARGET`
    if (target !== undefined && r.ratio < target) ok = false
    console.log(
      `${r.name.padEnd(28)} ${r.subjectOps.toFixed(0).padStart(8)} ops/s  baseline ${r.baselineOps.toFixed(0).padStart(8)} ops/s  ratio ${r.ratio.toFixed(3)} ${verdict}`,
    )
  }
  return ok
}
