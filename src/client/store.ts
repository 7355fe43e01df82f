/** What the player remembers between visits. */
export interface PlayerSettings {
  rate?: number
  highlight?: string
  /** Chosen voice (`voiceURI`) per primary language. */
  voices?: Record<string, string>
}

const settingsKey = 'plainread-player'
const positionKey = (page: string) => `plainread-position:${page}`

/** Read JSON from localStorage; `undefined` when storage is unavailable or the value is broken. */
function read(key: string): unknown {
  try {
    return JSON.parse(localStorage.getItem(key) ?? 'null') ?? undefined
  } catch {
    return undefined
  }
}

/** Write JSON to localStorage (or remove it for `undefined`); ignored where storage is unavailable. */
function write(key: string, value: unknown): void {
  try {
    if (value === undefined) localStorage.removeItem(key)
    else localStorage.setItem(key, JSON.stringify(value))
  } catch {
    // Private mode or storage full: the player works, it just forgets.
  }
}

/** The remembered speed, highlight mode and voices. */
export function loadSettings(): PlayerSettings {
  const value = read(settingsKey)
  return typeof value === 'object' && value !== null ? (value as PlayerSettings) : {}
}

/** Remember speed, highlight mode and voices. */
export function saveSettings(settings: PlayerSettings): void {
  write(settingsKey, settings)
}

/** The sentence id where reading stopped on `page`, if any. */
export function loadPosition(page: string): string | undefined {
  const value = read(positionKey(page))
  return typeof value === 'string' ? value : undefined
}

/** Remember the sentence id where reading is on `page` (`undefined` forgets it). */
export function savePosition(page: string, sentenceId: string | undefined): void {
  write(positionKey(page), sentenceId)
}
