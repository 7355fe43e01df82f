/** Styles of the `/read` form: fields, hints, the error summary and error messages (part of `/assets/site.css`). */
export const readStyles = `
.read-form .field { margin: 0 0 1.25rem; }
.read-form label { display: block; font-weight: 700; }
.read-form .hint { color: var(--muted); margin: 0.25rem 0; }
.read-form textarea, .read-form input[type="text"] { display: block; width: 100%; border: 2px solid var(--fg); background: var(--bg); padding: 0.5rem; }
.read-form textarea { min-height: 12rem; resize: vertical; }
.read-form input[type="file"] { max-width: 100%; padding: 0.25rem 0; }
.read-form fieldset { border: 1px solid var(--border); margin: 0 0 1rem; padding: 0.5rem 1rem 0.75rem; }
.read-form legend { font-weight: 700; padding: 0 0.25rem; }
.read-form .choice { display: flex; gap: 0.5rem; align-items: baseline; margin: 0.35rem 0; }
.read-form .choice label { font-weight: 400; }
.read-form input[type="radio"] { width: 1.25rem; height: 1.25rem; flex: none; accent-color: var(--link); }
.field-error { border-left: 0.3rem solid var(--fg); padding-left: 0.75rem; }
.error-message { font-weight: 700; margin: 0.25rem 0; }
.error-message::before { content: "⚠ "; }
.error-summary { border: 0.25rem solid var(--fg); padding: 0.5rem 1rem; margin: 0 0 1.5rem; }
.error-summary h2 { margin-top: 0.25rem; }
.read-level-switch button[aria-pressed="true"] { background: var(--fg); color: var(--bg); }
.read-level-switch button { min-height: 2.75rem; padding: 0.35rem 0.9rem; border: 2px solid var(--fg); background: var(--bg); color: var(--fg); border-radius: 0.25rem; }
.read-again { margin-top: 3rem; border-top: 1px solid var(--border); }
.read-again summary { cursor: pointer; font-weight: 700; padding: 0.5rem 0; }
`
