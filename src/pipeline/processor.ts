import {ParseEnglish} from 'parse-english'
import remarkParse from 'remark-parse'
import remarkRetext from 'remark-retext'
import {unified} from 'unified'
import glossary from './glossary.ts'
import readability from './readability.ts'
import removeRawHtml from './remove-raw-html.ts'
import sentenceModel from './sentence-model.ts'
import simplifyLevels from './simplify.ts'
import speechScriptStage from './speech-script.ts'

/**
 * The one processor every text goes through, built once and frozen:
 * Markdown → mdast → nlcst (English) → sentence model → readability → glossary →
 * simplify → speech script. Each stage is a plugin that stores its result on `file.data`.
 */
export const processor = unified()
  .use(remarkParse)
  .use(removeRawHtml) // raw HTML in Markdown: removed, its visible text kept (never passed through)
  .use(remarkRetext, ParseEnglish)
  .use(sentenceModel)
  // Stages in order: readability → glossary → simplify → speech script.
  .use(readability) // counts, scores and hard sentences (file.data.readability)
  .use(glossary) // glossary terms and unexplained words (file.data.glossary)
  .use(simplifyLevels) // plain and easy versions (file.data.levels)
  .use(speechScriptStage) // speech script: keep last, it reads the stages before it
  .freeze()
