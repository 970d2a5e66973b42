import { DialogButton } from '../../components/dialog-button'
import { DialogHead } from '../../components/dialog-head'
import { foldList } from '../../lib/fold-list'
import type { BriefingIssue } from './briefing-types'

type Props = {
  issues: readonly BriefingIssue[]
  /** The topic selected on the page: its issue is marked. */
  selectedTopic: string | null
  /** Kiosk: words only, no buttons (and so every issue: no one could open the rest). */
  interactive: boolean
  onSelectTopic: (topicId: string | null) => void
}

function Issue({
  issue,
  selected,
  interactive,
  onPress,
}: {
  issue: BriefingIssue
  selected: boolean
  interactive: boolean
  onPress: () => void
}) {
  const words = (
    <>
      {issue.title}{' '}
      <span className={issue.tone}>
        <span aria-hidden="true">{issue.icon} </span>
        {issue.word}
      </span>
    </>
  )
  return (
    <li className="whitespace-nowrap">
      {interactive ? (
        <button
          type="button"
          aria-pressed={selected}
          onClick={onPress}
          className={`rounded px-0.5 hover:underline ${selected ? 'bg-surface ring-1 ring-accent' : ''}`}
        >
          {words}
        </button>
      ) : (
        words
      )}
    </li>
  )
}

/**
 * Issues shown in the row: three fit beside the talks' state on a desk even with long titles (the
 * demo's do at 1280 px); past that, two and a last place that opens every issue, so the row keeps
 * its height when a long list arrives (layout shift).
 */
const issuePlaces = 3

/** Each issue on the table with its status; pressing one selects its topic on the page. */
export function IssueList({ issues, selectedTopic, interactive, onSelectTopic }: Props) {
  const { shown, hidden } = interactive
    ? foldList(issues, issuePlaces)
    : { shown: issues, hidden: 0 }
  const press = (issue: BriefingIssue) =>
    onSelectTopic(selectedTopic === issue.topicId ? null : issue.topicId)
  const item = (issue: BriefingIssue, after?: () => void) => (
    <Issue
      key={issue.id}
      issue={issue}
      selected={selectedTopic === issue.topicId}
      interactive={interactive}
      onPress={() => {
        press(issue)
        after?.()
      }}
    />
  )
  return (
    <ul aria-label="Issues on the table" className="contents">
      {shown.map((issue) => item(issue))}
      {hidden > 0 && (
        <li className="whitespace-nowrap">
          <DialogButton
            label={`+${hidden} more`}
            buttonName={`${hidden} more issues: show all ${issues.length}`}
            buttonClass="rounded px-0.5 font-semibold text-accent hover:underline"
            titleId="issues-all-title"
            widthClass="w-[min(40rem,calc(100vw-1rem))]"
          >
            {(close) => (
              <div className="grid gap-3 text-sm">
                <DialogHead titleId="issues-all-title" onClose={close}>
                  On the table: all {issues.length} issues
                </DialogHead>
                <p className="text-xs text-muted">Press an issue to mark its topic on the page.</p>
                <ul aria-label="All issues" className="grid gap-1">
                  {issues.map((issue) => item(issue, close))}
                </ul>
              </div>
            )}
          </DialogButton>
        </li>
      )}
    </ul>
  )
}
