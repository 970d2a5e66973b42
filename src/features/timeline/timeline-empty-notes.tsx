import type { FeedProblem } from '../../feed/parse'
import { hasUnreadable, noneReadableText } from '../../feed/unreadable-records'
import type { HeldBack } from '../../feed/as-of'
import { undatedNews } from './talks-now'

type Read<K extends string> = { [key in K]: readonly unknown[] } & {
  problems: FeedProblem[]
} & HeldBack

type Props = {
  /** Null when the sessions failed to load: then nothing is said of them here. */
  sessions: Read<'sessions'> | null
  /** Null when the developments failed to load: then nothing is said of them here. */
  developments: Read<'developments'> | null
  /** Null while the quotes are not loaded: then nothing is said of them here. */
  quotes: Read<'quotes'> | null
}

/**
 * A list's length, whether some of the feed's records for it could not be read, and whether a
 * replay leaves some out.
 */
type ListState = { count: number; unreadable: boolean; heldBack: boolean }

function listState<K extends string>(list: K, document: Read<K>): ListState {
  return {
    count: document[list].length,
    unreadable: hasUnreadable(document.problems, list),
    heldBack: (document.heldBack ?? 0) > 0,
  }
}

/** "No developments in the feed yet." or, when the feed had some that could not be read, that. */
function emptyLine(noun: string, { count, unreadable, heldBack }: ListState): string | null {
  if (count > 0) return null
  if (unreadable) return noneReadableText(noun)
  return heldBack ? `No ${noun} shown yet: ${undatedNews}.` : `No ${noun} in the feed yet.`
}

/**
 * What the loaded feed has none of, in words: an empty list is never a blank, and a list whose
 * records could not be read is never called empty.
 */
export function TimelineEmptyNotes(props: Props) {
  const sessions = props.sessions && listState('sessions', props.sessions)
  const developments = props.developments && listState('developments', props.developments)
  const neither =
    sessions &&
    developments &&
    sessions.count + developments.count === 0 &&
    !sessions.unreadable &&
    !developments.unreadable &&
    !sessions.heldBack
  const lines: (string | null)[] = []
  if (neither) lines.push(emptyLine('sessions or developments', sessions))
  else {
    if (sessions) lines.push(emptyLine('sessions', sessions))
    if (developments) lines.push(emptyLine('developments', developments))
  }
  if (props.quotes) lines.push(emptyLine('quotes', listState('quotes', props.quotes)))
  const shown = lines.filter((line): line is string => line !== null)
  if (shown.length === 0) return null
  return (
    <div className="mb-2 text-sm text-muted">
      {shown.map((line) => (
        <p key={line}>{line}</p>
      ))}
    </div>
  )
}
