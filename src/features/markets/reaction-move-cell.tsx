import type { Instrument } from '../../feed/schemas/types'
import { formatMove } from '../../lib/move-unit'
import { arrow } from './format-market'
import { unusualSigma } from './move-sigma'
import type { Move, Reaction } from './reaction'

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
      ({Math.abs(z).toFixed(1)} sigma{note})
    </span>
  )
}

/** Why a horizon that reads the price counting starts from has no figure. */
function sameBarWords(reaction: Reaction): string {
  const start = reaction.closedAtEvent ? 'the next open' : 'the event'
  return reaction.dataWords === 'tick' ? `no trade since ${start}` : `same bar as ${start}`
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
        <span className="sr-only">
          {reaction.seriesStopped ? 'no price in the series' : 'no data yet'}
        </span>
      </td>
    )
  }
  return (
    <td className="px-1 font-mono whitespace-nowrap">
      {formatMove(move.move, reaction.unit, instrument)}{' '}
      <span aria-hidden="true">{arrow(Number(move.move.toFixed(2)))}</span>
      {/* The spread of a generated path says nothing of the market: no sigma on illustrative series. */}
      {!illustrative && <SigmaNote move={move} />}
    </td>
  )
}
