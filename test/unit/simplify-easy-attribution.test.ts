import {describe, expect, it} from 'vitest'
import {simplifySentence} from '../../src/simplify/simplify-sentence.ts'

const easy = (text: string): string[] => simplifySentence(text, {level: 'easy'}).sentences
const plain = (text: string): string[] => simplifySentence(text, {level: 'plain'}).sentences
const rulesOf = (text: string): string[] => simplifySentence(text, {level: 'easy'}).applied.map((note) => note.rule)

describe('shorten-attribution (easy)', () => {
  it('puts the claim first and who said it right after, as a sentence of its own', () => {
    expect(easy('At least eight members of the security forces have been killed in the clashes, police said Wednesday.')).toEqual([
      'At least eight members of the security forces have been killed in the clashes.',
      'Police said this on Wednesday.'
    ])
    expect(easy('The minister did not resign after the vote, his office said.')).toEqual(['The minister did not resign after the vote.', 'His office said this.'])
  })

  it('also shortens an attribution once the detail after it is left out', () => {
    expect(easy('A powerful earthquake struck eastern Turkey on Friday evening, officials said, as rescue teams searched through the rubble for survivors.')).toEqual([
      'A powerful earthquake struck eastern Turkey on Friday evening.',
      'Officials said this.'
    ])
  })

  it('turns an inverted attribution round: “…, said the mayor.” → “The mayor said this.”', () => {
    expect(easy('The fire started in the kitchen of the old hotel late on Friday, said fire chief John Smith.')).toEqual([
      'The fire started in the kitchen of the old hotel late on Friday.',
      'Fire chief John Smith said this.'
    ])
    expect(rulesOf('The fire started in the kitchen of the old hotel late on Friday, said on Monday.')).not.toContain('shorten-attribution')
  })

  it('treats what a study found as its claim', () => {
    expect(easy('The drug reduced deaths by a third in patients on ventilators, the study found.')).toEqual([
      'The drug reduced deaths by a third in patients on ventilators.',
      'The study found this.'
    ])
  })

  it('keeps the attribution whole: “in a statement” stays', () => {
    expect(easy('The peacekeeping effort will be limited in time, the body said in a statement.')).toEqual([
      'The effort to keep the peace will be limited in time.',
      'The body said this in a statement.'
    ])
  })

  it('leaves quotations, places and long or speech-carrying tails alone', () => {
    for (const text of [
      '“We will not stay here any longer than we must,” he said.',
      'Birmingham is a city in Van Buren County, Iowa, United States.',
      'It is legal in several places, including Belgium and three American states.',
      'Sales fell sharply in the third quarter, the company said in a statement, adding that prices would rise.',
      'If the talks fail this week, the union said.',
      // What follows the verb is a clause, not a place or time.
      'The plant will shut down by the end of next year, the company said it would close.',
      // The last comma closes a `who` aside: `said …` is the main verb, not an attribution.
      'Council leader Mary Jones, who proposed the cuts, said the city had no choice.'
    ]) {
      expect(rulesOf(text)).not.toContain('shorten-attribution')
    }
  })

  it('never runs at plain', () => {
    expect(plain('At least eight members of the security forces have been killed in the clashes, police said Wednesday.')).toHaveLength(1)
  })
})

describe('split-according-to (easy)', () => {
  it('gives the claim its own sentence and names its source right after', () => {
    expect(easy('According to a letter sent to his church, he and his doctors believed that the cancer was fully treatable.')).toEqual([
      'He and his doctors believed that the cancer was fully treatable.',
      'This is according to a letter sent to his church.'
    ])
  })

  it('leaves short claims and quotations alone', () => {
    expect(rulesOf('According to the police, 12 people were arrested.')).not.toContain('split-according-to')
    expect(rulesOf('According to Smith, “the whole plan was a mistake from the very start.”')).not.toContain('split-according-to')
  })
})

