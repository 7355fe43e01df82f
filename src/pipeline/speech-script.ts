import type {Root} from 'nlcst'
import type {VFile} from 'vfile'
import {speechScript, type ScriptSentence, type ScriptTerm, type SpeechScript} from '../speech/speech-script.ts'

declare module 'vfile' {
  interface DataMap {
    /** What the speech engine says for every shown sentence, set by `speechScript`. */
    speech: SpeechScript
  }
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null

/** Sentences of a version, if `value` holds them as `[{id, text, terms?}]`. */
function sentencesOf(value: unknown): ScriptSentence[] | undefined {
  if (!Array.isArray(value)) return undefined
  const result: ScriptSentence[] = []
  for (const item of value) {
    if (!isRecord(item) || typeof item['id'] !== 'string' || typeof item['text'] !== 'string') continue
    const terms = Array.isArray(item['terms'])
      ? item['terms'].filter(
          (term): term is {id: string; start: number; end: number} =>
            isRecord(term) && typeof term['id'] === 'string' && typeof term['start'] === 'number' && typeof term['end'] === 'number'
        )
      : undefined
    result.push({id: item['id'], text: item['text'], terms})
  }
  return result
}

/** The glossary as speech needs it, if `value` is the glossary stage's list of entries. */
function termsOf(value: unknown): ScriptTerm[] | undefined {
  if (!Array.isArray(value)) return undefined
  const result: ScriptTerm[] = []
  for (const entry of value) {
    if (!isRecord(entry) || typeof entry['id'] !== 'string') continue
    const pronunciation = entry['pronunciation']
    const say = isRecord(pronunciation) && typeof pronunciation['say'] === 'string' ? pronunciation['say'] : undefined
    const occurrences = Array.isArray(entry['occurrences'])
      ? entry['occurrences'].filter(
          (place): place is {sentenceId: string; start: number; end: number} =>
            isRecord(place) && typeof place['sentenceId'] === 'string' && typeof place['start'] === 'number' && typeof place['end'] === 'number'
        )
      : []
    result.push({id: entry['id'], pronunciation: say === undefined ? null : {say}, occurrences})
  }
  return result
}

/**
 * The last stage of the processor: the speech script of every shown version of the text
 * (original; plain and easy when the simplify stage made them), with glossary
 * pronunciations (from the glossary stage) and spoken numbers, dates, money, units,
 * abbreviations and symbols, stored on `file.data.speech`.
 *
 * Reads the other stages' results by shape, so it runs whichever of them are present.
 *
 * @returns Transform.
 */
export default function speechScriptStage() {
  return function (_tree: Root, file: VFile): undefined {
    const levels: unknown = file.data['levels']
    const level = (name: string) => (isRecord(levels) && isRecord(levels[name]) ? sentencesOf(levels[name]['sentences']) : undefined)
    file.data.speech = speechScript({
      lang: file.data.input?.lang ?? 'en',
      original: (file.data.paragraphs ?? []).flatMap((paragraph) => paragraph.sentences),
      plain: level('plain'),
      easy: level('easy'),
      glossary: termsOf(file.data['glossary'])
    })
  }
}
