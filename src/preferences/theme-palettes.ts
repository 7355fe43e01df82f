/** The colours of one theme, as the CSS custom properties of `/assets/site.css`. */
export interface Palette {
  /** `color-scheme` of the theme, so form controls and scroll bars match. */
  readonly scheme: 'light' | 'dark'
  readonly bg: string
  readonly fg: string
  readonly muted: string
  readonly link: string
  readonly visited: string
  readonly accentBg: string
  readonly border: string
  readonly focus: string
  readonly focusBg: string
  readonly mark: string
  readonly hard: string
  readonly veryHard: string
}

/**
 * The themes a reader can choose besides following the system. Text, muted text and links
 * reach at least 7:1 against every background of the theme (WCAG 1.4.6, AAA); the test
 * `test/unit/theme-palettes.test.ts` computes every pair.
 */
export const palettes = {
  light: {
    scheme: 'light', bg: '#fdfdfb', fg: '#1a1a1a', muted: '#454545', link: '#0b4f9c', visited: '#5a2d82',
    accentBg: '#eef3fa', border: '#767676', focus: '#0b4f9c', focusBg: '#ffdd00',
    mark: '#fff1a8', hard: '#fde2d2', veryHard: '#f9c4c4'
  },
  dark: {
    scheme: 'dark', bg: '#121212', fg: '#ececec', muted: '#c4c4c4', link: '#9cc7ff', visited: '#d4b8ff',
    accentBg: '#1d2733', border: '#9a9a9a', focus: '#9cc7ff', focusBg: '#4a3f00',
    mark: '#4a3f00', hard: '#4d2a14', veryHard: '#5c1f1f'
  },
  sepia: {
    scheme: 'light', bg: '#f5ecd7', fg: '#2e2418', muted: '#45382a', link: '#663100', visited: '#5b2a6b',
    accentBg: '#ece0c4', border: '#7d6a50', focus: '#663100', focusBg: '#ffd966',
    mark: '#f2dc8f', hard: '#f0d6b8', veryHard: '#efcfc2'
  },
  'high-contrast': {
    scheme: 'dark', bg: '#000000', fg: '#ffffff', muted: '#ffffff', link: '#ffff00', visited: '#ffb3ff',
    accentBg: '#000000', border: '#ffffff', focus: '#ffff00', focusBg: '#333300',
    mark: '#00304d', hard: '#3d1f00', veryHard: '#4d0000'
  }
} as const satisfies Record<string, Palette>

/** A theme with a palette of its own (every theme but `system`). */
export type PaletteName = keyof typeof palettes
