import { DialogButton } from '../../components/dialog-button'
import { DialogHead } from '../../components/dialog-head'
import { OneLineList } from '../../components/one-line-list'
import type { BriefingIssue } from './briefing-types'

type Props = {
  issues: readonly BriefingIssue[]
  /** The topic selected on the page: its issue is marked. */
  selectedTopic: string | null
  /** Kiosk: words only, no buttons, every issue (no one could open the rest). Otherwise one line. */
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
      <span aria-hidden="true" className={issue.tone}>
        {issue.icon}{' '}
      </span>
      {/* Short of room on its line, the icon alone (the words in the tooltip). */}
      <span className={`${issue.tone} in-data-tight:sr-only`}>{issue.word}</span>
    </>
  )
  return interactive ? (
    <button
      type="button"
      aria-pressed={selected}
      title={`${issue.title}: ${issue.word}`}
      onClick={onPress}
      className={`max-w-full truncate rounded px-0.5 align-bottom hover:underline ${selected ? 'bg-surface ring-1 ring-accent' : ''}`}
    >
      {words}
    </button>
  ) : (
    words
  )
}

/**
 * Issues shown in the row: three fit beside the talks' state on a desk even with long titles (the
 * demo's do at 1280 px); past that, two and a last place that opens every issue, so the row keeps
 * its height when a long list arrives (layout shift). On a desk, fewer when fewer fit on the line.
 */
const issuePlaces = 3

/** Each issue on the table with its status; pressing one selects its topic on the page. */
export function IssueList({ issues, selectedTopic, interactive, onSelectTopic }: Props) {
  const press = (issue: BriefingIssue) =>
    onSelectTopic(selectedTopic === issue.topicId ? null : issue.topicId)
  const item = (issue: BriefingIssue, after?: () => void) => (
    <Issue
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
    <OneLineList
      label="Issues on the table"
      items={issues}
      places={interactive ? issuePlaces : null}
      oneLine={interactive}
      itemKey={(issue) => issue.id}
      renderItem={(issue) => item(issue)}
      renderMore={(hidden) => (
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
                {issues.map((issue) => (
                  <li key={issue.id} className="whitespace-nowrap">
                    {item(issue, close)}
                  </li>
                ))}
              </ul>
            </div>
          )}
        </DialogButton>
      )}
    />
  )
}
