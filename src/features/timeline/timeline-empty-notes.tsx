import type { FeedProblem } from '../../feed/parse'
import { hasUnreadable, noneReadableText } from '../../feed/unreadable-records'

type Read<K extends string> = { [key in K]: readonly unknown[] } & { problems: FeedProblem[] }

type Props = {
  sessions: Read<'sessions'>
  developments: Read<'developments'>
  /** Null while the quotes are not loaded: then nothing is said of them here. */
  quotes: Read<'quotes'> | null
}

/** A list's length, and whether some of the feed's records for it could not be read. */
type ListState = { count: number; unreadable: boolean }

function listState<K extends string>(list: K, document: Read<K>): ListState {
  return { count: document[list].length, unreadable: hasUnreadable(document.problems, list) }
}

/** "No developments in the feed yet." or, when the feed had some that could not be read, that. */
function emptyLine(noun: string, { count, unreadable }: ListState): string | null {
  if (count > 0) return null
  return unreadable ? noneReadableText(noun) : `No ${noun} in the feed yet.`
}

/**
 * What the loaded feed has none of, in words: an empty list is never a blank, and a list whose
 * records could not be read is never called empty.
 */
export function TimelineEmptyNotes(props: Props) {
  const sessions = listState('sessions', props.sessions)
  const developments = listState('developments', props.developments)
  const lines =
    sessions.count + developments.count === 0 && !sessions.unreadable && !developments.unreadable
      ? [emptyLine('sessions or developments', sessions)]
      : [emptyLine('sessions', sessions), emptyLine('developments', developments)]
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
