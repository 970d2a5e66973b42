import { formatCount } from '../../lib/format-count'
import type { TimelineExport } from './use-timeline-export'

const counted = (count: number, one: string, many: string) =>
  count === 1 ? `1 ${one}` : `${formatCount(count)} ${many}`

/** "⤓ CSV": the timeline's sessions and developments as a file. */
export function TimelineCsvButton({ csv }: { csv: TimelineExport }) {
  const what = `${counted(csv.sessions, 'session', 'sessions')} and ${counted(csv.developments, 'development', 'developments')}`
  return (
    <button
      type="button"
      className="btn"
      onClick={csv.start}
      disabled={csv.busy}
      aria-busy={csv.busy}
      aria-label={`Download the ${what} as CSV`}
      title={`Download the ${what}, oldest first, as CSV`}
    >
      <span aria-hidden="true">⤓</span> CSV
    </button>
  )
}
