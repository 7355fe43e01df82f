import type {LevelName} from '../src/formats/level-text.ts'

/**
 * `<link rel="alternate">` elements for `<head>` that announce the open formats of an article
 * at a level — plain text, Markdown and SSML — so readers, feed tools and speech services find them.
 *
 * Returns the link elements.
 */
export function FormatLinks(props: {readonly slug: string; readonly level: LevelName}) {
  const {slug, level} = props
  return (
    <>
      <link rel="alternate" type="text/plain" title="Plain text" href={`/articles/${slug}.txt?level=${level}`} />
      <link rel="alternate" type="text/markdown" title="Markdown" href={`/articles/${slug}.md?level=${level}`} />
      <link rel="alternate" type="application/ssml+xml" title="SSML for speech engines" href={`/articles/${slug}/speech.ssml?level=${level}`} />
    </>
  )
}
