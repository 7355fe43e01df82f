/** Speeds offered by the player, as rates of the voice's normal speed. */
export const playerSpeeds = [0.5, 0.75, 1, 1.25, 1.5, 1.75, 2] as const

/**
 * The read-aloud player: real buttons and labelled selects, rendered `hidden`.
 * The reader script (`/assets/reader.js`, `src/client/reader.ts`) finds it by
 * `data-module="player"` and reveals it only where the browser can speak the page's
 * language, so without JavaScript or speech nothing of it shows.
 *
 * Returns the player's section.
 */
export function Player() {
  return (
    <section class="player" data-module="player" aria-labelledby="player-title" hidden>
      <h2 id="player-title">Listen to this article</h2>
      <div class="player-buttons" role="group" aria-label="Playback">
        <button type="button" data-action="play">
          Play
        </button>
        <button type="button" data-action="stop" aria-keyshortcuts="Escape">
          Stop
        </button>
        <button type="button" data-action="previous" aria-keyshortcuts="Shift+ArrowLeft">
          Previous sentence
        </button>
        <button type="button" data-action="next" aria-keyshortcuts="Shift+ArrowRight">
          Next sentence
        </button>
        <button type="button" data-action="resume" hidden>
          Resume where you stopped
        </button>
      </div>
      <div class="player-settings">
        <label>
          Speed{' '}
          <select data-setting="rate" aria-keyshortcuts="Shift+ArrowUp Shift+ArrowDown">
            {playerSpeeds.map((speed) => (
              <option value={String(speed)} selected={speed === 1}>
                {speed === 1 ? '1× (normal)' : `${speed}×`}
              </option>
            ))}
          </select>
        </label>
        <label>
          Voice <select data-setting="voice"></select>
        </label>
        <label>
          Highlight{' '}
          <select data-setting="highlight">
            <option value="off">Off</option>
            <option value="sentence">Sentence</option>
            <option value="word" selected>
              Word
            </option>
          </select>
        </label>
      </div>
      <p class="player-keys" id="player-keys">
        Keys while you are in the player: Shift + Right arrow for the next sentence, Shift + Left arrow for the
        previous one, Shift + Up or Down arrow for faster or slower, Escape to stop. Click or tap a sentence to
        listen from there.
      </p>
      <p class="player-status" role="status" data-status></p>
    </section>
  )
}
