/**
 * Case- and accent-insensitive text for search: "Zürich" and "ZURICH" both become "zurich",
 * typographic apostrophes, quotes and dashes become their plain forms ("China’s" finds "china's"),
 * half-width kana their full-width forms ("ｶﾞｿﾘﾝ" finds "ガソリン").
 * normalizeText and normalizeWithMap give the same string, so a match found in the precomputed
 * normalised text can be mapped back to the original for highlighting.
 */

// Every combining mark but the kana voicing marks: dropped, they would make カ find ガ (ka, ga).
const marks = /(?![\u3099\u309a])\p{M}/gu
const special: Record<string, string> = {
  '’': "'",
  '‘': "'",
  ʼ: "'",
  '′': "'",
  '“': '"',
  '”': '"',
  '„': '"',
  '–': '-',
  '—': '-',
  '‐': '-',
  '‑': '-',
  ø: 'o',
  Ø: 'o',
  æ: 'ae',
  Æ: 'ae',
  œ: 'oe',
  Œ: 'oe',
  ß: 'ss',
  ł: 'l',
  Ł: 'l',
  đ: 'd',
  Đ: 'd',
  ı: 'i',
  ς: 'σ',
  '\u00a0': ' ',
  // The isolates set around right-to-left text (bidi-isolate.ts): not part of what is searched.
  '\u2066': '',
  '\u2067': '',
  '\u2068': '',
  '\u2069': '',
}
const nonAscii = /[\u0080-\uffff]/
// Arabic-Indic and Persian digits as the digits a desk types: "2027" finds "٢٠٢٧" and "۲۰۲۷".
for (let digit = 0; digit <= 9; digit += 1) {
  special[String.fromCharCode(0x0660 + digit)] = String(digit)
  special[String.fromCharCode(0x06f0 + digit)] = String(digit)
}
const specialPattern = new RegExp(`[${Object.keys(special).join('')}]`, 'gu')

function foldChar(ch: string): string {
  const mapped = special[ch]
  if (mapped !== undefined) return mapped
  // Compatibility forms can decompose to a final sigma (𝜍 → ς): fold it as the whole-string path does.
  return ch.normalize('NFKD').replace(marks, '').toLowerCase().replace(/ς/g, 'σ')
}

/** The normalised form of a whole string (fast path for precomputing search text). */
export function normalizeText(text: string): string {
  // Plain ASCII (most text) only needs lower-casing.
  if (!nonAscii.test(text)) return text.toLowerCase()
  // Map the specials first (ß, ø...), then decompose and drop combining marks, then lower-case.
  const mapped = text.replace(specialPattern, (ch) => special[ch] ?? ch)
  return mapped.normalize('NFKD').replace(marks, '').toLowerCase().replace(/ς/g, 'σ')
}

/** The normalised string and, for each of its UTF-16 units, the index in `text` it came from. */
export function normalizeWithMap(text: string): {
  normalized: string
  map: number[]
  ends: number[]
} {
  let normalized = ''
  const map: number[] = []
  const ends: number[] = []
  let index = 0
  for (const ch of text) {
    const folded = foldChar(ch)
    for (let i = 0; i < folded.length; i += 1) {
      map.push(index)
      ends.push(index + ch.length)
    }
    normalized += folded
    index += ch.length
  }
  return { normalized, map, ends }
}

// Quotation marks around a term (after normalising: “ ” „ are ", ‘ ’ are '): a quote pasted
// with its marks finds the text, which the feed gives without them.
const edgeQuotes = /^["'«»‹›「」『』]+|["'«»‹›「」『』]+$/g

/** Search terms of a query: normalised, split on white space, quotation marks at either end dropped, duplicates removed. */
export function searchTerms(query: string): string[] {
  const terms = normalizeText(query)
    .split(/\s+/)
    .map((term) => term.replace(edgeQuotes, ''))
  return [...new Set(terms.filter(Boolean))]
}

/**
 * The search terms worth marking in the text shown: a lone Latin letter or digit ("r", the first
 * key of "rare") is in nearly every quote, and marking each place would cover the wall in marks
 * that tell the reader nothing (and make that keystroke the slowest). A lone character of a
 * script that writes words in one (税) is marked.
 */
export function markedTerms(terms: readonly string[]): string[] {
  return terms.filter((term) => !/^[a-z0-9]$/.test(term))
}

export type TextSegment = { text: string; match: boolean }

/**
 * Splits `text` into plain and matching segments for the given (normalised) terms, so matches can
 * be rendered as <mark> elements from text, never as HTML.
 */
export function highlightSegments(text: string, terms: readonly string[]): TextSegment[] {
  if (terms.length === 0 || text.length === 0) return [{ text, match: false }]
  // Plain ASCII (most text) lower-cases unit for unit: each index maps to itself, no map to build.
  const { normalized, map, ends } = nonAscii.test(text)
    ? normalizeWithMap(text)
    : { normalized: text.toLowerCase(), map: null, ends: null }
  const ranges: [number, number][] = []
  for (const term of terms) {
    if (!term) continue
    let from = normalized.indexOf(term)
    while (from !== -1) {
      const last = from + term.length - 1
      const start = map ? map[from] : from
      const end = ends ? ends[last] : last + 1
      if (start !== undefined && end !== undefined) ranges.push([start, end])
      // From the next unit, not past the match: "aa" marks all of "aaa".
      from = normalized.indexOf(term, from + 1)
    }
  }
  if (ranges.length === 0) return [{ text, match: false }]
  ranges.sort((a, b) => a[0] - b[0] || b[1] - a[1])
  const merged: [number, number][] = []
  for (const range of ranges) {
    const previous = merged[merged.length - 1]
    if (previous && range[0] <= previous[1]) previous[1] = Math.max(previous[1], range[1])
    else merged.push([range[0], range[1]])
  }
  const segments: TextSegment[] = []
  let cursor = 0
  for (const [start, end] of merged) {
    if (start > cursor) segments.push({ text: text.slice(cursor, start), match: false })
    segments.push({ text: text.slice(start, end), match: true })
    cursor = end
  }
  if (cursor < text.length) segments.push({ text: text.slice(cursor), match: false })
  return segments
}
