/**
 * Styles of the level switch, the plain and easy versions ("What changed?", key numbers) and the
 * side-by-side comparison, part of `/assets/site.css`. The comparison reflows to one column
 * below 40rem (320 px at 400 % zoom included).
 */
export const levelStyles = `
.level-switch { margin: 0 0 1.5rem; padding: 0.75rem 1rem; border: 1px solid var(--border); background: var(--accent-bg); }
.level-switch-label { font-weight: 700; margin: 0 0 0.25rem; }
.level-switch a[aria-current] { font-weight: 700; text-decoration-thickness: 0.125em; color: var(--fg); }
.level-switch a[aria-current]::before { content: "✓ "; }
.level-note { margin: 0.5rem 0 0; color: var(--muted); font-size: 0.95rem; }
.level-missed { color: var(--fg); }
.level-paragraph { margin: 0 0 1.4em; }
.sentence-group p { margin: 0 0 0.4em; }
.what-changed { margin: 0 0 0.8em; font-size: 0.95rem; color: var(--muted); }
.what-changed summary { cursor: pointer; color: var(--link); text-decoration: underline; text-underline-offset: 0.15em; width: fit-content; }
.what-changed[open] { padding: 0.25rem 0.75rem 0.5rem; border-left: 3px solid var(--border); color: var(--fg); }
.original-label { font-weight: 700; }
.change-list { margin: 0.25rem 0; padding-left: 1.25rem; }
.what-happened { padding: 0.5rem 1rem; border: 2px solid var(--border); margin: 0 0 1.5rem; }
.what-happened h2, .key-numbers h2 { margin-top: 0.5rem; }
.key-numbers ul { padding-left: 1.25rem; }
.key-numbers li { margin: 0 0 0.5em; }
.compare { width: 100%; border-collapse: collapse; }
.compare caption { text-align: left; font-weight: 700; margin-bottom: 0.5rem; }
.compare th, .compare td { vertical-align: top; text-align: left; padding: 0.5rem; border-top: 1px solid var(--border); width: 50%; }
.compare td p { margin: 0; }
.compare .left-out { color: var(--muted); font-style: italic; }
.compare .change-list { font-size: 0.9rem; color: var(--muted); }
@media (max-width: 40rem) {
  .compare, .compare caption, .compare tbody, .compare tr, .compare td { display: block; width: auto; }
  .compare thead { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); }
  .compare tr { border-top: 2px solid var(--border); padding: 0.5rem 0; }
  .compare td { border: 0; padding: 0.25rem 0; }
  .compare td::before { content: attr(data-label) ": "; font-weight: 700; }
}
`
