import {
  defaultPreferences,
  deserializePreferences,
  parsePreferences,
  preferenceAttributes,
  preferenceChoices,
  preferenceNames,
  preferencesCookie,
  serializePreferences,
  type Preferences
} from '../preferences/preferences.ts'

/** One year, in seconds: how long the preferences cookie lasts (as the server sets it). */
const maxAge = 365 * 24 * 60 * 60

/** Put `preferences` on `<html>` as the `data-*` attributes `/assets/site.css` reads. */
function apply(preferences: Preferences): void {
  const root = document.documentElement
  const attributes = preferenceAttributes(preferences)
  for (const name of preferenceNames) {
    const attribute = `data-${name}`
    const value = attributes[attribute]
    if (value === undefined) root.removeAttribute(attribute)
    else root.setAttribute(attribute, value)
  }
}

/** Save `preferences` in the cookie the server reads, so every next page has them too. */
function save(preferences: Preferences): void {
  const value = serializePreferences(preferences)
  const secure = location.protocol === 'https:' ? '; secure' : ''
  document.cookie =
    value === ''
      ? `${preferencesCookie}=; path=/; max-age=0; samesite=lax${secure}`
      : `${preferencesCookie}=${encodeURIComponent(value)}; path=/; max-age=${maxAge}; samesite=lax${secure}`
}

/** The preferences in the cookie, over the defaults (what the server applied to this page). */
function current(): Preferences {
  const cookie = document.cookie
    .split('; ')
    .find((pair) => pair.startsWith(`${preferencesCookie}=`))
    ?.slice(preferencesCookie.length + 1)
  let decoded: string | undefined
  try {
    decoded = cookie === undefined ? undefined : decodeURIComponent(cookie)
  } catch {
    decoded = undefined
  }
  return {...defaultPreferences, ...preferencesFromPage(), ...deserializePreferences(decoded)}
}

/** The preferences the server put on `<html>` (these include a preset from the query string). */
function preferencesFromPage(): Partial<Preferences> {
  const found: Record<string, string> = {}
  for (const name of preferenceNames) {
    const value = document.documentElement.getAttribute(`data-${name}`)
    if (value !== null) found[name] = value
  }
  return parsePreferences(found)
}

/**
 * The preferences form, enhanced: every change applies at once, is saved in the cookie and is
 * announced in the form's status region. Submitting still works (and is what works without JS).
 */
function enhanceForm(form: HTMLFormElement): void {
  const status = form.querySelector<HTMLElement>('[data-preferences-status]')
  const preset = document.querySelector<HTMLAnchorElement>('.preset-link')
  form.addEventListener('change', (event) => {
    const data = new FormData(form)
    const chosen: Preferences = {...defaultPreferences, ...parsePreferences(Object.fromEntries(data))}
    apply(chosen)
    save(chosen)
    const target = event.target
    if (status && target instanceof HTMLInputElement && target.labels?.[0]) {
      const name = target.name as keyof typeof preferenceChoices
      const label = preferenceChoices[name]?.label ?? target.name
      status.textContent = `${label}: ${target.labels[0].textContent ?? target.value}. Saved.`
    }
    if (preset) {
      const query = serializePreferences(chosen)
      preset.href = `${location.origin}/${query === '' ? '' : `?${query}`}`
      preset.textContent = preset.href
    }
  })
}

/**
 * Line focus: a reading ruler that follows the pointer over the page's main text, or, after
 * Alt+L, moves a line at a time with the Up and Down arrow keys (Escape leaves). Shown only while
 * `<html data-focus="line">` is set; it never hides text, so contrast is unchanged.
 */
function lineFocus(): void {
  const main = document.querySelector<HTMLElement>('main')
  if (!main) return
  const ruler = document.createElement('div')
  ruler.className = 'line-focus-ruler'
  ruler.hidden = true
  ruler.setAttribute('aria-hidden', 'true')
  document.body.append(ruler)
  let keyboard = false
  let y = 0

  const on = () => document.documentElement.getAttribute('data-focus') === 'line'
  const lineHeight = () => {
    const text = main.querySelector<HTMLElement>('.article-body p, .article-body, p') ?? main
    return Number.parseFloat(getComputedStyle(text).lineHeight) || 28
  }
  const place = (next: number) => {
    y = Math.max(0, Math.min(window.innerHeight, next))
    ruler.style.top = `${y}px`
    ruler.style.height = `${lineHeight() + 8}px`
    ruler.hidden = !on()
  }

  main.addEventListener('pointermove', (event) => {
    if (on() && event.pointerType === 'mouse') place(event.clientY)
  })
  main.addEventListener('pointerleave', () => {
    if (!keyboard) ruler.hidden = true
  })
  document.addEventListener('keydown', (event) => {
    if (!on()) return
    if (event.altKey && (event.key === 'l' || event.key === 'L')) {
      keyboard = !keyboard
      if (keyboard) place(y || window.innerHeight / 3)
      else ruler.hidden = true
      event.preventDefault()
      return
    }
    if (!keyboard) return
    if (event.key === 'Escape') {
      keyboard = false
      ruler.hidden = true
    } else if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      const step = lineHeight() * (event.key === 'ArrowDown' ? 1 : -1)
      const next = y + step
      // Keep the ruler in the middle third of the window: scroll the page instead of leaving it.
      if (next > window.innerHeight * 0.66 || next < window.innerHeight * 0.2) window.scrollBy({top: step})
      else place(next)
      event.preventDefault()
    }
  })
  new MutationObserver(() => {
    if (!on()) {
      ruler.hidden = true
      keyboard = false
    }
  }).observe(document.documentElement, {attributes: true, attributeFilter: ['data-focus']})
}

/** Start: keep the page and the cookie in step, enhance the form, add line focus. */
function start(): void {
  apply(current())
  for (const form of document.querySelectorAll<HTMLFormElement>('form[data-module="preferences-form"]')) enhanceForm(form)
  lineFocus()
}

start()
