/** Primary language subtag of a tag such as `en-GB` or `en_US`, lowercased. */
export function primaryLanguage(tag: string): string {
  return tag.toLowerCase().split(/[-_]/)[0] ?? ''
}

/**
 * The voices that speak `lang`, without engine variants (espeak-ng's `name+variant`)
 * or duplicates: voices of the exact region first, then local ones, then by name.
 *
 * Returns the voices, best first; empty when none speaks the language.
 */
export function voicesFor(synth: SpeechSynthesis, lang: string): SpeechSynthesisVoice[] {
  const primary = primaryLanguage(lang)
  const exact = lang.toLowerCase().replace('_', '-')
  const seen = new Set<string>()
  const score = (voice: SpeechSynthesisVoice) =>
    (voice.lang.toLowerCase().replace('_', '-') === exact ? 0 : 2) + (voice.localService ? 0 : 1)
  return synth
    .getVoices()
    .filter((voice) => {
      if (primaryLanguage(voice.lang) !== primary || voice.name.includes('+') || seen.has(voice.name)) return false
      seen.add(voice.name)
      return true
    })
    .sort((a, b) => score(a) - score(b) || a.name.localeCompare(b.name))
}

/**
 * Wait for voices that speak `lang`: browsers load voices late and announce them with
 * `voiceschanged` (Chrome on Linux takes over a second).
 *
 * Returns the voices, or an empty list when none appeared within `timeout` milliseconds.
 */
export function waitForVoices(synth: SpeechSynthesis, lang: string, timeout: number): Promise<SpeechSynthesisVoice[]> {
  return new Promise((resolve) => {
    const check = () => {
      const voices = voicesFor(synth, lang)
      if (voices.length === 0) return false
      finish(voices)
      return true
    }
    const finish = (voices: SpeechSynthesisVoice[]) => {
      clearTimeout(timer)
      synth.removeEventListener('voiceschanged', check)
      resolve(voices)
    }
    const timer = setTimeout(() => finish(voicesFor(synth, lang)), timeout)
    synth.addEventListener('voiceschanged', check)
    check()
  })
}
