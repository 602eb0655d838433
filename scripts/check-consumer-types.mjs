//   node scripts/check-consumer-types.mjs [package folder...]   (default: every package)
//
// Compiles a small app against the BUILT declarations of every package (run `node
// scripts/build.mjs` first), as a merchant who installed them from npm compiles them: strict,
// `skipLibCheck: false`, no DOM lib, with the oldest and the latest TypeScript the project supports,
// each against the environments it supports (@types/node and the framework types of an era), under
// `nodenext` (an ESM file and a CommonJS file) and `bundler` resolution.
//
// Why: a declaration that compiles here can still break an app. The published index.d.ts once
// imported `JsonWebKey` from node:crypto, which @types/node 25 removed (issue 10): every app with
// `skipLibCheck: false` failed with TS2305, and nothing in the repository noticed.
//
// The toolchains come from the npm registry through npm itself, so a fresh machine with Node and
// npm runs this. They are installed once into the system's temporary directory and reused: the
// first run spends about a minute installing, later runs only compile (6 compilations, about
// 20 s of CPU). To move "latest" forward, change the versions below; the table of supported
// versions in README.md states the same range.
import { spawn, spawnSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs'
import { availableParallelism, tmpdir } from 'node:os'
import { join } from 'node:path'

const root = new URL('..', import.meta.url).pathname
// Outside the repository: an app inside it would find the workspace's node_modules by walking up.
const cache = join(tmpdir(), 'alipay-kit-consumer-types')

/** Packages for Web runtimes, left out of the Node consumer (see publishedPackages). */
const WEB_PACKAGES = new Set(['web', 'hono'])

/**
 * What an app has installed beside alipay-kit: @types/node and the framework types of one era.
 * The oldest is the bottom of every range (engines `>=20.11`, Express 4, Koa 2, Fastify 5.0); the
 * latest is the newest release of each, as `npm view` gave them.
 */
const ENVIRONMENTS = {
  oldest: { '@types/node': '20.11.0', '@types/express': '4.17.25', '@types/koa': '2.15.2', fastify: '5.0.0' },
  node20: { '@types/node': '20.19.43', '@types/express': '4.17.25', '@types/koa': '2.15.2', fastify: '5.12.8' },
  latest: { '@types/node': '26.6.11', '@types/express': '5.0.6', '@types/koa': '3.0.3', fastify: '5.12.8' },
}

/**
 * The TypeScript range README.md states, each paired with the environments it can compile at all.
 * 5.4 is the floor because Fastify 5's own types use `NoInfer`, new in 5.4. The pairs left out
 * fail inside @types/node, whatever the app imports: @types/node 26 needs TypeScript 5.6, and
 * @types/node 20.11 predates the typed-array changes of TypeScript 5.9.
 */
const SETUPS = [
  { typescript: '5.4.5', environment: 'oldest' },
  { typescript: '7.0.2', environment: 'node20' },
  { typescript: '7.0.2', environment: 'latest' },
]

const COMPILER_OPTIONS = {
  strict: true,
  skipLibCheck: false,
  noEmit: true,
  target: 'es2022',
  lib: ['es2022'],
  types: ['node'],
  esModuleInterop: true,
}

const RESOLUTIONS = {
  nodenext: { options: { module: 'nodenext', moduleResolution: 'nodenext' }, files: ['app.ts', 'app.cts'] },
  bundler: { options: { module: 'esnext', moduleResolution: 'bundler' }, files: ['app.ts'] },
}

/** npm reads its settings from .npmrc; pnpm's own npm_config_* variables only confuse it. */
function npmEnv() {
  const keep = /^npm_config_(registry|cache|userconfig|globalconfig|cafile|strict_ssl|proxy|https_proxy|noproxy)$/i
  return Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^npm_config_/i.test(k) || keep.test(k)))
}

/** Installs `dependencies` once into a cache folder named by their hash, atomically (a rename). */
function installed(name, dependencies) {
  const hash = createHash('sha256').update(JSON.stringify(dependencies)).digest('hex').slice(0, 12)
  const dir = join(cache, `${name}-${hash}`)
  if (existsSync(join(dir, 'node_modules'))) return dir
  mkdirSync(cache, { recursive: true })
  const work = mkdtempSync(`${dir}.tmp-`)
  writeFileSync(join(work, 'package.json'), JSON.stringify({ private: true, dependencies }, null, 2))
  console.log(
    `installing ${Object.entries(dependencies)
      .map(([n, v]) => `${n}@${v.replace(/^npm:/, '')}`)
      .join(', ')}`,
  )
  const npm = spawnSync(
    'npm',
    ['install', '--no-audit', '--no-fund', '--ignore-scripts', '--no-package-lock', '--loglevel=error'],
    { cwd: work, env: npmEnv(), stdio: 'inherit', shell: process.platform === 'win32' },
  )
  if (npm.status !== 0) {
    rmSync(work, { recursive: true, force: true })
    throw new Error(`npm install failed in ${work} (exit ${npm.status ?? npm.error?.message})`)
  }
  try {
    renameSync(work, dir)
  } catch (error) {
    // Another run installed the same set meanwhile: use theirs.
    rmSync(work, { recursive: true, force: true })
    if (!existsSync(join(dir, 'node_modules'))) throw error
  }
  return dir
}

/**
 * The packages that publish declarations (all of them, or those named on the command line), copied
 * as their tarball lays them out (`files`).
 */
