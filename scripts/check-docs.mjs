// Generates the API reference in docs/reference from each package's src/index.ts with TypeDoc and
// typedoc-plugin-markdown, and checks the docs:
// - every exported function, class, interface, type, variable, method and option property carries
//   a TSDoc summary (the properties of the wire models, whose names are Alipay's, and the keys of
//   `as const` lookup tables, whose values the reference shows, are exempt);
// - every name a package exports has its page in the reference (nothing dropped, e.g. by @internal);
// - every ERROR_CODES code has its section in docs/troubleshooting.md;
// - every relative link in the guides points at an existing file and heading;
// - the committed docs/reference equals a fresh generation (no stale reference).
//
//   node scripts/check-docs.mjs           check (pnpm docs:check)
//   node scripts/check-docs.mjs --write   regenerate docs/reference (pnpm docs)
//
// The output is deterministic: no sources, no git revision, no timestamps.
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join, relative, resolve } from 'node:path'
import { Application, Comment, Converter, ReflectionKind } from 'typedoc'
import ts from 'typescript'

const root = resolve(dirname(new URL(import.meta.url).pathname), '..')
const PACKAGES = ['core', 'express', 'koa', 'fastify', 'testing', 'postgres', 'redis', 'web', 'hono']
const REFERENCE = join(root, 'docs', 'reference')
const write = process.argv.includes('--write')
const started = performance.now()
const problems = []

// Properties whose names and meaning are Alipay's wire format (docs/protocol.md §4, §5), not this
// library's API: documenting each would restate the Antom docs.
const WIRE_MODEL_FILES = [/\/core\/src\/client\/models\/[^/]+\.ts$/, /\/core\/src\/notification\/([a-z-]+-)?types\.ts$/]

const entryOf = (name) => join(root, 'packages', name, 'src', 'index.ts')
const packageJson = (name) => JSON.parse(readFileSync(join(root, 'packages', name, 'package.json'), 'utf8'))

/** A tsconfig over the packages' sources only, with @alipay-kit/* resolved to them (as the root one does). */
function writeTsconfig(dir) {
  const path = join(dir, 'tsconfig.json')
  writeFileSync(
    path,
    JSON.stringify({
      extends: join(root, 'tsconfig.json'),
      compilerOptions: { typeRoots: [join(root, 'node_modules', '@types')] },
      include: PACKAGES.map((name) => join(root, 'packages', name, 'src')),
    }),
  )
  return path
}

async function generate(out, tsconfig) {
  const app = await Application.bootstrapWithPlugins({
    name: 'alipay-kit API reference',
    entryPoints: PACKAGES.map(entryOf),
    entryPointStrategy: 'resolve',
    tsconfig,
    plugin: ['typedoc-plugin-markdown'],
    out,
    readme: 'none',
    disableSources: true,
    excludeInternal: true,
    excludePrivate: true,
    sort: ['kind', 'alphabetical'],
    validation: { notExported: true, invalidLink: true, notDocumented: true },
    requiredToBeDocumented: [
      'Enum',
      'EnumMember',
      'Variable',
      'Function',
      'Class',
      'Interface',
      'TypeAlias',
      'Method',
      'Accessor',
    ],
    packagesRequiringDocumentation: PACKAGES.map((name) => packageJson(name).name),
    logLevel: 'Warn',
    // typedoc-plugin-markdown
    excludeScopesInPaths: true,
    hidePageHeader: true,
    parametersFormat: 'table',
    interfacePropertiesFormat: 'table',
    classPropertiesFormat: 'table',
    typeDeclarationFormat: 'table',
    useCodeBlocks: true,
  })
  // Modules are named by path ("core/src"): before links are resolved, name them as the packages
  // (so `{@link @alipay-kit/core!AlipayConfigError}` resolves) and describe them as package.json does.
  app.converter.on(Converter.EVENT_RESOLVE_BEGIN, (context) => {
    for (const module of context.project.children ?? []) {
      const { name, description } = packageJson(module.name.split('/')[0])
      module.name = name
      module.comment = new Comment([{ kind: 'text', text: description }])
    }
  })
  const project = await app.convert()
  if (project === undefined) throw new Error('TypeDoc could not convert the packages (see the errors above)')
  app.validate(project)
  checkProperties(project)
  checkExports(project)
  await app.generateOutputs(project)
  if (app.logger.hasErrors() || app.logger.hasWarnings()) {
    problems.push('TypeDoc reported the warnings or errors above (a missing TSDoc summary, a broken {@link}, ...)')
  }
}

/** Option and result properties need a summary too; wire-model fields and `as const` table keys do not. */
function checkProperties(project) {
  for (const property of project.getReflectionsByKind(ReflectionKind.Property)) {
    // Inherited members (Error's message, stack...) are documented where they are declared.
    if (property.hasComment() || property.inheritedFrom !== undefined) continue
    let owner = property.parent
    let insideParameter = false
    for (let r = owner; r !== undefined; r = r.parent) if (r.kindOf(ReflectionKind.Parameter)) insideParameter = true
    if (insideParameter) continue
    while (owner?.kindOf(ReflectionKind.TypeLiteral)) owner = owner.parent
    if (owner?.kindOf(ReflectionKind.Variable)) continue // a key of an exported constant table
    const file = project.getSymbolIdFromReflection(property)?.fileName ?? ''
    if (WIRE_MODEL_FILES.some((pattern) => pattern.test(file))) continue
    problems.push(`no TSDoc summary: ${property.getFriendlyFullName()} (${relative(root, file) || 'unknown file'})`)
  }
}

