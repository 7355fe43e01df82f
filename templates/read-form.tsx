import type {ReadFieldError, ReadFormValues} from '../src/read/read-form.ts'
import {formatSize} from '../src/read/read-submission.ts'
import {levelLabels} from './level-switch.tsx'

/** Props of {@link ReadForm}. */
export interface ReadFormProps {
  readonly values: ReadFormValues
  readonly errors: readonly ReadFieldError[]
  /** Largest upload, in bytes, said in the hint. */
  readonly maxFileBytes: number
  /** Id prefix, so the form can appear on the result page beside other ids. */
  readonly idPrefix?: string
}

const formatLabels = {
  auto: 'Find out for me',
  text: 'Plain text',
  markdown: 'Markdown',
  html: 'A web page (HTML)'
} as const

/**
 * The form to read your own article: paste text, Markdown or a whole web page, or upload a
 * `.txt`, `.md` or `.html` file; multipart POST to `/read`, no JavaScript needed. Errors are
 * listed in a summary that links to each field, and shown at the field (`aria-invalid`,
 * `aria-describedby`); every value the reader sent is shown again.
 *
 * Returns the form.
 */
export function ReadForm(props: ReadFormProps) {
  const {values, errors} = props
  const id = (name: string) => `${props.idPrefix ?? 'read'}-${name}`
  const errorOf = (field: ReadFieldError['field']) => errors.find((error) => error.field === field)
  const described = (field: ReadFieldError['field'], hint: string) =>
    [hint, errorOf(field) ? id(`${field}-error`) : ''].filter(Boolean).join(' ')
  return (
    <form class="read-form" method="post" action="/read" enctype="multipart/form-data">
      {errors.length > 0 ? (
        <div class="error-summary" role="alert" aria-labelledby={id('error-title')}>
          <h2 id={id('error-title')}>There is a problem</h2>
          <ul>
            {errors.map((error) => (
              <li>
                <a href={`#${id(error.field)}`}>{error.message}</a>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      <p class="notice">
        <strong>Private:</strong> nothing you paste or upload is stored or logged. It is read once to make this
        page, then forgotten.
      </p>
      <div class={errorOf('text') ? 'field field-error' : 'field'}>
        <label for={id('text')}>Paste an article</label>
        <p class="hint" id={id('text-hint')}>
          Its text, Markdown, or the HTML of a whole web page. A headline on the first line becomes the title.
        </p>
        {errorOf('text') ? (
          <p class="error-message" id={id('text-error')}>
            <span class="visually-hidden">Error: </span>
            {errorOf('text')?.message}
          </p>
        ) : null}
        <textarea
          id={id('text')}
          name="text"
          rows={12}
          spellcheck={false}
          aria-describedby={described('text', id('text-hint'))}
          aria-invalid={errorOf('text') ? 'true' : undefined}
        >
          {/* The parser drops one newline right after <textarea>, so the text keeps its own first line. */}
          {`\n${values.text}`}
        </textarea>
      </div>
      <div class={errorOf('file') ? 'field field-error' : 'field'}>
        <label for={id('file')}>Or upload a file</label>
        <p class="hint" id={id('file-hint')}>
          {`A .txt, .md or .html file, up to ${formatSize(props.maxFileBytes)}. A file is used instead of pasted text.`}
        </p>
        {values.fileName ? (
          <p class="hint" id={id('file-chosen')}>
            {`You chose “${values.fileName}”. Browsers do not send a file twice, so choose it again if you want to use it.`}
          </p>
        ) : null}
        {errorOf('file') ? (
          <p class="error-message" id={id('file-error')}>
            <span class="visually-hidden">Error: </span>
            {errorOf('file')?.message}
          </p>
        ) : null}
        <input
          type="file"
          id={id('file')}
          name="file"
          accept=".txt,.md,.markdown,.html,.htm,text/plain,text/markdown,text/html"
          aria-describedby={[described('file', id('file-hint')), values.fileName ? id('file-chosen') : ''].filter(Boolean).join(' ')}
          aria-invalid={errorOf('file') ? 'true' : undefined}
        />
      </div>
      <div class={errorOf('title') ? 'field field-error' : 'field'}>
        <label for={id('title')}>Title (optional)</label>
        <p class="hint" id={id('title-hint')}>
          Leave empty to use the headline of the article.
        </p>
        {errorOf('title') ? (
          <p class="error-message" id={id('title-error')}>
            <span class="visually-hidden">Error: </span>
            {errorOf('title')?.message}
          </p>
        ) : null}
        <input
          type="text"
          id={id('title')}
          name="title"
          value={values.title}
          autocomplete="off"
          aria-describedby={described('title', id('title-hint'))}
          aria-invalid={errorOf('title') ? 'true' : undefined}
        />
      </div>
      <fieldset>
        <legend>What did you paste?</legend>
        {(Object.keys(formatLabels) as (keyof typeof formatLabels)[]).map((format) => (
          <div class="choice">
            <input type="radio" id={id(`format-${format}`)} name="format" value={format} checked={values.format === format} />
            <label for={id(`format-${format}`)}>{formatLabels[format]}</label>
          </div>
        ))}
      </fieldset>
      <fieldset>
        <legend>Show the article as</legend>
        {(['plain', 'easy', 'original'] as const).map((level) => (
          <div class="choice">
            <input type="radio" id={id(`level-${level}`)} name="level" value={level} checked={values.level === level} />
            <label for={id(`level-${level}`)}>{levelLabels[level]}</label>
          </div>
        ))}
      </fieldset>
      <button type="submit">Read this article</button>
    </form>
  )
}
