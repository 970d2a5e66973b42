import { useMemo } from 'react'
import { calledOffMark } from '../../feed/called-off'
import { sessionLabel } from '../../feed/session-label'
import { linkWith } from '../../hooks/url-params'
import type { Development, OpenIssue, Quote, Round, Session } from '../../feed/schemas/types'
import { issueSides, issueStatusLabels } from './labels'
import { personName, type Lookups } from './lookups'
import { touchesOfIssues } from './issue-touches'
import { useRovingFocus } from './use-roving-focus'
import { inPlace } from '../../lib/plain-click'
import { missingWords } from '../../lib/missing-words'
import { countOf, formatCount } from '../../lib/format-count'
import { QuotedText } from '../../components/quoted-text'
import { revealRegion } from '../../hooks/reveal-region'

/** Quotes listed per open issue (the latest); the rest are one link to the wall filtered to the topic. */
const issueQuoteCap = 5
/** Sessions listed per open issue (the latest, and the selected one); the rest are counted. */
const issueSessionCap = 6

function topicHref(topicId: string): string {
  return linkWith(window.location.search, { topic: topicId, quote: null }).slice(1)
}

type Props = {
  issues: readonly OpenIssue[]
  rounds: readonly Round[]
  /** Each null while not loaded: "Touched by" then says so instead of implying none. */
  sessions: readonly Session[] | null
  quotes: readonly Quote[] | null
  developments: readonly Development[] | null
  /** Whether each list, when null, failed rather than is still coming. */
  failed: { sessions: boolean; quotes: boolean; developments: boolean }
  lookups: Lookups
  selectedTopic: string | null
  selectedSessionId: string | null
  onSelectTopic: (topicId: string | null) => void
  onSelectSession: (sessionId: string) => void
  quoteHref: (quoteId: string) => string
  onOpenQuote: (quoteId: string) => void
}

/** One row per open issue: what each side asks or holds, status, and what touched it. */
export function OnTheTable(props: Props) {
  const { issues, lookups, selectedTopic } = props
  const ids = issues.map((issue) => issue.id)
  const preferred = issues.find((issue) => issue.topicId === selectedTopic)?.id ?? null
  const { containerRef, containerProps, tabIndexFor } = useRovingFocus<HTMLUListElement>(
    ids,
    preferred,
  )
  const { sessions, quotes, developments } = props
  const sides = issueSides(lookups.parties)
  // What touched each issue, found once per feed version, not on every selection.
  const touchesById = useMemo(
    () => touchesOfIssues(issues, sessions ?? [], quotes ?? [], developments ?? [], issueQuoteCap),
    [issues, sessions, quotes, developments],
  )
  if (issues.length === 0)
    return <p className="text-sm text-muted">No issues on the table in the feed.</p>
  return (
    <ul ref={containerRef} {...containerProps} aria-label="Open issues" className="space-y-2">
      {issues.map((issue) => {
        const status = issueStatusLabels[issue.status]
        const selected = selectedTopic === issue.topicId
        const touches = touchesById.get(issue.id)!
        const missing = missingWords(
          [
            props.sessions === null && { what: 'sessions', failed: props.failed.sessions },
            props.developments === null && {
              what: 'developments',
              failed: props.failed.developments,
            },
            props.quotes === null && { what: 'quotes', failed: props.failed.quotes },
          ].filter((part) => part !== false),
        )
        return (
          <li
            key={issue.id}
            data-roving-id={issue.id}
            className={`rounded border p-2 text-xs ${selected ? 'border-accent bg-raised' : 'border-line'}`}
          >
            <button
              type="button"
              data-roving-head=""
              data-roving-control=""
              tabIndex={tabIndexFor(issue.id)}
              aria-pressed={selected}
              onClick={() => props.onSelectTopic(selected ? null : issue.topicId)}
              className="flex w-full flex-wrap items-baseline gap-x-2 text-left"
            >
              <span className="text-sm font-semibold">{issue.title}</span>
              <span className={`font-medium ${status.tone}`}>
                <span aria-hidden="true">{status.icon} </span>
                {status.word}
              </span>
              {selected && <span className="text-accent">Selected topic</span>}
            </button>
            <dl className="mt-1 grid grid-cols-[auto_minmax(0,1fr)] gap-x-2 gap-y-0.5">
              <dt className={`font-semibold ${sides.ask.tone}`}>{sides.ask.word}</dt>
              <dd>{issue.usAsk}</dd>
              <dt className={`font-semibold ${sides.position.tone}`}>{sides.position.word}</dt>
              <dd>{issue.chinaPosition}</dd>
              {issue.notes.length > 0 && (
                <>
                  <dt className="font-semibold text-muted">Notes</dt>
                  <dd>
                    <ul className="list-disc pl-4">
                      {issue.notes.map((note) => (
                        <li key={note}>{note}</li>
                      ))}
                    </ul>
                  </dd>
                </>
              )}
              <dt className="font-semibold text-muted">Touched by</dt>
              <dd className="flex flex-wrap items-baseline gap-x-2 gap-y-0.5">
                {touches.sessions.length + touches.quoteCount + touches.developmentCount === 0 &&
                  missing === '' && <span className="text-muted">nothing in the feed yet</span>}
                {touches.sessions.length > issueSessionCap && (
                  <span className="text-muted">
                    {formatCount(touches.sessions.length - issueSessionCap)} earlier session
                    {touches.sessions.length - issueSessionCap === 1 ? '' : 's'},
                  </span>
                )}
                {touches.sessions
                  .filter(
                    (session, i) =>
                      i >= touches.sessions.length - issueSessionCap ||
                      session.id === props.selectedSessionId,
                  )
                  .map((session) => (
                    <button
                      key={session.id}
                      type="button"
                      tabIndex={-1}
                      data-roving-control=""
                      aria-pressed={props.selectedSessionId === session.id}
                      onClick={() => props.onSelectSession(session.id)}
                      className="rounded border border-line px-1 hover:border-accent"
                    >
                      {sessionLabel(session, props.rounds) + calledOffMark(session)}
                    </button>
                  ))}
                {touches.developmentCount > 0 && (
                  <span className="text-muted">
                    {countOf(touches.developmentCount, 'development')}
                  </span>
                )}
                {touches.quotes.map((quote) => (
                  <a
                    key={quote.id}
                    href={props.quoteHref(quote.id)}
                    tabIndex={-1}
                    data-roving-control=""
                    onClick={inPlace(() => props.onOpenQuote(quote.id))}
                    className="line-clamp-2 break-words text-accent underline decoration-dotted underline-offset-2 print:line-clamp-none"
                  >
                    <span aria-hidden="true">❝ </span>
                    {personName(lookups, quote.personId)}:{' '}
                    <QuotedText text={quote.text} lang={quote.lang} />
                  </a>
                ))}
                {touches.quoteCount > touches.quotes.length && (
                  <a
                    href={`?${topicHref(issue.topicId)}#quotes`}
                    tabIndex={-1}
                    data-roving-control=""
                    onClick={inPlace(() => {
                      props.onSelectTopic(issue.topicId)
                      revealRegion('quotes')
                    })}
                    className="text-accent underline underline-offset-2"
                  >
                    +{countOf(touches.quoteCount - touches.quotes.length, 'more quote')}
                    <span className="sr-only"> on this topic, on the quote wall</span>
                  </a>
                )}
                {missing !== '' && <span className="text-muted italic">{missing}</span>}
              </dd>
            </dl>
          </li>
        )
      })}
    </ul>
  )
}
