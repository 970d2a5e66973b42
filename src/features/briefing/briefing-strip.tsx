import type { MouseEvent } from 'react'
import { FirstVisit, NewCount, NotCountedInReplay } from './briefing-figures'
import { MoveList } from './move-list'
import { IssueList } from './issue-list'
import { Part, rowClass } from './briefing-part'
import { CopyBriefingButton } from './copy-briefing-button'
import { briefingText } from './briefing-text'
import type {
  BriefingIssue,
  BriefingMoves,
  BriefingNews,
  BriefingTalks,
  Loadable,
} from './briefing-types'

type Props = {
  talks: Loadable<BriefingTalks>
  issues: Loadable<BriefingIssue[]>
  moves: Loadable<BriefingMoves>
  newQuotes: BriefingNews
  newDevelopments: BriefingNews
  /** The topic selected on the page: its issue is marked. */
  selectedTopic: string | null
  /** Kiosk: figures only, no buttons or links. */
  interactive: boolean
  /** The header above says where the talks stand: the strip does not repeat it (its copy does). */
  talksInHeader: boolean
  /** Replay: the issues are the feed's latest (undated), not as of the replayed moment. */
  replay: boolean
  /** The first line of the briefing copied as text (made at the click): the talks' name and the moment. */
  copyHeading: () => string
  onSelectTopic: (topicId: string | null) => void
  onOpenQuotes: (event: MouseEvent<HTMLAnchorElement>) => void
  onOpenDevelopments: (event: MouseEvent<HTMLAnchorElement>) => void
}

function Pending<T>({ data, what }: { data: Loadable<T>; what: string }) {
  if (data.state === 'loading') return <span className="text-muted">{what} loading…</span>
  if (data.state === 'unavailable')
    return (
      <span className="text-warn" title={data.reason}>
        {what} unavailable
      </span>
    )
  return null
}

/**
 * Where we stand, in two lines under the header: the talks' state (unless the header says it),
 * each issue on the table, each instrument's move since the round began and since the viewer last
 * looked, and what is new since the last visit. Every part says "unavailable" while its data is
 * missing, never 0 or none.
 */
export function BriefingStrip(props: Props) {
  const { talks, issues, moves } = props
  // The issues and the moves keep to one line each, as many as fit; a kiosk, with no button to
  // open the rest, wraps them all.
  const oneLine = props.interactive
  return (
    <section
      aria-label="Briefing"
      className="mb-2 flex flex-col gap-y-2 rounded border border-line bg-raised px-2 py-1 text-xs"
    >
      <div className={rowClass}>
        {!props.talksInHeader && (
          <Part label="Talks" size="talks">
            {talks.state === 'ready' ? (
              <span className="font-semibold">
                <span aria-hidden="true">{talks.value.sign} </span>
                {talks.value.text}
              </span>
            ) : (
              <Pending data={talks} what="Talks status" />
            )}
          </Part>
        )}
        <Part label="On the table" size="fills">
          {/* In replay the label says what the issues are, so it is kept whole. */}
          <span
            className={`text-muted ${props.replay ? 'shrink-0' : oneLine ? 'min-w-0 truncate' : ''}`}
          >
            {props.replay ? 'On the table (latest):' : 'On the table:'}
          </span>
          {issues.state !== 'ready' ? (
            <Pending data={issues} what="issues" />
          ) : issues.value.length === 0 ? (
            <span className="text-muted">no issues on the table</span>
          ) : (
            <IssueList
              issues={issues.value}
              selectedTopic={props.selectedTopic}
              interactive={props.interactive}
              onSelectTopic={props.onSelectTopic}
            />
          )}
        </Part>
      </div>
      <div className={rowClass}>
        <Part label="New since your last visit" size="news">
          {props.newQuotes.state === 'first-visit' &&
          props.newDevelopments.state === 'first-visit' ? (
            <FirstVisit />
          ) : props.newQuotes.state === 'replay' && props.newDevelopments.state === 'replay' ? (
            <NotCountedInReplay />
          ) : (
            <>
              <NewCount
                news={props.newQuotes}
                noun="quote"
                interactive={props.interactive}
                onOpen={props.onOpenQuotes}
              />
              <NewCount
                news={props.newDevelopments}
                noun="development"
                interactive={props.interactive}
                onOpen={props.onOpenDevelopments}
              />
            </>
          )}
        </Part>
        <Part label="Market moves" size="fills">
          {moves.state !== 'ready' ? (
            <Pending data={moves} what="Market moves" />
          ) : (
            <MoveList moves={moves.value} oneLine={oneLine} />
          )}
        </Part>
        {props.interactive && (
          <CopyBriefingButton
            text={() =>
              briefingText({
                heading: props.copyHeading(),
                talks,
                issues,
                moves,
                replay: props.replay,
                link: window.location.href,
              })
            }
          />
        )}
      </div>
    </section>
  )
}
