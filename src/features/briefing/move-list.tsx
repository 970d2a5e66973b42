import { sinceRoundWords } from './briefing-text'
import { MoveText } from './briefing-figures'
import { IllustrativeMark } from '../../components/illustrative-mark'
import { DialogHead } from '../../components/dialog-head'
import { useMemo } from 'react'
import { DialogButton } from '../../components/dialog-button'
import { useBriefWait } from '../../hooks/use-brief-wait'
import { foldAfter } from '../../lib/fold-list'
import { OneLineList } from '../../components/one-line-list'
import type { BriefingMove, BriefingMoves, MoveFigure } from './briefing-types'

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

const loading: MoveFigure = { kind: 'none', text: 'loading' }
const isLoading = (row: BriefingMove) =>
  row.sinceRound.kind === 'none' && row.sinceRound.text === 'loading'

/**
 * Every row says "loading" until all have their figures (for 1.5 s at most): a row that came early
 * with a long text ("no prices in the round") beside rows still loading would wrap the line for a
 * moment and push the page down, before the shared absence is said once.
 */
function useRowsSettledTogether(moves: BriefingMoves): BriefingMoves {
  const holding = useBriefWait(moves.rows.some(isLoading), 1500)
  return useMemo(
    () =>
      holding
        ? {
            ...moves,
            rows: moves.rows.map((row) => ({ ...row, sinceRound: loading, sinceLook: loading })),
          }
        : moves,
    [holding, moves],
  )
}

function MoveFigures({
  row,
  sinceLook,
  marked,
}: {
  row: BriefingMove
  sinceLook: boolean
  /** Say on the row that its moves are illustrative (not when one mark after the list says it of all). */
  marked: boolean
}) {
  const moved = row.sinceRound.kind === 'move' || (sinceLook && row.sinceLook.kind === 'move')
  return (
    <>
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
      {marked && row.illustrative && moved && <IllustrativeMark />}
    </>
  )
}

function AllMoves({
  moves,
  heading,
  sinceLook,
  onClose,
}: {
  moves: BriefingMoves
  heading: string
  sinceLook: boolean
  onClose: () => void
}) {
  return (
    <div className="grid gap-3 text-sm">
      <DialogHead titleId="moves-all-title" onClose={onClose}>
        Market moves: {heading.charAt(0).toLowerCase() + heading.slice(1)}
      </DialogHead>
      <ul
        aria-label="All moves"
        className="grid grid-cols-[repeat(auto-fill,minmax(12rem,1fr))] gap-x-4 gap-y-1"
      >
        {moves.rows.map((row) => (
          <li key={row.id} className="whitespace-nowrap">
            <MoveFigures row={row} sinceLook={sinceLook} marked />
          </li>
        ))}
      </ul>
    </div>
  )
}

/**
 * Each instrument's move since the round began and, in brackets, since the viewer last looked (from
 * a second visit on; never in replay, where the moment is not the viewer's own). Six at most, as in
 * the snapshot band: past that, the last place opens all of them, so the line keeps its length
 * while prices arrive and never wraps the page down (layout shift).
 */
export function MoveList({
  moves: answered,
  oneLine,
}: {
  moves: BriefingMoves
  /** Keep to one line, as many as fit (a desk). */
  oneLine: boolean
}) {
  const moves = useRowsSettledTogether(answered)
  const sinceLook = !moves.replay && moves.lookedAt !== null
  const shared = sharedAbsence(moves, sinceLook)
  // Every move from an illustrative path (the demo): said once, after them. Not in the heading:
  // known only once the series are in, it would lengthen the heading then and could push the
  // moves onto a line of their own (a layout shift).
  const allIllustrative = moves.rows.length > 0 && moves.rows.every((row) => row.illustrative)
  const heading = `${sinceRoundWords(moves)}${sinceLook ? ` (since you looked, ${moves.lookedAt})` : ''}`
  return (
    <>
      <span
        className={`text-muted ${oneLine ? 'min-w-0 truncate' : ''}`}
        title={
          moves.replay || sinceLook
            ? heading
            : moves.unchangedSince
              ? `${heading}. No new prices since you last looked (${moves.unchangedSince})`
              : 'Moves since your last look show from your next visit'
        }
      >
        {heading}:
      </span>
      {moves.rows.length === 0 ? (
        <span className="text-muted">no instruments in the feed</span>
      ) : shared !== null ? (
        <span
          title={moves.rows.map((row) => row.name).join(', ')}
          className={oneLine ? 'min-w-0 truncate' : undefined}
        >
          <span className="text-muted italic">{shared.sinceRound}</span>
          {shared.sinceLook !== null && (
            <span className="text-muted italic"> ({shared.sinceLook})</span>
          )}
          <span className="text-muted"> (all {moves.rows.length} instruments)</span>
        </span>
      ) : (
        <OneLineList
          label="Moves"
          items={moves.rows}
          // On paper (not oneLine), with no button to open the rest, every move.
          places={oneLine ? foldAfter : null}
          oneLine={oneLine}
          itemKey={(row) => row.id}
          renderItem={(row) => (
            <MoveFigures row={row} sinceLook={sinceLook} marked={!allIllustrative} />
          )}
          trailing={allIllustrative ? <IllustrativeMark paths /> : undefined}
          renderMore={(hidden) => (
            <DialogButton
              label={`+${hidden} more`}
              buttonName={`${hidden} more moves: show all ${moves.rows.length}`}
              buttonClass="rounded px-0.5 font-semibold text-accent hover:underline"
              titleId="moves-all-title"
              widthClass="w-[min(36rem,calc(100vw-1rem))]"
            >
              {(close) => (
                <AllMoves moves={moves} heading={heading} sinceLook={sinceLook} onClose={close} />
              )}
            </DialogButton>
          )}
        />
      )}
    </>
  )
}
