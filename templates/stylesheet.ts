import {glossaryStyles} from './glossary-styles.ts'
import {levelStyles} from './level-styles.ts'
import {playerStyles} from './player-styles.ts'
import {readabilityStyles} from './readability-styles.ts'
import {readStyles} from './read-styles.ts'
import {preferencesStylesheet} from '../src/preferences/preferences-css.ts'

/**
 * The site stylesheet, served at `/assets/site.css`.
 *
 * System fonts only; contrast of at least 7:1 (WCAG 1.4.6) in light and dark schemes;
 * reflows at 320 px; honours `prefers-color-scheme`, `prefers-contrast`,
 * `prefers-reduced-motion` and forced colours.
 */
export const stylesheet = `
:root {
  color-scheme: light dark;
  --bg: #fdfdfb; --fg: #1a1a1a; --muted: #454545; --link: #0b4f9c; --visited: #5a2d82;
  --accent-bg: #eef3fa; --border: #767676; --focus: #0b4f9c; --focus-bg: #ffdd00;
  --mark: #fff1a8; --hard: #fde2d2; --very-hard: #f9c4c4;
  --measure: 40rem; --font: system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif;
  --size: 1.125rem; --leading: 1.6; --letter: normal; --word: normal;
}
@media (prefers-color-scheme: dark) {
  :root {
    --bg: #121212; --fg: #ececec; --muted: #c4c4c4; --link: #9cc7ff; --visited: #d4b8ff;
    --accent-bg: #1d2733; --border: #9a9a9a; --focus: #9cc7ff; --focus-bg: #4a3f00;
    --mark: #4a3f00; --hard: #4d2a14; --very-hard: #5c1f1f;
  }
}
@media (prefers-contrast: more) {
  :root { --bg: #fff; --fg: #000; --muted: #000; --link: #0000c8; --visited: #4b0082; --border: #000; }
}
@media (prefers-contrast: more) and (prefers-color-scheme: dark) {
  :root { --bg: #000; --fg: #fff; --muted: #fff; --link: #ffff66; --visited: #ffb3ff; --border: #fff; }
}
*, *::before, *::after { box-sizing: border-box; }
html { -webkit-text-size-adjust: 100%; text-size-adjust: 100%; }
body {
  margin: 0; background: var(--bg); color: var(--fg); font-family: var(--font);
  font-size: var(--size); line-height: var(--leading); letter-spacing: var(--letter); word-spacing: var(--word);
  overflow-wrap: anywhere;
}
a { color: var(--link); text-underline-offset: 0.15em; }
a:visited { color: var(--visited); }
:focus-visible { outline: 3px solid var(--focus); outline-offset: 2px; box-shadow: 0 0 0 6px var(--bg); }
main:focus { outline: none; }
.skip-link { position: absolute; left: 0.5rem; top: -10rem; padding: 0.5rem 1rem; background: var(--bg); color: var(--link); z-index: 10; border: 2px solid var(--focus); }
.skip-link:focus { top: 0.5rem; }
.site-header, .site-footer, main { max-width: var(--measure); margin: 0 auto; padding: 0 1rem; }
.site-header { display: flex; flex-wrap: wrap; gap: 0.5rem 1.5rem; align-items: baseline; justify-content: space-between; padding-top: 1rem; padding-bottom: 0.5rem; border-bottom: 1px solid var(--border); }
.site-name { font-weight: 700; font-size: 1.25rem; }
.site-header nav ul, .inline-list { list-style: none; margin: 0; padding: 0; display: flex; flex-wrap: wrap; gap: 0.25rem 1rem; }
.site-footer { margin-top: 3rem; padding-top: 1rem; padding-bottom: 2rem; border-top: 1px solid var(--border); color: var(--muted); font-size: 0.95rem; }
h1 { font-size: 1.9rem; line-height: 1.25; margin: 1.5rem 0 0.5rem; }
h2 { font-size: 1.4rem; line-height: 1.3; margin: 2rem 0 0.5rem; }
.meta { color: var(--muted); margin: 0 0 1.5rem; }
.article-list { list-style: none; padding: 0; }
.article-list li { padding: 1rem 0; border-bottom: 1px solid var(--border); }
.article-list h2 { margin: 0 0 0.25rem; font-size: 1.3rem; }
.article-body p { margin: 0 0 1.1em; }
.visually-hidden { position: absolute !important; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); clip-path: inset(50%); white-space: nowrap; }
button, select, input, textarea { font: inherit; color: inherit; }
button { cursor: pointer; }
@media (prefers-reduced-motion: reduce) {
  *, *::before, *::after { animation: none !important; transition: none !important; scroll-behavior: auto !important; }
}
@media (forced-colors: active) {
  :focus-visible { outline: 3px solid CanvasText; }
}
${playerStyles}
${readabilityStyles}
${levelStyles}
${glossaryStyles}
${readStyles}
${preferencesStylesheet}
`