function publishedPackages(only) {
  // The Web packages need the Web lib (Request, crypto.subtle) and, for Hono, hono itself: a Node
  // app compiled here has neither. Their declarations are fenced by tsconfig.web.json instead.
  return readdirSync(join(root, 'packages'))
    .filter((dir) => only.length > 0 || !WEB_PACKAGES.has(dir))
    .filter((dir) => only.length === 0 || only.includes(dir))
    .map((dir) => ({ dir: join(root, 'packages', dir), json: readJson(join(root, 'packages', dir, 'package.json')) }))
    .filter(({ json }) => json !== undefined && json.types !== undefined)
}

function readJson(path) {
  return existsSync(path) ? JSON.parse(readFileSync(path, 'utf8')) : undefined
}

function writeApp(dir, packages) {
  for (const { dir: source, json } of packages) {
    const target = join(dir, 'node_modules', json.name)
    mkdirSync(target, { recursive: true })
    cpSync(join(source, 'package.json'), join(target, 'package.json'))
    for (const entry of json.files ?? []) {
      if (existsSync(join(source, entry))) cpSync(join(source, entry), join(target, entry), { recursive: true })
    }
  }
  const imports = packages.map(({ json }, i) => `import * as package${i} from '${json.name}'`)
  const app = [
    "import { generateKeyPairSync } from 'node:crypto'",
    ...imports,
    '',
    `export const packages = [${packages.map((_, i) => `package${i}`).join(', ')}]`,
    '// A JWK as node:crypto exports it is a key input, whatever @types/node the app has (issue 10).',
    "const { publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 })",
    `const input: package${packages.findIndex(({ json }) => json.name === '@alipay-kit/core')}.KeyInput = publicKey.export({ format: 'jwk' })`,
    'export { input }',
    '',
  ].join('\n')
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ private: true, type: 'module' }))
  writeFileSync(join(dir, 'app.ts'), app)
  writeFileSync(join(dir, 'app.cts'), app)
  for (const [name, { options, files }] of Object.entries(RESOLUTIONS)) {
    const tsconfig = { compilerOptions: { ...COMPILER_OPTIONS, ...options }, files }
    writeFileSync(join(dir, `tsconfig.${name}.json`), JSON.stringify(tsconfig, null, 2))
  }
}

function compile(tsc, cwd, resolution) {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [tsc, '-p', `tsconfig.${resolution}.json`, '--pretty', 'false'], { cwd })
    let output = ''
    child.stdout.on('data', (chunk) => (output += chunk))
    child.stderr.on('data', (chunk) => (output += chunk))
    child.on('close', (code) => resolve({ ok: code === 0, output }))
  })
}

async function pool(tasks, size) {
  const results = []
  let next = 0
  const worker = async () => {
    while (next < tasks.length) {
      const index = next++
      results[index] = await tasks[index]()
    }
  }
  await Promise.all(Array.from({ length: Math.min(size, tasks.length) }, worker))
  return results
}

const started = performance.now()
const packages = publishedPackages(process.argv.slice(2))
const unbuilt = packages.filter(({ dir, json }) => !existsSync(join(dir, json.types))).map(({ json }) => json.name)
if (unbuilt.length > 0) {
  console.error(`consumer types: no declarations for ${unbuilt.join(', ')}; run "node scripts/build.mjs" first`)
  process.exit(1)
}
const versions = [...new Set(SETUPS.map((setup) => setup.typescript))]
let compilers
try {
  compilers = installed(
    'typescript',
    Object.fromEntries(versions.map((v) => [`typescript-${v}`, `npm:typescript@${v}`])),
  )
} catch (error) {
  console.error(`consumer types: ${error.message}`)
  process.exit(1)
}
const apps = new Map()
try {
  const tasks = []
  for (const { typescript, environment } of SETUPS) {
    const dependencies = ENVIRONMENTS[environment]
    if (!apps.has(environment)) {
      const app = mkdtempSync(join(installed(`environment-${environment}`, dependencies), 'app-'))
      apps.set(environment, app)
      writeApp(app, packages)
    }
    const tsc = join(compilers, 'node_modules', `typescript-${typescript}`, 'bin', 'tsc')
    const installedVersions = Object.entries(dependencies).map(([n, v]) => `${n.replace('@types/', '')} ${v}`)
    for (const resolution of Object.keys(RESOLUTIONS)) {
      const label = `TypeScript ${typescript}, ${resolution}, ${environment} (${installedVersions.join(', ')})`
      tasks.push(async () => ({ label, ...(await compile(tsc, apps.get(environment), resolution)) }))
    }
  }
  const results = await pool(tasks, Math.max(1, Math.min(4, availableParallelism())))
  for (const { label, ok, output } of results) {
    console.log(`${ok ? 'ok  ' : 'FAIL'} ${label}`)
    if (!ok) console.log(output.replaceAll(root, '').trimEnd().replace(/^/gm, '     '))
  }
  const seconds = ((performance.now() - started) / 1000).toFixed(1)
  const failed = results.filter((r) => !r.ok).length
  console.log(
    failed === 0
      ? `consumer types: ${packages.length} packages compile in all ${results.length} setups (${seconds} s)`
      : `consumer types: ${failed} of ${results.length} setups fail (${seconds} s)`,
  )
  process.exitCode = failed === 0 ? 0 : 1
} catch (error) {
  console.error(`consumer types: ${error.message}`)
  process.exitCode = 1
} finally {
  for (const app of apps.values()) rmSync(app, { recursive: true, force: true })
}
