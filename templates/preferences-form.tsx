import {
  preferenceChoices,
  preferenceNames,
  preferenceValues,
  type PreferenceName,
  type Preferences
} from '../src/preferences/preferences.ts'

/** Props of {@link PreferencesForm}. */
export interface PreferencesFormProps {
  /** The preferences in force, shown as the checked options. */
  readonly preferences: Preferences
  /** A same-site path to return to after saving, or `undefined`. */
  readonly back?: string | undefined
}

/** Hints shown under some groups, to say what a choice is for. */
const hints: Partial<Record<PreferenceName, string>> = {
  theme: '“Follow my device” uses your device’s light or dark setting and its high-contrast setting.',
  font: 'Only fonts already on your device are used; nothing is downloaded.',
  focus: 'Marks the sentence under the pointer. With JavaScript, a reading ruler also follows the pointer, or the Up and Down arrow keys after you press Alt+L.'
}

/**
 * The reading-preferences form: one group of radio buttons per preference, sent with POST to
 * `/preferences` (works without JavaScript); with JavaScript (`/assets/preferences.js`,
 * `data-module="preferences-form"`) each change applies at once and is saved.
 *
 * Returns the form.
 */
export function PreferencesForm(props: PreferencesFormProps) {
  return (
    <form class="preferences-form" method="post" action="/preferences" data-module="preferences-form">
      {props.back ? <input type="hidden" name="back" value={props.back} /> : null}
      {preferenceNames.map((name) => {
        const choice = preferenceChoices[name]
        const options: Readonly<Record<string, string>> = choice.options
        const hint = hints[name]
        return (
          <fieldset aria-describedby={hint ? `${name}-hint` : undefined}>
            <legend>{choice.label}</legend>
            {hint ? (
              <p class="hint" id={`${name}-hint`}>
                {hint}
              </p>
            ) : null}
            <div class="choices">
            {preferenceValues(name).map((value) => (
              <div class="choice">
                <input
                  type="radio"
                  name={name}
                  id={`${name}-${value}`}
                  value={value}
                  checked={props.preferences[name] === value}
                />
                <label for={`${name}-${value}`}>{options[value]}</label>
              </div>
            ))}
            </div>
          </fieldset>
        )
      })}
      <button type="submit">Save preferences</button>
      <button type="submit" name="reset" value="1">
        Reset to defaults
      </button>
      <p class="visually-hidden" role="status" data-preferences-status></p>
    </form>
  )
}
