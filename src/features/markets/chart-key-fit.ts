/** An entry's width in px, swatch included, in its full words and in its short ones. */
export type EntryWidths = { full: number; short: number }

/** Which entries a one-line key shortens, and how many it shows before a "+N" naming the rest. */
export type KeyFit = { short: readonly boolean[]; shown: number }

/**
 * How a chart's key keeps to one line of `available` px without hiding an entry unsaid: every
 * entry in full words when they fit; else entries shortened, the one that saves most first, until
 * they fit; else every entry short, as many as fit in order, and a "+N" (`plusWidth(N)` px wide)
 * that names the others. `gap` is the space between two entries. Pure.
 */
export function fitKey(
  widths: readonly EntryWidths[],
  available: number,
  gap: number,
  plusWidth: (hidden: number) => number,
): KeyFit {
  const n = widths.length
  const short = widths.map(() => false)
  const total = () =>
    widths.reduce((sum, w, i) => sum + (short[i] ? w.short : w.full), 0) + gap * Math.max(0, n - 1)
  if (total() <= available) return { short, shown: n }
  const bySaving = widths
    .map((w, i) => ({ i, saving: w.full - w.short }))
    .filter(({ saving }) => saving > 0)
    .sort((a, b) => b.saving - a.saving || a.i - b.i)
  for (const { i } of bySaving) {
    short[i] = true
    if (total() <= available) return { short, shown: n }
  }
  const allShort = widths.map(() => true)
  let shown = n - 1
  let used = 0
  const firsts = widths.map((w) => (used += w.short))
  const taken = (k: number) => (k === 0 ? 0 : firsts[k - 1]! + gap * k)
  while (shown > 0 && taken(shown) + plusWidth(n - shown) > available) shown--
  return { short: allShort, shown }
}

let context: CanvasRenderingContext2D | null | undefined

/**
 * The width of `text` in `font` (a CSS font shorthand), in CSS px, or null where the page cannot
 * measure text (no canvas).
 */
export function textWidth(text: string, font: string): number | null {
  if (context === undefined) {
    try {
      context = document.createElement('canvas').getContext('2d')
    } catch {
      context = null
    }
  }
  if (!context) return null
  context.font = font
  return context.measureText(text).width
}
