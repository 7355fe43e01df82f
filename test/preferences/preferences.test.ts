import {describe, expect, it} from 'vitest'
import {inlinePreferencesCss, preferencesStylesheet} from '../../src/preferences/preferences-css.ts'
import {
  defaultPreferences,
  deserializePreferences,
  parsePreferences,
  preferenceAttributes,
  preferenceNames,
  preferenceValues,
  serializePreferences
} from '../../src/preferences/preferences.ts'
import {returnPath} from '../../src/preferences/return-path.ts'
import {palettes} from '../../src/preferences/theme-palettes.ts'

describe('reading preferences: the allowlist', () => {
  it('keeps known names with allowed values and ignores everything else', () => {
    const query = new URLSearchParams('size=large&theme=sepia&font=%22%3E%3Cscript%3E&width=huge&evil=1&focus=line')
    expect(parsePreferences(query)).toEqual({size: 'large', theme: 'sepia', focus: 'line'})
    expect(parsePreferences({size: ['large'], 'line-spacing': 'loose', __proto__: 'x'})).toEqual({'line-spacing': 'loose'})
  })

  it('offers every setting the issue asks for', () => {
    expect(preferenceNames).toEqual(['size', 'line-spacing', 'letter-spacing', 'word-spacing', 'width', 'theme', 'font', 'focus'])
    expect(preferenceValues('theme')).toEqual(['system', 'light', 'dark', 'sepia', 'high-contrast'])
    expect(preferenceValues('font')).toEqual(expect.arrayContaining(['system', 'readable', 'serif']))
  })

  it('writes only what differs from the defaults, and reads it back', () => {
    const chosen = {...defaultPreferences, size: 'x-large', theme: 'high-contrast'} as const
    const value = serializePreferences(chosen)
    expect(value).toBe('size=x-large&theme=high-contrast')
    expect(deserializePreferences(value)).toEqual({size: 'x-large', theme: 'high-contrast'})
    expect(serializePreferences(defaultPreferences)).toBe('')
    expect(deserializePreferences('size=gigantic&theme=dark')).toEqual({theme: 'dark'})
  })

  it('turns preferences into data attributes that the stylesheet styles', () => {
    const attributes = preferenceAttributes({...defaultPreferences, 'word-spacing': 'wide', font: 'serif'})
    expect(attributes).toEqual({'data-word-spacing': 'wide', 'data-font': 'serif'})
    for (const name of preferenceNames) {
      for (const value of preferenceValues(name).slice(1)) {
        if (name === 'focus') continue
        expect(preferencesStylesheet).toContain(`:root[data-${name}="${value}"]`)
      }
    }
    expect(preferencesStylesheet).toContain(':root[data-focus="line"]')
  })

  it('gives the text-only page compact inline CSS, empty at the defaults', () => {
    expect(inlinePreferencesCss(defaultPreferences)).toBe('')
    expect(inlinePreferencesCss(undefined)).toBe('')
    const css = inlinePreferencesCss({...defaultPreferences, size: 'xx-large', 'line-spacing': 'loose', 'letter-spacing': 'wider', 'word-spacing': 'wider', width: 'narrow', theme: 'sepia', font: 'readable'})
    expect(css).toContain('html{font-size:178%;color-scheme:light}')
    expect(css).toContain(`background:${palettes.sepia.bg}`)
    expect(css).not.toContain('<')
    expect(Buffer.byteLength(css)).toBeLessThan(600)
  })

  it('returns only to a path on this site', () => {
    const here = 'http://localhost:3000/preferences'
    expect(returnPath('http://localhost:3000/articles/x?level=easy', here)).toBe('/articles/x?level=easy')
    expect(returnPath('/articles/x', here)).toBe('/articles/x')
    expect(returnPath('https://evil.example/', here)).toBeUndefined()
    expect(returnPath('//evil.example/x', here)).toBeUndefined()
    expect(returnPath('javascript:alert(1)', here)).toBeUndefined()
    expect(returnPath('/preferences?saved=1', here)).toBeUndefined()
  })
})

/** Relative luminance of a `#rrggbb` colour (WCAG 2). */
function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((start) => {
    const channel = Number.parseInt(hex.slice(start, start + 2), 16) / 255
    return channel <= 0.04045 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4
  })
  return 0.2126 * (r ?? 0) + 0.7152 * (g ?? 0) + 0.0722 * (b ?? 0)
}

/** Contrast ratio of two colours (WCAG 2), from 1 to 21. */
function contrast(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x)
  return ((light ?? 0) + 0.05) / ((dark ?? 0) + 0.05)
}

describe('theme palettes', () => {
  it.each(Object.entries(palettes))('%s: text and links reach 7:1 on the page background, 4.5:1 on every tinted background', (_, palette) => {
    for (const foreground of [palette.fg, palette.muted, palette.link, palette.visited]) {
      expect(contrast(foreground, palette.bg)).toBeGreaterThanOrEqual(7)
      for (const background of [palette.accentBg, palette.mark, palette.hard, palette.veryHard, palette.focusBg]) {
        expect(contrast(foreground, background)).toBeGreaterThanOrEqual(4.5)
      }
    }
    // Focus rings and borders stand out from the page (WCAG 1.4.11).
    expect(contrast(palette.focus, palette.bg)).toBeGreaterThanOrEqual(3)
    expect(contrast(palette.border, palette.bg)).toBeGreaterThanOrEqual(3)
  })

  it('high contrast and sepia reach 7:1 for every pair of text and background', () => {
    for (const palette of [palettes['high-contrast'], palettes.sepia]) {
      for (const foreground of [palette.fg, palette.muted, palette.link, palette.visited]) {
        for (const background of [palette.bg, palette.accentBg, palette.mark, palette.hard, palette.veryHard, palette.focusBg]) {
          expect(contrast(foreground, background)).toBeGreaterThanOrEqual(7)
        }
      }
    }
  })
})
