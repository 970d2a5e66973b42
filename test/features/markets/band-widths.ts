// The snapshot band's container queries, read as a browser would: the tests' DOM has no CSS.

/** The band widths (rem) where it holds 8, 10 and 12 places; below the first, a desk's 6. */
export const tiers = [
  { from: 0, places: 6 },
  { from: 110, places: 8 },
  { from: 138, places: 10 },
  { from: 165, places: 12 },
]

/** Whether an element with these classes is shown on a band `rem` wide (the container queries read). */
export function shownAt(className: string, rem: number): boolean {
  let shown = true
  const rules = className
    .split(/\s+/)
    .filter(Boolean)
    .map((token) => {
      const query = /^@\[(\d+)rem\]:(block|hidden)$/.exec(token)
      if (query) return { from: Number(query[1]), shows: query[2] === 'block' }
      if (token === 'hidden') return { from: 0, shows: false }
      return null
    })
    .filter((rule) => rule !== null)
    .sort((a, b) => a.from - b.from)
  for (const rule of rules) if (rule.from <= rem) shown = rule.shows
  return shown
}