/** Every name each index.ts exports must be a page of the reference. */
function checkExports(project) {
  const program = ts.createProgram(PACKAGES.map(entryOf), {
    module: ts.ModuleKind.NodeNext,
    moduleResolution: ts.ModuleResolutionKind.NodeNext,
    target: ts.ScriptTarget.ES2022,
    noEmit: true,
    skipLibCheck: true,
  })
  const checker = program.getTypeChecker()
  for (const name of PACKAGES) {
    const source = program.getSourceFile(entryOf(name))
    const symbol = source && checker.getSymbolAtLocation(source)
    const exported = symbol ? checker.getExportsOfModule(symbol).map((s) => s.name) : []
    if (exported.length === 0) problems.push(`${name}: could not read the exports of src/index.ts`)
    const module = project.children?.find((m) => m.name === packageJson(name).name)
    const documented = new Set((module?.children ?? []).map((child) => child.name))
    for (const exportName of exported) {
      if (!documented.has(exportName)) problems.push(`${name}: export ${exportName} has no page in the reference`)
    }
  }
}

function checkErrorCodes() {
  const errors = readFileSync(join(root, 'packages', 'core', 'src', 'errors.ts'), 'utf8')
  const table = errors.slice(errors.indexOf('export const ERROR_CODES'), errors.indexOf('} as const'))
  const codes = [...table.matchAll(/^\s+(ERR_ALIPAY_[A-Z_]+):/gm)].map((m) => m[1])
  const guide = readFileSync(join(root, 'docs', 'troubleshooting.md'), 'utf8')
  if (codes.length === 0) problems.push('could not read ERROR_CODES from packages/core/src/errors.ts')
  for (const code of codes) {
    if (!new RegExp(`^#### ${code}$`, 'm').test(guide))
      problems.push(`docs/troubleshooting.md: no section "#### ${code}"`)
  }
}

/** GitHub's heading anchors: lower case, punctuation dropped, spaces to hyphens. */
function anchorsOf(markdown) {
  const anchors = new Set()
  const text = markdown.replace(/^```[\s\S]*?^```/gm, '')
  for (const [, heading] of text.matchAll(/^#{1,6} (.+)$/gm)) {
    anchors.add(
      heading
        .trim()
        .toLowerCase()
        .replace(/[^\p{L}\p{N}\s_-]/gu, '')
        .replace(/\s/g, '-'),
    )
  }
  return anchors
}

function checkGuideLinks() {
  const docs = join(root, 'docs')
  for (const file of readdirSync(docs).filter((f) => f.endsWith('.md'))) {
    const markdown = readFileSync(join(docs, file), 'utf8')
    const prose = markdown.replace(/^```[\s\S]*?^```/gm, '')
    for (const [, target] of prose.matchAll(/\]\(([^)\s]+)\)/g)) {
      if (/^[a-z]+:/i.test(target)) continue
      const [path, anchor] = target.split('#')
      const linked = path === '' ? join(docs, file) : resolve(docs, path)
      if (!existsSync(linked)) {
        problems.push(`docs/${file}: link to missing ${target}`)
        continue
      }
      if (anchor !== undefined && linked.endsWith('.md') && !anchorsOf(readFileSync(linked, 'utf8')).has(anchor)) {
        problems.push(`docs/${file}: link to missing heading ${target}`)
      }
    }
  }
}

function listFiles(dir, base = dir) {
  if (!existsSync(dir)) return []
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? listFiles(join(dir, entry.name), base) : [relative(base, join(dir, entry.name))],
  )
}

function compareReference(fresh) {
  const committed = new Set(listFiles(REFERENCE))
  const generated = new Set(listFiles(fresh))
  const stale = []
  for (const file of generated) {
    if (!committed.has(file)) stale.push(`missing ${file}`)
    else if (readFileSync(join(fresh, file), 'utf8') !== readFileSync(join(REFERENCE, file), 'utf8')) {
      stale.push(`outdated ${file}`)
    }
  }
  for (const file of committed) if (!generated.has(file)) stale.push(`extra ${file}`)
  if (stale.length > 0) {
    const shown = stale.slice(0, 20).map((line) => `  ${line}`)
    if (stale.length > 20) shown.push(`  ... and ${stale.length - 20} more`)
    problems.push(`docs/reference is stale; run "pnpm docs" and commit the result:\n${shown.join('\n')}`)
  }
}

const work = mkdtempSync(join(tmpdir(), 'alipay-kit-docs-'))
try {
  const out = join(work, 'reference')
  await generate(out, writeTsconfig(work))
  checkErrorCodes()
  if (write) {
    rmSync(REFERENCE, { recursive: true, force: true })
    cpSync(out, REFERENCE, { recursive: true })
  } else {
    compareReference(out)
  }
  checkGuideLinks() // after writing: the guides link into the reference
} finally {
  rmSync(work, { recursive: true, force: true })
}

const seconds = ((performance.now() - started) / 1000).toFixed(1)
if (problems.length > 0) {
  console.error(`docs: ${problems.length} problem${problems.length === 1 ? '' : 's'}`)
  for (const problem of problems) console.error(`- ${problem}`)
  process.exit(1)
}
console.log(
  `docs: ${write ? 'docs/reference regenerated' : 'reference up to date'}, TSDoc complete, guides' links resolve (${seconds} s)`,
)
