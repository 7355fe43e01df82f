import {describe, expect, it} from 'vitest'
import {simplifySentence} from '../../src/simplify/simplify-sentence.ts'

const plain = (text: string) => simplifySentence(text, {level: 'plain'})
const rules = (text: string): string[] => plain(text).applied.map((note) => note.rule)

describe('drop-run-in-heading', () => {
  it('drops a section heading that copied text ran into the sentence', () => {
    expect(plain('History The district was created in 1994.').sentences).toEqual(['The district was made in 1994.'])
    expect(plain('Early life He grew up in a small village.').sentences.join(' ')).toBe('He grew up in a small village.')
    expect(plain('Economy and infrastructure The town has 600 businesses.').sentences.join(' ')).toBe('The town has 600 businesses.')
    expect(rules('History The district was created in 1994.')).toContain('drop-run-in-heading')
  })
  it('never drops a name, a time word or the start of a real sentence', () => {
    for (const text of [
      'Asia The last king was defeated.',
      'Today The Times reported a fire.',
      'Yesterday the council met.',
      'In common with The Beatles, they came from Liverpool.',
      'Reznor later released The Slip in 2008.',
      'History The Times wrote about it.',
      'Early Church The bishops met.'
    ]) {
      expect(rules(text)).not.toContain('drop-run-in-heading')
    }
  })
})
