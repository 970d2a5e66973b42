import { quoteDatedAhead } from '../../lib/quote-dated-ahead'

type Props = {
  /** When the quote was said (epoch ms). */
  saidAt: number
  now: number
  /** Words before the warning ("last quote" for a run's last). */
  lead?: string
}

/**
 * "dated 29 min ahead of now ·", in the quote wall's words, for a quote dated after now (a clock
 * mistake); nothing for any other. A flex item, followed by its separator.
 */
export function DatedAheadMark({ saidAt, now, lead }: Props) {
  const ahead = quoteDatedAhead(saidAt, now)
  if (!ahead) return null
  return (
    <>
      <span className="text-warn" title={ahead.why}>
        {lead ? `${lead} ${ahead.words}` : ahead.words}
      </span>
      <span>·</span>
    </>
  )
}
