import {palettes, type Palette} from './theme-palettes.ts'
import {defaultPreferences, type Preferences} from './preferences.ts'

/** Root font size of each text size; every `rem` (headings, column width) scales with it. */
export const textSizes = {small: '89%', normal: '100%', large: '122%', 'x-large': '144%', 'xx-large': '178%'} as const

/** Line height and paragraph gap of each line spacing. */
export const lineSpacings = {normal: ['1.6', '1.1em'], relaxed: ['1.9', '1.5em'], loose: ['2.3', '2em']} as const

/** Letter spacing; `wider` is WCAG 1.4.12's 0.12 em. */
export const letterSpacings = {normal: 'normal', wide: '0.05em', wider: '0.12em'} as const

/** Word spacing; `wide` is WCAG 1.4.12's 0.16 em. */
export const wordSpacings = {normal: 'normal', wide: '0.16em', wider: '0.32em'} as const

/** Column width (the measure) in `rem`, so it follows the text size. */
export const columnWidths = {narrow: '32rem', normal: '40rem', wide: '56rem'} as const

/** System font stacks only: nothing is downloaded. */
export const fontStacks = {
  system: 'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif',
  readable: 'Verdana, "Atkinson Hyperlegible", Tahoma, "DejaVu Sans", "Bitstream Vera Sans", sans-serif',
  serif: 'Georgia, Cambria, "Noto Serif", "DejaVu Serif", "Times New Roman", serif',
  mono: 'ui-monospace, "Cascadia Mono", Menlo, Consolas, "DejaVu Sans Mono", monospace'
} as const

/** The custom properties of a palette. */
function paletteVariables(palette: Palette): string {
  return (
    `color-scheme: ${palette.scheme}; --bg: ${palette.bg}; --fg: ${palette.fg}; --muted: ${palette.muted}; ` +
    `--link: ${palette.link}; --visited: ${palette.visited}; --accent-bg: ${palette.accentBg}; ` +
    `--border: ${palette.border}; --focus: ${palette.focus}; --focus-bg: ${palette.focusBg}; ` +
    `--mark: ${palette.mark}; --hard: ${palette.hard}; --very-hard: ${palette.veryHard};`
  )
}

/** One rule per value of a preference: `:root[data-NAME="VALUE"] { … }`; the default needs none. */
function rules<Value extends string>(name: string, table: Readonly<Record<Value, unknown>>, body: (value: Value) => string): string {
  return (Object.keys(table) as Value[])
    .filter((value) => value !== 'normal' && value !== 'system')
    .map((value) => `:root[data-${name}="${value}"] { ${body(value)} }`)
    .join('\n')
}

/**
 * The part of `/assets/site.css` that applies reading preferences: rules keyed on the
 * `data-*` attributes the server (and the browser script) put on `<html>`. The attribute
 * selectors outrank the `prefers-color-scheme` and `prefers-contrast` defaults, so a chosen
 * theme wins over the system's; forced colours still win over everything.
 */
