/**
 * Styles of the scores panel, the hard-sentence marks and the difficulty chart, part of
 * `/assets/site.css`. Marks show only while “Mark hard sentences” is ticked (`:has`, no
 * script); hard and very hard sentences differ by label text and underline style, not by
 * colour alone; forced-colours mode keeps them visible.
 */
export const readabilityStyles = `
.scores-panel { margin: 1.5rem 0; padding: 1rem; border: 1px solid var(--border); border-radius: 0.25rem; background: var(--accent-bg); }
.scores-panel h2 { margin-top: 0; }
.scores-verdict { font-size: 1.1em; }
.scores-facts { padding-left: 1.25rem; }
.difficulty-switch input { width: 1.5rem; height: 1.5rem; vertical-align: middle; margin: 0 0.25rem 0 0; }
.difficulty-switch .hint { display: block; color: var(--muted); font-size: 0.95rem; }
.scores-details, .difficulty-table { margin: 0.75rem 0; }
.scores-details summary, .difficulty-table summary { cursor: pointer; padding: 0.25rem 0; min-height: 24px; }
.scores-panel table { border-collapse: collapse; width: 100%; font-size: 0.95rem; display: block; overflow-x: auto; }
.scores-panel th, .scores-panel td { border: 1px solid var(--border); padding: 0.25rem 0.5rem; text-align: left; vertical-align: top; }
.scores-panel thead th { white-space: nowrap; }
.scores-panel td.number { white-space: nowrap; text-align: right; font-variant-numeric: tabular-nums; }
.formula-meaning { display: block; font-weight: 400; color: var(--muted); font-size: 0.9em; }
.difficulty-chart { margin: 1rem 0 0; }
.difficulty-chart figcaption { font-weight: 700; }
.difficulty-chart svg { display: block; width: 100%; height: 10rem; }
.chart-grid { stroke: var(--border); stroke-width: 0.5; stroke-dasharray: 2 3; }
.chart-target { stroke: var(--fg); stroke-width: 2; }
.chart-axis { fill: var(--fg); font-size: 11px; }
.chart-bar { fill: var(--muted); }
.chart-bar.hard { fill: #b35900; }
.chart-bar.very-hard { fill: #b00020; }
.difficulty-mark { display: none; }
:root:has(#show-difficulty:checked) .difficulty-mark {
  display: inline-block; margin: 0 0.15em; padding: 0 0.35em; border: 1px solid var(--border); border-radius: 0.25rem;
  font-size: 0.8em; line-height: 1.4; color: var(--fg); background: var(--bg); text-decoration: none; font-weight: 700;
}
:root:has(#show-difficulty:checked) .sentence.hard { background: var(--hard); text-decoration: underline dotted; text-underline-offset: 0.2em; }
:root:has(#show-difficulty:checked) .sentence.very-hard { background: var(--very-hard); text-decoration: underline double; text-underline-offset: 0.2em; }
@media (prefers-color-scheme: dark) {
  .chart-bar.hard { fill: #ffb366; }
  .chart-bar.very-hard { fill: #ff8a8a; }
}
@media (forced-colors: active) {
  .chart-bar, .chart-bar.hard, .chart-bar.very-hard { fill: CanvasText; }
  .chart-target { stroke: Highlight; }
}
`
