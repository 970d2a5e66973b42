import { quoteDatedAhead } from '../../lib/quote-dated-ahead'

/**
 * "⚠ ahead" before a one-line row's time, for a quote dated after now (a clock mistake, or a remark
 * scheduled in the feed): the roomy card's "dated 29 min ahead of now" in its tooltip and for
 * screen readers. Nothing for any other quote.
 */
export function DatedAheadBrief({ saidAt, now }: { saidAt: number; now: number }) {
  const ahead = quoteDatedAhead(saidAt, now)
  if (!ahead) return null
  return (
    <span
      className="shrink-0 text-xs text-warn"
      title={`${ahead.words[0]!.toUpperCase()}${ahead.words.slice(1)}. ${ahead.why}`}
    >
      <span aria-hidden="true">⚠ ahead</span>
      <span className="sr-only">{ahead.words}</span>
    </span>
  )
}
