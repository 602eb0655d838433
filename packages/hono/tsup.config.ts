import { defineConfig } from 'tsup'

export default defineConfig({
  entry: ['src/index.ts'],
  format: ['esm', 'cjs'],
  dts: true,
  clean: true,
  sourcemap: true,
  // Workers, Deno and Bun as well as Node: nothing here may need a Node built-in (issue 11).
  target: 'es2022',
  platform: 'neutral',
})
