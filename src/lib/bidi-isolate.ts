/**
 * Right-to-left text from a feed (Arabic, Hebrew, Persian...) set into the page's left-to-right
 * sentences: "اليوم الثاني starts in 5 h (10:00 الرياض)" would draw its parenthesis and figures
 * in the wrong places, and an unclosed override (U+202E) in a name would reverse the words after
 * it. Such text is wrapped in FIRST STRONG ISOLATE … POP DIRECTIONAL ISOLATE, which the browser
 * lays out as one unit in its own direction, wherever the string goes (text, options, tooltips).
 * Text with neither right-to-left letters nor direction controls is left as it is.
 */

const firstStrongIsolate = '\u2068'
const popDirectionalIsolate = '\u2069'

// Hebrew to Arabic Extended, the Hebrew and Arabic presentation forms, the right-to-left scripts
// beyond the BMP; and the marks, embeddings, overrides and isolates that steer direction.
const needsIsolate =
  /[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc\u200f\u061c\u202a-\u202e\u2066-\u2069]|[\u{10800}-\u{10fff}\u{1e800}-\u{1efff}]/u

// The same in a JSON text, as characters or as \u escapes (a serialiser may write "\u0627"); a
// surrogate's first half stands for the right-to-left scripts beyond the BMP.
const needsIsolateInJson =
  /[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc\u200f\u061c\u202a-\u202e\u2066-\u2069\ud802\ud803\ud83a\ud83b]|\\u(?:05[9a-f]|0[6-8][0-9a-f]|fb[1-9a-f]|f[cd][0-9a-f]|fe[7-9a-f]|200f|061c|202[a-e]|206[6-9]|d80[23]|d83[ab])/i

/**
 * Whether a JSON document may hold text to isolate: when it cannot, its records need no walk
 * (3.9 MB of quotes are read in about 4 ms; walking their 10,000 records takes ten times that).
 */
export function mayNeedIsolates(json: string): boolean {
  return needsIsolateInJson.test(json)
}

const directionControls = /[\u202a-\u202e\u2066-\u2069]/

/** Wrapped in one isolate with no other direction control inside: as `isolate` leaves it. */
const isolated = (text: string) =>
  text.length >= 2 &&
  text.startsWith(firstStrongIsolate) &&
  text.endsWith(popDirectionalIsolate) &&
  !directionControls.test(text.slice(1, -1))

export function isolate(text: string): string {
  if (!needsIsolate.test(text) || isolated(text)) return text
  return `${firstStrongIsolate}${text}${popDirectionalIsolate}`
}

/** The text as the feed gave it, without the isolate set around it (for a spreadsheet cell). */
export function unisolated(text: string): string {
  return isolated(text) ? text.slice(1, -1) : text
}

/** Keys whose strings are not text a reader sees beside others: links keep their exact form. */
const keptKeys = new Set(['url', 'href'])

/**
 * Every string in a record from the feed, isolated where it needs it (see above); records with
 * nothing to isolate are returned as they are, not copied.
 */
export function isolateTextIn<T>(value: T): T {
  if (typeof value === 'string') return isolate(value) as T
  if (Array.isArray(value)) {
    let copy: unknown[] | null = null
    value.forEach((item, index) => {
      const isolated = isolateTextIn(item)
      if (isolated !== item) (copy ??= [...value])[index] = isolated
    })
    return (copy ?? value) as T
  }
  if (typeof value !== 'object' || value === null) return value
  let copy: Record<string, unknown> | null = null
  for (const [key, item] of Object.entries(value)) {
    if (keptKeys.has(key)) continue
    const isolated = isolateTextIn(item)
    if (isolated !== item) (copy ??= { ...(value as Record<string, unknown>) })[key] = isolated
  }
  return (copy ?? value) as T
}
