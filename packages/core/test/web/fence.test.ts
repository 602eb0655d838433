import { execFile } from 'node:child_process'
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { promisify } from 'node:util'
import { afterAll, describe, expect, it } from 'vitest'

const run = promisify(execFile)
const core = fileURLToPath(new URL('../..', import.meta.url))
const tsc = fileURLToPath(new URL('../../../../node_modules/typescript/bin/tsc', import.meta.url))

async function typecheck(project: string): Promise<{ ok: boolean; output: string }> {
  try {
    await run(process.execPath, [tsc, '-p', project], { timeout: 120_000 })
    return { ok: true, output: '' }
  } catch (error) {
    return { ok: false, output: String((error as { stdout?: string }).stdout) }
  }
}

const temp: string[] = []
afterAll(async () => {
  for (const dir of temp) await rm(dir, { recursive: true, force: true })
})

describe('the compile-time fence of the Web entry (issue 11)', () => {
  it('type-checks everything the Web entry reaches with Web APIs only and no Node types', async () => {
    const result = await typecheck(join(core, 'tsconfig.web.json'))
    expect(result.output).toBe('')
    expect(result.ok).toBe(true)
  })

  it('refuses a Buffer, a process or a node: import in a file behind it', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'fence-'))
    temp.push(dir)
    await writeFile(
      join(dir, 'leak.ts'),
      "import { randomBytes } from 'node:crypto'\nexport const a = Buffer.from('x')\nexport const b = process.env\nexport const c = randomBytes\n",
    )
    await writeFile(
      join(dir, 'tsconfig.json'),
      JSON.stringify({ extends: join(core, 'tsconfig.web.json'), files: ['leak.ts'] }),
    )
    const result = await typecheck(join(dir, 'tsconfig.json'))
    expect(result.ok).toBe(false)
    expect(result.output).toMatch(/leak\.ts\(1,.*TS2307/)
    expect(result.output).toMatch(/leak\.ts\(2,.*'Buffer'/)
    expect(result.output).toMatch(/leak\.ts\(3,.*'process'/)
  })
})
