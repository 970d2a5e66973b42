import type { Instrument } from '../feed/schemas/types'
import { formatInstrumentLevel, signedPercent } from './format-number'
import { quotedDecimals } from './quoted-decimals'
import { percentMove, type Basis } from './rebase'

/**
 * How a move is measured: in % of the level; in basis points of a yield (0.01 percentage point);
 * or, for a series that reaches zero or goes below it (a spread, an oil future in April 2020), in
 * the instrument's own unit, where a % of a level near zero would say nothing (0.43 to −0.49 is
 * not "−214%" but "−$0.92 per barrel").
 */
export type MoveUnit = '%' | 'bp' | 'level'

type MovingSeries = { basis: Basis; points: readonly { v: number }[] }

const reachesZero = new WeakMap<readonly { v: number }[], boolean>()

function touchesZero(points: readonly { v: number }[]): boolean {
  let touches = reachesZero.get(points)
  if (touches === undefined) {
    touches = points.some((p) => p.v <= 0)
    reachesZero.set(points, touches)
  }
  return touches
}

/** Yields given as levels move in basis points, a level that reaches zero in its unit, the rest in %. */
export function moveUnit(
  instrument: Pick<Instrument, 'kind'> | { kind?: string },
  series: MovingSeries,
): MoveUnit {
  if (series.basis !== 'level') return '%'
  if (instrument.kind === 'yield') return 'bp'
  return touchesZero(series.points) ? 'level' : '%'
}

/** The move from `from` to `to` in the unit: % (through the reference for percent-change), bp, or a difference of levels. */
export function moveBetween(from: number, to: number, basis: Basis, unit: MoveUnit): number | null {
  if (unit === '%') return percentMove(from, to, basis)
  const move = unit === 'bp' ? (to - from) * 100 : to - from
  return Number.isFinite(move) ? move : null
}

type DayFigures = Pick<Instrument, 'kind' | 'last' | 'change' | 'changePercent'>

/**
 * The day's move as the feed gives it, in the unit a trader reads it in: a yield's in basis points
 * (from `change`); a level at or below zero, now or at the previous close, in its own unit (a % of
 * a level near zero says nothing); otherwise in %, else in the unit when only `change` is given.
 * Null when the feed gives neither.
 */
export function dayMove(instrument: DayFigures): { value: number; unit: MoveUnit } | null {
  const { change, changePercent, last } = instrument
  if (instrument.kind === 'yield' && change !== null) return { value: change * 100, unit: 'bp' }
  const reachesZero = change !== null && last !== null && (last <= 0 || last - change <= 0)
  if (changePercent !== null && !reachesZero) return { value: changePercent, unit: '%' }
  if (change !== null) return { value: change, unit: 'level' }
  return null
}

type LevelFormat = Pick<Instrument, 'currency' | 'unit' | 'kind' | 'last' | 'decimals'>

/**
 * Decimals that show a move as the move it is: `least`, or more for a move that would round to
 * zero (a currency pair's +0.004% in its first 15 minutes is a move, not "0.00%"), at most 6; a
 * move smaller still (or none) keeps `least`.
 */
export function moveDigits(value: number, least: number): number {
  for (let digits = least; digits <= 6; digits++)
    if (Number(value.toFixed(digits)) !== 0) return digits
  return least
}

/**
 * "+0.42%", "+3.5 bp", or a change of level in the instrument's unit, "−$0.92 per barrel" (without
 * the instrument: "−0.92"). A real minus sign.
 */
export function formatMove(value: number, unit: MoveUnit, instrument?: LevelFormat): string {
  if (unit === '%') return signedPercent(value, moveDigits(value, 2))
  const digits = unit === 'bp' ? moveDigits(value, 1) : instrument ? quotedDecimals(instrument) : 2
  const rounded = Number(value.toFixed(digits))
  const sign = rounded > 0 ? '+' : rounded < 0 ? '−' : ''
  if (unit === 'bp') return `${sign}${Math.abs(rounded).toFixed(digits)} bp`
  const size = instrument
    ? formatInstrumentLevel(Math.abs(rounded), instrument, true)
    : Math.abs(rounded).toFixed(digits)
  return `${sign}${size}`
}

/** A size of move as given (a threshold), in the unit: "2%", "5 bp", "0.5 USD per barrel". */
export function formatMoveSize(
  size: number,
  unit: MoveUnit,
  instrument?: Pick<Instrument, 'unit'>,
): string {
  if (unit === 'level') return instrument ? `${size} ${instrument.unit}` : `${size}`
  return unit === 'bp' ? `${size} bp` : `${size}%`
}

/** The unit in words, for a caption or a label: "%", "bp", "USD per barrel". */
export function moveUnitWords(unit: MoveUnit, instrument: Pick<Instrument, 'unit'>): string {
  return unit === 'level' ? instrument.unit : unit
}
