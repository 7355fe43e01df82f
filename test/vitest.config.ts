import {fileURLToPath} from 'node:url'
import {defineConfig} from 'vitest/config'

export default defineConfig({
  root: fileURLToPath(new URL('..', import.meta.url)),
  esbuild: {jsx: 'automatic', jsxImportSource: 'hono/jsx'},
  test: {
    include: ['test/**/*.test.{ts,tsx}'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // Browser tests start Chromium; two cores are all a machine here has.
    maxWorkers: 2,
    reporters: ['default']
  }
})
