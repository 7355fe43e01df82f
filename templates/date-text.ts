/**
 * Format an ISO date (`YYYY-MM-DD`) for people, in the article's language.
 *
 * Returns text such as `6 January 2022`; the ISO date itself when it is not valid.
 */
export function dateText(iso: string, lang: string): string {
  const date = new Date(iso + 'T00:00:00Z')
  if (Number.isNaN(date.getTime())) return iso
  try {
    return new Intl.DateTimeFormat(lang, {day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC'}).format(date)
  } catch {
    return iso
  }
}
