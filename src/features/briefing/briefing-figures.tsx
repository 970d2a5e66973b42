import type { MouseEvent } from 'react'
import type { BriefingNews, MoveFigure } from './briefing-types'
import { countOf } from '../../lib/format-count'

const tone = (value: number) => (value > 0 ? 'text-good' : value < 0 ? 'text-danger' : 'text-muted')

/** A move with its direction in words for screen readers and in colour and sign on screen. */
export function MoveText({ figure }: { figure: MoveFigure }) {
  if (figure.kind === 'none' && figure.detail)
    return (
      <span className="text-muted italic" title={`${figure.text}: ${figure.detail}`}>
        {figure.text}
        <span className="sr-only">: {figure.detail}</span>
      </span>
    )
  if (figure.kind === 'none') return <span className="text-muted italic">{figure.text}</span>
  return <span className={`font-mono ${tone(figure.value)}`}>{figure.text}</span>
}

/** A first visit for quotes and developments alike: said once, not once for each. */
export function FirstVisit() {
  return (
    <span
      className="text-muted"
      title="Quotes and developments that arrive from now on will be counted here on your next visit"
    >
      New items: from your next visit
    </span>
  )
}

/** Replay: nothing is counted as new at a replayed moment; said once, not once for each. */
export function NotCountedInReplay() {
  return (
    <span
      className="text-muted"
      title="A replay shows the feed as it stood at its moment; what is new since your last visit is counted live"
    >
      New items: not counted in replay
    </span>
  )
}

/** "3 new quotes" as a link to the first of them; words instead of a count when there is none to give. */
export function NewCount({
  news,
  noun,
  interactive,
  onOpen,
}: {
  news: BriefingNews
  noun: string
  interactive: boolean
  onOpen: (event: MouseEvent<HTMLAnchorElement>) => void
}) {
  switch (news.state) {
    case 'loading':
      return <span className="text-muted">{noun}s loading</span>
    case 'unavailable':
      return <span className="text-warn">new {noun}s unavailable</span>
    case 'replay':
      return <span className="text-muted">{noun}s: replay</span>
    case 'first-visit':
      return (
        <span
          className="text-muted"
          title="Items that arrive from now on will be counted here on your next visit"
        >
          {noun}s: first visit
        </span>
      )
    case 'ready':
      if (news.count === 0 || !news.href || !interactive)
        return (
          <span className={news.count > 0 ? 'font-semibold' : 'text-muted'}>
            {countOf(news.count, `new ${noun}`)}
          </span>
        )
      return (
        <a
          href={news.href}
          onClick={onOpen}
          className="font-semibold text-accent underline underline-offset-2"
        >
          {countOf(news.count, `new ${noun}`)}
        </a>
      )
  }
}
