import type { MarketEvent } from './market-events'
import { ReactionTable, type ReactionRow } from './reaction-table'

/** The reaction table for the chosen event, or how to choose one. */
export function ReactionSection({
  event,
  rows,
  zone,
  now,
}: {
  event: MarketEvent | null
  rows: readonly ReactionRow[]
  zone: string
  now: number
}) {
  return (
    <div className="mt-2">
      {event ? (
        <ReactionTable event={event} rows={rows} zone={zone} now={now} />
      ) : (
        <p className="text-xs text-muted print:hidden" data-hint>
          Choose a session, development or quote (here, on the timeline or on a chart's markers) to
          rebase every panel to 0% at that moment and see each instrument's reaction.
        </p>
      )}
    </div>
  )
}
