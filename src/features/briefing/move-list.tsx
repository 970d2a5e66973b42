import { MoveText } from './briefing-figures'
import type { BriefingMoves, MoveFigure } from './briefing-types'

/** The same absence on every row ("no prices in the round"), said once; null if the rows differ. */
function sharedAbsence(
  moves: BriefingMoves,
  sinceLook: boolean,
): { sinceRound: string; sinceLook: string | null } | null {
  const [first] = moves.rows
  if (moves.rows.length < 2) return null
  // While prices load each row keeps its own place: the line keeps its length when they arrive.
  if (!first || first.sinceRound.kind !== 'none' || first.sinceRound.text === 'loading') return null
  const same = (a: MoveFigure, b: MoveFigure) =>
    a.kind === 'none' && b.kind === 'none' && a.text === b.text
  const all = moves.rows.every(
    (row) =>
      same(row.sinceRound, first.sinceRound) &&
      (!sinceLook || same(row.sinceLook, first.sinceLook)),
  )
  if (!all) return null
  return { sinceRound: first.sinceRound.text, sinceLook: sinceLook ? first.sinceLook.text : null }
}

/**
 * Each instrument's move since the round began and, in brackets, since the viewer last looked (from
 * a second visit on; never in replay, where the moment is not the viewer's own).
 */
export function MoveList({ moves }: { moves: BriefingMoves }) {
  const sinceLook = !moves.replay && moves.lookedAt !== null
  const shared = sharedAbsence(moves, sinceLook)
  return (
    <>
      <span
        className="text-muted"
        title={
          moves.replay || sinceLook
            ? undefined
            : 'Moves since your last look show from your next visit'
        }
      >
        {moves.roundName ? `Since ${moves.roundName} began` : 'Since the round began'}
        {sinceLook ? ` (since you looked, ${moves.lookedAt})` : ''}:
      </span>
      {shared !== null ? (
        <span title={moves.rows.map((row) => row.name).join(', ')}>
          <span className="text-muted italic">{shared.sinceRound}</span>
          {shared.sinceLook !== null && (
            <span className="text-muted italic"> ({shared.sinceLook})</span>
          )}
          <span className="text-muted"> (all {moves.rows.length} instruments)</span>
        </span>
      ) : (
        <ul aria-label="Moves" className="contents">
          {moves.rows.map((row) => (
            <li key={row.id} className="whitespace-nowrap">
              <span className="font-semibold">{row.name}</span> <MoveText figure={row.sinceRound} />
              <span className="sr-only"> since the round began</span>
              {sinceLook && (
                <>
                  {' '}
                  <span className="text-muted">(</span>
                  <MoveText figure={row.sinceLook} />
                  <span className="sr-only"> since you last looked</span>
                  <span className="text-muted">)</span>
                </>
              )}
            </li>
          ))}
        </ul>
      )}
    </>
  )
}
