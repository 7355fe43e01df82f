/**
 * Styles of glossary term links in the text, the glossary list and "Terms you may not know",
 * appended to `/assets/site.css`. A term link is underlined dotted and thick (never colour
 * alone); the entry or first use a reader jumps to is outlined (`:target`).
 */
export const glossaryStyles = `
a.term { text-decoration: underline dotted 2px; text-underline-offset: 0.2em; }
a.term:hover { text-decoration-style: solid; }
.glossary, .unknown-terms { margin: 2rem 0 0; padding-top: 1rem; border-top: 2px solid var(--border); }
.glossary h2, .unknown-terms h2 { font-size: 1.35rem; margin: 0 0 0.5rem; }
.glossary-list { margin: 0; padding: 0; }
.glossary-entry { margin: 0 0 1rem; padding: 0.5rem 0.75rem; border-left: 4px solid var(--border); scroll-margin-top: 1rem; }
.glossary-entry dt { font-weight: 700; }
.glossary-entry dfn { font-style: normal; }
.glossary-entry dd { margin: 0.25rem 0 0; }
.glossary-entry dd p { margin: 0.25rem 0; }
.glossary-label { font-weight: 600; }
.glossary-actions { display: flex; flex-wrap: wrap; gap: 0.5rem 1rem; align-items: center; }
.glossary-entry:target, a.term:target { outline: 3px solid var(--focus); outline-offset: 2px; background: var(--accent-bg); }
a.term:target { scroll-margin-top: 30vh; }
.unknown-term { font-weight: 700; }
.glossary-popover { position: fixed; inset: auto; margin: 0; max-width: min(28rem, calc(100vw - 1rem)); padding: 0.75rem 1rem; border: 2px solid var(--fg); border-radius: 0.5rem; background: var(--bg); color: var(--fg); box-shadow: 0 0.25rem 1rem rgb(0 0 0 / 0.3); }
.glossary-popover p { margin: 0.25rem 0; }
.glossary-popover-title { font-weight: 700; }
.glossary-popover-close { min-height: 2.75rem; min-width: 2.75rem; padding: 0.4rem 0.9rem; border: 2px solid var(--fg); border-radius: 0.35rem; background: var(--bg); color: var(--fg); }
@media (forced-colors: active) {
  .glossary-entry:target, a.term:target { outline-color: Highlight; }
  .glossary-popover { border-color: CanvasText; }
}
`
