import { useEffect, useRef, useState } from 'react'
import type { CheckReport } from '../../feed/check-report'
import type { FeedProblem } from '../../feed/parse'
import { foldRepeatedFindings } from '../../feed/repeated-findings'
import { countOf } from '../../lib/format-count'
import { useRuntime } from '../../hooks/runtime-context'

/** Past this many lines the list says how many more: a broken feed can have thousands. */
const linesShown = 100

type State =
  | { kind: 'idle' }
  | { kind: 'checking' }
  | { kind: 'done'; report: CheckReport }
  | { kind: 'failed'; message: string }

function summary({ problems, warnings, files, broken }: CheckReport): string {
  if (problems.length === 0 && warnings.length === 0)
    return `No problems: ${countOf(files, 'file')} checked.`
  const found = [
    problems.length > 0 && countOf(problems.length, 'problem'),
    warnings.length > 0 && countOf(warnings.length, 'warning'),
  ].filter(Boolean)
  return `${found.join(' and ')} in ${broken} of ${countOf(files, 'file')}.`
}

function FindingLine({ finding, warning }: { finding: FeedProblem; warning: boolean }) {
  return (
    <li className="break-words">
      <code className="text-xs">
        {finding.resource} {finding.path}
      </code>{' '}
      {warning && <span className="font-semibold text-warn">warning: </span>}
      {finding.message}
    </li>
  )
}

/**
 * "Check the feed" in About this feed: the rules of `npm run feed:check`, run in the page on what
 * the feed serves now, for a team that publishes one and sees the dashboard first.
 */
export function FeedCheckSection() {
  const { feedBaseUrl } = useRuntime()
  const [state, setState] = useState<State>({ kind: 'idle' })
  const running = useRef<AbortController | null>(null)
  const heading = useRef<HTMLHeadingElement>(null)
  useEffect(() => () => running.current?.abort(), [])
  // The findings come under the fold of a long dialog: brought into view with them.
  useEffect(() => {
    if (state.kind === 'done') heading.current?.scrollIntoView?.({ block: 'start' })
  }, [state.kind])
  const check = async () => {
    running.current?.abort()
    const controller = new AbortController()
    running.current = controller
    setState({ kind: 'checking' })
    try {
      const { checkFeedInPage } = await import('../../feed/check-in-page')
      const report = await checkFeedInPage(feedBaseUrl, controller.signal)
      if (!controller.signal.aborted) setState({ kind: 'done', report })
    } catch (error) {
      if (!controller.signal.aborted)
        setState({
          kind: 'failed',
          message: error instanceof Error ? error.message : String(error),
        })
    }
  }
  const lines =
    state.kind === 'done'
      ? [
          ...foldRepeatedFindings(state.report.problems).map((finding) => ({
            finding,
            warning: false,
          })),
          ...foldRepeatedFindings(state.report.warnings).map((finding) => ({
            finding,
            warning: true,
          })),
        ]
      : []
  return (
    <section aria-labelledby="about-check" aria-busy={state.kind === 'checking'}>
      <h3 id="about-check" ref={heading} className="font-semibold">
        Feed check
      </h3>
      <p className="text-muted">
        The rules of <code>npm run feed:check</code>, on what the feed serves now.
      </p>
      <p className="mt-1 flex flex-wrap items-baseline gap-x-2">
        <button
          type="button"
          className="btn"
          disabled={state.kind === 'checking'}
          onClick={() => void check()}
        >
          {state.kind === 'idle'
            ? 'Check the feed'
            : state.kind === 'checking'
              ? 'Checking…'
              : 'Check again'}
        </button>
        <span role="status">
          {state.kind === 'checking' && 'Reading every document and series…'}
          {state.kind === 'done' && summary(state.report)}
          {state.kind === 'failed' && `The check could not run: ${state.message}`}
        </span>
      </p>
      {lines.length > 0 && (
        <ul
          aria-label="What the check found"
          className="mt-1 max-h-60 list-disc overflow-y-auto pl-5"
        >
          {lines.slice(0, linesShown).map(({ finding, warning }, i) => (
            <FindingLine key={i} finding={finding} warning={warning} />
          ))}
          {lines.length > linesShown && (
            <li className="text-muted">
              and {(lines.length - linesShown).toLocaleString('en-GB')} more
            </li>
          )}
        </ul>
      )}
    </section>
  )
}
