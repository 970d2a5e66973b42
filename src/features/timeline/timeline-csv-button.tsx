import { CsvButton } from '../../components/csv-button'
import { formatCount } from '../../lib/format-count'
import type { TimelineExport } from './use-timeline-export'

const counted = (count: number, one: string, many: string) =>
  count === 1 ? `1 ${one}` : `${formatCount(count)} ${many}`

/** "↓ CSV": the timeline's sessions and developments as a file. */
export function TimelineCsvButton({ csv }: { csv: TimelineExport }) {
  const what = `${counted(csv.sessions, 'session', 'sessions')} and ${counted(csv.developments, 'development', 'developments')}`
  return (
    <CsvButton
      onClick={csv.start}
      busy={csv.busy}
      label={`Download the ${what} as CSV`}
      title={`Download the ${what}, oldest first, as CSV`}
    />
  )
}
