import type { FeedProblem } from '../feed/parse'

/** "1 quote could not be read and is not shown", with the reasons behind a toggle. */
export function DroppedRecordsNote({ problems, noun }: { problems: FeedProblem[]; noun: string }) {
  if (problems.length === 0) return null
  const records = new Set(
    problems.map((p) => p.path.split('.').slice(0, 2).join('.').replace(/\].*$/, ']')),
  )
  const count = records.size
  return (
    <details className="mb-2 rounded border border-warn px-2 py-1 text-xs">
      <summary>
        {count} {noun}
        {count === 1 ? '' : 's'} could not be read and {count === 1 ? 'is' : 'are'} not shown
      </summary>
      <ul className="mt-1 list-disc pl-4">
        {problems.map((p, i) => (
          <li key={i}>
            <code>{p.path}</code>: {p.message}
          </li>
        ))}
      </ul>
    </details>
  )
}
