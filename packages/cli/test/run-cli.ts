import { spawn } from 'node:child_process'
import { readdirSync, statSync } from 'node:fs'
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'

/** /work/main: the CLI is started from the repository root, as the brief describes. */
export const ROOT = fileURLToPath(new URL('../../../', import.meta.url))
const MAIN = fileURLToPath(new URL('../src/main.ts', import.meta.url))
// From sources, tsx resolves @alipay-kit/core and @alipay-kit/testing to their sources through this
// file's `paths`, as vitest's alias does, so the spawned CLI runs the same code the other tests
// check (a stale build is never used: see builtIsCurrent).
const TSCONFIG = fileURLToPath(new URL('./tsconfig.cli.json', import.meta.url))
// By URL: node resolves `--import tsx` from the working directory, which may be a temporary one.
const TSX = pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href

/** The newest modification time of the files under `dir`, in ms. */
function newestUnder(dir: string): number {
  let newest = 0
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name)
    if (entry.isDirectory()) newest = Math.max(newest, newestUnder(path))
    else if (entry.isFile()) newest = Math.max(newest, statSync(path).mtimeMs)
  }
  return newest
}

/**
 * Whether the built tool (and the built core and testing kit it imports) was built after the last
 * change to any of their sources: then it is the same code, and starting it costs about a quarter
 * of starting the sources through tsx (about 0.2 s of CPU instead of 0.8 s, for each of the many
 * runs below, and again on Node 22 and 24). `pnpm test` builds first; a bare `vitest run` after an
 * edit runs the sources.
 */
function builtIsCurrent(): boolean {
  try {
    const packages = ['cli', 'core', 'testing'].map((name) => join(ROOT, 'packages', name))
    const sources = Math.max(...packages.map((dir) => newestUnder(join(dir, 'src'))))
    const built = Math.min(
      ...[
        join(packages[0] as string, 'dist/cli.js'),
        ...packages.slice(1).map((dir) => join(dir, 'dist/index.js')),
      ].map((file) => statSync(file).mtimeMs),
    )
    return built > sources
  } catch {
    return false
  }
}

/** How the tool is started: its bin on a current build, else its sources through tsx. */
export const CLI_ENTRY: readonly string[] = builtIsCurrent()
  ? [fileURLToPath(new URL('../bin/alipay-kit.js', import.meta.url))]
  : ['--import', TSX, MAIN]

/** What a finished run of the CLI left behind. */
export interface CliResult {
  readonly code: number | null
  readonly stdout: string
  readonly stderr: string
}

export interface CliOptions {
  /** Written to stdin, which is then closed; stdin is closed at once without it. */
  readonly input?: string
  readonly env?: { readonly [name: string]: string | undefined }
  readonly cwd?: string
  /** Kill the process if it runs longer. @default 10000 */
  readonly timeoutMs?: number
}

/** Starts the real CLI: its current build, or `node --import tsx packages/cli/src/main.ts ...args`. */
export function startCli(args: readonly string[], options: CliOptions = {}) {
  const child = spawn(process.execPath, [...CLI_ENTRY, ...args], {
    cwd: options.cwd ?? ROOT,
    env: { ...process.env, TSX_TSCONFIG_PATH: TSCONFIG, NO_COLOR: '1', FORCE_COLOR: undefined, ...options.env },
    stdio: ['pipe', 'pipe', 'pipe'],
  })
  child.stdout.setEncoding('utf8')
  child.stderr.setEncoding('utf8')
  child.stdin.end(options.input ?? '')
  return child
}

/** Runs the real CLI to completion and collects its output and exit code. */
export function runCli(args: readonly string[], options: CliOptions = {}): Promise<CliResult> {
  const child = startCli(args, options)
  let stdout = ''
  let stderr = ''
  child.stdout.on('data', (chunk: string) => {
    stdout += chunk
  })
  child.stderr.on('data', (chunk: string) => {
    stderr += chunk
  })
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL')
      reject(new Error(`alipay-kit ${args.join(' ')} did not finish in time\n${stdout}\n${stderr}`))
    }, options.timeoutMs ?? 60_000)
    child.on('error', reject)
    child.on('close', (code) => {
      clearTimeout(timer)
      resolve({ code, stdout, stderr })
    })
  })
}

/** A fresh temporary directory with `files` written in it; `remove()` deletes it. */
export async function tempDir(files: { readonly [name: string]: string } = {}) {
  const dir = await mkdtemp(join(tmpdir(), 'alipay-kit-cli-'))
  for (const [name, text] of Object.entries(files)) await writeFile(join(dir, name), text)
  return { dir, path: (name: string) => join(dir, name), remove: () => rm(dir, { recursive: true, force: true }) }
}