export const preferencesStylesheet = [
  '/* Reading preferences (src/preferences/preferences-css.ts) */',
  rules('size', textSizes, (value) => `font-size: ${textSizes[value]};`),
  rules('line-spacing', lineSpacings, (value) => `--leading: ${lineSpacings[value][0]}; --paragraph-gap: ${lineSpacings[value][1]};`),
  ':root[data-line-spacing] .article-body p { margin-bottom: var(--paragraph-gap, 1.1em); }',
  rules('letter-spacing', letterSpacings, (value) => `--letter: ${letterSpacings[value]};`),
  rules('word-spacing', wordSpacings, (value) => `--word: ${wordSpacings[value]};`),
  rules('width', columnWidths, (value) => `--measure: ${columnWidths[value]};`),
  rules('font', fontStacks, (value) => `--font: ${fontStacks[value]};`),
  rules('theme', palettes, (value) => paletteVariables(palettes[value])),
  ':root[data-theme="high-contrast"] a { text-decoration-thickness: 0.1em; }',
  ':root[data-theme="high-contrast"] :focus-visible { outline-width: 4px; }',
  // Line focus without JavaScript: the sentence under the pointer or being read is marked;
  // with JavaScript, a reading ruler also follows the pointer and the keyboard.
  ':root[data-focus="line"] .article-body .sentence:hover, :root[data-focus="line"] .article-body .sentence:focus-within { background: var(--mark); box-shadow: 0 0 0 0.15em var(--mark); }',
  '.line-focus-ruler { position: fixed; left: 0; right: 0; top: 0; height: calc(var(--leading) * var(--ruler-size, 1em) + 0.5em); border-block: 3px solid var(--focus); pointer-events: none; z-index: 5; transform: translateY(-50%); }',
  '.line-focus-ruler[hidden] { display: none; }',
  '@media (forced-colors: active) { .line-focus-ruler { border-color: Highlight; } }',
  // The preferences form.
  '.preferences-form fieldset { border: 1px solid var(--border); padding: 0.75rem 1rem 1rem; margin: 0 0 1rem; }',
  '.preferences-form legend { font-weight: 700; padding: 0 0.25rem; }',
  '.preferences-form .choices { display: flex; flex-wrap: wrap; gap: 0 1.5rem; }',
  '.preferences-form .choice { display: flex; gap: 0.5rem; align-items: baseline; margin: 0.35rem 0; }',
  '.preferences-form .hint { color: var(--muted); margin: 0 0 0.25rem; }',
  '.preferences-form input[type="radio"] { width: 1.25rem; height: 1.25rem; flex: none; accent-color: var(--link); }',
  '.preferences-preview { border: 1px solid var(--border); padding: 0.5rem 1rem; margin: 1rem 0; background: var(--bg); }',
  '.button, .preferences-form button, .read-form button { display: inline-block; min-height: 2.75rem; padding: 0.5rem 1.25rem; border: 2px solid var(--fg); background: var(--accent-bg); color: var(--fg); font-weight: 700; border-radius: 0.25rem; margin: 0.25rem 0.5rem 0.25rem 0; }',
  '.notice { border-left: 0.4rem solid var(--focus); padding: 0.5rem 1rem; background: var(--accent-bg); margin: 1rem 0; }',
  '.preset-link { overflow-wrap: anywhere; font-family: ui-monospace, Menlo, Consolas, monospace; }'
].join('\n')

/**
 * Compact CSS applying `preferences` directly (no attributes), for the text-only page's inline
 * `<style>`, whose budget is about 1 KB: root font size, spacing, width, font and colours.
 *
 * Returns the CSS, or an empty string when every preference is at its default (or none are known,
 * as when the preferences middleware is not in front of the route).
 */
export function inlinePreferencesCss(given: Preferences | undefined): string {
  const preferences = given ?? defaultPreferences
  const body: string[] = []
  const root: string[] = []
  if (preferences.size !== 'normal') root.push(`font-size:${textSizes[preferences.size]}`)
  if (preferences['line-spacing'] !== 'normal') body.push(`line-height:${lineSpacings[preferences['line-spacing']][0]}`)
  if (preferences['letter-spacing'] !== 'normal') body.push(`letter-spacing:${letterSpacings[preferences['letter-spacing']]}`)
  if (preferences['word-spacing'] !== 'normal') body.push(`word-spacing:${wordSpacings[preferences['word-spacing']]}`)
  if (preferences.width !== 'normal') body.push(`max-width:${columnWidths[preferences.width]}`)
  if (preferences.font !== 'system') body.push(`font-family:${fontStacks[preferences.font]}`)
  let links = ''
  if (preferences.theme !== 'system') {
    const palette = palettes[preferences.theme]
    root.push(`color-scheme:${palette.scheme}`)
    body.push(`background:${palette.bg}`, `color:${palette.fg}`)
    links = `a{color:${palette.link}}a:visited{color:${palette.visited}}`
  }
  return [root.length > 0 ? `html{${root.join(';')}}` : '', body.length > 0 ? `body{${body.join(';')}}` : '', links].join('')
}
