import { defineConfig } from 'tsup'

// The tool itself, started by bin/alipay-kit.js: ESM only, one file. @alipay-kit/core and
// @alipay-kit/testing stay imports of the installed packages (they are dependencies), so the
// simulator the tool runs is the one the testing kit ships.
export default defineConfig({
  entry: { cli: 'src/main.ts' },
  format: ['esm'],
  dts: false,
  clean: true,
  splitting: false,
  sourcemap: true,
  target: 'node20',
})
