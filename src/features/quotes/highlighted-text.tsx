import { highlightSegments, type TextSegment } from '../../lib/normalize-text'

/** Text with the search matches wrapped in <mark>, built from text segments (never HTML). */
export function HighlightedText({ text, terms }: { text: string; terms: readonly string[] }) {
  if (terms.length === 0) return <>{text}</>
  return <MarkedSegments segments={highlightSegments(text, terms)} />
}

/** Segments of a text (highlightSegments), the matches wrapped in <mark>. */
export function MarkedSegments({ segments }: { segments: readonly TextSegment[] }) {
  return (
    <>
      {segments.map((segment, i) =>
        segment.match ? (
          <mark key={i} className="rounded-sm bg-warn/25 text-inherit">
            {segment.text}
          </mark>
        ) : (
          segment.text
        ),
      )}
    </>
  )
}
