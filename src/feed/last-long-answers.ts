/**
 * The last long answer read from each URL, and what reading it gave. A refresh that brings the
 * same text back returns that, unparsed: for a 5 MB document the parse, the validation and React
 * Query's comparison with the data it holds took some 150 ms of the page's time, one task over
 * 50 ms, on every poll of a feed that had not changed.
 */
export const lastLongAnswers = new Map<string, { answer: string | Uint8Array; result: unknown }>()

/** Whether two answers are the same text, a blob's compared as its bytes (not decoded). */
export function sameAnswer(a: string | Uint8Array, b: string | Uint8Array): boolean {
  if (typeof a === 'string' || typeof b === 'string') return a === b
  if (a.length !== b.length) return false
  const words = a.length >>> 2
  const wordsA = new Uint32Array(a.buffer, a.byteOffset, words)
  const wordsB = new Uint32Array(b.buffer, b.byteOffset, words)
  for (let i = 0; i < words; i++) if (wordsA[i] !== wordsB[i]) return false
  for (let i = words * 4; i < a.length; i++) if (a[i] !== b[i]) return false
  return true
}

/** A blob's bytes, read by the browser (never decoded). */
export async function bytesOf(blob: Blob): Promise<Uint8Array> {
  return new Uint8Array(await blob.arrayBuffer())
}
