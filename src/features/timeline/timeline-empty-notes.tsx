type Props = {
  sessions: number
  developments: number
  /** Null while the quotes are not loaded: then nothing is said of them here. */
  quotes: number | null
}

/** What the loaded feed has none of, in words: an empty list is never a blank. */
export function TimelineEmptyNotes({ sessions, developments, quotes }: Props) {
  const lines: string[] = []
  if (sessions === 0 && developments === 0)
    lines.push('No sessions or developments in the feed yet.')
  else if (sessions === 0) lines.push('No sessions in the feed yet.')
  else if (developments === 0) lines.push('No developments in the feed yet.')
  if (quotes === 0) lines.push('No quotes in the feed yet.')
  if (lines.length === 0) return null
  return (
    <div className="mb-2 text-sm text-muted">
      {lines.map((line) => (
        <p key={line}>{line}</p>
      ))}
    </div>
  )
}
