/**
 * The moments a replay (`?asof=`) can show. The schema accepts any year from 0001 to 9999; a moment
 * outside this range is brought to its nearest end, which shows the same records for any feed
 * dated inside it, and keeps every window derived from it a sane length.
 */
export const asOfRange = {
  min: Date.parse('1970-01-01T00:00:00Z'),
  max: Date.parse('2100-01-01T00:00:00Z'),
} as const

export function clampAsOf(t: number): number {
  return Math.min(asOfRange.max, Math.max(asOfRange.min, t))
}
