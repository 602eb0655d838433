// Builds every package with its own tsup config: core first (the others' types import its build),
// then the rest side by side, and the CLI (which runs on testing's build) last. Run directly rather
// than through nested package-manager calls, so the suite needs nothing but node and the installed
// devDependencies.
import { spawn } from 'node:child_process'
import { join } from 'node:path'

const root = new URL('..', import.meta.url).pathname
const tsup = join(root, 'node_modules', '.bin', 'tsup')

function build(name) {
  return new Promise((resolve, reject) => {
    const started = Date.now()
    const child = spawn(tsup, ['--silent'], { cwd: join(root, 'packages', name), stdio: 'inherit' })
    child.on('error', reject)
    child.on('exit', (code) => {
      if (code === 0) {
        console.log(`built @alipay-kit/${name} in ${((Date.now() - started) / 1000).toFixed(1)} s`)
        resolve()
      } else reject(new Error(`build of @alipay-kit/${name} failed (exit ${code})`))
    })
  })
}

try {
  await build('core')
  await Promise.all(['express', 'koa', 'fastify', 'testing', 'postgres', 'redis', 'web'].map(build))
  // Hono's middleware builds on the web package's declarations.
  await build('hono')
  await build('cli')
} catch (error) {
  console.error(error.message)
  process.exit(1)
}
