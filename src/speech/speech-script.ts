import {speechLine, type Pronounced, type SpeechLine} from './speech-line.ts'

/** The speech script of a text: one line per shown sentence, per version of the text. */
export interface SpeechScript {
  readonly original: readonly SpeechLine[]
  readonly plain?: readonly SpeechLine[]
  readonly easy?: readonly SpeechLine[]
}

/** A shown sentence, with the glossary terms found in it (offsets into `text`). */
export interface ScriptSentence {
  readonly id: string
  readonly text: string
  readonly terms?: readonly {readonly id: string; readonly start: number; readonly end: number}[] | undefined
}

/** A glossary entry as far as speech needs it. */
export interface ScriptTerm {
  readonly id: string
  readonly pronunciation: {readonly say: string} | null
  readonly occurrences?: readonly {readonly sentenceId: string; readonly start: number; readonly end: number}[]
}

/** What the speech script is built from. */
export interface ScriptInput {
  readonly lang: string
  readonly original: readonly ScriptSentence[]
  readonly plain?: readonly ScriptSentence[] | undefined
  readonly easy?: readonly ScriptSentence[] | undefined
  readonly glossary?: readonly ScriptTerm[] | undefined
}

/**
 * Build the speech script: for every shown sentence of every version, what the engine
 * says, with glossary pronunciations applied where the glossary found its terms
 * (a sentence's own `terms`, or the entry's `occurrences` in original sentences).
 *
 * Returns one line per sentence, in reading order.
 */
export function speechScript(input: Readonly<ScriptInput>): SpeechScript {
  const say = new Map<string, string>()
  const occurrences = new Map<string, Pronounced[]>()
  for (const entry of input.glossary ?? []) {
    if (!entry.pronunciation?.say) continue
    say.set(entry.id, entry.pronunciation.say)
    for (const {sentenceId, start, end} of entry.occurrences ?? []) {
      const list = occurrences.get(sentenceId) ?? []
      list.push({start, end, say: entry.pronunciation.say})
      occurrences.set(sentenceId, list)
    }
  }
  // The versions share many sentences word for word: each one is worked out once.
  const done = new Map<string, SpeechLine>()
  const lines = (sentences: readonly ScriptSentence[]) =>
    sentences.map((sentence) => {
      const pronounced: Pronounced[] = [...(occurrences.get(sentence.id) ?? [])]
      for (const term of sentence.terms ?? []) {
        const spoken = say.get(term.id)
        if (spoken !== undefined) pronounced.push({start: term.start, end: term.end, say: spoken})
      }
      const key = JSON.stringify([sentence.text, pronounced])
      const known = done.get(key)
      if (known) return {sentenceId: sentence.id, text: known.text, say: known.say, map: [...known.map]}
      const line = speechLine(sentence.id, sentence.text, input.lang, pronounced)
      done.set(key, line)
      return line
    })
  return {
    original: lines(input.original),
    ...(input.plain ? {plain: lines(input.plain)} : {}),
    ...(input.easy ? {easy: lines(input.easy)} : {})
  }
}
