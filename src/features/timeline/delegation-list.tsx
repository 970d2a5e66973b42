import { useState } from 'react'
import type { Quote, Session } from '../../feed/schemas/types'
import { foldList } from '../../lib/fold-list'
import { usePrinting } from '../../hooks/use-printing'
import { partyTone } from './labels'
import type { Lookups } from './lookups'

/** People named per side before the rest of a large delegation fold behind "+N more". */
const peopleShown = 6

type Props = {
  session: Session
  lookups: Lookups
  /** Quotes of the session (quotesBySession): who made none is said so, once `silence` is known. */
  quotes: readonly Quote[]
  /** The words for a person with no quotes ("no public remarks reported"); null: say nothing. */
  silence: string | null
}

/**
 * Each side's delegation: leads first (★), then members, each with their role and, once the session
 * is over and the quotes are in, whether they said anything on record. A side of more than six
 * shows five and "+N more", which opens every side of the session; on paper, everyone.
 */
export function DelegationList({ session, lookups, quotes, silence }: Props) {
  const [opened, setOpened] = useState(false)
  const printing = usePrinting()
  const whole = opened || printing
  return (
    <ul className="mt-1 space-y-0.5 text-xs" aria-label="Delegations">
      {session.delegations.map((delegation) => {
        const party = lookups.parties.get(delegation.partyId)
        const ids = [...delegation.leadPersonIds, ...delegation.memberPersonIds]
        const { shown, hidden } = whole ? { shown: ids, hidden: 0 } : foldList(ids, peopleShown)
        return (
          <li key={delegation.partyId}>
            <span className={`font-semibold ${partyTone[delegation.partyId] ?? ''}`}>
              {party?.shortName ?? delegation.partyId}:
            </span>{' '}
            {shown.map((id, i) => {
              const person = lookups.people.get(id)
              const lead = delegation.leadPersonIds.includes(id)
              const silent = silence !== null && !quotes.some((q) => q.personId === id)
              return (
                <span key={id}>
                  {i > 0 && ', '}
                  <span className={lead ? 'font-medium' : ''}>{person?.name ?? id}</span>
                  <span className="text-muted">
                    {' '}
                    ({[person?.role, lead ? 'lead' : null].filter(Boolean).join(', ')})
                  </span>
                  {lead && (
                    <span aria-hidden="true" className="text-muted">
                      {' '}
                      ★
                    </span>
                  )}
                  {silent && <span className="text-muted italic"> {silence}</span>}
                </span>
              )
            })}
            {hidden > 0 && (
              <>
                {', '}
                <button
                  type="button"
                  tabIndex={-1}
                  data-roving-control=""
                  className="rounded font-medium text-accent hover:underline"
                  aria-label={`${hidden} more in the ${party?.shortName ?? delegation.partyId} delegation: show everyone`}
                  onClick={() => setOpened(true)}
                >
                  +{hidden} more
                </button>
              </>
            )}
          </li>
        )
      })}
    </ul>
  )
}
