import {brotliCompress, constants} from 'node:zlib'
import type {Bytes, Encoder} from './http-cache.ts'

/**
 * Brotli from `node:zlib`, for `createApp({encoders: {br: nodeBrotli}})` in `src/server.ts` only
 * (Node 20's `CompressionStream` has no `br`; the runtime-agnostic core never imports this file).
 * Quality 11, text mode: pages are compressed once and served from memory.
 *
 * Returns the Brotli-coded bytes.
 */
export const nodeBrotli: Encoder = (bytes) =>
  new Promise<Bytes>((resolve, reject) => {
    brotliCompress(
      bytes,
      {params: {[constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT}},
      (error, result) => (error ? reject(error) : resolve(new Uint8Array(result)))
    )
  })
