import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { join, relative } from 'node:path'
import { describe, expect, it } from 'vitest'

// Code, errors, the CLI and the guides cite docs/protocol.md as "protocol.md §N" (issue 10): every
// cited section must be a heading of that file, and every "§N item K" an item of that section.

const root = new URL('..', import.meta.url).pathname
const protocol = readFileSync(join(root, 'docs', 'protocol.md'), 'utf8')

/** Section numbers of the headings: "## 1. Signatures" is 1, "### 9.10 Exactly once" is 9.10. */
const headings = [...protocol.matchAll(/^#{2,3} (\d+(?:\.\d+)?)\.? /gm)].map((m) => m[1] as string)

/** The numbered items ("1. ...", "2. ...") written directly under one section's heading. */
function itemsOf(section: string): string[] {
  const start = protocol.search(new RegExp(`^#{2,3} ${section.replace('.', '\\.')} `, 'm'))
  const rest = protocol.slice(start).split('\n').slice(1).join('\n')
  const body = rest.slice(0, rest.search(/^#{2,3} /m) >>> 0)
  return [...body.matchAll(/^(\d+)\. /gm)].map((m) => m[1] as string)
}

const SKIP = new Set(['node_modules', 'dist', '.git', 'coverage'])

function files(dir: string): string[] {
  if (!existsSync(dir)) return []
  return readdirSync(dir).flatMap((name) => {
    if (SKIP.has(name)) return []
    const path = join(dir, name)
    if (statSync(path).isDirectory()) return files(path)
    return /\.(ts|mts|cts|mjs|js|md)$/.test(name) ? [path] : []
  })
}

interface Citation {
  readonly where: string
  readonly section: string
  readonly item?: string
}

/** Every "protocol.md ... §N[, item K]" in `text`: the § references that follow a mention. */
function citations(path: string, text: string): Citation[] {
  const found: Citation[] = []
  for (const mention of text.matchAll(/protocol\.md/g)) {
    // What follows the mention, up to the end of its sentence or parenthesis, comment markers dropped.
    const tail = text
      .slice((mention.index ?? 0) + 'protocol.md'.length, (mention.index ?? 0) + 200)
      .replace(/\n\s*(?:\*|\/\/)?\s*/g, ' ')
    const clause = tail.slice(0, tail.search(/\)|\.(?!\d)|;|$/) >>> 0)
    const line = text.slice(0, mention.index).split('\n').length
    for (const ref of clause.matchAll(/§\s*(\d+(?:\.\d+)?)(?:,? item (\d+))?/g)) {
      found.push({ where: `${relative(root, path)}:${line}`, section: ref[1] as string, item: ref[2] })
    }
  }
  return found
}

const sources = [
  ...readdirSync(join(root, 'packages')).flatMap((name) => files(join(root, 'packages', name))),
  ...files(join(root, 'docs')).filter((path) => !path.endsWith('protocol.md')),
  ...['examples', 'test', 'scripts', 'bench'].flatMap((dir) => files(join(root, dir))),
  join(root, 'README.md'),
]
const all = sources.flatMap((path) => citations(path, readFileSync(path, 'utf8')))

describe('docs/protocol.md answers every citation', () => {
  it('finds the citations (the scan itself works)', () => {
    expect(all.length).toBeGreaterThan(100)
    expect(headings).toEqual(expect.arrayContaining(['1', '1.1', '1.2', '3.3', '9', '9.6', '9.13']))
  })

  it('has a heading for every cited section', () => {
    const missing = all.filter((c) => !headings.includes(c.section)).map((c) => `${c.where} §${c.section}`)
    expect(missing).toEqual([])
  })

  it('has every cited item ("§1.2 item 4")', () => {
    const withItems = all.filter((c) => c.item !== undefined)
    expect(withItems.length).toBeGreaterThan(0)
    const missing = withItems
      .filter((c) => !itemsOf(c.section).includes(c.item as string))
      .map((c) => `${c.where} §${c.section} item ${c.item}`)
    expect(missing).toEqual([])
  })

  it('numbers each section once, with §9.1 to §9.13 the project decisions', () => {
    expect(new Set(headings).size).toBe(headings.length)
    for (let n = 1; n <= 13; n++) expect(headings).toContain(`9.${n}`)
    expect(protocol.match(/^### 9\.10 /gm)).toHaveLength(1)
  })
})
