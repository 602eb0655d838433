#!/usr/bin/env bash
# Runs the whole vitest suite N times in a row (default 20) while a CPU hog spins on the second
# core, then prints how often each test file (and each test) failed. Issue 9: "run the whole suite
# 20 times in a row with a CPU hog on the second core; 0 failures". Not part of the suite.
#
#   scripts/soak-suite.sh [N] [extra vitest args...]
#   SOAK_DIR=/tmp/soak scripts/soak-suite.sh 3
#
# Each run's log and JSON report are kept in $SOAK_DIR (a fresh temp directory by default).
# Creating $SOAK_DIR/pause holds the soak between two runs (hog stopped) until the file is removed,
# so a benchmark can be taken on a quiet machine without cutting a run short.
# Exits 0 only when every run passed.
set -uo pipefail

runs="${1:-20}"
shift || true
if ! [[ "$runs" =~ ^[1-9][0-9]*$ ]]; then
  echo "usage: scripts/soak-suite.sh [N] [extra vitest args...]  (N a positive integer, default 20)" >&2
  exit 2
fi

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
dir="${SOAK_DIR:-$(mktemp -d "${TMPDIR:-/tmp}/soak-suite.XXXXXX")}"
mkdir -p "$dir"

hog_pid=""
stop_hog() {
  if [[ -n "$hog_pid" ]]; then
    kill "$hog_pid" 2>/dev/null
    wait "$hog_pid" 2>/dev/null
    hog_pid=""
  fi
}
trap stop_hog EXIT
trap 'stop_hog; exit 130' INT
trap 'stop_hog; exit 143' TERM

# The hog: one busy Node process, pinned to the second core when taskset and a second core exist.
cores="$(nproc 2>/dev/null || echo 1)"
if command -v taskset >/dev/null 2>&1 && [[ "$cores" -ge 2 ]]; then
  taskset -c 1 node -e 'for (;;) {}' &
  hog_pid=$!
  hog="pid $hog_pid, pinned to core 1 of $cores"
else
  node -e 'for (;;) {}' &
  hog_pid=$!
  hog="pid $hog_pid, not pinned (no taskset or a single core)"
fi

echo "soak: $runs runs of 'npx vitest run $*' in $root"
echo "soak: CPU hog $hog"
echo "soak: logs and reports in $dir"
echo "soak: commit $(git -C "$root" rev-parse --short HEAD 2>/dev/null || echo unknown)"

cd "$root" || exit 2
for ((i = 1; i <= runs; i++)); do
  if [[ -e "$dir/pause" ]]; then
    kill -STOP "$hog_pid" 2>/dev/null
    echo "soak: paused before run $i (remove $dir/pause to go on)"
    while [[ -e "$dir/pause" ]]; do sleep 2; done
    kill -CONT "$hog_pid" 2>/dev/null
  fi
  started=$SECONDS
  NO_COLOR=1 npx vitest run --reporter=dot --reporter=json --outputFile.json="$dir/run-$i.json" "$@" \
    >"$dir/run-$i.log" 2>&1
  code=$?
  echo "$code" >"$dir/run-$i.exit"
  printf 'soak: run %d/%d exit %d in %ds\n' "$i" "$runs" "$code" "$((SECONDS - started))"
done
stop_hog

# The summary, read from each run's JSON report (a run that left none counts as failed as a whole).
node --input-type=module - "$dir" "$runs" "$root" <<'NODE'
import { existsSync, readFileSync } from 'node:fs'
import { relative } from 'node:path'

const [dir, runsText, root] = process.argv.slice(2)
const runs = Number(runsText)
const files = new Map() // file -> { failed, maxMs }
const tests = new Map() // "file > test" -> failures
const broken = []
let failedRuns = 0
for (let i = 1; i <= runs; i++) {
  const exit = readFileSync(`${dir}/run-${i}.exit`, 'utf8').trim()
  const report = `${dir}/run-${i}.json`
  if (exit !== '0') failedRuns++
  if (!existsSync(report)) {
    broken.push(`run ${i}: exit ${exit} and no report (see run-${i}.log)`)
    continue
  }
  const { testResults = [] } = JSON.parse(readFileSync(report, 'utf8'))
  for (const file of testResults) {
    const name = relative(root, file.name)
    const entry = files.get(name) ?? { failed: 0, maxMs: 0 }
    entry.maxMs = Math.max(entry.maxMs, (file.endTime ?? 0) - (file.startTime ?? 0))
    if (file.status === 'failed') entry.failed++
    files.set(name, entry)
    for (const test of file.assertionResults ?? []) {
      if (test.status !== 'failed') continue
      const key = `${name} > ${test.fullName}`
      tests.set(key, (tests.get(key) ?? 0) + 1)
    }
  }
}

console.log(`\nsoak summary: ${runs - failedRuns} of ${runs} runs passed`)
for (const line of broken) console.log(`  ${line}`)
const failing = [...files].filter(([, f]) => f.failed > 0).sort((a, b) => b[1].failed - a[1].failed)
if (failing.length === 0) console.log('  no test file failed')
else {
  console.log('  failures per test file:')
  for (const [name, f] of failing) console.log(`    ${f.failed}/${runs}  ${name}`)
}
if (tests.size > 0) {
  console.log('  failures per test:')
  for (const [name, n] of [...tests].sort((a, b) => b[1] - a[1])) console.log(`    ${n}/${runs}  ${name}`)
}
console.log('  slowest files (longest run of each, seconds):')
for (const [name, f] of [...files].sort((a, b) => b[1].maxMs - a[1].maxMs).slice(0, 8)) {
  console.log(`    ${(f.maxMs / 1000).toFixed(1).padStart(6)}  ${name}`)
}
process.exitCode = failedRuns === 0 ? 0 : 1
NODE
