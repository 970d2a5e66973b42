import type { Instrument } from '../../feed/schemas/types'
import { formatMove, moveDigits } from '../../lib/move-unit'
import { arrow } from './format-market'
import { unusualSigma } from './move-sigma'
import type { Move, Reaction } from './reaction'

/**
 * The size in sigma, to one decimal, or two where one would put it on the wrong side of the
 * threshold: 2.04 reads "2.04 sigma, unusual", never "2.0 sigma, unusual" beside a 1.96's "2.0 sigma".
 */
function sigmaFigure(size: number): string {
  let digits = 1
  while (digits < 3 && Number(size.toFixed(digits)) > unusualSigma !== size > unusualSigma) digits++
  return size.toFixed(digits)
}

function SigmaNote({ move }: { move: Move }) {
  const { sigma } = move
  if (!sigma || move.move === null) return null
  const { sd, z } = sigma
  if (sd === null) return <span className="text-[10px] text-muted"> (not enough history)</span>
  // A series that never moved over this horizon (a pegged currency): no spread to size against.
  if (z === null)
    return move.move === 0 ? (
      <span className="text-[10px] text-muted"> (never moves in its history)</span>
    ) : (
      <span className="text-[10px] font-semibold text-warn"> (its first move in its history)</span>
    )
  // One price step of a series that moves by whole steps is its smallest move, not news.
  const beyond = Math.abs(z) > unusualSigma
  const unusual = beyond && !sigma.smallest
  const note = unusual ? ', unusual' : beyond ? ', its smallest move' : ''
  return (
    <span className={`text-[10px] ${unusual ? 'font-semibold text-warn' : 'text-muted'}`}>
      {' '}
      ({sigmaFigure(Math.abs(z))} sigma{note})
    </span>
  )
}

/** Why a horizon that reads the price counting starts from has no figure. */
function sameBarWords(reaction: Reaction): string {
  const start = reaction.closedAtEvent ? 'the next open' : 'the event'
  return reaction.dataWords === 'tick' ? `no trade since ${start}` : `same bar as ${start}`
}

/** Why a horizon has no figure: only a base still to trade is "no data yet"; a missing one never comes. */
function missingMoveWords(reaction: Reaction): string {
  if (reaction.seriesStopped) return 'no price in the series'
  const noBase = reaction.baseAt === null || reaction.seriesStartsAt !== undefined
  return noBase ? 'no price to count from' : 'no data yet'
}

/** One horizon's move in the reaction table, with its size in sigma. */
export function MoveCell({
  move,
  reaction,
  instrument,
  illustrative,
}: {
  move: Move
  reaction: Reaction
  instrument: Instrument
  illustrative: boolean
}) {
  if (move.na) {
    return (
      <td className="px-1 text-muted whitespace-nowrap">
        n/a ({reaction.dataWords ?? reaction.cadence} data)
      </td>
    )
  }
  if (move.sameBar) {
    return <td className="px-1 text-muted">{sameBarWords(reaction)}</td>
  }
  if (move.move === null) {
    return (
      <td className="px-1 text-muted">
        <span aria-hidden="true">—</span>
        <span className="sr-only">{missingMoveWords(reaction)}</span>
      </td>
    )
  }
  return (
    <td className="px-1 font-mono whitespace-nowrap">
      {formatMove(move.move, reaction.unit, instrument)}{' '}
      <span aria-hidden="true">{arrow(Number(move.move.toFixed(moveDigits(move.move, 2))))}</span>
      {/* The spread of a generated path says nothing of the market: no sigma on illustrative series. */}
      {!illustrative && <SigmaNote move={move} />}
    </td>
  )
}
