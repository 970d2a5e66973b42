import type { Instrument } from '../../feed/schemas/types'
import { percentMove, type Basis, type TimedValue } from '../../lib/rebase'
import { signedPercent } from './format-market'

/** How a move is measured: in % of the level, or in basis points of a yield (0.01 percentage point). */
export type MoveUnit = '%' | 'bp'

/** Yields given as levels move in basis points; everything else in %. */
export function moveUnit(
  instrument: Pick<Instrument, 'kind'> | { kind?: string },
  basis: Basis,
): MoveUnit {
  return instrument.kind === 'yield' && basis === 'level' ? 'bp' : '%'
}

/** The move from `from` to `to` in the unit: % (through the reference for percent-change) or bp. */
export function moveBetween(from: number, to: number, basis: Basis, unit: MoveUnit): number | null {
  if (unit === '%') return percentMove(from, to, basis)
  const move = (to - from) * 100
  return Number.isFinite(move) ? move : null
}

/** Every point as a move from `base`, in the unit (0 at the base value). */
export function rebaseIn<P extends TimedValue>(
  points: readonly P[],
  base: number,
  basis: Basis,
  unit: MoveUnit,
): TimedValue[] {
  const out: TimedValue[] = []
  for (const point of points) {
    const move = moveBetween(base, point.v, basis, unit)
    if (move !== null) out.push({ t: point.t, v: move })
  }
  return out
}

/** "+0.42%" or "+3.5 bp" (a real minus sign). */
export function formatMove(value: number, unit: MoveUnit): string {
  if (unit === '%') return signedPercent(value)
  const rounded = Number(value.toFixed(1))
  const sign = rounded > 0 ? '+' : rounded < 0 ? '−' : ''
  return `${sign}${Math.abs(rounded).toFixed(1)} bp`
}
