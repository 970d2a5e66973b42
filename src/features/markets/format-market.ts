import type { Instrument } from '../../feed/schemas/types'
import type { Basis } from '../../lib/rebase'
import { formatInstrumentLevel, signedPercent } from '../../lib/format-number'
import { moveDigits } from '../../lib/move-unit'

/** "USD per barrel", "points, USD": the unit, and the currency where the unit does not name it. */
export function unitWords({
  unit,
  currency,
  kind,
}: Pick<Instrument, 'unit' | 'currency' | 'kind'>): string {
  // Under "4.442%", a second "%" reads as a glitch; the word says what the figure is.
  const words = unit === '%' ? (kind === 'yield' ? 'percent yield' : 'percent') : unit
  return currency && !unit.includes(currency) ? `${words}, ${currency}` : words
}

/** An arrow for the direction (shown beside the sign, never colour alone). */
export function arrow(value: number): string {
  return value > 0 ? '▲' : value < 0 ? '▼' : '▬'
}

/** "up 0.42%", "down 1.16%", "up 0.004%" (a currency pair's small move), "unchanged". */
export function moveWords(value: number): string {
  const digits = moveDigits(value, 2)
  const rounded = Number(value.toFixed(digits))
  if (rounded === 0) return 'unchanged'
  return `${rounded > 0 ? 'up' : 'down'} ${Math.abs(rounded).toFixed(digits)}%`
}

/**
 * A value of a series in its own terms: a level with its unit, or a % against the reference close
 * (`against`: see percentAgainst).
 */
export function formatSeriesValue(
  value: number,
  basis: Basis,
  instrument: Pick<Instrument, 'unit' | 'currency' | 'kind' | 'last' | 'decimals'>,
  against = 'previous close',
): string {
  if (basis === 'percent-change') return `${signedPercent(value)} vs ${against}`
  return formatInstrumentLevel(value, instrument, true)
}
