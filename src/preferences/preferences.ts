/**
 * Reading preferences: what each can be set to, the defaults, and how they are read from a
 * query string, a form or the preferences cookie. Every value is checked against the allowlist;
 * unknown names and values are ignored, never echoed.
 */

/** Every preference, its allowed values (the first is the default) and their labels. */
export const preferenceChoices = {
  size: {
    label: 'Text size',
    options: {normal: 'Normal', small: 'Small', large: 'Large', 'x-large': 'Extra large', 'xx-large': 'Largest'}
  },
  'line-spacing': {
    label: 'Line spacing',
    options: {normal: 'Normal', relaxed: 'Relaxed', loose: 'Loose'}
  },
  'letter-spacing': {
    label: 'Letter spacing',
    options: {normal: 'Normal', wide: 'Wide', wider: 'Wider'}
  },
  'word-spacing': {
    label: 'Word spacing',
    options: {normal: 'Normal', wide: 'Wide', wider: 'Wider'}
  },
  width: {
    label: 'Column width',
    options: {normal: 'Normal', narrow: 'Narrow', wide: 'Wide'}
  },
  theme: {
    label: 'Colours',
    options: {system: 'Follow my device', light: 'Light', dark: 'Dark', sepia: 'Sepia', 'high-contrast': 'High contrast'}
  },
  font: {
    label: 'Font',
    options: {
      system: 'System font',
      readable: 'Wide, clear letters (Verdana)',
      serif: 'Serif (Georgia)',
      mono: 'Even spacing (monospace)'
    }
  },
  focus: {
    label: 'Line focus',
    options: {off: 'Off', line: 'Highlight the line I am reading'}
  }
} as const

type Choices = typeof preferenceChoices

/** Name of a preference, such as `size` or `theme`. */
export type PreferenceName = keyof Choices

/** Every preference with one of its allowed values. */
export type Preferences = {readonly [Name in PreferenceName]: keyof Choices[Name]['options'] & string}

/** Names of every preference, in the order the form shows them. */
export const preferenceNames = Object.keys(preferenceChoices) as PreferenceName[]

/** The allowed values of one preference, default first. */
export function preferenceValues(name: PreferenceName): string[] {
  return Object.keys(preferenceChoices[name].options)
}

/** The defaults: normal size and spacing, the system's colours and font, no line focus. */
export const defaultPreferences = Object.fromEntries(
  preferenceNames.map((name) => [name, preferenceValues(name)[0]])
) as Preferences

/** Name of the cookie that keeps a reader's preferences (only the values that differ from the defaults). */
export const preferencesCookie = 'plainread-preferences'

/** A source of name/value pairs: a query string, a form body or a cookie value. */
export type PreferenceSource = URLSearchParams | Readonly<Record<string, unknown>>

/**
 * Read the preferences set in `source`, keeping only known names with allowed values.
 *
 * Returns the valid preferences found (possibly none).
 */
export function parsePreferences(source: PreferenceSource): Partial<Preferences> {
  const found: Partial<Record<PreferenceName, string>> = {}
  for (const name of preferenceNames) {
    const value = source instanceof URLSearchParams ? source.get(name) : source[name]
    if (typeof value === 'string' && preferenceValues(name).includes(value)) found[name] = value
  }
  return found as Partial<Preferences>
}

/**
 * Only the preferences that differ from the defaults, so the defaults a link sets
 * (`?size=large`) can still fill in what the reader left alone.
 *
 * Returns the changed preferences.
 */
export function changedPreferences(preferences: Partial<Preferences>): Partial<Preferences> {
  const changed: Partial<Record<PreferenceName, string>> = {}
  for (const name of preferenceNames) {
    const value = preferences[name]
    if (value !== undefined && value !== defaultPreferences[name]) changed[name] = value
  }
  return changed as Partial<Preferences>
}

/**
 * Encode preferences for the cookie: `size=large&theme=sepia`, only values that differ from the defaults.
 *
 * Returns the cookie value (empty when everything is at its default).
 */
export function serializePreferences(preferences: Partial<Preferences>): string {
  return new URLSearchParams(Object.entries(changedPreferences(preferences))).toString()
}

/**
 * Decode the cookie value written by {@link serializePreferences} (or by the browser script).
 *
 * Returns the valid preferences in it; anything else is ignored.
 */
export function deserializePreferences(value: string | undefined): Partial<Preferences> {
  if (value === undefined || value.length > 1000) return {}
  return parsePreferences(new URLSearchParams(value))
}

/**
 * The `data-*` attributes of `<html>` that apply `preferences` through `/assets/site.css`
 * (`data-size="large"`, `data-theme="sepia"`…), only for values that differ from the defaults.
 *
 * Returns attribute names and values.
 */
export function preferenceAttributes(preferences: Partial<Preferences>): Record<string, string> {
  return Object.fromEntries(Object.entries(changedPreferences(preferences)).map(([name, value]) => [`data-${name}`, value]))
}
