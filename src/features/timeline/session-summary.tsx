import type { Session } from '../../feed/schemas/types'

/** A session's summary and its outcome signals, as the feed gives them. */
export function SummaryAndSignals({ session }: { session: Session }) {
  return (
    <>
      <p className="mt-1 text-sm" dir="auto">
        {session.summary}
      </p>
      {session.outcomeSignals.length > 0 && (
        <p className="mt-1 flex flex-wrap gap-1 text-xs">
          <span className="text-muted">Signals:</span>
          {session.outcomeSignals.map((signal) => (
            <span key={signal} className="rounded bg-raised px-1.5 py-px">
              {signal}
            </span>
          ))}
        </p>
      )}
    </>
  )
}
