import { defineConfig } from 'tsup'

export default defineConfig({
  // web.ts: the entry with no Node built-ins (issue 11), for @alipay-kit/web.
  entry: ['src/index.ts', 'src/web.ts'],
  format: ['esm', 'cjs'],
  dts: true,
  clean: true,
  sourcemap: true,
  target: 'node20',
})
