// Checks every published package as a consumer sees it: publint for the package.json and exports
// map, @arethetypeswrong for the types each condition resolves to (ESM and CommonJS).
import { execFileSync } from 'node:child_process'
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'

const root = new URL('..', import.meta.url).pathname
const packages = readdirSync(join(root, 'packages'))
let failed = false
for (const name of packages) {
  const dir = join(root, 'packages', name)
  // A package with no entry point (@alipay-kit/cli is a bin) has no types for attw to check.
  const library = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')).exports?.['.'] !== undefined
  if (!library) console.log(`skip attw @alipay-kit/${name} (no entry point, a bin only)`)
  for (const [tool, args] of [
    ['publint', ['--strict', '--pack', 'npm']],
    ...(library ? [['attw', ['--pack', '.', '--profile', 'node16', '--format', 'table-flipped']]] : []),
  ]) {
    try {
      execFileSync(join(root, 'node_modules', '.bin', tool), args, { cwd: dir, stdio: 'pipe' })
      console.log(`ok   ${tool} @alipay-kit/${name}`)
    } catch (error) {
      failed = true
      console.error(`FAIL ${tool} @alipay-kit/${name}\n${error.stdout}${error.stderr}`)
    }
  }
}
process.exit(failed ? 1 : 0)
