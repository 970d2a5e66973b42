import type { TextSegment } from './normalize-text'

/**
 * Text longer than this (a statement quoted whole, a session's long summary) is shown cut, the rest
 * behind a button, so one item does not fill a list.
 */
export const longTextChars = 400
/** Where a long text is cut: at the last space before this many characters, if there is one. */
const cutChars = 280

/** Where to cut `text` (the length of the part shown), or null when it is shown whole. */
export function textCut(text: string): number | null {
  if (text.length <= longTextChars) return null
  const space = text.lastIndexOf(' ', cutChars)
  // Text without spaces (Chinese, Japanese) is cut at the length, never inside a surrogate pair.
  if (space > cutChars / 2) return space
  const code = text.charCodeAt(cutChars - 1)
  return code >= 0xd800 && code <= 0xdbff ? cutChars - 1 : cutChars
}

/** `segments` (of one text) split at character `at`: a segment across it is split in two. */
export function splitSegments(
  segments: readonly TextSegment[],
  at: number,
): [TextSegment[], TextSegment[]] {
  const head: TextSegment[] = []
  const rest: TextSegment[] = []
  let offset = 0
  for (const segment of segments) {
    const end = offset + segment.text.length
    if (end <= at) head.push(segment)
    else if (offset >= at) rest.push(segment)
    else {
      head.push({ text: segment.text.slice(0, at - offset), match: segment.match })
      rest.push({ text: segment.text.slice(at - offset), match: segment.match })
    }
    offset = end
  }
  return [head, rest]
}
