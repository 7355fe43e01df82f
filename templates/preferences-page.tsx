import {serializePreferences, type Preferences} from '../src/preferences/preferences.ts'
import {Layout} from './layout.tsx'
import {PreferencesForm} from './preferences-form.tsx'

/** Props of {@link PreferencesPage}. */
export interface PreferencesPageProps {
  readonly preferences: Preferences
  /** Whether the page follows a save (shows a confirmation). */
  readonly saved: boolean
  /** A same-site path the reader came from, offered as a way back. */
  readonly back?: string | undefined
  /** The site's origin, to write the preset link in full. */
  readonly origin: string
}

/**
 * The reading-preferences page: the form, a sample paragraph that shows the settings, and a
 * link that sets the same settings for someone else (for a school or library).
 *
 * Returns the whole page.
 */
export function PreferencesPage(props: PreferencesPageProps) {
  const query = serializePreferences(props.preferences)
  const preset = `${props.origin}/${query === '' ? '' : `?${query}`}`
  return (
    <Layout title="Reading preferences" lang="en" description="Choose text size, spacing, colours, font and line focus.">
      <h1>Reading preferences</h1>
      {props.saved ? (
        <p class="notice" role="status">
          Your preferences are saved. They apply on every page of this site, in this browser.
          {props.back ? (
            <>
              {' '}
              <a href={props.back}>Go back to the page you were reading</a>.
            </>
          ) : null}
        </p>
      ) : null}
      <p>
        Choose how pages look. Your choices are kept in a cookie in this browser only, and work without
        JavaScript. With JavaScript, each change applies at once.
      </p>
      <div class="preferences-preview" aria-label="Sample text" role="group">
        <p>
          This is how articles will look. Short lines, more space between lines and letters, and strong
          colours can make reading easier.
        </p>
      </div>
      <PreferencesForm preferences={props.preferences} back={props.back} />
      <h2>Share these settings</h2>
      <p>
        A school or library can link to the site with these settings as the starting point. Readers can still
        change them.
      </p>
      <p>
        <a class="preset-link" href={preset}>
          {preset}
        </a>
      </p>
    </Layout>
  )
}
