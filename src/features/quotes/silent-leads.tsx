import type { SilentLead } from './silent-leads-of'
import { SideIcon } from './side-icon'
import { formatCount } from '../../lib/format-count'

/**
 * Delegation leads with nothing on record, shown as a fact: "He Lifeng, Vice Premier: no public
 * remarks"; qualified when some quotes could not be read (one of them may be theirs), and not
 * shown when none could (nothing can be said of anyone).
 */
export function SilentLeads({
  leads,
  unreadable = 0,
  read,
}: {
  leads: readonly SilentLead[]
  unreadable?: number
  /** How many quotes could be read. */
  read: number
}) {
  if (leads.length === 0 || (read === 0 && unreadable > 0)) return null
  return (
    <ul aria-label="Delegation leads with no public remarks" className="mb-2 space-y-1">
      {leads.map(({ person, party, sessionTitles }) => (
        <li
          key={person.id}
          className="flex flex-wrap items-center gap-x-2 rounded border border-dashed border-line px-2 py-1 text-sm"
        >
          <span className="inline-flex items-center gap-1 text-xs text-muted">
            <SideIcon party={party} />
            {party?.shortName}
          </span>
          <span>
            <span className="font-semibold">{person.name}</span>, {person.role}:{' '}
            {unreadable === 0
              ? 'no public remarks'
              : 'no public remarks among the quotes that could be read'}
          </span>
          <span className="text-xs text-muted">
            (leads the delegation:{' '}
            {sessionTitles.length <= 4
              ? sessionTitles.join(sessionTitles.some((t) => t.includes(',')) ? '; ' : ', ')
              : `${formatCount(sessionTitles.length)} sessions, from ${sessionTitles[0]} to ${sessionTitles.at(-1)}`}
            )
          </span>
        </li>
      ))}
    </ul>
  )
}
