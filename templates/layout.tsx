import type {Child} from 'hono/jsx'
import {raw} from 'hono/html'

/** Props of {@link Layout}. */
export interface LayoutProps {
  /** The document's title, without the site name. */
  readonly title: string
  /** Language of the page's main content. */
  readonly lang: string
  readonly description?: string | undefined
  /** Extra elements for `<head>`. */
  readonly head?: Child
  /** Scripts to load as same-origin modules. */
  readonly scripts?: readonly string[]
  /** The text-only version of this page, linked as "Text only" (default `/text`, the text-only article list). */
  readonly textHref?: string | undefined
  readonly children?: Child
}

/** Name of the product, shown in the header and in titles. */
export const siteName = 'Plainread'

/**
 * The page shell: skip link first, header with navigation, one `<main id="main-content">`, footer.
 *
 * Returns the whole HTML document.
 */
export function Layout(props: LayoutProps) {
  return (
    <>
    {raw('<!doctype html>')}
    <html lang={props.lang}>
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta name="color-scheme" content="light dark" />
        <title>{`${props.title} – ${siteName}`}</title>
        {props.description ? <meta name="description" content={props.description} /> : null}
        <link rel="stylesheet" href="/assets/site.css" />
        <link rel="alternate" type="application/atom+xml" title={`${siteName} articles`} href="/feed.xml" />
        {props.head}
        {/* Reading preferences apply at once and line focus follows the pointer (src/client/preferences.ts). */}
        <script type="module" src="/assets/preferences.js"></script>
        {(props.scripts ?? []).map((src) => (
          <script type="module" src={src}></script>
        ))}
      </head>
      <body>
        <a class="skip-link" href="#main-content">
          Skip to main content
        </a>
        <header class="site-header">
          <a class="site-name" href="/">
            {siteName}
          </a>
          <nav aria-label="Site">
            <ul>
              <li>
                <a href="/">Articles</a>
              </li>
              <li>
                <a href={props.textHref ?? '/text'}>Text only</a>
              </li>
              <li>
                <a href="/read">Read your own</a>
              </li>
              <li>
                <a href="/preferences">Reading preferences</a>
              </li>
            </ul>
          </nav>
        </header>
        <main id="main-content" tabindex={-1}>
          {props.children}
        </main>
        <footer class="site-footer">
          <p>
            {siteName} reads the news in plain language and out loud. Every page works without JavaScript.
          </p>
        </footer>
      </body>
    </html>
    </>
  )
}
