import {gzipSync} from 'node:zlib'
import {describe, expect, it} from 'vitest'
import {bundleClient} from '../../src/build/bundle-client.ts'

describe('bundleClient', () => {
  it('bundles reader.js as one ES module of at most 8 KB gzip, the same bytes every time', async () => {
    const first = await bundleClient()
    const second = await bundleClient()
    const reader = first['reader.js']
    expect(reader?.type).toBe('text/javascript; charset=utf-8')
    const gzipped = gzipSync(reader?.body ?? '', {level: 9}).length
    expect(gzipped).toBeGreaterThan(1_000)
    expect(gzipped).toBeLessThanOrEqual(8 * 1024)
    expect(second['reader.js']?.body).toBe(reader?.body)
    // Never hands markup or pause() to the engine; no eval, no inline handlers.
    expect(reader?.body).not.toMatch(/\.pause\(\)|\beval\(|new Function|innerHTML/)
  })
})
