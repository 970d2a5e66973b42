import type { Session } from '../../feed/schemas/types'
import { LongText } from '../../components/long-text'

/** A session's summary and its outcome signals, as the feed gives them. */
export function SummaryAndSignals({ session }: { session: Session }) {
  return (
    <>
      <LongText
        text={session.summary}
        what="summary"
        className="mt-1 text-sm"
        buttonProps={{ tabIndex: -1, 'data-roving-control': '' }}
      />
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
