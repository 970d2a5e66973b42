import { yieldToPage } from './yield-to-page'

/** Arrays at least this long are written element by element; shorter ones in one go. */
const longArray = 100

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null) return false
  const prototype = Object.getPrototypeOf(value) as unknown
  return prototype === Object.prototype || prototype === null
}

/** The text of JSON.stringify(value), in fragments small enough to stop between. */
function* fragments(value: unknown, elementWiseFrom: number): Generator<string> {
  if (Array.isArray(value) && value.length >= elementWiseFrom) {
    yield '['
    for (let index = 0; index < value.length; index++) {
      if (index > 0) yield ','
      const item: unknown = value[index]
      // A record of a list in one go: a fragment per field would cost more than it saves.
      if (Array.isArray(item)) yield* fragments(item, elementWiseFrom)
      else yield JSON.stringify(item) ?? 'null'
    }
    yield ']'
    return
  }
  if (isPlainObject(value) && !Object.hasOwn(value, 'toJSON')) {
    const entries = Object.entries(value)
    if (!entries.some(([, field]) => typeof field === 'object' && field !== null)) {
      yield JSON.stringify(value)
      return
    }
    yield '{'
    let first = true
    for (const [key, field] of entries) {
      if (field === undefined || typeof field === 'function' || typeof field === 'symbol') continue
      yield `${first ? '' : ','}${JSON.stringify(key)}:`
      first = false
      yield* fragments(field, elementWiseFrom)
    }
    yield '}'
    return
  }
  yield JSON.stringify(value) ?? 'null'
}

export type StringifyOptions = {
  /** How long it runs before it gives the page a turn. */
  sliceMs?: number
  /** Pieces are cut at about this many characters (a piece ends at a fragment's end). */
  pieceChars?: number
  /** Arrays at least this long are written element by element (a test lowers it). */
  elementWiseFrom?: number
}

/**
 * JSON.stringify(value) as pieces whose concatenation is the same text, without a long task: the
 * page gets a turn whenever it has run for `sliceMs`. For plain JSON data (what a feed answer is);
 * a value JSON.stringify leaves out at the top (undefined) is written as null.
 */
export async function stringifyInSlices(
  value: unknown,
  { sliceMs = 8, pieceChars = 256 * 1024, elementWiseFrom = longArray }: StringifyOptions = {},
): Promise<string[]> {
  const pieces: string[] = []
  let piece: string[] = []
  let pieceLength = 0
  let sliceStart = performance.now()
  for (const fragment of fragments(value, elementWiseFrom)) {
    piece.push(fragment)
    pieceLength += fragment.length
    if (pieceLength >= pieceChars) {
      pieces.push(piece.join(''))
      piece = []
      pieceLength = 0
    }
    if (performance.now() - sliceStart > sliceMs) {
      await yieldToPage()
      sliceStart = performance.now()
    }
  }
  if (pieceLength > 0 || pieces.length === 0) pieces.push(piece.join(''))
  return pieces
}
