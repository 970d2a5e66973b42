import { oneLine } from '../../lib/one-line'
import type { BriefingIssue, BriefingMoves, BriefingTalks, Loadable } from './briefing-types'

type Parts = {
  /** What, and as of when: "US–China trade talks: London round, as of Tue 10 Jun, 09:15 BST". */
  heading: string
  talks: Loadable<BriefingTalks>
  issues: Loadable<BriefingIssue[]>
  moves: Loadable<BriefingMoves>
  /** Replay: the issues are the feed's latest, not as of the moment replayed. */
  replay: boolean
  /** The page, to open what the text says. */
  link: string
}

/** A part that has not loaded, said as such (never as "none"). */
function pending(part: Loadable<unknown>, what: string): string | null {
  if (part.state === 'loading') return `${what}: still loading`
  if (part.state === 'unavailable') return `${what}: unavailable (${part.reason})`
  return null
}

/** "Since London round began", or "Since the round began" when no round has begun. */
export function sinceRoundWords(moves: Pick<BriefingMoves, 'roundName'>): string {
  return moves.roundName ? `Since ${moves.roundName} began` : 'Since the round began'
}

function movesLine(moves: BriefingMoves): string {
  const since = sinceRoundWords(moves)
  if (moves.rows.length === 0) return `${since}: no instruments in the feed`
  const allIllustrative = moves.rows.every((row) => row.illustrative)
  const figures = moves.rows.map(
    (row) =>
      `${row.name} ${row.sinceRound.text}${row.illustrative && !allIllustrative ? ' (illustrative path, not a real price)' : ''}`,
  )
  return `${since}: ${figures.join(', ')}${allIllustrative ? ' (illustrative paths, not real prices)' : ''}`
}

/**
 * The briefing as plain text, to paste into a chat: where the talks stand, the issues on the
 * table, each instrument's move since the round began, and the link, one line each (a line break
 * in a name from the feed does not start another). A part that did not load says so; the viewer's
 * own "since you last looked" figures are left out.
 */
export function briefingText({ heading, talks, issues, moves, replay, link }: Parts): string {
  const table = replay ? 'On the table (latest)' : 'On the table'
  return [
    heading,
    talks.state === 'ready' ? talks.value.text : pending(talks, 'Talks status'),
    issues.state === 'ready'
      ? issues.value.length === 0
        ? `${table}: no issues`
        : `${table}: ${issues.value.map((i) => `${i.title} (${i.word.toLowerCase()})`).join('; ')}`
      : pending(issues, table),
    moves.state === 'ready' ? movesLine(moves.value) : pending(moves, 'Market moves'),
    link,
  ]
    .map((line) => oneLine(line ?? ''))
    .join('\n')
}
