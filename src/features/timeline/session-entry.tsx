import type { Quote, Session, SessionStatus } from '../../feed/schemas/types'
import { formatClock, formatDuration } from '../../lib/format-time'
import { DisplayTime } from './display-time'
import { OtherZoneTimes } from './other-zone-times'
import { LiveDuration } from './live-duration'
import { StartsIn } from './starts-in'
import { TopicChips } from './topic-chips'
import { EntryHead, entryBorder } from './entry-head'
import { sessionStatusLabels } from './labels'
import { DelegationList } from './delegation-list'
import { byScheduleWords } from './talks-now'
import { isCalledOff } from '../../feed/called-off'
import type { Lookups } from './lookups'
import type { Zones } from './timeline-time'
import { silenceText, type QuotesState } from './quotes-state'
import { missingWords } from '../../lib/missing-words'
import { SummaryAndSignals } from './session-summary'

type Props = {
  entryKey: string
  session: Session
  status: SessionStatus
  zones: Zones
  lookups: Lookups
  /** Quotes of this session, tied to it or said after it (quotesBySession): who made none. */
  quotes: readonly Quote[]
  quotesState: QuotesState
  /** In replay, the summary (undated, written as of the feed) is held back until the session is over. */
  replay: boolean
  selected: boolean
  topicMatch: boolean
  tabIndex: number
  selectedTopic: string | null
  onSelect: () => void
  onSelectTopic: (topicId: string | null) => void
}

/** One session as a span: title, status, times, venue, delegations, topics, summary, signals. */
export function SessionEntry(props: Props) {
  const { session, status, zones, lookups, selected } = props
  const label = sessionStatusLabels[status]
  const start = Date.parse(session.start)
  const givenEnd = session.end ? Date.parse(session.end) : null
  // A feed's mistake: an end before the start is named as such, not drawn as a span or a length.
  const endBeforeStart = givenEnd !== null && givenEnd < start
  const end = endBeforeStart ? null : givenEnd
  const shownEnd = endBeforeStart ? null : session.end
  const silence = status === 'concluded' ? silenceText(props.quotesState) : null
  return (
    <div
      data-roving-id={props.entryKey}
      className={`rounded border p-2 ${entryBorder(selected, props.topicMatch)} ${status === 'in-session' ? 'border-l-4 border-l-good' : ''}`}
    >
      <EntryHead tabIndex={props.tabIndex} selected={selected} onSelect={props.onSelect}>
        <span className="font-semibold">{session.title}</span>
        <span className={`text-xs font-medium ${label.tone}`}>
          <span aria-hidden="true">{label.icon} </span>
          {label.word}
          {status === 'in-session' && session.status === 'scheduled' && (
            <span className="font-normal text-muted"> ({byScheduleWords})</span>
          )}
        </span>
        <span className="text-xs">
          <DisplayTime
            start={session.start}
            end={shownEnd}
            startPrecision={session.startPrecision}
            endPrecision={session.endPrecision}
            zone={zones.display}
            yearNow={zones.yearNow}
          />
          {isCalledOff(session)
            ? ' (as first planned)'
            : session.end === null &&
              (status === 'in-session' ? ' – running' : ' – end not announced')}
          {endBeforeStart && (
            <span className="text-warn">
              {' '}
              – the feed’s end, {formatClock(session.end!, zones.display, session.endPrecision)}, is
              before the start
            </span>
          )}
        </span>
      </EntryHead>
      <p className="text-xs text-muted">
        <OtherZoneTimes
          inline={false}
          start={session.start}
          end={shownEnd}
          startPrecision={session.startPrecision}
          endPrecision={session.endPrecision}
          zones={zones}
        />
      </p>
      <p className="text-xs">
        {status === 'in-session' ? (
          <span className="text-good">
            In session for <LiveDuration from={start} mode="elapsed" />
          </span>
        ) : status === 'scheduled' ? (
          <span className="text-accent">
            <StartsIn from={start} zone={zones.display} capital />
          </span>
        ) : status === 'cancelled' ? (
          <span className="text-danger">Called off: will not take place</span>
        ) : status === 'postponed' ? (
          <span className="text-warn">
            {session.rescheduledTo === undefined ? (
              'Postponed: new date not announced'
            ) : (
              <>
                Postponed to{' '}
                <DisplayTime
                  start={session.rescheduledTo}
                  startPrecision={session.startPrecision}
                  zone={zones.display}
                  yearNow={zones.yearNow}
                />
              </>
            )}
          </span>
        ) : end !== null ? (
          <span>
            Lasted{' '}
            {session.endPrecision === 'approximate' || session.startPrecision === 'approximate'
              ? '~'
              : ''}
            {formatDuration(end - start)}
          </span>
        ) : (
          <span>{endBeforeStart ? 'Length unknown' : 'Length not reported'}</span>
        )}
        {session.durationNote && (
          <span className="text-muted"> (reported: {session.durationNote})</span>
        )}
        {' · '}
        {session.venue ?? <span className="italic text-muted">venue not reported</span>}
        {' · '}
        {session.format}
      </p>
      {session.delegations.length === 0 && (
        <p className="mt-1 text-xs text-muted italic">Delegations not reported</p>
      )}
      {session.delegations.length > 0 && (
        <DelegationList
          session={session}
          lookups={lookups}
          quotes={props.quotes}
          silence={silence}
        />
      )}
      {status === 'concluded' && !props.quotesState.loaded && session.delegations.length > 0 && (
        <p className="text-xs text-muted italic">
          Public remarks: {missingWords([{ what: 'quotes', failed: props.quotesState.failed }])}
        </p>
      )}
      <TopicChips
        topicIds={session.topicIds}
        topics={lookups.topics}
        indexIn={lookups.indexIn}
        selectedTopic={props.selectedTopic}
        onSelect={props.onSelectTopic}
      />
      {props.replay && status !== 'concluded' ? (
        // Undated text is the feed's as of now: before the session is over it may tell what came later.
        <details className="mt-1 text-xs text-muted">
          <summary tabIndex={-1} data-roving-control="" className="cursor-pointer">
            Summary as the feed has it now (may tell what came after this moment)
          </summary>
          <SummaryAndSignals session={session} />
        </details>
      ) : (
        <SummaryAndSignals session={session} />
      )}
    </div>
  )
}
