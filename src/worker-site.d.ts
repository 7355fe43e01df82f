/**
 * The site data compiled into the edge worker at build time by `src/build/worker-bundle.ts`
 * (`npm run build:worker`): every file of `content/` (articles and data such as the glossary)
 * and the client assets. The module exists only inside the worker bundle.
 */
declare module 'plainread:site' {
  /** Every content file, by path relative to the project root (`content/<name>`). */
  export const sources: readonly import('./content/load-articles.ts').ContentSource[]
  /** Client assets from `bundleClient()`, by file name. */
  export const assets: Readonly<Record<string, import('./app.tsx').Asset>>
}
