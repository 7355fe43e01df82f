import {easyLongSentence, mayLeaveOut} from '../easy-detail.ts'
import type {Candidate, Rule} from '../rule.ts'
import {sentenceFacts} from '../sentence-facts.ts'
import {closeSentence, wordCount, type Tokens} from '../sentence-tokens.ts'
import {findPhrase, phraseWords} from '../token-match.ts'

/** Phrases that frame the main fact as part of a larger plan or aim: detail a reader can do without. */
const framePhrases = ['as part of', 'in an effort to', 'in a bid to'].map(phraseWords)

/** Fewest words the sentence must keep. */
const fewestKept = 6

/**
 * `easy` only: in a long sentence (more than 15 words), leave out a trailing phrase that frames
 * the fact as part of a plan or an aim: `The alliance started sending paratroopers to Kazakhstan
 * on Thursday as part of a peacekeeping operation.` → `The alliance started sending paratroopers
 * to Kazakhstan on Thursday.` Only a phrase that ends the sentence, and never one holding a
 * name, a number, a negation or a quotation.
 */
export const dropFramePhrase: Rule = {
  name: 'drop-frame-phrase',
  levels: ['easy'],
  triggers: [framePhrases.map((words) => words[0] ?? '')],
  dropsDetail: true,
  candidates(tokens: Tokens) {
    const found: Candidate[] = []
    if (wordCount(tokens) <= easyLongSentence) return found
    for (const words of framePhrases) {
      for (const [start] of findPhrase(tokens, words)) {
        if (tokens.slice(start).some((item) => item.kind === 'punctuation' && /^[,;:()–—]$/.test(item.value))) continue
        const kept = closeSentence(tokens.slice(0, start))
        if (wordCount(kept) < fewestKept || !mayLeaveOut(tokens, start, tokens.length)) continue
        // A name or a number there (`as part of the band Dead Can Dance`, `… on 14 August 1876`) is no mere frame.
        const facts = sentenceFacts([tokens.slice(start)])
        if (facts.numbers.length > 0 || tokens.slice(start + 1).some((item) => item.kind === 'word' && /\p{Lu}/u.test(item.value))) continue
        const removed = tokens.slice(start).map((item) => item.value).join('').replace(/[.!?]$/, '')
        found.push({sentences: [kept], reason: `Left out the detail “${removed}”.`, key: `frame@${start}`})
      }
    }
    return found
  }
}
