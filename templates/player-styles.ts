/**
 * Styles of the read-aloud player and of the sentence and word being read, appended to
 * `/assets/site.css`. The sentence being read has an outline and a thick underline, the
 * word a background and an underline: never colour alone, and system colours under
 * forced colours.
 */
export const playerStyles = `
.player { margin: 0 0 1.5rem; padding: 0.75rem 1rem 1rem; border: 2px solid var(--border); border-radius: 0.5rem; background: var(--accent-bg); }
.player h2 { margin: 0 0 0.5rem; font-size: 1.2rem; }
.player[hidden], .listen-here[hidden], .hear[hidden] { display: none; }
.player-buttons, .player-settings { display: flex; flex-wrap: wrap; gap: 0.5rem 0.75rem; align-items: center; margin: 0 0 0.5rem; }
.player button, .listen-here, .hear { min-height: 2.75rem; min-width: 2.75rem; padding: 0.4rem 0.9rem; border: 2px solid var(--fg); border-radius: 0.35rem; background: var(--bg); color: var(--fg); }
.player select { min-height: 2.75rem; padding: 0.3rem; border: 2px solid var(--fg); border-radius: 0.35rem; background: var(--bg); max-width: 100%; }
.player label { display: inline-flex; flex-wrap: wrap; gap: 0.25rem 0.5rem; align-items: center; max-width: 100%; }
.player-keys { margin: 0.25rem 0; color: var(--muted); font-size: 0.95rem; }
/* The status region stays rendered while empty, so screen readers track it as a live region. */
.player-status { margin: 0.25rem 0 0; min-height: 1.6em; font-weight: 600; }
.listen-here { margin: 0 0.35rem; font-size: 0.95rem; min-height: 2.25rem; padding: 0.15rem 0.6rem; }
.sentence.is-reading { background: var(--mark); outline: 2px solid var(--fg); outline-offset: 1px; text-decoration: underline 3px; text-underline-offset: 0.2em; }
::highlight(reading-word) { background-color: var(--fg); color: var(--bg); text-decoration: underline double 2px; }
/* While reading, the player stays at the top of large screens (never when zoomed or small). */
@media (min-width: 40em) and (min-height: 45em) {
  .player.is-active { position: sticky; top: 0; z-index: 5; box-shadow: 0 0.35rem 0 var(--bg); }
  .player.is-active .player-keys { display: none; }
}
@media (forced-colors: active) {
  .sentence.is-reading { outline: 2px solid Highlight; background: Mark; color: MarkText; forced-color-adjust: none; }
  ::highlight(reading-word) { background-color: Highlight; color: HighlightText; }
}
`