describe('split-reported-clauses (easy)', () => {
  it('gives each reported fact its own sentence, each still the speaker’s', () => {
    expect(easy('Authorities reported that about 1,000 people were injured and up to 400 were hospitalized.')).toEqual([
      'The people in charge said that about 1,000 people were hurt.',
      'The people in charge said that up to 400 were taken to hospital.'
    ])
  })

  it('does not repeat `that` when the second fact has its own', () => {
    expect(easy('Interior Minister Suleyman Soylu said that 30 people had been rescued and that search efforts were continuing overnight.')).toEqual([
      'Interior Minister Suleyman Soylu said that 30 people were rescued.',
      'Interior Minister Suleyman Soylu said that search efforts were continuing overnight.'
    ])
  })

  it('does not split a pair of nouns, a pair of verbs with one subject, or a negation away from its clause', () => {
    for (const text of [
      'He said that the men and women were safe.',
      'She said that she did not know the man and had never met him.',
      'Police reported that dozens of protesters had been killed and hundreds injured.'
    ]) {
      expect(rulesOf(text)).not.toContain('split-reported-clauses')
    }
  })
})

describe('split-report-noun (easy)', () => {
  it('gives what reports said a sentence of its own that still says the reports said it', () => {
    expect(
      easy('That announcement came after previous reports in the local media that police had opened fire on protesters in the oil city of Atyrau, killing at least one person.')
    ).toEqual([
      'That news came after reports in the local news.',
      'The reports said police opened fire on protesters in the oil city of Atyrau.',
      'The reports said police killed at least one person.'
    ])
  })

  it('leaves a relative clause, a short sentence and quotations alone', () => {
    for (const text of [
      'The reports that came out on Monday were wrong about the number of people hurt.',
      'She denied reports that she would resign.',
      'The minister denied reports that she had called the plan “a disaster” in private.'
    ]) {
      expect(rulesOf(text)).not.toContain('split-report-noun')
    }
  })
})

describe('split-called-name (easy)', () => {
  it('gives a name at the end its own sentence, repeating the noun it names', () => {
    expect(easy('The town lies on the shore of a lake, called Lake Ohrid.')).toEqual(['The town lies on the shore of a lake.', 'The lake is called Lake Ohrid.'])
    expect(easy('He called for the intervention of the Russian-led alliance, called the Collective Security Treaty Organization.')).toEqual([
      'He called for the intervention of the Russian-led alliance.',
      'The Russian-led alliance was called the Collective Security Treaty Organization.'
    ])
  })

  it('leaves quoted names, names after a number and names inside the sentence alone', () => {
    for (const text of [
      'She wrote a book about her life, called “Becoming”.',
      'The band released its first album in 1999, called Blue.',
      'The dog in the picture is called Rex.'
    ]) {
      expect(rulesOf(text)).not.toContain('split-called-name')
    }
  })
})

describe('split-including-subject (easy)', () => {
  it('gives a list about a plural subject its own sentence, in the tense of the clause', () => {
    expect(easy('Government buildings were burned, including the city hall and the former office of the country’s president.')).toEqual([
      'Government buildings were burned.',
      'These included the city hall and the former office of the country’s president.'
    ])
  })

  it('leaves lists that are no noun phrase, singular subjects and quotations alone', () => {
    for (const text of [
      'Prices rose across the board, including for food.',
      'The army burned the town, including the city hall.',
      'Officials burned “secret” papers, including the city plans.'
    ]) {
      expect(rulesOf(text)).not.toContain('split-including-subject')
    }
  })
})

describe('split-reported-participle (easy)', () => {
  it('splits a participle off reported speech and repeats who said it', () => {
    expect(easy('The reports said police opened fire on protesters in the oil city of Atyrau, killing at least one person.')).toEqual([
      'The reports said police opened fire on protesters in the oil city of Atyrau.',
      'The reports said police killed at least one person.'
    ])
    expect(easy('Officials said that the storm hit the coast on Monday, leaving 40,000 homes without power.')).toEqual([
      'Officials said that the storm hit the coast on Monday.',
      'Officials said that the storm left 40,000 homes without power.'
    ])
  })

  it('leaves two participles, an inserted phrase and quotations alone', () => {
    for (const text of [
      'Witnesses said the gunman opened fire on customers, killing three and wounding 12.',
      'He said the plan, costing millions, was bad.',
      'She said the crowd “went wild”, breaking windows along the street.'
    ]) {
      expect(rulesOf(text)).not.toContain('split-reported-participle')
    }
  })
})
