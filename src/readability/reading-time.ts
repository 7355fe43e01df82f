/** Silent reading speed of adults (Brysbaert 2019), words a minute. */
export const readingWordsPerMinute = 238

/** Speed of speech at a normal rate, as news is read aloud (150 words a minute). */
export const listeningWordsPerMinute = 150

/**
 * Minutes needed to get through a number of words at a speed, rounded up; at least 1.
 *
 * Returns whole minutes.
 */
export function minutesFor(words: number, wordsPerMinute: number): number {
  return Math.max(1, Math.ceil(words / wordsPerMinute))
}
